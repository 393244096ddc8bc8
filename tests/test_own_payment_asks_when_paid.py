"""The asker's own payment told ("今年交了合疗"), when its cover starts asked: the start turns on facts not
said (巴中 第三章 三问: paid in the window after a covered year, from 1月1日 or the day paid; otherwise
3 months' wait) — asked back, never one case's page; the rule asked with no payment of the asker's
stays the page."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "今年交了合疗 哪天开始能用",
    "我交了医保 什么时候能用",
])
def test_an_own_payment_is_asked_when(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "clarify", r.text


def test_the_rule_asked_alone_is_the_page(engine):
    r = answer(engine, "合疗交了多久能用", region="巴中")
    assert r.kind == "faq", r.text
