"""Words the segmenter must read as the asker meant them: 刚生病 is being ill, not a newborn (刚生,
"孙子刚生", is 刚出生 — lexicon.yaml, as 才生 is); 咋整 is how to deal with it (怎么), not 怎么 and an
unknown 整 that makes every page found off the topic."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text", ["我刚生病 住院能报吗", "刚生病了 医保咋用"])
def test_ill_is_no_newborn(engine, text):
    assert "新生儿" not in engine.index.analyze(text).terms


@pytest.mark.parametrize("text", ["孙子刚生 医保咋交", "娃刚生 合疗咋个交"])
def test_just_born_still_is(engine, text):
    assert "新生儿" in engine.index.analyze(text).terms


@pytest.mark.parametrize("text", ["医保咋整", "毕业了咋整", "断保了咋整"])
def test_how_to_deal_is_one_word(engine, text):
    assert "整" not in engine.index.analyze(text).terms


@pytest.mark.parametrize("text, entry", [
    ("克拉玛依校区 毕业了医保咋整", "ky-09-01"),
    ("暑假回四川老家 在克拉玛依校区参的医保 在老家看病咋整", None),
])
def test_a_question_ending_in_zazheng_is_answered(engine, text, entry):
    reply = answer(engine, text)
    assert reply.kind == "faq", reply.text
    if entry:
        assert reply.sources[0].entry_id == entry, reply.sources
