"""The months of a pregnancy said with the child named after 怀 ("怀娃儿五个月 没保住 做了引产"): the
months are read, and the termination computed by them — never asked again."""
import pytest

from intents.slots import extract
from tests.helpers import computed, talk


@pytest.mark.parametrize("text,months", [
    ("儿媳妇怀娃儿五个月 没保住 做了引产", 5), ("怀了个孩子三个月 流产了", 3), ("怀宝宝四个月引产了", 4),
])
def test_months_read_with_the_child_named(text, months):
    assert extract(text).get("pregnancy_months") == months


def test_termination_computed_by_the_months_said(engine):
    # 巴中 第三章 十四问（三）: 怀孕满4个月（孕16周）以上终止妊娠 1000 元 (3000 is above it)
    [r] = talk(engine, ["儿媳妇怀娃儿五个月 没保住 做了引产 合疗 政策范围内花了3000 报好多"], region="巴中")
    computed(r, 1000, name="maternity")
