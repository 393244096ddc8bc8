"""A birth told in a clause of its own ("外孙前天生的", "出生证明拿到了"), then a question naming no 医保
word of the child's ("合疗几号之前交", "娃儿的医保咋个交"): the story clause is the case, the child the
handbook's 新生儿 (巴中 第三章 七问: 90 days, 出生医学证明书 or 户口簿) — never the question read alone,
which finds everyone's payment window or another group's enrolment. Own phrasings, through the real engine."""
import pytest

from intents.message import parse, story_slots
from tests.helpers import answer, ids


@pytest.mark.parametrize("said", [
    "外孙前天生的 出生证明拿到了 合疗几号之前要交",
    "侄女上周才生的娃 娃儿的医保咋个交",
    "孙子这几天刚生的 医保最迟好久交",
])
def test_a_birth_told_apart_keeps_the_newborn_s_page(engine, said):
    r = answer(engine, said, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-3-07"], r.text
    assert "90天" in r.text, r.text


def test_the_birth_clause_is_read_in_the_handbook_s_word(engine):
    # (the clause telling the birth names no 医保 word: the reading without chatter keeps it as 新生儿,
    # not the question clause bare)
    readings = parse("外孙前天生的 合疗几号之前要交", engine.index.on_topic).parts[0].readings
    assert "合疗几号之前要交" not in readings, readings
    assert any(r.startswith("新生儿") for r in readings), readings


@pytest.mark.parametrize("said, newborn", [
    ("侄女前几天生的娃", True),
    ("上个月才生的孙女", True),
    ("娃儿前几天生的病", False),
    ("孩子上周生的疮", False),
])
def test_when_then_the_child_born_is_a_birth(said, newborn):
    assert ("新生儿" in story_slots(said).get("who", [])) is newborn
