"""A repaired slip is written over the span where it was found, not over the first place the same
characters occur: a band counted (分段报) before the slip (他段报 → 断保) stays as written, and two
slips of one word are each written where they stand."""
import pytest

from corpus.search import written_at
from corpus.typos import Repair


@pytest.mark.parametrize("text,repaired", [
    # the band pointer's 段报 first, then a slip of 断保 with the same characters
    ("我分段报 他段报", "我分段报 他断保"),
    # an ordinal's 一第 first (a first-year student), then 异地 slipped
    ("他大一第一次住院 又一第就医", "他大一第一次住院 又异地就医"),
])
def test_the_span_found_is_the_span_repaired(engine, text, repaired):
    said, done = engine.index.repaired(text)
    assert said == repaired, (said, done)


def test_each_slip_of_one_word_is_repaired_where_it_stands(engine):
    said, done = engine.index.repaired("门缜费 门诊 门缜")
    assert said == "门诊费 门诊 门诊" and len(done) == 2, (said, done)


def test_the_occurrence_is_counted_in_the_text_as_written():
    # the lexicon may change the text around the slip; the second 段报 read is the second written
    assert written_at("分段报 咋个 段报", "分段报 怎么 段报", Repair("段报", "断保", "sound", 7)) == 7
    # where the texts hold it a different number of times, the one with the slip's neighbours
    assert written_at("段报 x段报y", "x段报y", Repair("段报", "断保", "sound", 1)) == 4
