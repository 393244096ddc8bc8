"""A sum told as what the asker earns or pays on — a 缴费基数, a wage, an income, a pension — is never the
bill of a stay or a visit: "职工医保 基数6000 自己门诊能报好多" computed the visit on 6000 once the
tier was told. The bill is asked; where paying in is asked (the fee, the account's share), the sum is
still what it is computed on. Phrasings of our own (四川话, 山西话, voice typing)."""

import pytest

from intents.slots import extract
from tests.helpers import talk


@pytest.mark.parametrize("text", [
    "职工医保 基数6000 自己门诊能报好多",
    "我工资5000 职工医保住院能报好多",
    "我一个月工资四千五 在县医院住院报好多",
    "俺一个月挣六千 住院报多少",
    "我退休金3000 门诊报好多",
    "我工资基数是6000，住院能报好多",
    "月收入三千 看门诊能报几多",
])
def test_an_earned_sum_is_no_bill(text):
    assert "amount" not in extract(text).values, extract(text).values


@pytest.mark.parametrize("text, amount", [
    ("月薪6000 门诊花了300报好多", 300),
    ("缴费基数8000 住院花了2万报好多", 20000),
    ("工资6000 个人每月交多少", 6000),
    ("基数5000 职工医保一个月交好多", 5000),
])
def test_the_bill_or_the_fee_base_is_still_read(text, amount):
    assert extract(text).values.get("amount") == amount, extract(text).values


@pytest.mark.parametrize("turns", [
    ["职工医保 基数6000 自己门诊能报好多", "二级医院"],
    ["我工资5000 职工医保住院能报好多", "三级"],
])
def test_after_the_tier_the_bill_is_asked(engine, turns):
    *_, last = talk(engine, turns, region="巴中")
    assert last.kind == "clarify" and "花了多少钱" in last.text, last.text
    assert last.calculation is None
