"""The page of the asker's particular case (a person of several groups, a relative, the ways a 救助 is
given) against a generic page or one group's row, through the real engine. Own phrasings, from the
handbooks (巴中 第二章二十五问, 第三章五问, 第六章五问; 长治 城乡医疗救助范围和方式)."""
import pytest

from intents.message import Part, parse
from tests.helpers import answer as ask, ids


# ---- one person of several groups told in the story: the 多重身份 page (就高), not the first group's row ----

def test_a_story_of_several_groups_at_once_keeps_the_several_identities_page(engine):
    # (the reading with the first group's word finds that group's row surely; the story holds two at once)
    part = Part(question="救助能拿两份不", story="俺家又是低保又是监测户", slots={"category": ["低保"]},
                readings=["俺家又是低保又是监测户，救助能拿两份不", "低保 救助能拿两份不"])
    _, hits = engine._best_reading(part, "巴中")
    assert hits[0].entry.id == "bz-6-05-i", [h.entry.id for h in hits]


def test_one_group_told_still_finds_its_own_row(engine):
    # (the guard reads several groups at once only: one group told keeps its row)
    r = ask(engine, "俺家是低保户 住院了医疗救助能救几成", region="巴中")
    assert ids(r)[:1] == ["bz-6-05-c"] and "70%" in r.text, r.text


# ---- a second question of the message naming only another relative: the topic before, for that relative ----

@pytest.mark.parametrize("text, first", [("个人账户里的钱能给我爸看病不 能给我姐妹用不", "爸"),
                                         ("个账的钱可以给老婆买药不 可以给我兄弟用不", "老婆")])
def test_a_relative_asked_next_in_the_same_message_borrows_the_topic_not_the_relative(engine, text, first):
    parts = engine._leaning(parse(text, engine.index.on_topic).parts)
    lead = parts[1].readings[0]
    assert "个人账户" in lead and first not in lead, parts[1].readings


def test_a_relative_asked_next_is_answered_with_the_near_relatives(engine):
    r = ask(engine, "个账的钱可以给老婆买药不 可以给我兄弟用不", region="巴中")
    assert "兄弟姐妹" in r.text, r.text


# ---- the ways a 救助 is given, said colloquially (救法), asked beside whom it covers ----

def test_who_and_how_a_relief_is_given_asked_together(engine):
    r = ask(engine, "长治医疗救助管哪些人 都有些啥救法")
    assert {"cz-jz-02", "cz-jz-03"} <= set(ids(r)) and "倾斜救助" in r.text, r.text
