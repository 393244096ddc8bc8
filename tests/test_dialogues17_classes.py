"""Conversations the seventeenth dialogue set showed misread. Own phrasings, through the real engine
(巴中 第三章六问 for the contributions, 第四章十九问 for 两病: 50%, 高血压 200 / 糖尿病 300 a year)."""
import pytest

from tests.helpers import computed, talk

# ---- a disease said NOT to be the asker's ("是糖尿病 不是高血压") is not a disease of the case -----------


@pytest.mark.parametrize("turns, figure", [
    (["两病 糖尿病 降糖药一年政策内花了1000 报多少", "搞错了 是高血压 不是糖尿病"], 200),
    (["两病 高血压 降压药一年政策内花了1000 报多少", "弄错了 不是高血压 是糖尿病"], 300),
    (["我有高血压 没得糖尿病 两病门诊用药一年花了900 报好多"], 200),
])
def test_a_denied_disease_is_not_counted(engine, turns, figure):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, figure)
    assert "限额 500" not in r.text, r.text     # not the two diseases' joint cap
