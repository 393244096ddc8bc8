"""By when one pays, then whether one still can after it ("合疗2026年的 最迟好久交 过了还能交不"): two
questions — 四川's 好久 before 交 asks by when, as 多久 does — and the second is not answered by the
page of the deadline its reading with the first finds (which says nothing of paying late), but by a
page on what paying after the window means (the wait)."""
import pytest

from intents.message import is_question, parse
from tests.helpers import answer, ids


@pytest.mark.parametrize("clause, asks", [
    ("最迟好久交", True), ("好久交一次", True), ("好久才能报", True),
    ("好久没交了", False), ("等了好久", False), ("好久之前就交了", False),
])
def test_haojiu_asks_by_when(clause, asks):
    assert is_question(clause) is asks


def test_deadline_and_past_it_are_two_questions():
    assert [q for _, q in ((p.story, p.question) for p in parse("合疗2026年的 最迟好久交 过了还能交不").parts)] \
        == ["最迟好久交", "过了还能交不"]


@pytest.mark.parametrize("text, region, deadline, late", [
    ("合疗2026年的 最迟好久交 过了还能交不", "巴中", "2月28日", "3个月"),
])
def test_past_the_deadline_gets_its_own_page(engine, text, region, deadline, late):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and "【2】" in reply.text, reply.text
    first, second = reply.text.split("【2】")
    assert deadline in first and late in second, reply.text
    assert len(set(ids(reply))) == 2, ids(reply)


@pytest.mark.parametrize("clause", ["好久截止", "好久结束", "好久到期"])
def test_haojiu_before_the_end_asks_by_when(clause):
    assert is_question(clause)


@pytest.mark.parametrize("text, region, deadline, late", [
    # (the deadline asked in a clause of its own, then "past it" said with the bare 截止)
    ("居民医保今年好久开始缴 好久截止 要是过了截止还可以交吗", "巴中", "2月28日", "3个月"),
])
def test_past_the_bare_deadline_gets_its_own_page(engine, text, region, deadline, late):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and "【2】" in reply.text, reply.text
    first, second = reply.text.split("【2】")
    assert deadline in first and late in second, reply.text
