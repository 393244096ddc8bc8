"""Conversations, round 33 (issue 10's behaviours), as classes in own phrasings through the real engine:
a question too general alone read in the scheme the conversation told, the years paid told after the
retirement minimum, a sum said spent "a lot" told and not asked, and the county named held for its
office asked bare later."""
import pytest

from tests.helpers import answer, computed, ids, talk


# ---- a follow-up too general or unsure alone, naming no scheme, is asked of the scheme said before
# (巴中 第三章 六问: 城乡居民 个人缴费 400; 长治 居民门诊统筹 年度限额 300)

def test_a_general_fee_question_after_a_newborns_cover_is_the_residents_fee(engine):
    _, r = talk(engine, ["孙女才出生 合疗多少天以内要办好", "那要交多少钱呢"], region="巴中")
    assert r.kind == "faq" and "400" in r.text and ids(r)[:1] == ["bz-3-06-a"], r.text


def test_a_yearly_cap_after_a_residents_outpatient_bill_is_that_schemes(engine):
    first, r = talk(engine, ["俺是居民医保 在乡卫生院看门诊花了100 报多少", "一年门诊封顶多少"], region="长治")
    computed(first, 60, name="outpatient")
    assert r.kind == "faq" and "300" in r.text and "两病" not in r.text.split("\n")[0], r.text


def test_with_no_scheme_told_a_general_question_is_still_asked_back(engine):
    r = answer(engine, "要交好多钱", region="巴中")
    assert r.kind == "clarify", r.text


# ---- the years paid told after the retirement minimum was asked: the shortfall's rule (第二章 二十问)

@pytest.mark.parametrize("told", ["我只交了16年 怎么弄", "我交了十五年 不够咋整"])
def test_years_paid_told_after_the_minimum_get_the_shortfall_rule(engine, told):
    _, r = talk(engine, ["职工医保退休前要交够几年 我2025年退休", told], region="巴中")
    assert r.kind == "faq" and "补缴" in r.text and ids(r)[:1] == ["bz-2-20"], r.text


# ---- a sum said spent as "a lot" ("花了好多钱", 四川's 好多 = many) tells the story: no question of its own

def test_a_lot_spent_is_told_not_asked(engine):
    r = answer(engine, "我妈住院花了好多钱 合疗起付线是多少", region="巴中")
    assert "【1】" not in r.text and "工作人员" not in r.text, r.text


# ---- the county named once holds for its office asked bare later (第七章 四问: each county's row)

def test_a_county_office_asked_bare_is_the_county_named_before(engine):
    _, _, r = talk(engine, ["我是通江的 门慢在哪些医院认定", "认定要带啥子", "县医保局在哪儿 电话多少"], region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-7-04-f"], r.text


def test_a_county_hospital_after_a_county_named_is_still_a_tier(engine):
    _, r = talk(engine, ["我是南江的 合疗住院起付线好多", "县医院住院花了5000"], region="巴中")
    assert not (r.kind == "faq" and "南江县医保" in r.text), r.text
    assert r.kind in ("clarify", "calculation"), r.text


def test_a_lot_spent_abroad_is_no_sum_asked_of_the_rule(engine):
    r = answer(engine, "我儿子在国外住院花了好多钱 回来巴中合疗能报不", region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-1-06-d"], r.text


# ---- how long a waiting period lasts, asked where the handbook only says one is set (克拉玛依 第2部分:
# 按照自治区有关规定执行): not known — never another region's 3 months, nor the page said again as if it told

def test_a_waiting_periods_length_the_handbook_does_not_give_is_not_answered(engine):
    _, r = talk(engine, ["错过了集中缴费期才交医保会咋样", "那等待期有多长时间"], region="克拉玛依")
    assert r.kind == "unanswered" and "3个月" not in r.text and "3 个月" not in r.text, r.text


def test_a_waiting_periods_length_the_handbook_gives_is_still_computed(engine):
    r = answer(engine, "合疗断了一年没交 等待期多长时间", region="巴中")
    assert r.kind == "calculation" and "3 个月" in r.text, r.text


# ---- a figure quoted and asked what it is ("1000块又是啥") is no bill; and a follow-up naming another
# benefit than the sum just computed (两病 after 门诊慢病) asks of that benefit (克拉玛依 第7部分（一）:
# 两病 糖尿病 50%, 年度限额 1000)

def test_a_figure_asked_what_it_is_is_no_bill(engine):
    r = answer(engine, "两病糖尿病的1000块是啥意思", region="克拉玛依")
    assert r.kind == "faq" and "50%" in r.text, r.text


def test_another_benefit_named_after_a_chronic_sum_is_asked_of_that_benefit(engine):
    _, first, r = talk(engine, ["我是2型糖尿病 门慢能报多少", "一年门诊花了8000 都是目录内的",
                                "那两病糖尿病那个1000元是什么意思"], region="克拉玛依")
    computed(first, 5200, name="chronic")
    assert r.kind == "faq" and "50%" in r.text and "两病" in r.text, r.text


def test_the_same_disease_said_again_after_a_chronic_sum_is_still_that_sum(engine):
    _, _, r = talk(engine, ["我是2型糖尿病 门慢能报多少", "一年门诊花了8000 都是目录内的",
                            "说错了 糖尿病门诊花的是1万"], region="克拉玛依")
    computed(r, 6500, name="chronic")


# ---- platform gig work ("送外卖", "跑滴滴") is 灵活就业: its 职工 fee is 9% of the minimum base the handbook
# does not give (巴中 第二章 五问) — never the asker's own wage asked for

def test_a_gig_worker_paying_staff_insurance_is_flexible(engine):
    r = answer(engine, "我在巴中送外卖 想交职工医保 一个月要交多少", region="巴中")
    assert r.kind in ("faq", "unanswered") and "9%" in r.text and "月平均工资）是多少" not in r.text, r.text


# ---- a waiting period's length asked with no region known: the region is asked (巴中 3个月, 克拉玛依 not
# written) — never refused for one region's gap

def test_a_waiting_periods_length_with_no_region_asks_the_region(engine):
    r = answer(engine, "断保以后再交 等待期要多长时间")
    assert r.kind == "clarify" and "region" in r.missing_slots, r.text
