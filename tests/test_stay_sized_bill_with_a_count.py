"""A count of going to a hospital, or of visits, told with a bill of a stay's size and no care named
("第二次去县医院 花了3万", "去了两次二级医院 每次8000"): whether it was 住院 or 门诊 is asked — a visit is
assumed only for a bill of a visit's size (a 3万 bill computed as a visit paid the outpatient cap, 100 yuan,
stated as the answer). Phrasings of our own, through the engine."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "我妈今年第三回上县医院 花了两万五 合疗能报几多",
    "去了两次二级医院 每次都花了8000 合疗一共报多少",
])
def test_a_stay_sized_bill_with_a_count_asks_stay_or_visit(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "clarify" and "住院还是门诊" in r.text, r.text


@pytest.mark.parametrize("text", [
    "这是今年第二回去卫生院了 又花了70 合疗报几多",
    "在卫生院看了3次病 每次都花50 合疗一共报多少",
])
def test_a_visit_sized_bill_with_a_count_is_still_a_visit(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "calculation" and "门诊" in r.text, r.text

