"""A short question leaning on the conversation borrows the topic words of the question before, never a
span of time told there read into the word after it ("过了90天才交" cut as 90 | 天才): after a newborn's
enrolment and its 90-day rule, "今年交好多钱" is the year's 居民 fee (巴中 第三章六问: 400元). Own
phrasings, through the real engine."""
import pytest

from tests.helpers import talk


@pytest.mark.parametrize("turns", [
    ["孙子刚出生 合疗咋交", "过了100天才交呢", "今年交多少钱"],
    ["孙娃儿刚生 合疗咋个交", "过了90天才交呢", "今年交好多"],
])
def test_the_fee_asked_after_a_newborns_rule(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq" and "400" in r.text, r.text
