"""A closing clause that only asks whether the bot can tell ("恁能告诉俺不", "你知道吗", "能告诉我一下吗") asks
nothing of its own: it is no second question searched apart (it found a page on pausing cover), and the
question before it is answered alone. Through the real engine."""
import pytest

from intents.message import without_filler
from tests.helpers import answer


@pytest.mark.parametrize("text", ["恁能告诉俺不", "你知道吗", "能告诉我一下吗", "您晓得不", "可以告诉俺吗"])
def test_asking_whether_the_bot_can_tell_is_filler(text):
    assert without_filler("起付线多少 " + text) == "起付线多少"


@pytest.mark.parametrize("text", ["长治医保局在哪 电话多少 你能告诉我不", "长治医保中心地址在哪 您知道吗"])
def test_office_asked_then_whether_told_is_one_question(engine, text):
    r = answer(engine, text, region="长治")
    # (长治's handbook lists no office: the honest refusal, nothing else)
    assert r.kind == "unanswered", r.text
    assert "【2】" not in r.text and "暂停" not in r.text, r.text


def test_a_question_asking_to_be_told_is_still_asked(engine):
    # (a clause that asks something with 告诉 is not filler)
    assert without_filler("告诉我住院起付线多少") == "告诉我住院起付线多少"
