"""A rule's figure put as "isn't it …?" ("三级医院起付线不是五百吗 …") beside the asker's bill is an
asserted figure (issue 10: an asserted policy figure is never a cost): it is corrected with the
handbook's figure, and the bill is computed with the handbook's rule — never the figure taken as the
cost, nor as the deductible."""
import pytest

from tests.helpers import answer, computed

# (region, message, the wrong figure, the handbook's figure in the correction, what the fund pays)
CASES = [
    # 巴中 第三章 十一问: 居民 三级 起付700元 60% → (20000 − 700) × 60% = 11580
    ("巴中", "三级医院起付线不是五百吗 我屋头老头儿在市里三级医院住院 合疗 目录内花了两万 报好多", "500", "700", 11580),
    # 巴中 第三章 十一问: 居民 二级 起付400元 70% → (10000 − 400) × 70% = 6720
    ("巴中", "二级医院起付线不是三百嘛 合疗 在二级医院住院花了一万 报好多", "300", "400", 6720),
    # 克拉玛依 待遇标准表: 三级 起付600元 65% → (10000 − 600) × 65% = 6110
    ("克拉玛依", "三级医院起付线不是五百吗，我在三级医院住院花了一万，报多少", "500", "600", 6110),
]


@pytest.mark.parametrize("region,text,wrong,right,pays", CASES)
def test_isnt_it_figure_is_corrected_and_the_bill_computed(engine, region, text, wrong, right, pays):
    r = computed(answer(engine, text, region=region), pays, name="inpatient")
    first = r.text.split("\n")[0]
    assert first.startswith("不是" + wrong) and right in first, r.text
    assert r.calculation.inputs.get("amount") not in (float(wrong), wrong), r.calculation.inputs
