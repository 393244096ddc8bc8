"""The check that a speed-only change leaves every reply as it was."""
from bot.measure.same_replies import differences, inputs


def test_differences_name_the_reply_and_the_fields_that_changed():
    before = [{"id": "a", "kind": "faq", "text": "x"}, {"id": "b", "kind": "faq", "text": "y"}]
    assert differences(before, [dict(r) for r in before]) == []
    [diff] = differences(before, [before[0], {"id": "b", "kind": "clarify", "text": "y"}])
    assert diff.startswith("b: kind differ")
    assert differences(before, before[:1]) == ["different questions: 2 replies before, 1 after"]


def test_the_inputs_cover_every_set_its_rewritings_and_long_messages():
    lines = inputs()
    ids = [x["id"] for x in lines]
    assert len(ids) == len(set(ids))
    assert any(i.startswith("dev/") for i in ids)
    assert any("~" in i for i in ids) and "long/100000" in ids
