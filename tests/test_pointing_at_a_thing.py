"""A later question that points at the thing the story's last clause names ("听人说还有个大病保险
这个怎么报") asks of that care alone; one that opens with 这个 of a person, a place or a time
("这个人…", "这个位置…", "这个月…") does not point at it, and keeps every care the story told."""

import pytest

from intents.message import parse

STORY = "医保卡丢了怎么补办？我爸今年住了两次院 又在门诊看慢病 听人说还有个大病保险 "


def _care(question: str) -> list[str]:
    return parse(STORY + question).parts[-1].slots.get("care", [])


@pytest.mark.parametrize("question", ["这个怎么报", "这怎么报", "那个咋报", "它怎么报"])
def test_the_thing_just_named_is_asked(question):
    assert _care(question) == ["大病保险"]


@pytest.mark.parametrize("question", ["这个人能报多少", "这个位置在哪", "这个月能报多少", "那个月报多少", "这位能报吗",
                                      "这种情况咋报"])
def test_a_person_place_or_time_points_at_no_thing(question):
    assert set(_care(question)) > {"大病保险"}
