"""Round 26 review (understanding and search): bugs found in the round's merged work, each with
phrasings of our own, through the real parser and engine."""
from intents.message import parse
from tests.helpers import answer


def _questions(text):
    return [p.question for p in parse(text).parts]


# ---- a yes-or-no asked as 用不用 / 需不需要, then what if it is not done -----------------------------

def test_a_need_asked_as_a_not_a_then_what_if_not_keeps_both_questions():
    # the cut before "不备案是不是…" left "用不用备案" a clause of its own that no question word marked:
    # the first question was dropped as story
    assert _questions("外地住院用不用备案不备案是不是报得少") == ["外地住院用不用备案", "不备案是不是报得少"]
    assert _questions("需不需要办认定不办认定会不会影响报销") == ["需不需要办认定", "不办认定会不会影响报销"]


def test_a_need_asked_as_a_not_a_alone_is_a_question():
    assert _questions("转院用不用开证明") == ["转院用不用开证明"]


def test_both_the_need_and_what_if_not_are_answered(engine):
    reply = answer(engine, "巴中居民医保 外地住院用不用备案不备案是不是报得少")
    assert len(reply.sources) >= 1 and "【1】" in reply.text and "【2】" in reply.text, reply.text
