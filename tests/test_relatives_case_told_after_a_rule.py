"""A relative's condition told with nothing asked, right after a rule was answered with an offer to compute
("俺老伴是一型糖尿病", "我老伴是糖尿病"): that rule for their case, as "…呢" would ask it — not the form's
next question (甲类还是乙类) for a case nobody asked computed. Own phrasings, through the real engine
(长治 居民“两病”: Ⅰ型糖尿病 480 元, 其他类型 360 元; 巴中 第四章十九问: 糖尿病 300 元)."""
import pytest

from tests.helpers import talk


@pytest.mark.parametrize("turns, region, needle", [
    (["俺有高血压 新农合买降压药一年能报多少", "俺老伴是一型糖尿病"], "长治", "480"),
    (["我血压高 吃降压药 没到门慢标准 合疗两病能报好多", "我老伴是糖尿病"], "巴中", "300"),
])
def test_a_relatives_case_asks_the_rule_again(engine, turns, region, needle):
    *_, r = talk(engine, turns, region=region)
    assert r.kind == "faq" and needle in r.text, r.text
