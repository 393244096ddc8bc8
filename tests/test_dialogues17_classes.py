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


# ---- a household's cover as one sum, the category counted without 其中, the year said between -------
# (400 a person; 低保 pays 100, 特困 nothing)


@pytest.mark.parametrize("text, figure", [
    ("家里4口人 两个是特困 交2026年居民医保 总共要好多钱", 800),
    ("屋里6个人 1个低保 2026年合疗一共交好多", 2100),
    ("我们家5个人 两个低保 居民医保一共交多少", 1400),
])
def test_a_household_with_some_members_subsidised(engine, text, figure):
    *_, r = talk(engine, [text], region="巴中")
    computed(r, figure)


def test_a_household_corrected_to_two_categories(engine):
    # 3 × 400 + 100 + 0
    *_, r = talk(engine, ["家里5口人交2026年的合疗 其中两个低保 一共多少钱", "不对 一个低保 还有一个是特困"],
                 region="巴中")
    computed(r, 1300)
