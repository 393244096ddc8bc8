"""A national page that states what regional pages share (`common_to`) and the regional page it
stands for are one answer: where precedence puts one before the other, it is as sure a match as the
one it displaced — never choices between the two because the page moved first matched less well.
- no region known: the national page answers for the regional page found first;
- a region known and the national page from another handbook found first: the region's own page
  answers."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text, region, entries, needle", [
    ("在南昌读大学，医保应该在南昌交还是老家交", None, {"ky-01-01"}, "学籍地"),
    ("我娃在成都读大学 巴中户口 医保应该在哪交", "巴中", {"bz-1-18"}, "学籍地"),
])
def test_one_answer_for_the_shared_part(engine, text, region, entries, needle):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and ids(reply)[0] in entries and needle in reply.text, reply.text


# ---- a kind of care asked beside a shared page's subject ---------------------------------------------


def test_a_stay_asked_of_a_group_is_not_answered_by_the_shared_contribution_page(engine):
    # the national page on 特困人员/孤儿's contribution (资助参保) opens with 不用; a question about their
    # own costs of a stay or a visit is not about the contribution, and with no region it is asked back
    reply = answer(engine, "孤儿住了院 医药费自个儿要出不")
    assert reply.kind == "clarify" and reply.missing_slots == ["region"], reply.text
    assert not reply.text.startswith("不用"), reply.text
