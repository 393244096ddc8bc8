"""A 职工's arrears of 6 to 12 months paid back with the late fee: cover resumes as the handbook words it
(巴中 第二章 二十三问: 缴清欠费和滞纳金后，从缴清欠费和滞纳金之日起享受医疗保险待遇) — the day both are paid,
not a paraphrase that drops what must be paid by then."""

import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "厂里拖欠了10个月的职工医保 现在欠费和滞纳金都补齐了 好久能报销",
    "我们公司欠缴了9个月职工医保费 连滞纳金一起补交了 从什么时候开始享受待遇",
])
def test_cover_resumes_from_the_day_arrears_and_late_fee_are_paid(engine, text):
    r = answer(engine, text, region="巴中")
    assert "从缴清欠费和滞纳金之日起" in r.text, r.text
