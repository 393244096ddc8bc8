"""Round 36 (mend36): readings the last round's merges moved, mended as classes, through the real engine.
Our own examples in each class, none from eval/."""
import dataclasses

import pytest

from bot.engine import _other_stay_kind
from intents import acts
from tests.helpers import answer, ids, talk


# ---- the question before asked again of a relative's case in words of its own ("也是这样", "也一样不"): the
# note keeps the case alone (巴中 第四章十九问: 两病 糖尿病 300元, 50%)

@pytest.mark.parametrize("follow_up", ["我老伴是糖尿病，也是这样吗", "俺老伴有糖尿病 也一样不"])
def test_the_same_question_said_again_is_no_clause_of_the_case(engine, follow_up):
    *_, r = talk(engine, ["我血压高 天天吃药 又没到门慢那个标准 买降压药能报不", follow_up], region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-4-19-tnb"] and "300" in r.text and "50%" in r.text, r.text


def test_the_note_of_a_follow_up_drops_the_same_question():
    rewritten = acts.with_fact("我 天天吃药 买降压药能报不", "俺老伴是糖尿病 也是这样呢")
    assert rewritten.endswith("（俺老伴是糖尿病）"), rewritten


# ---- the years the asker paid, told as a count, are no search word (巴中 第二章 十九问 names 15年 of its own;
# 二十问 is what one short of the minimum does)

def test_years_paid_told_are_no_search_word(engine):
    terms = engine.index.analyze("我交了18年 不够咋整").terms
    assert "18" not in terms and "不够" in terms, terms
    # (a count asked, not told, stays: "要交满15年吗")
    assert "15" in engine.index.analyze("是不是要交满15年").terms


def test_years_paid_told_in_words_after_the_minimum_get_the_shortfall_rule(engine):
    _, r = talk(engine, ["职工医保要交够多少年 我明年退休", "我交了十二年 不够咋整"], region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-2-20"] and "补缴" in r.text, r.text


# ---- a clause telling a year's fee paid with the verb alone ("这会儿交出生当年的") is the case's own fact,
# kept in every reading (巴中 第三章 七问: 出生90天内缴纳出生当年医疗保险费的，待遇享受期为出生之日起)

def test_a_years_fee_paid_said_with_the_verb_is_on_topic(engine):
    assert engine.index.on_topic("这会儿交出生当年的")
    assert engine.index.on_topic("准备补交今年的")
    assert not engine.index.on_topic("这会儿在上班")


def test_a_newborns_start_day_with_the_birth_years_fee_is_the_newborn_page(engine):
    r = answer(engine, "平昌的 孙女生下来七十天了还没上合疗 这会儿交出生当年的 待遇从哪天算起")
    assert "出生之日" in r.text and "两年" not in r.text.split("如果不是")[0], r.text


# ---- 门慢门特 said together: the handbooks' one name for both, 门诊慢特病 (巴中 第四章)

def test_both_kinds_said_together_are_the_one_name(engine):
    assert engine.index.analyze("门慢门特在哪儿认定").terms[:1] == ["慢特病"]


def test_both_kinds_asked_with_no_region_ask_the_region(engine):
    r = answer(engine, "门特门慢咋个认定")
    assert r.kind == "clarify" and "哪个地区" in r.text, r.text


# ---- a province named, what is paid back asked, and only a national page of no figure found weakly:
# each region pays its own, so the province's covered part is asked (as with no place named)

def test_a_province_and_what_is_paid_back_asks_the_covered_part(engine):
    r = answer(engine, "我在四川读技校 学校交的医保 看门诊怎么报")
    assert r.kind == "clarify" and "巴中" in r.text and "重复参保" not in r.text, r.text


def test_a_province_and_a_national_instrument_is_still_answered(engine):
    r = answer(engine, "俺是山西的 电子医保码去外省医院能用不")
    assert r.kind == "faq", r.text


# ---- the students' page on filing for care at home is the 长期 kind's (克拉玛依 第8部分（二）): a 临时 stay
# elsewhere asked, the 临时 page among the close ones answers (上传材料：身份证)

def test_the_home_filing_page_is_the_long_stay_kind():
    home = "学生回户籍地（老家）看病选哪种备案？要上传什么材料？"
    assert _other_stay_kind("放假在外地临时看病 备案传啥", home)
    assert not _other_stay_kind("放假回老家临时看病 备案传啥", home)


@pytest.mark.parametrize("text", ["放假了 在外地临时看个病 备案得上传啥材料", "假期在外地临时看病要备案 传什么材料"])
def test_a_temporary_stay_elsewhere_gets_the_temporary_papers(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq" and ids(r)[:1] == ["ky-08-16"] and "身份证" in r.text, r.text


def test_a_temporary_stay_at_home_keeps_the_home_page(engine):
    r = answer(engine, "放假回老家临时看病 备案传啥材料", region="克拉玛依")
    assert r.kind == "faq" and ids(r)[:1] == ["ky-08-10"], r.text


# ---- a topic named only in a story clause is no reason to trade the page the question clause asks for
# (克拉玛依 第10部分（一）: 克外就诊证明 仅限寒暑假期间，其他时间无需)

def test_a_story_term_does_not_trade_away_the_page_asked(engine):
    r = answer(engine, "清明回家看病自己掏的钱 不在寒暑假 还要开克外就诊证明不", region="克拉玛依")
    assert r.kind == "faq" and ids(r)[:1] == ["ky-10-04"] and "无需" in r.text, r.text


def test_the_trade_is_refused_however_sure_the_other_page(engine):
    # (the page on where self-paid claims go, made sure enough to be answered: still no trade, since it
    # says nothing of the 证明 the question clause asks)
    text = "劳动节回家看病自费了 又不在寒暑假 克外就诊证明要开吗"
    hits = engine.index.search(text, region="克拉玛依", k=8)
    assert [h.entry.id for h in hits[:2]] == ["ky-10-04", "ky-10-08"]
    hits = [hits[0], dataclasses.replace(hits[1], confidence=0.3), *hits[2:]]
    assert engine._naming_the_topic(text, hits)[0].entry.id == "ky-10-04"


def test_the_story_term_still_finds_its_page_when_asked_of(engine):
    r = answer(engine, "在外地医院看病全是自己垫的钱 回学校报销材料交给谁", region="克拉玛依")
    assert r.kind == "faq" and ids(r)[:1] == ["ky-10-08"], r.text


# ---- a relative no list of 近亲属 names, asked of the worker's account: the page listing who counts
# (巴中 第二章 二十五问: 近亲属：指配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女)

def test_a_far_relative_asked_of_the_account_gets_the_near_kin_list(engine):
    r = answer(engine, "职工个账能帮我外甥交合疗不", region="巴中")
    assert r.kind == "faq" and "近亲属：指" in r.text and "兄弟姐妹" in r.text, r.text


def test_a_far_relative_after_a_parent_gets_the_near_kin_list(engine):
    _, r = talk(engine, ["职工医保个账的钱 可以给我妈交合疗不", "那我侄女呢"], region="巴中")
    assert r.kind == "faq" and "近亲属：指" in r.text, r.text


def test_a_parent_asked_of_the_account_keeps_its_page(engine):
    r = answer(engine, "职工医保个账的钱 可以帮我爸交合疗吗", region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-3-05-c"], r.text


# ---- doing a thing on purpose ("专门", "特意") is how it is done, no word of what is asked
# (长治: 2024年1月1日起，省内异地住院"免备案"直接结算)

def test_on_purpose_is_no_search_word(engine):
    assert "专门" not in engine.index.analyze("还用专门备案不").terms
    r = answer(engine, "在省内别的市住院 要专门去备案不", region="长治")
    assert r.kind == "faq" and "免备案" in r.text, r.text


# ---- the students' fee page keeps a freshman's phrasing by the moment (新生入学), not the year of study (大一)
# every freshman's question says: a freshman asking where to enrol is not asking the fee (克拉玛依 第2部分: 400元)

def test_a_freshmans_other_question_is_not_the_fee_page(engine):
    r = answer(engine, "大一新生 学校的医保和老家的医保交哪边的 老家那个停不停", region="克拉玛依")
    assert ids(r)[:1] != ["ky-02-03"], r.text


def test_a_freshman_asking_the_fee_still_gets_it(engine):
    r = answer(engine, "大一新生 学校医保一年个人交多少", region="克拉玛依")
    assert r.kind == "faq" and "400" in r.text, r.text


# ---- a figure asked of the scheme at home, no place named, where the handbook is the campus's (克拉玛依
# away_on_holiday): home's own — where home is, asked; a covered home answers, another is declined

def test_a_figure_of_the_scheme_at_home_asks_where_home_is(engine):
    first, then = talk(engine, ["我爷爷奶奶老家的合疗一年交多少钱", "巴中"], region="克拉玛依")
    assert first.kind == "clarify" and first.missing_slots == ["region"] and "400" not in first.text, first.text
    assert then.kind == "faq" and "400" in then.text, then.text


def test_an_uncovered_home_is_declined(engine):
    _, then = talk(engine, ["老家的新农合一年交好多", "河南"], region="克拉玛依")
    assert then.kind == "unanswered" and "河南" in then.text, then.text


def test_home_in_a_region_that_insures_at_home_is_that_regions(engine):
    r = answer(engine, "我老家的合疗一年交好多", region="巴中")
    assert r.kind == "faq" and "400" in r.text, r.text
