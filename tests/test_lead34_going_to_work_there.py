"""A place no handbook covers said only as where the asker is going to work, the cover asked of being the
one held here (the school's, this side's): what becomes of that cover is asked, which the handbook of
here answers — not that place's policy. That place's own cover asked stays refused."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "下个月毕业 要去杭州上班了 学校交的医保怎么处理",
    "毕业了要到苏州工作 咱学校这边的医保要不要停",
])
def test_going_to_work_elsewhere_asks_of_the_cover_held_here(engine, text):
    reply = answer(engine, text, "克拉玛依")
    assert "没有杭州的政策" not in reply.text and "没有苏州的政策" not in reply.text, reply.text
    assert "毕业" in reply.text, reply.text


def test_that_places_own_cover_asked_is_still_refused(engine):
    reply = answer(engine, "我要去杭州上班了 杭州的职工医保咋交", "克拉玛依")
    assert reply.kind == "unanswered" and "杭州" in reply.text, reply.text
