"""Readings of the round's merged rules that could state a wrong figure with confidence: a month said
as a stay's length, a time ago or a child's age read as a monthly bill's count; a repair of the waiting
period said as not wished read as paid; a caesarean said needless read as the kind. Own phrasings,
through the real engine."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import nums, talk

# ---- a month that is no month's bill -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # a stay a month long, its whole bill told — not 30000 × 12
    "居民医保 住了一个月院 花了3万 一年能报多少",
    # a month ago — not 30000 × 12
    "居民医保 一个月前住院花了3万 一年最多能报多少",
])
def test_a_month_long_or_a_month_ago_is_no_monthly_bill(engine, text):
    first, then = talk(engine, [text, "二级医院"], region="巴中")
    r = then if first.kind == "clarify" else first
    assert r.kind == "calculation", r.text
    assert str(r.calculation.inputs.get("cost")) == "30000", r.calculation.inputs
    assert 360000 not in nums(r.text), r.text


def test_a_childs_age_in_months_is_no_count_of_monthly_bills():
    from intents.slots import extract
    # the year's twelve months of a 500 bill, never the child's 6 months
    assert extract("娃儿6个月大 每个月药费500 一年能报多少").get("amount") == 6000
    assert extract("怀孕8个月 每个月药费500 一年能报多少").get("amount") == 6000


# ---- a repair said as not wished is not paid -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "断保两年了 不想补缴修复等待期 要等多久",
    "断保两年了 没打算交钱修复变动等待期 等待期几个月",
])
def test_a_repair_not_wished_is_not_paid(engine, text):
    # 巴中 第三章 十问: 断2年 3 + 1 = 4 months unrepaired
    r = ask(engine, text, region="巴中")
    assert r.kind == "calculation", r.text
    assert not r.calculation.inputs.get("repair_years"), r.calculation.inputs
    assert 4 in nums(r.text.split("。")[0]), r.text


# ---- a caesarean said needless is no caesarean -----------------------------------------------------------


@pytest.mark.parametrize("text", ["医生说没必要剖 生娃能报多少", "医生说不必要剖 生孩子报好多"])
def test_a_caesarean_said_needless_is_not_the_kind(text):
    from intents.slots import extract
    assert extract(text).get("kind") != "剖宫产"
