"""A household counted by category, its members named before their count or as an old couple
("屋头老两口是低保 儿子儿媳加孙娃儿三个不是", "二老都是低保"): each member at their own fee —
巴中 第三章 六问 (2026年度 个人缴费400元; 低保 资助300元/人，个人缴费100元/人)."""
import pytest

from intents.slots import extract
from tests.helpers import answer, computed


@pytest.mark.parametrize("text,household", [
    ("屋头老两口是低保 儿子儿媳加孙娃儿三个不是", {"低保": 2, "一般": 3}),
    ("二老都是低保 我们两个不是", {"低保": 2, "一般": 2}),
    ("家里4个人 2个是低保 还有两个不是", {"低保": 2, "一般": 2}),
])
def test_members_counted_by_category(text, household):
    assert extract(text).get("household") == household


def test_the_household_pays_each_members_fee(engine):
    r = answer(engine, "屋头老两口是低保 儿子儿媳加孙娃儿三个不是 2026年合疗一共交好多", region="巴中")
    computed(r, 1400, name="contribution")                      # 100 × 2 + 400 × 3
