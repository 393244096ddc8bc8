"""大病保险: dev examples, special groups, 巴中's cap incentive and penalty examples, properties."""
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators.common import NotListed
from calculators.policy import policy_for
from calculators.serious_illness import serious_cap, serious_illness

BZ, KY, CZ = policy_for("巴中"), policy_for("克拉玛依"), policy_for("长治")


@pytest.mark.parametrize("policy,amount,category,paid", [
    (KY, 120000, "一般", 63900),                         # calc-d04
    (BZ, 30000, "一般", 9331.2),                         # calc-d05
    (CZ, 80000, "一般", 52500),                          # calc-d08
    (BZ, 14448, "一般", 0),
    (BZ, 114448, "一般", 60000),
    (BZ, 214448, "一般", 60000 + 70000),
    (BZ, 314448, "一般", 60000 + 70000 + 85000),
    (BZ, 30000, "低保", (30000 - 7224) * 0.65),
    (BZ, 207224, "特困", 65000 + 75000 + 0),
    (KY, 40000, "一般", (40000 - 21000) * 0.60),
    (KY, 40000, "困难", (40000 - 10500) * 0.65),
    (KY, 120000, "困难", (50000 - 10500) * 0.65 + 50000 * 0.70 + 20000 * 0.75),
    (CZ, 20000, "低保", (20000 - 5000) * 0.80),
    (CZ, 200000, "一般", 142500 + (200000 - 142500 - 50000) * 0.5),
])
def test_serious_illness(policy, amount, category, paid):
    c = serious_illness(policy, amount=Decimal(amount), category=category)
    assert c.result["fund_pays"] == pytest.approx(paid, abs=0.005)


def test_bazhong_cap_300k_and_no_cap_for_special_groups():
    c = serious_illness(BZ, amount=Decimal(1_000_000))
    assert c.result["fund_pays"] == 300000
    s = serious_illness(BZ, amount=Decimal(1_000_000), category="孤儿")
    assert s.result["fund_pays"] > 300000


def test_changzhi_unreferred_cuts_ratio():
    c = serious_illness(CZ, amount=Decimal(80000), referred=False)
    assert c.result["fund_pays"] == 70000 * 0.65


@pytest.mark.parametrize("continuous,zero,gap,cap", [
    (5, False, 0, 304000),     # 第三章 九问 例一: 第5年 30.4万
    (6, False, 0, 308000),     # 第6年 30.8万
    (40, False, 0, 360000),    # 最高 36万
    (None, True, 0, 304000),   # 例二: 上年零报销 30.4万
    (4, False, 0, 300000),
    (None, False, 1, 296000),  # 第三章 十问: 断保1年 29.6万
    (None, False, 2, 292000),  # 断保2年 29.2万
    (None, False, 30, 240000), # 最低 24万
    (8, True, 0, 300000 + 4 * 4000 + 4000),
])
def test_bazhong_cap_incentive_and_penalty(continuous, zero, gap, cap):
    c = serious_cap(BZ, continuous_years=continuous, zero_claim_last_year=zero, gap_years=gap)
    assert c.result["cap"] == cap


def test_staff_is_not_serious_illness():
    with pytest.raises(NotListed):
        serious_illness(BZ, amount=Decimal(50000), insurance="职工")


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([(BZ, "一般"), (BZ, "低保"), (KY, "一般"), (KY, "困难"), (CZ, "一般"), (CZ, "特困")]),
       st.decimals(min_value=1, max_value=3_000_000, places=2), st.decimals(min_value=0, max_value=100_000, places=2))
def test_properties(pc, amount, extra):
    policy, cat = pc
    a = serious_illness(policy, amount=amount, category=cat)
    b = serious_illness(policy, amount=amount + extra, category=cat)
    assert 0 <= a.result["fund_pays"] <= float(amount)
    if amount <= a.result["deductible"]:
        assert a.result["fund_pays"] == 0
    assert b.result["fund_pays"] >= a.result["fund_pays"]
    if "cap" in b.result:
        assert b.result["fund_pays"] <= b.result["cap"]


@pytest.mark.parametrize("policy,said", [
    (BZ, "起付线按手册列出的2025年度标准 14448 元计算"),   # 第三章 二十二问: "2025 年度为 14448 元"
    (KY, None),                                            # the guide's table is the file's own year
    (CZ, None),
])
def test_deductible_of_another_year_is_said(policy, said):
    c = serious_illness(policy, amount=Decimal(30000), category="一般")
    notes = "；".join(c.assumptions)
    if said is None:
        assert "年度标准" not in notes, notes
    else:
        assert said in notes and f"{policy.year}年度的起付线手册未列出" in notes, notes
