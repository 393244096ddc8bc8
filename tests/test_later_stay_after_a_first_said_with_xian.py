"""A later stay at another tier after a first one this year, said by 先 … 后 … with the tiers bare
("先二级住院后三级住院", "先一级住了院 后三级住院"): the earlier tier is the first stay's, the later this
one's — computed by the region's rule on a later stay (克拉玛依 居民: a higher tier pays only the
deductible's difference, 600 − 200), never asked which of the two tiers the hospital is."""

import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text,figure", [
    # 三级 after 二级: 600 − 200 = 400; (9000 − 400) × 65% = 5590
    ("今年先二级住院后三级住院 三级这次目录内9000 报多少", 5590),
    # 三级 after 一级: 600 − 100 = 500; (6000 − 500) × 65% = 3575
    ("先一级住了院 后三级住院 这回合规6000 能报好多", 3575),
])
def test_the_later_stay_pays_the_deductibles_difference(engine, text, figure):
    computed(answer(engine, text, region="克拉玛依"), figure, name="inpatient")
