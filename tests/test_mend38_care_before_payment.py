"""Care in a month before a fee paid after the window, asked whether it is paid: answered by the handbook's
rule even where it lists no months of waiting (克拉玛依 第2部分: 集中缴费期过后参保缴费人员设置待遇等待期，等待期内
及之前发生的医疗费基金不予支付); where the wait is dated from the day paid (巴中 第三章 十问), care before that day
is not paid either, the day paid unsaid. A window said missed in words of denial (没在集中期交) is after it.
Own phrasings, through the real engine."""
import pytest

from intents.slots import extract
from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "学生医保过了集中缴费期 5月份才交上 2月份住院花了8000 这笔钱报得到不",
    "今年的医保拖到6月才补交 4月看病花的钱能报吗",
])
def test_care_before_a_late_payment_is_not_paid_where_no_months_are_listed(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert "不能报" in r.text and "不予支付" in r.text, r.text
    # (the wait's own length is still not given: said so, never a month count guessed)
    assert "没有列出月数" in r.text and "个月后" not in r.text, r.text


def test_care_after_the_late_payment_is_still_the_unlisted_wait(engine):
    r = answer(engine, "过了集中缴费期 5月份才交的 8月份住院能报不", region="克拉玛依")
    assert "不能报" not in r.text, r.text


def test_care_before_a_late_payment_is_not_paid_where_the_wait_is_counted_from_the_day_paid(engine):
    r = answer(engine, "合疗没赶上集中缴费 2月住了院花了4000 5月才交上 能报不", region="巴中")
    assert r.kind == "calculation" and "2月在缴费之前" in r.text and "不能报" in r.text, r.text


@pytest.mark.parametrize("text", ["医保没在集中期交 4月才交", "没赶上集中缴费期 5月交的", "今年没有按时交 7月补的"])
def test_a_window_denied_is_after_it(text):
    assert extract(text).get("in_window") is False
