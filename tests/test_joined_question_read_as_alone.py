"""A question with a story of several clauses, asked with another after it ("…？还有，…"), is read as
it is read when asked alone: the message whole, and its last clauses with the story's slot words
(what the story ends with — 不会用智能手机, 八十多岁 — is what the question is about). A story of two
clauses is not cut: its first may say what no slot word keeps ("开了个小面馆"). Phrasings of our
own, through the real engine."""
import pytest

from intents.message import parse
from tests.helpers import answer, ids


@pytest.mark.parametrize("first, second, region", [
    ("我爸妈在克拉玛依参加的城乡居民医保，打算回湖南老家住一阵，两个人都没有智能手机，小程序也不会弄，异地备案怎么办",
     "大病保险一年最高报多少", "克拉玛依"),
    ("我妈今年八十三了 以前是厂里的退休职工 今年住了两次院 听说职工医保还有个大额医疗补助 她这个岁数报销比例是好多",
     "医保码在微信上咋个激活", "巴中"),
])
def test_a_joined_question_finds_the_entry_it_finds_alone(engine, first, second, region):
    alone = ids(answer(engine, first + "？", region=region))
    assert alone and ids(answer(engine, first + "？还有，" + second, region=region))[:1] == alone[:1]


def test_a_joined_questions_readings_end_with_its_last_clauses():
    part = parse("我妈今年八十三了，以前是厂里的退休职工，今年住了两次院，她这个岁数报销比例是好多？还有，医保码咋个激活").parts[0]
    assert any(r.endswith("今年住了两次院，她这个岁数报销比例是好多?") for r in part.readings[part.endings_from:])


def test_a_short_story_is_not_cut_from_a_joined_question():
    part = parse("在通江开了个小面馆，没请人，自己能不能交职工医保？还有，按好多比例交").parts[0]
    assert all("没请人" not in r for r in part.readings[part.endings_from:])
