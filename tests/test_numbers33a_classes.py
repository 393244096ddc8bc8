"""Calculations the thirty-third numbers set (first half) showed answered by a handbook example or
asked back where the facts were told, in phrasings of our own, through the real engine (巴中 handbook
figures):

- the day asked with the care between it and the paying ("哪天以后住院才能报"): the waiting period, dated
  from the day paid (第二章 六问, 第三章 十问);
- a switch of scheme told by the month paid up to and the day the new scheme began: the gap between
  them, in whole months and part of one, against the rule's 3 months (第一章 二十六).
"""
import pytest

from calculators.policy import policy_for
from calculators.waiting_period import waiting_period
from intents.slots import extract
from tests.helpers import answer, computed

BZ = policy_for("巴中")


# ---- the day asked, the care named between ---------------------------------------------------------


@pytest.mark.parametrize("text,months,day", [
    # 职工 first enrolment: 6 months from the day paid
    ("刚参加工作 头一回交职工医保 2026年2月20号交的 哪天以后看门诊才能报", 6, "2026年8月20日"),
    # 居民, the year before not insured, paid in the window after 1 January: 3 months from the day paid
    ("合疗 2025年断了一年 2026年2月3号才交 几号之后住院可以报", 3, "2026年5月3日"),
])
def test_the_day_asked_with_the_care_between_is_the_waiting_period(engine, text, months, day):
    r = computed(answer(engine, text, region="巴中"), name="waiting_period")
    assert r.calculation.result["months"] == months, r.text
    assert day in r.text, r.text


# ---- a switch's gap told by dates ------------------------------------------------------------------


@pytest.mark.parametrize("text,whole,part", [
    ("居民医保缴到2024年10月 2025年3月18号进厂交职工医保", 4, True),
    ("职工医保交到2025年底 2026年4月1号换成交合疗", 3, False),
    ("2025年6月以后就没交了 2025年9月换成居民医保", 2, False),
])
def test_a_switch_gap_is_read_from_the_dates_said(text, whole, part):
    s = extract(text)
    assert s.get("switched") and s.get("gap_months") == whole, s.values
    assert bool(s.get("gap_part")) is part, s.values


def test_three_months_and_some_days_are_over_the_rule():
    # 第一章 二十六: 中断缴费时间超过3个月的，自转入之日起设置6个月的待遇享受等待期
    over = waiting_period(BZ, gap_years=None, switched=True, gap_months=3, gap_part=True, continuous_years=4,
                          paid_year=2026, paid_month=4, paid_day=2)
    assert over.result["months"] == 6 and "3 个多月" in " ".join(over.steps)
    assert over.result["from_day"] == "2026年10月2日"
    assert waiting_period(BZ, gap_years=None, switched=True, gap_months=3, continuous_years=4).result["months"] == 0


def test_a_switch_told_by_dates_is_dated_from_the_switch(engine):
    # 居民 paid up to October 2024, 职工 from 18 March 2025: over four months, 6 months from the switch
    r = computed(answer(engine, "居民医保连续交了六年 缴到2024年10月 2025年3月18号进厂交了职工医保 啥时候开始能报",
                        region="巴中"), name="waiting_period")
    assert r.calculation.result["months"] == 6 and "2025年9月18日" in r.text, r.text


# ---- a newborn's last day to pay -------------------------------------------------------------------


@pytest.mark.parametrize("text,inclusive,counted", [
    # 第三章 七问: 出生90天内缴纳出生当年医疗保险费的，待遇享受期为出生之日起
    ("外孙女6月1号出生的 合疗最迟啥时候交 才能从生下来就报", "8月29日", "8月30日"),
    # (over the year's end, the year said: the day in full)
    ("宝宝2026年12月15号出生 几号之前要交医保", "2027年3月14日", "2027年3月15日"),
])
def test_a_newborn_birthday_with_the_last_day_asked_is_counted(engine, text, inclusive, counted):
    r = computed(answer(engine, text, region="巴中"), name="waiting_period")
    assert r.calculation.result["deadline"] == inclusive, r.text
    assert inclusive in r.text and counted in r.text, r.text


def test_a_birthday_is_no_day_paid():
    s = extract("娃儿3月5号出生的 啥时候去交合疗")
    assert s.get("paid_month") is None and (s.get("born_month"), s.get("born_day")) == (3, 5), s.values
