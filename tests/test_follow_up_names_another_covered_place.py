"""A follow-up naming another covered place carries the topic before into it: the question that
waited for its region when an uncovered place was named to it ("医保一年交好多" → "绵阳的" declined →
"那长治呢 居民"), and the case just computed when the question since asked only how (剖腹产 in 巴中, how
the 产检费 is claimed, then "要是在长治生呢 剖腹产": 长治 剖宫产定额报销3000元). Own phrasings, through
the real engine."""
import pytest

from tests.helpers import computed, talk


@pytest.mark.parametrize("turns, needle", [
    (["一年医保要交好多钱", "我是绵阳的", "那巴中的呢 居民"], "400"),
    (["医保一年交多少钱", "俺在运城", "那巴中呢 合疗"], "400"),
])
def test_the_question_that_waited_is_asked_of_the_covered_place(engine, turns, needle):
    first, declined, r = talk(engine, turns)
    assert declined.kind == "unanswered", declined.text
    assert r.kind == "faq" and needle in r.text, r.text


@pytest.mark.parametrize("turns, figure", [
    (["老婆是合疗 生娃儿剖腹产 报好多", "产前检查费咋个申领", "要是在长治生呢 剖腹产"], 3000),
    (["儿媳妇居民医保 顺产能报多少", "产检费怎么领", "那在长治生呢 顺产"], 1500),
])
def test_the_case_computed_is_carried_past_a_how_asked(engine, turns, figure):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, figure)
    assert "长治" in r.text, r.text


# ---- a 两病 bill past the cap at either drug class (长治 甲类60% / 乙类50%, 年度限额260元): the class asked
# would change nothing, so the sum is computed and the class said not to matter

@pytest.mark.parametrize("turns", [
    ["长治 两病 高血压 降压药一年花了九百 报好多"],
    ["巴中 两病高血压 一年降压药花了八百 能报多少", "要是在长治呢"],
])
def test_a_drug_class_that_changes_nothing_is_not_asked(engine, turns):
    *_, r = talk(engine, turns)
    computed(r, 260)
    assert "甲类、乙类按此计算结果相同" in r.text, r.text


def test_a_drug_class_that_changes_the_sum_is_still_asked(engine):
    *_, r = talk(engine, ["长治 两病 高血压 降压药一年花了三百 报好多"])
    assert r.kind == "clarify" and "甲类" in r.text, r.text
