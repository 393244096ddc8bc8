"""Regressions of round 31's merge (the retrained ranker moved near-ties), as classes in own phrasings
through the real engine: whether a charge is right, a sum told beside it, is the rule on the charge."""
import pytest

from tests.helpers import talk


# ---- whether a charge is right ("合不合理", "该不该收"), a sum told beside it: the rule on that charge
# (巴中 第三章 二十七问: the 一般诊疗费 is paid by the fund; the clinic may not charge it), not the sum
# computed as an outpatient bill whose scheme is asked

@pytest.mark.parametrize("text", ["村医那里看了个小病 收了3块钱诊查费 该不该收",
                                  "去村卫生室拿药 另外收了两块钱挂号费 合理吗"])
def test_whether_a_charge_is_right_is_the_rule(engine, text):
    [r] = talk(engine, [text], region="巴中")
    assert r.kind == "faq" and "不得再收取" in r.text, r.text
