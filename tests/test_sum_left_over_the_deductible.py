"""A sum said to be what is left once the deductible is taken off ("扣了起付线以后还剩十五万"), worked
out by segments ("分段算下来"), is the part the 大病保险 segments are paid on: the deductible is not taken
off it again, and 分段 said of the computing is no band of the rule. 巴中 第三章 二十三问: 10万元以内
60%，10万元以上 70% — 100000 × 60% + 50000 × 70% = 95000."""
import pytest

from intents.slots import extract
from tests.helpers import answer, computed


@pytest.mark.parametrize("text", [
    "大病扣了起伏线以后还剩十五万分段算下来大兵保险能赔好多钱",
    "大病保险扣了起付线还剩15万 分段计算能赔多少",
    "扣完大病起付线以后还有15万 大病保险赔好多",
])
def test_sum_left_over_the_deductible_is_paid_by_segments(engine, text):
    r = computed(answer(engine, text, region="巴中"), 95000, name="serious_illness")
    assert "135552" not in r.text.replace(",", ""), r.text


@pytest.mark.parametrize("text", ["还剩15万分段算下来能赔多少", "15万分段计算大病保险赔多少"])
def test_segments_said_of_the_computing_leave_the_sum(text):
    assert extract(text).get("amount") == 150000


@pytest.mark.parametrize("text", ["10万分段报多少", "15万那段报多少"])
def test_a_band_asked_is_no_sum(text):
    assert extract(text).get("amount") is None


def test_deductible_taken_off_first_is_no_earlier_payment():
    assert not extract("扣了起付线以后还剩15万").get("deductible_paid")
