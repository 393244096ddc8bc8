"""The basic fund's yearly room ("还能报多少", "还可以再报好多") asked by one person of a sum paid told of
another ("我爸今年统筹已经报了十二万 我还能报多少"), in phrasings of our own, through the real engine: each
person's yearly limit is their own — no room computed from another's sum (round 32's 再报 room class
reviewed). 巴中 职工 住院 年度限额 140000.
"""
import pytest

from tests.helpers import answer, computed, nums


@pytest.mark.parametrize("text", [
    "职工医保 我爸今年统筹已经报了十二万 我还可以再报好多",
    "职工医保 我今年统筹已经报了十二万 我老婆还能报多少",
])
def test_room_asked_of_another_persons_sum_is_not_computed(engine, text):
    r = answer(engine, text, region="巴中")
    assert 20000 not in nums(r), r.text
    # (the limit, each person's own, is said — the asker's own sum paid is what the room needs)
    assert 140000 in nums(r) and "另一个人" in r.text, r.text


@pytest.mark.parametrize("text", [
    "职工医保 我爸今年统筹已经报了十二万 他还可以再报好多",
    "职工医保 我爸今年统筹已经报了十二万 还能报多少",
    "职工医保 我今年统筹已经报了十二万 我还能报多少",
])
def test_room_asked_of_the_same_persons_sum_is_computed(engine, text):
    computed(answer(engine, text, region="巴中"), 20000, name="cap_room")
