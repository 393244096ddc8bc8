"""Another covered place asked right after a rule whose form keeps waiting quietly for the asker's own
figure ("糖尿病两病能报多少" in 克拉玛依, then "那巴中呢" or "那要是在巴中呢 我老家巴中的"): the question asked
there — that place's page, never the figure re-asked — and a sum told next is computed with that place's
policy, not the first one's. Own phrasings, through the engine's conversation."""
import pytest

from tests.helpers import computed, ids, talk


@pytest.mark.parametrize("follow", ["那巴中呢", "那要是在巴中呢 我老家巴中的", "换成巴中的呢"])
def test_another_place_after_a_two_diseases_rule(engine, follow):
    first, r = talk(engine, ["我血糖高 两病能报多少 糖尿病", follow], region="克拉玛依")
    assert "1000" in first.text, first.text
    assert r.kind in ("faq", "clarify") and ids(r) and ids(r)[0].startswith("bz-"), r.text
    assert "300" in r.text and "50%" in r.text, r.text


def test_a_sum_after_the_place_is_that_places(engine):
    *_, r = talk(engine, ["我血糖高 两病能报多少 糖尿病", "那要是在巴中呢 我老家巴中的", "一年买药花了900"],
                 region="克拉玛依")
    computed(r, 300, name="two_diseases")
    assert "巴中" in r.text, r.text


def test_the_same_place_is_still_the_figure(engine):
    # (a sum told right after the rule is still computed there)
    *_, r = talk(engine, ["我血糖高 两病能报多少 糖尿病", "一年买药花了900"], region="克拉玛依")
    computed(r, 450, name="two_diseases")
