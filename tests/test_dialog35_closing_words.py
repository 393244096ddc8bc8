"""A close said with the thanks ("那就这样吧 多谢", "就这样子 谢啦") and ok typed on ("okkk 谢了"): the small-talk
line after an answer, never a question forwarded to the staff. Own phrasings, through the real engine."""
import pytest

from bot import texts
from intents.smalltalk import smalltalk_kind
from tests.helpers import talk


@pytest.mark.parametrize("text", ["那就这样吧 多谢", "嗯 就这样子 谢啦", "okkk 谢了", "Okk", "好 那就这么办 感谢"])
def test_a_close_with_thanks_is_thanks(text):
    assert smalltalk_kind(text) == "thanks"


@pytest.mark.parametrize("text", ["就这样", "那就这样报吗", "谢谢 那就这样算对不对"])
def test_a_close_alone_or_asked_is_not_thanks(text):
    # alone it may answer a form; a question after it is a question
    assert smalltalk_kind(text) is None


@pytest.mark.parametrize("turns, region", [
    (["居民门诊一年最多报好多", "嗯嗯 那就这样吧 多谢"], "巴中"),
    (["在克拉玛依医院看病忘带医保卡了 能报吗", "okkk 谢了"], "克拉玛依"),
])
def test_a_close_after_an_answer_gets_the_small_talk_line(engine, turns, region):
    first, r = talk(engine, turns, region=region)
    assert first.kind == "faq", first.text
    assert r.kind == "clarify" and r.text == texts.THANKS, r.text
    assert not r.unanswered
