"""Classes the eighteenth numbers set showed, each a figure read wrongly or a question misread.
Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed

# ---- a sum pointed back at (急诊那六百) is the one already said, not another part ------------------


@pytest.mark.parametrize("text,figure", [
    # 巴中 居民 二级 400 / 70%: (400 + 6000 − 400) × 70% = 4200
    ("居民医保 急诊在二级医院花了四百 收住院花了六千 合规 急诊这四百也一起算吗 总共报多少", 4200),
    # 巴中 职工 三级 700 / 80%: (1000 + 8000 − 700) × 80% = 6640
    ("职工医保 三级医院 先看急诊用了1000 然后住院用了8000 都合规 那1000可以加一起不 一共报多少", 6640),
])
def test_a_sum_named_again_is_not_added_twice(engine, text, figure):
    r = ask(engine, text, region="巴中")
    computed(r, figure, name="inpatient")
