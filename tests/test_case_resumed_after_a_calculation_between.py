"""A calculation that waited for a fact ("在哪一级医院？"), another sum asked and computed in between (a
birth's fixed allowance), then the fact told pointing back at the first case ("刚才那个是在县医院 二级乙等"):
the first case computed with it, not the one in between (长治 居民住院: 县级（二级乙等及以下）起付100元、
85%; 居民生育 顺产定额1500元). A message pointing back with no such fact leaves it be. Own phrasings, through
the real engine and the batch contract."""
import pytest

from tests.helpers import computed, talk


@pytest.mark.parametrize("turns, figure", [
    (["俺爹住院花了八千 新农合 能报多少", "先不说这个 顺产能报多少", "刚才住院那个是县医院 二级乙等的"], 6715),
    (["俺住院花了两万 新农合 报多少", "等哈 剖宫产报多少", "前面那个是在县医院 二级乙等"], 16915),
])
def test_the_case_that_waited_is_computed_with_the_fact(engine, turns, figure):
    *_, r = talk(engine, turns, region="长治")
    computed(r, figure, name="inpatient")


def test_a_fact_not_pointing_back_is_the_last_cases(engine):
    *_, r = talk(engine, ["俺爹住院花了八千 新农合 能报多少", "先不说这个 顺产能报多少", "那剖宫产呢"], region="长治")
    assert r.kind == "calculation" and r.calculation.name == "maternity", r.text


def test_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {"m": ("长治", ["俺爹住院花了八千 新农合 能报多少", "先不说这个 顺产能报多少",
                                           "刚才住院那个是县医院 二级乙等的"])})
    assert rows["m-1"]["kind"] == "calculation" and "1,500" in rows["m-1"]["text"]
    assert rows["m-2"]["kind"] == "calculation" and "6,715" in rows["m-2"]["text"]
