"""A disease's own page is the answer for that disease: a question naming one disease (as people
name it: 血压 for 高血压, 血糖 for 糖尿病) never gets another disease's page of the same kind."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text, region, entry, needle", [
    ("血压得多高才够办两病？", "长治", "cz-ld-06", "140"),
    ("血糖要好高才够办两病", "长治", "cz-ld-07", "血糖"),
])
def test_the_page_of_the_disease_named_answers(engine, text, region, entry, needle):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and ids(reply)[:1] == [entry] and needle in reply.text, reply.text


def test_a_question_naming_both_diseases_keeps_its_match(engine):
    from bot.engine import _diseases_named
    assert _diseases_named("高血压和糖尿病都有 两病报多少") == {"高血压", "糖尿病"}
    assert _diseases_named("降压降糖药一年报多少") == set()
