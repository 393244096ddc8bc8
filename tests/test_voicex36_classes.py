"""Round 36x's voice-typed classes, through the real engine: answerable questions refused (two groups
compared by their short names or by a case and its absence), a story clause that drew another page (a
child's care read as a newborn's, a claims history dropped as off-topic, a shop told for the 灵活就业
case, a relative said to have "gone"), a short trip's 几天 read as a question, care in another city of
长治's own province, a 两病 bill with the drug class unsaid, a page that says it lacks the rate asked, and
the clause boundaries voice typing leaves out."""
import pytest

from corpus.lexicon import joined_verbs
from corpus.qtype import compared
from intents.message import is_question
from tests.helpers import answer, computed, ids


# ---- two groups compared, each asked --------------------------------------------------------------

def test_two_kinds_of_outpatient_cover_said_short_get_each_page(engine):
    # 门慢 / 门特 are the lexicon's 门诊慢病 / 门诊特殊疾病: each group's page names it in those words
    r = answer(engine, "门慢和门特分别包括几种病", region="巴中")
    assert r.kind == "faq" and "33" in r.text and "29" in r.text, r.text


@pytest.mark.parametrize("text, pair", [
    ("办了临时备案的和没备案的 住院报销比例有啥区别", ("临时备案", "没备案")),
    ("开了转诊单跟没有转诊 去外地住院报的一样不", ("转诊", "未转诊")),
])
def test_a_case_against_its_absence_is_read_as_whole_words(text, pair):
    assert compared(text) == pair


def test_a_filing_against_none_gets_the_page_of_every_filing_row(engine):
    r = answer(engine, "外地住院 临时备案了的跟不备案的 报销比例分别要降低多少", region="巴中")
    assert r.kind == "faq" and "5%" in r.text and "10%" in r.text, r.text


# ---- a story clause that says the case ------------------------------------------------------------

def test_a_year_without_a_claim_told_is_the_zero_claim_case(engine):
    r = answer(engine, "我们屋头老人家去年一年没生过病 医保一分钱都没报过 今年有啥子奖励不", region="巴中")
    assert "bz-3-09-b" in ids(r)[:1] and "4000" in r.text, r.text


def test_a_small_shop_of_ones_own_is_the_flexible_workers_rate(engine):
    assert joined_verbs("我在镇上开了家小超市") == "我在镇上开了家小超市的个体户"
    assert joined_verbs("医生开了个药") == "医生开了个药"          # (no shop: a prescription)
    r = answer(engine, "我在镇上开了家小超市 想交职工医保 按好多比例交", region="巴中")
    assert r.kind == "faq" and "9%" in r.text, r.text


def test_a_relative_gone_and_the_money_left_on_the_card_is_the_account_paid_out(engine):
    assert joined_verbs("我爸前几天走了 卡上还剩些钱") == "我爸前几天去世了 个人账户余额"
    assert joined_verbs("我爸走了 去成都了") == "我爸走了 去成都了"       # (gone somewhere)
    r = answer(engine, "我妈前几天走了 她医保卡上还剩些钱 能取出来不", region="巴中")
    assert ids(r)[:1] == ["bz-2-26"] and "一次性" in r.text and "死亡" in r.text, r.text


def test_a_childs_care_with_no_birth_told_is_not_the_newborns_page(engine):
    r = answer(engine, "孩子半夜发烧先去看了急诊 后来又住了院 急诊那些费用合疗给报不", region="巴中")
    assert "bz-3-07" not in ids(r) and "纳入当次住院" in r.text, r.text
    # (a birth told: the newborn's page, as before)
    r = answer(engine, "娃儿才生下来两个月 还没交合疗 住院的钱能报不", region="巴中")
    assert ids(r)[:1] == ["bz-3-07"], r.text


# ---- a trip told, and care in the province --------------------------------------------------------

@pytest.mark.parametrize("clause, asks", [
    ("去太原亲戚家待几天", False),
    ("回老家耍几天", False),
    ("住院要住几天", True),
    ("去医院住几天", True),
    ("去成都住几天能报吗", True),
])
def test_a_few_days_of_a_trip_are_told_not_asked(clause, asks):
    assert is_question(clause) is asks


def test_care_in_another_city_of_changzhis_province_is_its_in_province_page(engine):
    r = answer(engine, "居民医保 去太原亲戚家待几天 在那看个门诊用不用备案", region="长治")
    assert ids(r)[:1] == ["cz-jm-09"] and "无需" in r.text, r.text


# ---- a 两病 bill with the drug class unsaid -------------------------------------------------------

def test_a_two_diseases_bill_capped_alike_for_both_classes_is_computed(engine):
    # (800 × 60% = 480 and 800 × 50% = 400: the 高血压 limit, 260, either way)
    r = computed(answer(engine, "长治居民 两病高血压 一年降压药八百 能报多少"), 260, name="two_diseases")
    assert "两类药品按此计算结果相同" in r.text, r.text


@pytest.mark.parametrize("text", [
    "长治居民 两病高血压 一年降压药三百 能报多少",        # 180 or 150: the class decides
    "长治居民 两病糖尿病 一年降糖药一千 能报多少",        # capped alike, but 1型's limit is another: one fact at a time
    "长治居民 两病高血压 吃降压药怎么算报销 帮我算算",    # no bill yet
])
def test_otherwise_the_class_is_asked(engine, text):
    r = answer(engine, text)
    assert r.kind == "clarify" and "甲类还是乙类" in r.text, r.text


# ---- a page that says it lacks the figure asked ---------------------------------------------------

def test_a_rate_the_page_says_is_not_listed_is_referred(engine):
    r = answer(engine, "长治职工超过封顶线以后 大额补充医疗保险按几成报", region="长治")
    assert r.kind == "unanswered" and "50万" in r.text and "未列出" in r.text, r.text
    # (its limit, which the page gives, is answered)
    r = answer(engine, "长治职工大额补充医疗保险一年最高报多少", region="长治")
    assert r.kind == "faq" and "50万" in r.text, r.text


# ---- a definition, and what it pays; the home cover at school -------------------------------------

def test_what_two_diseases_means_comes_with_what_it_pays(engine):
    r = answer(engine, "两病到底指的啥 我血糖高在吃药 还没到慢病的程度", region="巴中")
    assert r.kind == "faq" and "轻症" in r.text and "50%" in r.text and "300" in r.text, r.text


def test_cover_at_home_and_at_school_gets_the_steps_to_pause_the_home_one(engine):
    r = answer(engine, "娃儿老家交了合疗 到学校学校也要交 家里那份要咋个处理", region="克拉玛依")
    assert r.kind == "faq" and "暂停" in r.text and "国家医保服务平台" in r.text, r.text


# ---- clause boundaries voice typing leaves out -----------------------------------------------------

@pytest.mark.parametrize("text, starts", [
    # going back to claim after the care told
    ("娃儿暑假回家看病住院了钱是我们先垫的回学校报销要交哪些材料", "回学校报销"),
    # the scheme after a sum heard
    ("职工医保产检补多少钱我听说是八百合疗是五百吗", "合疗是五百吗"),
])
def test_a_run_of_words_is_cut_where_its_next_clause_starts(engine, text, starts):
    clauses = engine.explain(text, "巴中")["clauses"]
    assert any(c.startswith(starts) for c in clauses), clauses
