"""A group the story names (俺家是低保户) keeps its own page for a later question that names none
("…医疗救助住院能救助几成"): not another group's page (特困's) that the bare question finds; a page
of several groups, or of 低保边缘 (which holds the word 低保), is left as found."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text, region, entry, needles", [
    # the story names the asker's group; the question of the assistance, asked after another one, names
    # none: the group's own page (低保's 70%), not another group's (特困's) found by the bare question
    ("俺家是低保户，俺娘今年住了两回院，自己掏的钱加起来挺多。听说大病保险对低保户有照顾，还有医疗救助。"
     "俺想问大病保险起付线是多少？医疗救助住院能救助几成？", "长治", "cz-jz-05", ["5,000", "70%"]),
])
def test_the_group_the_story_names_keeps_its_own_page(engine, text, region, entry, needles):
    reply = answer(engine, text, region=region)
    assert entry in ids(reply), (ids(reply), reply.text)
    assert all(n in reply.text for n in needles), reply.text


@pytest.mark.parametrize("text, region, entry", [
    ("低保边缘家庭 医疗救助起付线多少 救多少", "长治", "cz-jz-08"),
    ("巴中 低保边缘家庭成员 医疗救助起付线和比例是多少", None, "bz-6-05-e"),
])
def test_a_page_naming_the_group_word_is_left_as_found(engine, text, region, entry):
    assert ids(answer(engine, text, region=region))[:1] == [entry]
