"""A 门诊统筹 bill told by drug class ("甲类药100 乙类药200"): where the plan has 乙类药品 paid first in
part, that share of the 乙类 part only is paid first — never the whole bill at the rate, stated as
sure with the 乙类 part the asker told ignored (issue 8). Handbook: 长治 居民门诊统筹 (一级医疗机构 60%；
参保人员在门诊使用乙类药品时需先行自付5%，再按规定比例报销)."""
from decimal import Decimal

import pytest

from calculators.outpatient import outpatient
from calculators.policy import policy_for
from tests.helpers import answer, computed


@pytest.mark.parametrize("text, paid", [
    ("一级医院门诊 甲类药100 乙类药200 新农合报多少", 174),     # (300 − 200 × 5%) × 60%
    ("乡镇卫生院看门诊 甲类药300 乙类药100 居民医保能报好多", 237),   # (400 − 5) × 60%
])
def test_the_class_b_part_is_paid_first_in_part(engine, text, paid):
    r = answer(engine, text, region="长治")
    computed(r, paid, name="outpatient")
    assert "先行自付" in r.text, r.text


def test_a_plan_without_the_rule_pays_the_whole_bill():
    calc = outpatient(policy_for("巴中"), insurance="居民", cost=Decimal(300), tier="一级",
                      class_costs={"甲类": Decimal(100), "乙类": Decimal(200)})
    assert "先行自付" not in " ".join(calc.steps)
