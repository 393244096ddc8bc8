"""Conversations, round 31 (issue 10's behaviours), as classes in own phrasings through the real engine:
a region told by the campus's full name, steps asked of the page that answered (not of the asker's words),
one more year of a gap told after a wait was computed, care at a village clinic, the yearly 门诊统筹 limit's
room asked of the scheme the conversation holds, 公务员医疗补助's limit named, and 医疗救助 for care not
referred as the rules ask."""
import pytest

from intents.slots import extract
from tests.helpers import computed, ids, talk


# ---- the region asked back, answered with the campus named whole ("中国石油大学克拉玛依校区"): the place, as
# its city's name would be — the question that waited is answered for it, never read as a question of its own

@pytest.mark.parametrize("told", ["我是中国石油大学克拉玛依校区的学生", "在中国石油大学(北京)克拉玛依校区上学"])
def test_the_campus_named_whole_answers_the_region_asked(engine, told):
    asked, r = talk(engine, ["普通门诊每年封顶多少钱", told])
    assert asked.kind == "clarify" and "哪个地区" in asked.text, asked.text
    assert r.kind == "faq" and r.region == "克拉玛依" and "900" in r.text, r.text


# ---- steps asked alone after a page named a topic the asker never said: the steps of that page's topic
# (巴中 第四章 二十问: 两病 needs no papers; 长治 居民两病: 申报 at the 乡镇卫生院) — not of a kind of care the
# asker named only to say it is not theirs ("还没到慢病的标准"), nor of the story's words (门诊买药)

def test_papers_asked_after_the_two_diseases_page_are_its_papers(engine):
    rule, r = talk(engine, ["血压有点高 天天吃降压药 还没到慢病的标准 医保管不管", "那要准备些啥子材料"], region="巴中")
    assert "两病" in rule.text, rule.text
    assert r.kind == "faq" and ids(r)[:1] == ["bz-4-20"], r.text


def test_applying_asked_after_the_two_diseases_page_is_its_application(engine):
    rule, r = talk(engine, ["我血糖高 城乡居民 门诊买降糖药能报不", "那去哪申请"], region="长治")
    assert "两病" in rule.text, rule.text
    assert r.kind == "faq" and "乡镇卫生院" in r.text, r.text


# ---- one more year without cover told after a wait was computed ("今年也不交"): the gap held, a year longer
# (巴中 第三章 十问: 断保 2 年 = 固定 3 个月 + 变动 1 个月)

def test_one_more_year_not_paid_lengthens_the_gap_computed(engine):
    first, r = talk(engine, ["合疗去年断了一年 今年2月交的 要等多久才能报", "那如果今年还没交 等到明年集中缴费期才交呢"],
                    region="巴中")
    assert first.kind == "calculation" and "3 个月" in first.text, first.text
    assert r.kind == "calculation" and "断保 2 年" in r.text and "4 个月" in r.text, r.text


def test_one_more_year_with_no_gap_held_tells_nothing():
    # (alone it is a mark only the form adds to a gap it holds)
    assert extract("今年也不交").get("gap_years") is None


# ---- care at a village clinic or a private one: outpatient care (no beds) — computed, not asked 住院 or 门诊;
# a stay said there is still asked

def test_a_bill_at_a_village_clinic_is_outpatient(engine):
    [r] = talk(engine, ["在村卫生室看病拿药花了80 合疗能报好多"], region="巴中")
    # (巴中 居民 门诊: 50%, 不设起付线)
    computed(r, 40, name="outpatient")


def test_a_stay_said_at_a_clinic_is_no_outpatient_bill(engine):
    [r] = talk(engine, ["在诊所住了两天院 花了800 能报多少"], region="巴中")
    assert r.calculation is None or r.calculation.name != "outpatient", r.text


# ---- the room left of 门诊统筹's yearly limit, asked with what it paid this year, of the scheme the
# conversation holds (长治 居民 门诊统筹 年度限额 300; 巴中 居民 100)

def test_outpatient_room_asked_after_an_outpatient_sum(engine):
    _, r = talk(engine, ["城乡居民 在乡镇卫生院看门诊花了100 报多少", "今年门诊统筹已经报了220了 还能报好多"], region="长治")
    computed(r, 80, name="outpatient_room")
    assert "300" in r.text, r.text


def test_outpatient_room_with_the_scheme_told_before(engine):
    _, r = talk(engine, ["我是合疗 看门诊能报多少", "门诊今年已经报了60了 还能报多少"], region="巴中")
    computed(r, 40, name="outpatient_room")


def test_outpatient_room_with_no_scheme_known_is_not_computed(engine):
    [r] = talk(engine, ["门诊今年已经报了60了 还能报多少"], region="巴中")
    assert r.calculation is None or r.calculation.name != "outpatient_room", r.text


# ---- 公务员医疗补助 computed with a stay: its yearly limit named (巴中 第二章 三十三问: 60%，年度最高2万元)

def test_civil_servant_share_names_its_limit(engine):
    [r] = talk(engine, ["我是职工医保 公务员 在巴中二级医院住院花了2万 都是目录内的 能报多少 公务员医疗补助有没有"],
               region="巴中")
    assert r.kind == "calculation" and "公务员医疗补助" in r.text and "2万元" in r.text, r.text


# ---- 医疗救助 for care not referred as the rules ask (巴中 第六章 五问 备注: 原则上不纳入医疗救助范围): that
# rule, nothing computed as paid; "没按规定转诊" is no referral

@pytest.mark.parametrize("text", ["没按规定转诊", "未按规范办转诊", "没有按照规定转院"])
def test_a_referral_not_as_the_rules_ask_is_no_referral(text):
    assert extract(text).get("filing") == "未备案"


def test_aid_for_care_not_referred_is_the_rule(engine):
    first, r = talk(engine, ["我家低保户 医保大病都报完了 还要自己出8000 医疗救助给多少", "如果没按规定转诊的话呢"],
                    region="巴中")
    computed(first, 5600, name="assistance")
    assert r.kind == "calculation" and "不纳入医疗救助范围" in r.text, r.text
    assert r.calculation.result["assistance_pays"] == 0, r.text


# ---- how much the fee rises, asked of a later year named relatively ("明年…涨好多"): no handbook gives a later
# year's fee nor a rise — said so and passed to the staff, never a page of this year's rules; a figure it rose
# to, asserted, is still checked against the handbook's year (tests/test_later_year_fee_not_known.py)

def test_a_later_year_s_rise_asked_is_not_known(engine):
    *_, r = talk(engine, ["合疗住院帮我算下 乡镇卫生院 花了3000", "听村上说明年医保又要涨 涨多少钱"], region="巴中")
    assert r.kind == "unanswered" and "2027" in r.text and "400" in r.text, r.text


def test_a_figure_the_fee_rose_to_is_still_checked(engine):
    [r] = talk(engine, ["明年合疗是不是涨到五百了"], region="巴中")
    assert r.kind == "faq" and "400" in r.text, r.text


def test_what_this_visit_gets_after_claims_told_is_the_visit_s_sum(engine):
    # ("那这次还能报多少": this bill, with the limit's room — the outpatient form's, not the room alone)
    _, r = talk(engine, ["城乡居民 二级医院看门诊花了100 报多少", "今年之前门诊已经报过280了 那这次还能报多少"], region="长治")
    computed(r, 20, name="outpatient")
