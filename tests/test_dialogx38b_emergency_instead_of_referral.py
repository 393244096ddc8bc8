"""A stay elsewhere computed as referred (转诊), then asked again as an emergency with the referral denied
and "一样不" — that stay computed again as an emergency (巴中 puts 转诊 and 急诊抢救 in one row), never the
page of care neither referred nor urgent."""
from tests.helpers import computed, talk


def test_emergency_supposed_with_the_referral_denied_computes_the_stay_again(engine):
    first, again = talk(engine, ["我是职工医保 转诊去成都的二级医院住院 备过案 花了两万 都在目录内 能报多少",
                                 "如果当时是急诊抢救送去的 没办转诊 结果一样吗"], region="巴中")
    computed(first, name="inpatient")
    computed(again, name="inpatient")
    assert again.calculation.inputs["filing"] == "急诊", again.calculation.inputs
    assert again.calculation.result == first.calculation.result, (first.text, again.text)
