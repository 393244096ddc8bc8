"""长治's 两病 rate differs by the drugs' class (甲类 60%, 乙类 50%): a question for what is paid, with no
sum and no class said ("俺爸高血压 新农合两病能报多少"), gets the handbook's rule — both rates and the
yearly limit — not only "买的是甲类还是乙类药品？"; the class is the asker's own fact, asked with the sum
later, and another relative's disease said next is that rule asked again. Own phrasings, through the
engine's conversation."""
import pytest

from tests.helpers import computed, talk


@pytest.mark.parametrize("question, limit", [
    ("俺爸高血压 新农合两病能报多少", "260"),
    ("我家在长治 我妈血压高 居民两病报好多", "260"),
    ("俺娘是二型糖尿病 两病一年报多少", "360"),
])
def test_the_rule_before_the_class(engine, question, limit):
    r, = talk(engine, [question], region="长治")
    assert limit in r.text and "60%" in r.text and "50%" in r.text, r.text


def test_the_class_and_sum_told_next_compute(engine):
    *_, r = talk(engine, ["俺爸高血压 新农合两病能报多少", "乙类药 一年花了400"], region="长治")
    computed(r, 200, name="two_diseases")


def test_another_relatives_disease_next_is_the_rule_again(engine):
    *_, r = talk(engine, ["俺爸高血压 新农合两病能报多少", "俺妈糖尿病 二型的"], region="长治")
    assert "360" in r.text, r.text


def test_a_sum_without_the_class_still_asks_it(engine):
    # (400: 甲类 240, 乙类 200 — the class decides)
    r, = talk(engine, ["两病高血压一年买药花了400 能报多少"], region="长治")
    assert r.kind == "clarify" and "甲类" in r.text and "乙类" in r.text, r.text


def test_a_sum_capped_alike_for_both_classes_is_computed(engine):
    # (600: 甲类 360, 乙类 300 — the 高血压 limit, 260, either way: the class is probed, not asked)
    r, = talk(engine, ["两病高血压一年买药花了600 能报多少"], region="长治")
    computed(r, 260, name="two_diseases")
