"""A 职工 whose fees stopped for months not counted ("断了几个月莫交", "停了好几个月") and who asks when the
cover stops: months unpaid are arrears, whose rule is 巴中 第二章 二十三问 (从欠费第4个月起暂停) — never
a first enrolment's six-month wait (第二章 六问) computed as if they had just joined."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "我个体户自己交职工医保 断了几个月莫交 从第几个月开始就用不到了",
    "个体户交职工医保 停了几个月 第几个月开始不能报",
    "我在单位交的职工医保 单位断了好几个月没交 我现在看病还能报吗",
])
def test_months_unpaid_are_arrears_not_a_first_wait(engine, text):
    r = answer(engine, text, region="巴中")
    assert "第4个月" in r.text.replace(" ", ""), r.text
    assert "6 个月后享受" not in r.text and "等待期 6 个月" not in r.text, r.text


@pytest.mark.parametrize("text", ["第一次参加职工医保 多久能用", "刚入职第一次交职工医保 几个月后能报"])
def test_a_first_enrolment_still_waits_six_months(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "calculation" and "6" in r.text and "第4个月" not in r.text, r.text
