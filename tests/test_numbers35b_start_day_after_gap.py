"""A 居民's gap told, the fee paid with no day said, and the day cover starts asked ("…那年没交 今年的交了 哪天起能
报"): when the wait runs from turns on the day paid (巴中 第三章 三问（二）: in the window before 1 January, from
1 January; otherwise from the day paid) — asked, not both ways said; how long the wait is, asked, is computed
as before. Own phrasings, through the real engine."""
from tests.helpers import answer as ask
from tests.helpers import computed, talk


def test_start_day_after_a_gap_asks_when_paid(engine):
    r = ask(engine, "去年断了一年没交合疗 今年的补上了 哪天起能报销", region="巴中")
    assert r.kind == "clarify" and "集中缴费期" in r.text, r.text


def test_the_month_paid_answers_it(engine):
    _, r = talk(engine, ["去年断了一年没交合疗 今年的补上了 哪天起能报销", "1月15号交的"], region="巴中")
    computed(r, 3)
    assert "4月15日" in r.text, r.text


def test_how_long_after_a_gap_is_still_computed(engine):
    computed(ask(engine, "断了三年合疗 今年交上了 要等多久", region="巴中"), 5)
