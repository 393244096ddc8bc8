"""Words the segmenter must read as the asker meant them: 刚生病 is being ill, not a newborn (刚生,
"孙子刚生", is 刚出生 — lexicon.yaml, as 才生 is)."""
import pytest


@pytest.mark.parametrize("text", ["我刚生病 住院能报吗", "刚生病了 医保咋用"])
def test_ill_is_no_newborn(engine, text):
    assert "新生儿" not in engine.index.analyze(text).terms


@pytest.mark.parametrize("text", ["孙子刚生 医保咋交", "娃刚生 合疗咋个交"])
def test_just_born_still_is(engine, text):
    assert "新生儿" in engine.index.analyze(text).terms
