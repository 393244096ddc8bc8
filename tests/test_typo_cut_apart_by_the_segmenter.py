"""A homophone slip that the segmenter cut apart from the rest of its term: its everyday character
(和) taken as a word beside a fragment no entry writes (新农 | 和 → 新农合), or its first character
glued into the word before (不备 | 按会 → 不 | 备按 → 备案). Read exactly alike, tone included; the
everyday words in their own use stay. Own phrasings, through the real index and engine."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text, said, term", [
    ("新农和交好多钱", "新农和", "新农合"),
    ("新农和去外地住院咋报", "新农和", "新农合"),
    ("住院不备按咋办", "备按", "备案"),
    ("异地就医不备按能报不", "备按", "备案"),
    ("去外省看病不备按会怎么样", "备按", "备案"),
])
def test_a_slip_cut_apart_is_repaired(engine, text, said, term):
    repaired, repairs = engine.index.repaired(text)
    assert (said, term) in [(r.said, r.term) for r in repairs], repaired


@pytest.mark.parametrize("text", ["医保和新农合有啥区别", "门诊和住院都能报吗", "孩子们特别想知道", "不备案会怎样",
                                  "大病和慢病一起报吗"])
def test_everyday_words_in_their_own_use_stay(engine, text):
    repaired, repairs = engine.index.repaired(text)
    assert repaired == text, repairs


def test_the_repaired_question_reaches_the_rule(engine):
    # 长治: outside the 统筹区 without filing, the rate is 10% lower
    r = answer(engine, "新农和去长治以外住院不备按会咋样", region="长治")
    assert r.kind == "faq" and "10%" in r.text, r.text
