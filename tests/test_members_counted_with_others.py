"""Members counted by who they are and said to pay ("两个娃儿都要交", round 32's people-counted class),
with other members said to pay beside them ("我和老婆也要交", "还有我们两口子"), in phrasings of our own,
through the real engine: the count is not the household's — never the children's fee alone given as the
family's sum (巴中 居民 400 a person: 800 for two where four pay).
"""
import pytest

from tests.helpers import answer, computed, nums


@pytest.mark.parametrize("text", [
    "屋头两个娃儿都要交合疗 我和老婆也要交 一共好多钱",
    "我家两个孩子都要交合疗 加上我们两口子 一共交多少",
])
def test_children_counted_beside_other_members_paying_is_no_household_count(engine, text):
    r = answer(engine, text, region="巴中")
    assert 800 not in nums(r) or 1600 in nums(r), r.text


def test_children_counted_alone_are_still_the_count(engine):
    computed(answer(engine, "屋头两个娃儿都要交合疗 一共好多钱", region="巴中"), 800, name="contribution")
