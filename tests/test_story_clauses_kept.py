"""A story clause that names a place and no 医保 word is still the case when it tells that someone
went away to study ("考到成都去读大学了": where a student joins is the 学籍地 rule) or lives or works
there for good ("长期在外省厂里上班": the 长期 kind of 备案): the reading without the message's opening
chatter keeps it. Rules from the handbooks (巴中 第一章 十八, 二十八; 第七章 二问)."""

import pytest

from intents.message import parse
from tests.helpers import answer


@pytest.mark.parametrize("text", ["外孙女考上西安的大学了 她的医保在屋头南江交还是在西安交",
                                  "娃儿考到重庆去读大专了 合疗在老家平昌交还是在重庆交"])
def test_a_student_gone_away_is_asked_where_students_join(engine, text):
    r = answer(engine, text)
    assert r.kind == "faq", r.text
    assert "学籍地" in r.text, r.text


def test_the_study_clause_stays_in_every_reading_but_the_bare_question():
    part = parse("孙女考到成都去读大学了 她的医保在屋头交还是在成都交").parts[0]
    assert all("读大学" in reading for reading in part.readings), part.readings
