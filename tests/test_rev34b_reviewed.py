"""Confident wrong replies found reviewing round 34's merged work, each class in our own words, through the
real engine (巴中 handbook):

- the 大病 cap's rewards and cuts are the 居民's rule (第三章 九问/十问): a 职工's cap is never computed from them;
- the year a run raises the cap to a figure, with a gap told in the run: the handbook does not say how the cut
  and the later raises add up — never the gap's cut stated instead of the year asked;
- a zero-claim year told beside the year asked: the year counted from the run alone is said as that;
- a 2025 birth's 生育津贴 wait needs 职工医保 12 months in a row (第二章 十六问): told not paid, never assumed met;
- a fee paid after a date said, in a region with no late line or late fee: the handbook's lack of one is said.
"""
from calculators.birth_allowance import birth_allowance_from
from calculators.common import NotListed
from calculators.policy import policy_for
from intents.birth_allowance import facts
from tests.helpers import answer, computed

import pytest

BZ = policy_for("巴中")


@pytest.mark.parametrize("text", [
    "单位职工 大病保险的限额哪一年可以涨到三十三万",
    "我交的职工医保 连续参保的奖励 大病限额最多能加到多少",
])
def test_a_staff_members_cap_is_never_computed_from_the_residents_rewards(engine, text):
    r = answer(engine, text, region="巴中")
    assert not (r.kind == "calculation" and r.calculation.name == "serious_illness_cap"), r.text
    assert r.kind != "calculation", r.text


def test_a_gap_in_the_run_gives_no_year_the_cap_reaches_a_figure(engine):
    r = answer(engine, "2025年开始交居民医保 2028年停了一年没交 大病限额哪一年能涨到34万", region="巴中")
    assert r.kind != "calculation", r.text
    assert "年度最高支付限额为" not in r.text, r.text        # (the gap's cut, computed, is not the year asked)


def test_a_zero_claim_told_beside_the_year_asked_is_said_not_counted(engine):
    r = computed(answer(engine, "从2025年起年年交合疗 一直没用过医保报销 大病限额哪年到31万", region="巴中"),
                 312000, name="serious_illness_cap")
    assert "只算连续参保奖励" in r.text.split("计算")[0], r.text


def test_staff_cover_said_unpaid_is_read():
    told = facts("打零工的 2025年4月起交了生育险 一直没交过职工医保 2025年8月生的娃 生育津贴几月份能领")
    assert told is not None and told.get("staff_unpaid") and "staff_since" not in told, told


def test_a_waiting_birth_with_staff_cover_unpaid_is_not_dated():
    with pytest.raises(NotListed):
        birth_allowance_from(BZ, joined=(2025, 4), born=(2025, 8), staff_unpaid=True)


def test_a_waiting_birth_with_staff_cover_unpaid_gets_no_month_through_the_engine(engine):
    r = answer(engine, "打零工的 2025年4月起交了生育险 一直没交过职工医保 2025年8月生的娃 生育津贴几月份能领",
               region="巴中")
    assert not (r.kind == "calculation" and "2026年4月起" in r.text), r.text


def test_a_dated_late_payment_where_no_late_fee_is_set_says_so(engine):
    r = computed(answer(engine, "过了2月28号才去交今年的城乡居民医保 比按时交的多花多少", region="巴中"),
                 400, name="contribution")
    assert "没有另列逾期缴费的缴费标准" in r.text, r.text


@pytest.mark.parametrize("text", [
    "要不是特困人员 大病保险的起付线是多少",      # "if not": a condition, the group denied
    "若不是低保户 大病起付标准多少",
])
def test_a_conditional_if_not_is_no_reason_told(engine, text):
    r = answer(engine, text, region="巴中")
    assert "7,224" not in r.text and "7224" not in r.text, r.text      # (the groups' halved 起付线)


def test_a_counterfactual_with_what_would_not_have_been_still_tells_the_reason():
    from intents.slots import as_counterfactual_told
    assert as_counterfactual_told("要不是路上摔断了腿 我才不会在外地住院").startswith("就因为")
    assert as_counterfactual_told("要不是急诊的话 外地二级医院住院报多少").startswith("要不是")


def test_the_state_and_provinces_share_asked_is_not_the_counties_computed(engine):
    # (第一章 十六: 国省投入为主 — no figure; the 3 and 17 元 a person are the 市、县（区） share)
    r = answer(engine, "全区职工参保1万人 居民参保20万人 国家和省上给配套多少医疗救助资金", region="巴中")
    assert r.kind != "calculation" and "3,430,000" not in r.text, r.text


def test_the_counties_share_asked_is_still_computed(engine):
    # 1万 × 3 + 20万 × 17 = 30000 + 3400000
    computed(answer(engine, "全区职工参保1万人 居民参保20万人 区财政要配套多少医疗救助资金", region="巴中"),
             30000, 3400000, 3430000, name="assistance_matching")


@pytest.mark.parametrize("text,hospital", [
    ("合疗 同样八千 市中医院住和二级医院住 各能报好多", "市中医院"),
    ("职工医保 住院五千 乡镇卫生院跟区医院 相差多少", "区医院"),
])
def test_a_hospital_without_its_tier_beside_a_tiered_one_is_asked_never_one_computed(engine, text, hospital):
    r = answer(engine, text, region="巴中")
    assert r.kind == "clarify" and hospital in r.text and "几级" in r.text, r.text


def test_two_tiers_each_asked_are_still_computed(engine):
    # 职工 市内: 二级 (5000−400)×82% = 3772; 三级 (5000−700)×80% = 3440
    computed(answer(engine, "职工医保 住院五千 二级医院跟三级医院 各报多少", region="巴中"), 3772, 3440)


def test_one_year_before_the_rules_first_is_said_as_one_year(engine):
    r = computed(answer(engine, "居民医保2024年开始交的 一直没断 大病限额哪年能涨到31万", region="巴中"), 2031,
                 name="serious_illness_cap")
    assert "2024 年的参保不计" in r.text and "2024 年至 2024 年" not in r.text, r.text


@pytest.mark.parametrize("text", [
    "居民医保 哮喘慢病 今年4月份才认定的 一年最多能报多少",
    "职工 肺心病门慢 7月批下来的 全年封顶报好多",
])
def test_a_chronic_begun_within_the_year_gets_no_twelve_months(engine, text):
    # (长治 lists the limit by the month; a part year's the handbook does not give — never 12 × the month stated)
    r = answer(engine, text, region="长治")
    assert not (r.kind == "calculation" and "12 个月" in r.text), r.text


def test_the_year_asked_alone_is_still_twelve_months(engine):
    computed(answer(engine, "居民 慢阻肺慢病 全年最高报多少", region="长治"), 400, 4800, name="chronic_limit")


@pytest.mark.parametrize("text", [
    "单位2026年5月起给我交职工医保 以前在别的市交了4年 哪个月开始能用",
    "厂里2026年7月开始交职工医保 之前在外省缴了三年 几月份能用",
])
def test_cover_held_before_elsewhere_is_no_first_enrolments_wait(engine, text):
    # (第二章 六问 is a first enrolment's 6 months; one insured before elsewhere is the transfer's rule)
    r = answer(engine, text, region="巴中")
    assert not (r.kind == "calculation" and "初次参加职工" in r.text), r.text
