"""A case asked of the figure answered last ("那要是2025 2026两年都没交 2027年再交呢" after how far
巴中's 大病 cap rises for years in a row): that figure for the case — the cap with the gap, 300000 −
4000 × 2 — not the waiting period the gap alone would ask. Own phrasings, through the real engine.
(巴中 第三章九问、十问: +4000 a year after four in a row, −4000 a year of gap)"""
import pytest

from tests.helpers import computed, talk


@pytest.mark.parametrize("turns, figure", [
    (["合疗一直连到交 大病保险能多报点不", "最多能加到好多", "那要是2025 2026两年都没交 2027年再交呢"], 292000),
    (["连续参保大病保险限额咋个提高", "最多加到好多", "要是2025年断了一年 2026年再交呢"], 296000),
])
def test_a_case_asked_of_the_caps_rise_is_that_cap(engine, turns, figure):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, figure)
    assert "等待期" not in r.text.split("\n")[0], r.text
