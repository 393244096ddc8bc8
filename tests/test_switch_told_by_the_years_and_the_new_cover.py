"""A switch from 居民 to 职工 told by the years of 居民 counted and the 职工 cover taken up after a gap
("交了3年居民医保 … 中间断了5个月才交上职工医保"): the switch's wait, not a question which scheme —
巴中 第一章 二十六 (连续2年以上，中断不超过3个月从缴费之日起享受；超过3个月设置6个月等待期)."""
import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text,months", [
    ("交了3年居民医保 去单位上班了 中间断了5个月才交上职工医保 要等几个月", 6),
    ("交了3年居民医保 中间断了5个月才交上职工医保 要等几个月", 6),
    ("交了3年居民医保 中间断了2个月才交上职工医保 要等几个月", 0),
])
def test_the_switchs_wait(engine, text, months):
    r = computed(answer(engine, text, region="巴中"), months, name="waiting_period")
    assert "切换" in r.text, r.text
