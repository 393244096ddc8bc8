"""A year or a month asked of a rule, worked out from the rule in the policy file (the thirty-fourth numbers
set), in phrasings of our own, through the real engine (巴中 handbook):

- the year an unbroken run raises the 大病 cap to a figure (第三章 九问: from 2025, after 4 years in a row
  +4000 a year, at most +20% of 30万): the figure is the cap's, never a bill;
- when a 灵活就业's 生育津贴 can be had (第二章 十六问: a 2025 birth short of 12 months of 生育保险, with
  职工医保 12 months in a row, once 生育保险 reaches 12 months; from 2026, not at all) — the rule, not
  the handbook's example of a January;
- a first 职工 enrolment's wait dated by the month paid (第二章 六问: 6 months from the day paid).
"""
import pytest

from calculators.birth_allowance import birth_allowance_from
from calculators.common import NotListed
from calculators.policy import policy_for
from intents.slots import extract
from tests.helpers import answer, computed, nums

BZ = policy_for("巴中")


# ---- the year the 大病 cap reaches a figure ----------------------------------------------------------


def test_the_cap_figure_asked_of_a_year_is_no_bill():
    read = extract("从2026年起每年都交居民医保 大病保险限额到哪年能涨到32万")
    assert read.get("amount") is None and read.get("cap_reach") == 320000 and read.get("run_start") == 2026


@pytest.mark.parametrize("text,year,cap", [
    # 20000 more: 5 raises, the 9th year in a row; from 2026: 2034
    ("从2026年起每年都交居民医保 大病保险限额到哪年能涨到32万", 2034, 320000),
    # 31万: 10000 ÷ 4000 = 2.5, 3 raises (312000), the 7th year; from 2025: 2031
    ("2025年开始年年交合疗 大病保险最高限额哪一年才到31万", 2031, 312000),
    # the ceiling: 60000 ÷ 4000 = 15 raises, the 19th year; from 2025: 2043
    ("从2025年起一直交居民医保 大病限额要到哪一年才能提到顶", 2043, 360000),
])
def test_the_year_the_cap_reaches_a_figure_is_computed(engine, text, year, cap):
    r = computed(answer(engine, text, region="巴中"), year, cap, name="serious_illness_cap")
    assert r.calculation.result["year"] == year, r.text
    assert "个人仍需负担" not in r.text, r.text


def test_a_cap_figure_past_the_ceiling_is_said_out_of_reach(engine):
    r = answer(engine, "从2025年起年年交合疗 大病保险限额哪年能涨到40万", region="巴中")
    assert r.kind == "calculation" and "到不了" in r.text and 360000 in nums(r), r.text


# ---- 生育津贴 of the 两类人员 -------------------------------------------------------------------------


def test_the_rule_dates_the_allowance_twelve_months_after_joining():
    calc = birth_allowance_from(BZ, joined=(2025, 7), born=(2025, 10), staff_since=(2023, 5))
    assert (calc.result["from_year"], calc.result["from_month"]) == (2026, 7), calc.headline


def test_a_later_years_birth_short_of_the_months_is_not_paid():
    calc = birth_allowance_from(BZ, joined=(2026, 1), born=(2026, 9))
    assert "不能享受" in calc.headline and "from_month" not in calc.result, calc.headline


def test_a_waiting_birth_with_staff_cover_short_is_not_guessed():
    with pytest.raises(NotListed):
        birth_allowance_from(BZ, joined=(2025, 4), born=(2025, 6), staff_since=(2025, 1))


def test_the_allowance_asked_when_is_dated_from_the_rule(engine):
    r = computed(answer(engine, "打零工的 生育险是2025年6月开始交的 职工医保2023年起一直没断 2025年9月生了孩子 "
                                "生育津贴哪个月可以领", region="巴中"), name="birth_allowance")
    # 2025年6月 to 2026年5月: 12 months; from 2026年6月
    assert "2026年6月起" in r.text and "2026年1月" not in r.text, r.text


# ---- a first 职工 enrolment's wait, the month paid ---------------------------------------------------


def test_a_first_staff_enrolment_told_by_its_month_is_dated(engine):
    r = computed(answer(engine, "刚进单位 2026年8月第一次交职工医保 哪个月开始能用", region="巴中"), 6,
                 name="waiting_period")
    assert "2027年2月起" in r.text, r.text
