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
