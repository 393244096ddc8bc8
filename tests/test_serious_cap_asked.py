"""The 大病保险 cap asked with the years of the asker's own (巴中 第三章 九问/十问): each later year of
an unbroken run asked ("2030年继续交 2031年也交 这两年分别") gets its own cap; a year without claims
said "一分钱医保没用" counts; the two bounds asked in two clauses are one answer. Own phrasings."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed


def test_each_later_year_of_a_run_gets_its_cap(engine):
    # 2026–2029 four years in a row; 2030 the 5th (+4000), 2031 the 6th (+8000)
    r = computed(ask(engine, "2026到2029年连续4年交了合疗 2030年继续交 2031年也交 这两年大病保险限额分别是好多",
                     region="巴中"), 304000, 308000)
    assert "2030 年" in r.text and "2031 年" in r.text, r.text


def test_one_later_year_is_one_cap(engine):
    r = computed(ask(engine, "2026到2029年连续4年交了合疗 2030年继续交 2030年大病保险限额好多", region="巴中"), 304000)
    assert "308,000" not in r.text, r.text


@pytest.mark.parametrize("text,figure", [
    # 2025–2029 five years in a row, 2030 the 6th (+8000); 2029 without claims (+4000 in 2030)
    ("2025到2029年连续5年都交了合疗 2029年一分钱医保也没用 2030年继续交 2030年大病限额好多", 312000),
    # 2025–2028 four years, 2029 the 5th (+4000); 2028 without claims (+4000)
    ("2025到2028年连续4年交了居民医保 2028年一次医保没报 2029年继续交 2029年大病封顶好多", 308000),
])
def test_a_year_without_claims_said_plainly(engine, text, figure):
    computed(ask(engine, text, region="巴中"), figure)


def test_the_two_bounds_in_two_clauses_are_one_answer(engine):
    # 300000 ± 20% (60000): 360000 at most, 240000 at least
    r = computed(ask(engine, "大病保险限额奖励最高能加到好多 断保扣的话最少扣到好多", region="巴中"), 360000, 240000)
    assert "【1】" not in r.text, r.text
