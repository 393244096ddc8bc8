"""A hospital's grade said ("县医院是二级乙等"): where a handbook pays by grade (长治's 收费 classes),
the page on that grade answers, as sure as the page on other grades it displaces (县医院's 二甲、三乙
page, which the question's other words meet) — never choices between the two."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text, entry, needles, absent", [
    ("俺是屯留的，县医院是二级乙等，住院起付线多少", "cz-jm-20", ["100元", "85%"], ["90%"]),
])
def test_the_grade_said_answers(engine, text, entry, needles, absent):
    reply = answer(engine, text)
    assert reply.kind == "faq" and ids(reply)[:1] == [entry], reply.text
    assert all(n in reply.text for n in needles) and not any(a in reply.text for a in absent), reply.text
