"""四川's 莫 for 没 before a verb ("莫转诊", "莫到门慢那个标准"): a referral or a standard said not to be,
never one said to be. Own phrasings, through the slots, the calculation kind and the engine."""
import pytest

from intents.calc_kind import calc_kind
from intents.slots import extract
from tests.helpers import computed, talk


@pytest.mark.parametrize("text", ["要是莫转诊 也不是急诊 自己跑去的呢", "莫转诊 自己去重庆住的院", "莫备案就去成都住院了"])
def test_mo_before_a_referral_is_none(text):
    assert extract(text).get("filing") == "未备案"


def test_yuemo_is_no_denial():
    assert extract("约莫转诊后报多少").get("filing") != "未备案"


@pytest.mark.parametrize("text", ["我血压高 天天吃药 又莫到门慢那个标准 买降压药能报不",
                                  "糖尿病 吃着药 莫得达到慢病标准 能报不"])
def test_mo_before_the_chronic_standard_is_two_diseases(text):
    assert calc_kind(text, extract(text)) == "two_diseases"


def test_unreferred_follow_up_is_the_unreferred_row(engine):
    # (巴中 第二章二十七问(二) 市外住院: 转诊三级 1000、75%; 非急诊且未转诊三级 1000、70%: 20000 × 70% = 14000)
    first, second = talk(engine, ["我职工医保 办了转诊备案 转到重庆三级医院住院 合规费用21000 能报好多",
                                  "要是莫转诊 也不是急诊 自己跑去的呢"], region="巴中")
    computed(first, 15000, name="inpatient")
    computed(second, 14000, name="inpatient")
