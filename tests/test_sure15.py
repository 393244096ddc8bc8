"""Confident wrong answers, round 15: the asker's group told in the story (医疗救助对象, 建档立卡)
dropped by the shorter readings, so that everyone's entry beat the group's own."""
import pytest

from intents.message import story_slots
from tests.helpers import answer, ids


# ---- the asker's group told before the question --------------------------------------------------

@pytest.mark.parametrize("text, said", [
    ("我家是医疗救助对象，学校医保交晚了", "医疗救助对象"),
    ("俺们是建档立卡户 娃在外地读大学", "建档立卡"),
    ("家里是贫困户", "贫困户"),
])
def test_groups_with_rows_of_their_own_are_story_slots(text, said):
    assert said in story_slots(text).get("category", []), story_slots(text)


@pytest.mark.parametrize("text, region, entry", [
    # the group's row (不设待遇等待期), not everyone's (等待期 after the 集中缴费期)
    ("家里是医疗救助对象 1月15号才去交校区医保 会有等待期不", "克拉玛依", "ky-02-13"),
    # where a 建档立卡 student may be insured, not every student's 学籍地
    ("我家是建档立卡贫困户 我在克拉玛依校区读书 医保一定要在学校交吗", None, "ky-02-02"),
])
def test_the_groups_own_entry_answers_a_question_told_with_the_group(engine, text, region, entry):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and ids(reply)[:1] == [entry], reply.text

