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
