"""Conversations, round 28: an elliptical follow-up that changes one fact of the question before
("那急诊呢" after 三级医院's 门诊) asks that question again with it. Own phrasings, through the engine;
figures from the handbooks (克拉玛依 第7部分（一）: 三级医疗机构 普通门诊 限急诊、儿科门诊, 起付线20元, 70%)."""
import pytest

from tests.helpers import ids, talk


# ---- 急诊 named for 门诊 in a follow-up -------------------------------------------------------

@pytest.mark.parametrize("first,then", [
    ("三级医院看门诊可以报吗 拉肚子去的", "那急诊呢"),
    ("在三级医院门诊看病能不能报", "急诊的话呢"),
])
def test_an_emergency_visit_asked_next_is_the_same_question_of_an_emergency(engine, first, then):
    r = talk(engine, [first, then], region="克拉玛依")[1]
    assert r.kind == "faq" and ids(r)[:1] == ["ky-07-03"] and "70%" in r.text and "20" in r.text, r.text
