"""Whether a wait can be repaired, asked with the gap's length unsaid ("断了几年保 变动等待期能不能
多交点钱修复"), is the handbook's rule (巴中 第三章 十问: 可以通过缴费修复变动待遇等待期，每多缴纳1年
可减少1个月), answered with the offer to compute — not a form asking the gap first. With the gap
said, the wait is computed as before, the repair shown beside it."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "断了几年保 那个变动等待期能不能多交点钱修复",
    "断过保 等待期可以补缴修复不",
])
def test_whether_the_wait_can_be_repaired_is_the_rule(engine, text):
    r = answer(engine, text, "巴中")
    assert r.kind == "faq" and "每多缴纳1年可减少1个月" in r.text, r.text


def test_with_the_gap_said_the_wait_is_computed(engine):
    r = answer(engine, "断保两年能不能交钱修复等待期", "巴中")
    assert r.kind == "calculation" and "4 个月" in r.text and "修复" in r.text, r.text


@pytest.mark.parametrize("text", [
    "我补交了400 要多少天到账",
    "补缴了医保 要多少个月才能用",
])
def test_how_long_after_paying_late_is_no_fee_computed(engine, text):
    # (要多少天 / 要多少个月 after 补交: a wait or a transfer asked, never the year's fee worked out)
    r = answer(engine, text, "巴中")
    assert r.kind != "calculation" and "个人需缴" not in r.text, r.text
