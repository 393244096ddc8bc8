"""A month's fee asked with no scheme ("交医保一个月交好多钱"): only 职工 pay by the month, on a base (巴中
第二章 五问), 居民 a year's flat fee (第三章 六问: 2026年度 400 元) — the scheme asked, then the base or the
year's fee; never a refusal sent to staff."""
from tests.helpers import computed, talk


def test_the_scheme_then_the_base(engine):
    first, second, third = talk(engine, ["交医保一个月交好多钱", "职工", "5000"], region="巴中")
    assert first.kind == "clarify" and "职工" in first.text and "居民" in first.text, first.text
    assert second.kind == "clarify" and "缴费基数" in second.text, second.text
    computed(third, 100, 350, name="contribution")


def test_a_resident_gets_the_years_fee(engine):
    _, second = talk(engine, ["交医保一个月交好多钱", "居民"], region="巴中")
    computed(second, 400, name="contribution")
