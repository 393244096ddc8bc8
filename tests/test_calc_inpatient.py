"""Inpatient calculator: handbook worked examples, table rows, rules, properties."""
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators.common import BadInput, NotListed
from calculators.inpatient import inpatient
from calculators.policy import policy_for

BZ, KY, CZ = policy_for("巴中"), policy_for("克拉玛依"), policy_for("长治")


def test_zhang_san_worked_example():
    """巴中 第一章 四十三: 4500 总费用, 300 目录外, 乡镇卫生院 → 3690 / 510 / 300."""
    c = inpatient(BZ, insurance="居民", tier="乡镇卫生院", cost=Decimal(4500), self_funded=Decimal(300))
    assert c.result["fund_pays"] == 3690
    assert c.result["self_pays"] == 510
    assert c.result["self_funded"] == 300
    assert "(4200 − 100 起付线) × 90% = 3690 元" in c.steps


@pytest.mark.parametrize("policy,ins,tier,cost,fund", [
    (BZ, "居民", "二级", 6000, 3920),           # calc-d01
    (BZ, "职工", "一级", 2000, 1445),           # calc-d02
    (KY, "居民", "三级", 10000, 6110),          # calc-d03
    (KY, "居民", "二级", 10000, 7350),          # mt-d01
    (BZ, "居民", "三级", 5000, 2580),           # the example
    (BZ, "居民", "二级", 5000, 3220),
    (CZ, "居民", "一类", 10000, 5400),
    (CZ, "居民", "三类", 10000, 8415),
])
def test_examples(policy, ins, tier, cost, fund):
    assert inpatient(policy, insurance=ins, tier=tier, cost=Decimal(cost)).result["fund_pays"] == fund


ROWS = [(BZ, "职工", "乡镇卫生院", 100, "0.90"), (BZ, "职工", "一级", 300, "0.85"), (BZ, "职工", "二级", 400, "0.82"),
        (BZ, "职工", "三级", 700, "0.80"), (BZ, "居民", "乡镇卫生院", 100, "0.90"), (BZ, "居民", "一级", 300, "0.80"),
        (BZ, "居民", "二级", 400, "0.70"), (BZ, "居民", "三级", 700, "0.60"), (KY, "居民", "一级", 100, "0.85"),
        (KY, "居民", "二级", 200, "0.75"), (KY, "居民", "三级", 600, "0.65"), (CZ, "居民", "三类", 100, "0.85"),
        (CZ, "居民", "二类县级", 400, "0.75"), (CZ, "居民", "二类省市级", 500, "0.70"), (CZ, "居民", "一类", 1000, "0.60"),
        (CZ, "居民", "一类省外", 1500, "0.55")]


@pytest.mark.parametrize("policy,ins,tier,ded,ratio", ROWS)
def test_every_local_row_computes(policy, ins, tier, ded, ratio):
    c = inpatient(policy, insurance=ins, tier=tier, cost=Decimal(20000))
    assert c.result["fund_pays"] == float((Decimal(20000) - ded) * Decimal(ratio))
    assert c.result["deductible"] == ded


@pytest.mark.parametrize("ins,filing,tier,fund", [
    ("居民", "长期备案", "三级", (10000 - 700) * 0.60),
    ("居民", "转诊", "三级", (10000 - 1000) * 0.55),
    ("居民", "临时备案", "二级", (10000 - 1000) * 0.65),
    ("居民", "未备案", "三级", (10000 - 1000) * 0.50),
    ("职工", "转诊", "三级", (10000 - 1000) * 0.75),
    ("职工", "急诊", "二级", (10000 - 1000) * 0.77),
    ("职工", "未备案", "一级", (10000 - 1000) * 0.75),
])
def test_bazhong_out_of_city(ins, filing, tier, fund):
    assert inpatient(BZ, insurance=ins, tier=tier, cost=Decimal(10000), filing=filing).result["fund_pays"] == pytest.approx(fund)


def test_karamay_temporary_filing_cuts_20_points():
    c = inpatient(KY, insurance="居民", tier="二级", cost=Decimal(10000), filing="临时备案")
    assert c.result["fund_pays"] == (10000 - 200) * 0.55


