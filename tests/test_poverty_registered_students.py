"""A student of a poverty-registered (建档立卡) family asking whether they may insure at home: the
national rule (医保发〔2020〕33号) with no region known, the campus's own notice where it is 克拉玛依.
Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer as ask


@pytest.mark.parametrize("text", [
    "建档立卡户的研究生能不能回老家参保",
    "脱贫户家的大学生可以不在学校交医保吗",
])
def test_the_national_rule_answers_with_no_region(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "faq" and "身份认定地" in reply.text, reply.text


def test_the_campus_notice_answers_in_karamay(engine):
    reply = ask(engine, "克拉玛依校区 建档立卡家的学生 医保也在学校交吗")
    assert reply.kind == "faq" and "家乡地" in reply.text, reply.text
