"""A gap in cover told as the asker's own ("我断保了") with the figure it changes asked and its years not
said: the handbook's rule, and the years asked back — a question, not a page alone (巴中 第三章 十问:
每断保1年降低大病保险最高支付限额4000元); the years told compute it; the rule asked of no one's gap stays the page."""
import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text", [
    "我断保了 大病保险限额降了好多",
    "俺断了保 大病保险最高能报的降了多少",
])
def test_an_own_gap_without_its_years_is_asked(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "clarify" and "几年" in r.text, r.text
    assert "gap_years" in r.missing_slots, r.missing_slots


def test_the_years_told_compute_it(engine):
    computed(answer(engine, "我断保了两年 大病保险限额降了好多", region="巴中"), 292000)


def test_the_rule_of_no_ones_gap_is_the_page(engine):
    r = answer(engine, "断保了 大病保险限额降好多", region="巴中")
    assert r.kind == "faq" and "4000" in r.text, r.text
