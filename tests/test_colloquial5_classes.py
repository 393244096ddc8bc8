"""Classes of failure read on the strangers' colloquial-5 set, each asked in our own words through
the real engine: a payment month said 元月, …"""
import pytest

from tests.helpers import answer as ask


@pytest.mark.parametrize("text", ["巴中合疗我元月份才交上 啥时候能用", "巴中居民医保是元月二十号交的 好久开始能用"])
def test_a_payment_in_yuanyue_is_january(engine, text):
    # 元月 is January: inside the 集中缴费期, cover from the day of payment, nothing asked back
    r = ask(engine, text)
    assert r.kind == "calculation", r.text
    assert "1月" in r.text and "缴费之日" in r.text, r.text
