"""A 剖宫术 said not done is not added to a termination's limit (巴中 第二章 二十八问: 满4个月以上终止妊娠
1800 元，施行剖宫术的增加 900 元；产前检查费 500 元)."""
import pytest

from tests.helpers import answer, computed, nums


@pytest.mark.parametrize("text,figures,absent", [
    ("职工 怀孕5个月引产 没剖宫 政策范围内2500 生育医疗费和产检费总共", (1800, 500, 2300), (2700,)),
    ("职工 怀孕5个月引产 没有做剖宫术 政策范围内2500 能报多少", (1800,), (2700,)),
    # done: the 900 added, the bill below the limit paid as it is
    ("职工 怀孕5个月引产 做了剖宫术 政策范围内2500 能报多少", (2700, 2500), ()),
])
def test_a_cesarean_said_not_done(engine, text, figures, absent):
    r = computed(answer(engine, text, region="巴中"), *figures, name="maternity")
    for figure in absent:
        assert figure not in nums(r.text), (figure, r.text)
