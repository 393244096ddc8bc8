"""One who pays 职工医保 for themself (个体户, 灵活就业) tells months unpaid as a gap ("断了几个月莫交", "断交
了") and asks from which month cover stops: that is the arrears rule (巴中 第二章 二十三问: 从欠费第4个月起暂停),
not the first-time 职工's six months' wait (第二章 六问)."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "我个体户自己交的职工医保 断了几个月没交 从第几个月开始报不了",
    "我做生意自己交职工医保，断了几个月莫交，第几个月开始用不到",
    "灵活就业交的职工医保断交了 哪个月开始就不能报了",
])
def test_a_gap_told_of_ones_own_worker_fees_is_the_arrears_rule(engine, text):
    r = answer(engine, text, region="巴中")
    assert "第4个月" in r.text.replace(" ", "") and "6 个月" not in r.text, r.text
