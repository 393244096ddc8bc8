"""A later stay at another tier after a first one this year, said by 先 … 后 … with the tiers bare
("先二级住院后三级住院", "先一级住了院 后三级住院"): the earlier tier is the first stay's, the later this
one's — computed by the region's rule on a later stay (克拉玛依 居民: a higher tier pays only the
deductible's difference, 600 − 200), never asked which of the two tiers the hospital is."""

import pytest

from intents.slots import extract
from tests.helpers import answer, computed


@pytest.mark.parametrize("text,figure", [
    # 三级 after 二级: 600 − 200 = 400; (9000 − 400) × 65% = 5590
    ("今年先二级住院后三级住院 三级这次目录内9000 报多少", 5590),
    # 三级 after 一级: 600 − 100 = 500; (6000 − 500) × 65% = 3575
    ("先一级住了院 后三级住院 这回合规6000 能报好多", 3575),
])
def test_the_later_stay_pays_the_deductibles_difference(engine, text, figure):
    computed(answer(engine, text, region="克拉玛依"), figure, name="inpatient")


@pytest.mark.parametrize("text", [
    # two tiers weighed against each other (还是), or 先 of 优先 / 首先: no stay before this one
    "花了一万 先去二级医院还是直接去三级医院 报得多",
    "应该优先去一级医院还是三级医院 花一万能报多少",
    "住院花一万 首先一级医院报多少 三级呢",
])
def test_tiers_weighed_are_no_earlier_stay(text):
    s = extract(text)
    assert "prior_tier" not in s.values and s.get("admission") != 2, s.values
