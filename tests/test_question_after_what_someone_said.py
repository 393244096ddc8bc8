"""What someone said ("居委会的人说…", "医生讲…", "听说…") told before a question that names its own
topic again is read as the occasion of asking: the question clause is what is searched first, the
message with the told words must do clearly better (巴中 第四章 十七问 says what 两病 is; 十八问,
who may 享受 it, is what the told clause names). A question that says what it asks only with the
told clause ("巴中超过好多会推") keeps it."""
import pytest

from intents.message import parse
from tests.helpers import answer


@pytest.mark.parametrize("text,region,entry", [
    ("居委会的人说我爸可以享受两病待遇 两病到底是什么", "巴中", "bz-4-17"),
    ("居委会的人说我爸可以享受两病待遇，两病到底是什么？", "巴中", "bz-4-17"),
    ("听说自己出的医药费太多了医保会推给民政 巴中超过好多会推", "巴中", "bz-6-09"),
])
def test_the_question_clause_outweighs_what_was_told(engine, text, region, entry):
    r = answer(engine, text, region=region)
    assert [s.entry_id for s in r.sources][:1] == [entry], r


def test_without_topics_the_message_is_read_whole():
    part = parse("居委会的人说我爸可以享受两病待遇 两病到底是什么").parts[0]
    assert part.readings[0].startswith("居委会")


def test_with_topics_the_question_is_read_first():
    topics = lambda t: {w for w in ("两病", "慢病", "医保") if w in t}      # noqa: E731
    part = parse("居委会的人说我爸可以享受两病待遇 两病到底是什么", topics=topics).parts[0]
    assert part.readings[0].endswith("两病到底是什么") and part.endings_from == 1
    # (a question pointing back at the told words keeps them)
    part = parse("医生说我可以办慢病 这个慢病到底是什么", topics=topics).parts[0]
    assert part.readings[0].startswith("医生说")
