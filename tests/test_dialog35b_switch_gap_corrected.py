"""A switch's gap corrected ("搞错了 只断了两个月") after its wait was computed from an offer under the rule:
the corrected months are computed — the case's scheme is its own, never a scheme said before put in front
of the correction (which hid it). Handbook: 巴中 第一章 二十六 (不超过3个月 从缴费之日起享受).
Own phrasings, through the real engine."""
from tests.helpers import talk


def test_a_corrected_switch_gap_is_the_one_computed(engine):
    *_, wrong, fixed = talk(engine, ["连续交了3年居民医保 现在换成职工医保 有没有等待期", "中间断了5个月", "说错了 其实只断了一个月"],
                            region="巴中")
    assert wrong.kind == "calculation" and "等待期 6 个月" in wrong.text, wrong.text
    assert fixed.kind == "calculation" and "等待期 0 个月" in fixed.text and "中断缴费 1 个月" in fixed.text, fixed.text