def test_changzhi_unfiled_cuts_10_points():
    c = inpatient(CZ, insurance="居民", tier="一类", cost=Decimal(10000), filing="未备案")
    assert c.result["fund_pays"] == 4500


def test_karamay_second_admission_at_higher_tier_pays_the_difference():
    c = inpatient(KY, insurance="居民", tier="三级", cost=Decimal(10000), admission=2, prior_tier="二级")
    assert c.result["deductible"] == 400
    assert c.result["fund_pays"] == (10000 - 400) * 0.65


def test_karamay_second_admission_same_tier_no_deductible():
    c = inpatient(KY, insurance="居民", tier="二级", cost=Decimal(10000), admission=2, prior_tier="二级")
    assert c.result["deductible"] == 0 and c.result["fund_pays"] == 7500


def test_bazhong_transfer_low_to_high_and_high_to_low():
    up = inpatient(BZ, insurance="居民", tier="三级", cost=Decimal(10000), transfer=True, prior_tier="二级")
    assert up.result["deductible"] == 300
    down = inpatient(BZ, insurance="居民", tier="二级", cost=Decimal(10000), transfer=True, prior_tier="三级")
    assert down.result["deductible"] == 0


def test_annual_cap():
    c = inpatient(BZ, insurance="居民", tier="乡镇卫生院", cost=Decimal(500000))
    assert c.result["fund_pays"] == 110000 and c.result["cap_reached"] == "yes"


def test_changzhi_staff_table_is_not_listed():
    with pytest.raises(NotListed) as e:
        inpatient(CZ, insurance="职工", tier="一类", cost=Decimal(10000))
    assert "缺失" in e.value.reason and "80000" in e.value.reason


def test_karamay_has_no_staff_plan():
    with pytest.raises(NotListed):
        inpatient(KY, insurance="职工", tier="二级", cost=Decimal(10000))


def test_tier_the_region_lacks():
    with pytest.raises(BadInput) as e:
        inpatient(KY, insurance="居民", tier="乡镇卫生院", cost=Decimal(10000))
    assert e.value.slot == "tier"


@pytest.mark.parametrize("cost", [0, -5, 10**9])
def test_bad_amounts(cost):
    with pytest.raises(BadInput):
        inpatient(BZ, insurance="居民", tier="二级", cost=Decimal(cost))


def test_below_deductible_pays_nothing():
    c = inpatient(BZ, insurance="居民", tier="三级", cost=Decimal(600))
    assert c.result["fund_pays"] == 0


PLANS = [(BZ, "居民", t) for t in ("乡镇卫生院", "一级", "二级", "三级")] + \
        [(BZ, "职工", t) for t in ("乡镇卫生院", "三级")] + [(KY, "居民", t) for t in ("一级", "三级")] + \
        [(CZ, "居民", t) for t in ("三类", "一类省外")]
FILINGS = ["市内", "长期备案", "转诊", "未备案"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(PLANS), st.decimals(min_value=1, max_value=2_000_000, places=2),
       st.decimals(min_value=0, max_value=50_000, places=2), st.sampled_from(FILINGS))
def test_properties(plan, cost, extra, filing):
    policy, ins, tier = plan
    if filing not in policy.inpatient[ins].filings:
        filing = "市内"
    a = inpatient(policy, insurance=ins, tier=tier, cost=cost, filing=filing)
    b = inpatient(policy, insurance=ins, tier=tier, cost=cost + extra, filing=filing)
    fund, eligible, ded = a.result["fund_pays"], a.result["eligible"], a.result["deductible"]
    assert 0 <= fund <= eligible                         # never more than the eligible amount
    if eligible <= ded:
        assert fund == 0                                 # nothing below the deductible
    assert b.result["fund_pays"] >= fund                 # monotone in cost
    cap = policy.inpatient[ins].annual_cap
    if cap:
        assert b.result["fund_pays"] <= float(cap.amount)   # never past the cap
    assert abs(a.result["fund_pays"] + a.result["self_pays"] - eligible) < 0.001
