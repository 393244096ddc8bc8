"""A calculation given up ("算了 不用算了 …") and pointed back at a few messages later ("哦对了 刚才那个住院的
是在三级医院 合疗的"): taken up where it was left, with the facts told now — the sum told first is not asked
again, nor is the rule given in place of the calculation. Own phrasings, through the engine's conversation."""
import pytest

from tests.helpers import computed, talk


@pytest.mark.parametrize("turns, figure", [
    (["住院花了一万 帮我算下能报多少", "不用了 先问下医保码在哪激活", "好的谢谢", "对了 刚才那个住院的 二级医院 居民医保"], 6720),
    (["帮我算算 门诊慢病花了3000 冠心病", "算了 不算了", "之前那个 是居民医保"], 800),
])
def test_a_calculation_given_up_is_taken_up_again(engine, turns, figure):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, figure)


def test_without_pointing_back_it_stays_given_up(engine):
    *_, r = talk(engine, ["住院花了一万 帮我算下能报多少", "不用了", "二级医院 居民医保 起付线多少"], region="巴中")
    assert r.kind != "calculation", r.text
    assert "400" in r.text, r.text
