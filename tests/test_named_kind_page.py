"""Who pays in: the employer's share and the employee's own are different pages; a question naming
one (单位交百分之几) never gets the other's page first, whatever the story pulls toward (工资条上扣的)."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text, entry, needle", [
    ("我在巴中上班 工资条上每个月都扣了医保 单位交百分之几", "bz-2-05-a", "7%"),
    ("工资条上每个月都扣了医保 个人交百分之几", "bz-2-05-b", "2%"),
])
def test_the_page_of_the_payer_named_answers(engine, text, entry, needle):
    reply = answer(engine, text, region="巴中")
    assert reply.kind == "faq" and ids(reply)[:1] == [entry] and needle in reply.text, reply.text


@pytest.mark.parametrize("text, kinds", [
    ("单位交百分之几", {"单位"}), ("个人交多少", {"个人"}), ("个人账户划多少", set()), ("自己交多少钱", {"个人"}),
])
def test_the_payer_as_said(text, kinds):
    from bot.engine import _payers_named
    assert _payers_named(text) == kinds
