"""A what-if follow-up after the wait of a switch between schemes was computed ("要是断了半年呢"): the
gap it says, in months, half-years or years, is the one computed — never the months said before,
restated as sure (issue 8). Handbook: 巴中 第一章 二十六 (中断缴费不超过3个月 从缴费之日起享受; 超过3个月
设置6个月待遇享受等待期)."""
import pytest

from intents.slots import extract
from tests.helpers import computed, talk

SWITCH = "我在厂里交了三年职工医保 辞职了 想改交合疗 中间断了两个月 交了马上能用不"


@pytest.mark.parametrize("text, months", [
    ("要是断了半年呢", 6), ("大半年呢", 6), ("断了一年多呢", 13), ("断了两年半呢", 30),
    ("要是断了五个月呢", 5), ("只断了2个月呢", 2),
])
def test_the_gap_of_a_switch_said_again(text, months):
    assert extract(text, expecting="gap_months").get("gap_months") == months


@pytest.mark.parametrize("follow_up, wait, gap", [
    ("要是断了半年呢", 6, 6),
    ("断了一年多呢", 6, 13),
])
def test_a_what_if_gap_is_the_one_computed(engine, follow_up, wait, gap):
    first, r = talk(engine, [SWITCH, follow_up], region="巴中")
    computed(first, 0, name="waiting_period")
    computed(r, wait, gap, name="waiting_period")
    assert f"中断缴费 {gap} 个月" in r.text, r.text
