"""A group's 大病保险 deductible heard to be lower ("听说他的大病保险起伏线要低些") and then its figure asked in a
clause of its own ("到底是好多钱", "具体是多少"): the group's own deductible worked out from the policy (巴中
第三章 二十二、二十四问: 特困人员、孤儿、低保对象起付线在普通人员起付线基础上降低50%, 14448 × 50% = 7224), not
another page of the group's (the cap, 不设赔付限额)."""
import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text", [
    "我舅舅是特困户 听说他大病保险的起伏线要低些 那到底是好多",
    "俺屋头是低保户，听说大病保险起付线要低一些，具体是多少",
    "我是孤儿听说大病保险的起付线会低点实际是好多",
])
def test_a_lower_deductible_heard_then_its_figure_asked(engine, text):
    computed(answer(engine, text, region="巴中"), 7224)
