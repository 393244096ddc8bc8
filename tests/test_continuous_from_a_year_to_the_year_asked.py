"""Cover said to run from a year without a break ("从2025年开始合疗一年没断过"), with a later year's
大病 cap asked ("2031年大病保险最高能报好多"): insured in a row from that year to the year asked — 巴中
第三章 九问: 连续参保满4年后每连续参保1年提高4000元; 当年基金零报销的次年提高4000元; 可同时享受。"""
import pytest

from intents.slots import extract
from tests.helpers import computed, talk


@pytest.mark.parametrize("text,years", [
    ("我从2025年开始合疗一年没断过 2030年一整年都没用过医保 2031年大病保险最高能报好多", 7),
    ("从2025年起一直交 2029年大病最高报好多", 5),
])
def test_the_run_reaches_the_year_asked(text, years):
    assert extract(text).get("continuous_years") == years


def test_a_gap_said_counts_no_run():
    assert extract("从2025年开始一直交 中间2027年断了 2031年大病最高报好多").get("continuous_years") is None


def test_the_cap_adds_the_run_and_the_zero_claim_year(engine):
    # 2029、2030、2031 after the 4 years: 3 × 4000; 2030 零报销 → 2031 + 4000: 300000 + 16000
    [r] = talk(engine, ["我从2025年开始合疗一年没断过 2030年一整年都没用过医保 2031年大病保险最高能报好多"], region="巴中")
    computed(r, 316000)
