"""Calculations of round 33's merges read again with other wordings (the review rev33a), through the real
engine (巴中 handbook figures):

- a switch of scheme dated by the month paid up to and the day the new scheme began: the day said in
  Chinese numerals or by a part of the month (十号, 中旬, 月底) is past the month's first as "10号" is —
  three whole months and part of a fourth are over the rule's 3 (第一章 二十六), never "不超过 3 个月".
"""
import pytest

from intents.slots import extract
from tests.helpers import answer, computed


# ---- a switch's gap: the day the new scheme began, said otherwise than in digits ----------------------


@pytest.mark.parametrize("text", [
    "合疗交到2025年12月 2026年4月十五号进厂交职工医保 啥时候能报",
    "合疗交到2025年12月 2026年4月中旬进厂交职工医保 啥时候能报",
    "合疗交到2025年12月 2026年4月下旬才进厂交职工医保 哪天起能报",
    "合疗交到2025年12月 2026年4月底进厂交职工医保 啥时候能报",
])
def test_a_day_past_the_first_said_in_words_is_part_of_a_month(engine, text):
    s = extract(text)
    assert s.get("gap_months") == 3 and s.get("gap_part"), s.values
    r = computed(answer(engine, text, region="巴中"), name="waiting_period")
    # 第一章 二十六: 中断缴费时间超过3个月的，自转入之日起设置6个月的待遇享受等待期
    assert r.calculation.result["months"] == 6, r.text
    assert "不超过 3 个月" not in r.text, r.text


def test_the_first_of_the_month_said_in_words_is_no_part_month():
    s = extract("合疗交到2025年12月 2026年4月一号进厂交职工医保 啥时候能报")
    assert s.get("gap_months") == 3 and not s.get("gap_part"), s.values


# ---- a switch told with its gap, the new job said in other words than 进厂 -----------------------------


@pytest.mark.parametrize("text,months", [
    ("合疗交到2025年12月 2026年4月15号入职 单位给我交职工医保 啥时候能报", 6),
    ("合疗交到2025年12月 2026年4月15号进了厂 单位给交职工医保 啥时候能报", 6),
    ("城乡居民医保缴到2025年12月 2026年5月8号去单位上班了 职工医保哪天起能用", 6),
    # (within the rule's 3 months: no wait)
    ("居民医保缴到2026年1月 2026年3月1号入职了 职工医保啥时候能报", 0),
])
def test_a_switch_with_its_gap_read_is_the_switch_rule_whatever_the_job_words(engine, text, months):
    # 第一章 二十六: 中断不超过3个月的缴费即享受；超过3个月设6个月等待期 — never a 居民's 3-month example
    r = computed(answer(engine, text, region="巴中"), name="waiting_period")
    assert r.calculation.result["months"] == months, r.text


# ---- a stay's share worked out by its rate: only this year's payments count against the yearly limit ----


@pytest.mark.parametrize("text", [
    "职工 去年住院已经报了13万 今年住院按比例该报3万 这次能报多少",
    "职工 住院按比例应该报3万 前年统筹已经报了13万 这次能报多少",
])
def test_a_share_due_is_not_cut_by_another_years_payments(engine, text):
    # 第二章 三十七问: the 职工 fund's yearly limit (140000) is the year's; 13万 paid in an earlier year
    # leaves this year's limit whole — never "只能报 10000"
    r = computed(answer(engine, text, region="巴中"), 30000, name="cap_room")
    assert r.calculation.result["fund_pays"] == 30000, r.text
    assert 10000 not in r.calculation.result.values(), r.text


def test_a_share_due_with_nothing_paid_before_is_that_share_not_a_bill(engine):
    # "按比例该报5000" is what the fund owes by the rate, not the bill: no hospital asked, no deductible
    # taken off it again — the share within the year's limit, the year's earlier payments taken as none
    r = computed(answer(engine, "职工 住院按比例该报5000 能报多少", region="巴中"), 5000, name="cap_room")
    assert r.calculation.result["fund_pays"] == 5000, r.text
    assert any("此前" in a for a in r.calculation.assumptions), r.text


def test_a_share_due_after_this_years_payments_is_still_cut_by_the_limit(engine):
    r = computed(answer(engine, "职工 今年住院已经报了13万 这回按比例该报3万 能报多少", region="巴中"),
                 10000, name="cap_room")
    assert r.calculation.result["fund_pays"] == 10000, r.text


# ---- visits counted: the count said with the bills, not an earlier visit's -----------------------------


def test_the_visits_counted_are_those_said_with_the_bill_not_an_earlier_one(engine):
    # 第三章 十八问 (居民 门诊统筹, 卫生院 50 %, 100 a year): an earlier visit told first ("看过一次"), then
    # two more with 100 each and their sum asked — both computed (the 2nd and 3rd of the year), never one
    text = "居民 今年已经看过一次门诊了 这回又看了两次门诊 每次都花了100 卫生院 一共报多少"
    assert extract(text).get("visits") == 2, extract(text).values
    r = computed(answer(engine, text, region="巴中"), name="outpatient")
    assert r.calculation.inputs.get("visits") == 2, r.text
    assert "第2次门诊" in r.text and "第3次门诊" in r.text, r.text


@pytest.mark.parametrize("text", [
    # 居民 (第三章 十八问): a yearly limit of 100 the earlier visit may have used
    "居民 今年已经看过一次门诊了 这回又看了两次门诊 每次都花了100 卫生院 一共报多少",
    # 职工在职 (第二章): a deductible of the year the earlier visit may have taken
    "在职职工 今年之前去过一回门诊 这次又去卫生院看了两回门诊 每次花300 总共能报好多",
])
def test_visits_after_an_earlier_one_say_what_they_take_of_it(engine, text):
    # what the earlier visit spent or was paid is not told: the sum rests on it, and says so
    r = computed(answer(engine, text, region="巴中"), name="outpatient")
    assert r.calculation.inputs.get("visits") == 2, r.text
    assert any("此前" in a for a in r.calculation.assumptions), r.text


# ---- care said not to be elsewhere ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "合疗 三级医院住院花了6万 不是在外地 也没备案 能报好多",
    "合疗 在三级医院住了院 花了6万 又没去外地 没备案 报好多",
    "合疗 三级医院住院花了6万 不是在外地住的 能报好多",
])
def test_care_said_not_to_be_elsewhere_is_at_home(engine, text):
    # 第三章 十六问: 居民 三级 市内 — (60000 − 700) × 60% = 35580; never the unfiled 异地 row
    # ((60000 − 1000) × 50% = 29500) for care the asker says was not away
    s = extract(text)
    assert not s.get("elsewhere"), s.values
    r = computed(answer(engine, text, region="巴中"), 35580, name="inpatient")
    assert 29500 not in r.calculation.result.values(), r.text


def test_care_said_elsewhere_without_a_filing_is_still_the_unfiled_row(engine):
    r = computed(answer(engine, "合疗 在外地三级医院住院花了6万 没备案 不是急诊 能报好多", region="巴中"),
                 29500, name="inpatient")
    assert r.calculation.result["fund_pays"] == 29500, r.text
