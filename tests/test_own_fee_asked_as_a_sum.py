"""A 职工's own monthly fee asked as a sum with no base told ("每个月个人扣好多") is asked for the base
it is computed on, then computed — not answered with the rate's page; the rate asked stays the
rate's page. Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed, talk


@pytest.mark.parametrize("text", ["我交职工医保 每个月个人扣好多", "单位上班 医保每个月扣几多钱"])
def test_monthly_sum_asks_the_base_then_computes(engine, text):
    first, then = talk(engine, [text, "6000"], region="巴中")
    assert first.kind == "clarify" and "base" in first.missing_slots, first.text
    # 巴中 第二章 五问: 个人按本人上年度月平均工资的2%: 6000 × 2% = 120
    computed(then, 120)


def test_the_rate_asked_is_the_rates_page(engine):
    r = ask(engine, "职工医保 每个月个人扣多少比例", region="巴中")
    assert r.kind == "faq" and "2%" in r.text, r.text
