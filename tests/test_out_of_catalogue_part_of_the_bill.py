"""The part of a bill said to be outside the catalogue after its figure, with the catalogue named
("里头有800是医保目录外的自费药", "其中1000是报销范围外的"): 自费, taken out of the bill before the
deductible and the rate (巴中 第一章 四十三: 医疗总费用 = 统筹支付 + 个人自付 + 个人自费)."""
import pytest

from intents.slots import extract
from tests.helpers import computed, talk


@pytest.mark.parametrize("text,self_funded", [
    ("总共花了6000 里头有800是医保目录外的自费药", 800), ("住院一万 其中1000是报销范围外的", 1000),
])
def test_the_part_said_outside_the_catalogue_is_self_funded(text, self_funded):
    s = extract(text)
    assert s.get("self_funded") == self_funded, s.values


def test_the_self_funded_part_is_left_out_of_the_computation(engine):
    # 巴中 第三章 十一问: 居民 乡镇卫生院 起付100元 90% → (6000 − 800 − 100) × 90% = 4590
    [r] = talk(engine, ["总共花了6000 里头有800是医保目录外的自费药 在乡镇卫生院住的院 合疗 医保给报好多"], region="巴中")
    computed(r, 4590, name="inpatient")
