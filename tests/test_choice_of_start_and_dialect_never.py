"""Spoken ways of asking that the ranking read wrong:
- when a thing starts counting, asked as a choice of days with no question word ("是从认定那天算还是从查出
  病那天算"): a question (not a story told), of the 时间 type, answered by the entry on when the
  benefit starts, not by the story's nouns (透析);
- who told the asker of a scheme ("村里人说有个倾斜救助"): a person of the asker's life, not what the
  question asks about, so the entry on the scheme is not refused for lacking it;
- a figure said to move in one character ("比例会涨 涨多少"): not what is asked of the rate.
Punctuated and unpunctuated twins find the same entry."""
import re

import pytest

from corpus.qtype import qtypes
from intents.message import is_question
from tests.helpers import answer, ids


def bare(text):
    return re.sub(r"[，。？！、 ]", "", text)


@pytest.mark.parametrize("said", [
    "是从认定那天算还是从查出病那天算",
    "从交钱那天就能用还是要等到下个月",
])
def test_a_choice_of_start_days_is_a_time_question(said):
    assert is_question(said)
    assert "时间" in qtypes(said)


@pytest.mark.parametrize("said", [
    "我还是从那天开始交的",
    "从去年开始交的",
])
def test_a_start_told_is_no_choice_asked(said):
    assert "时间" not in qtypes(said)


@pytest.mark.parametrize("punctuated, region, entry, needle", [
    ("我爸的门特上周办下来了，是从办下来那天算还是从住院查出来那天算？", "巴中", "bz-4-12", "确诊之日起"),
    ("俺妈慢病刚批下来，是从批下来那天就能报还是要等到下个月？", "巴中", "bz-4-12", "认定之日起"),
    ("街坊说有个倾斜救助，是咋回事？", "长治", "cz-jz-09", "15460"),
])
def test_twins_find_the_entry(engine, punctuated, region, entry, needle):
    for said in (punctuated, bare(punctuated)):
        r = answer(engine, said, region=region)
        assert r.kind == "faq", (said, r.text)
        assert needle in r.text, (said, r.text)
        if entry:
            assert ids(r)[:1] == [entry], (said, r.text)


def test_a_rate_said_to_rise_in_one_character_is_answered(engine):
    for said in ("听说连续交医保报销比例会涨？涨多少呀", "听说连续交医保报销比例会涨涨多少呀"):
        r = answer(engine, said, region="克拉玛依")
        assert r.kind == "faq", (said, r.text)
        assert "5个百分点" in r.text, (said, r.text)
