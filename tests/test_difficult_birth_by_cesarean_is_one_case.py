"""难产 and 剖宫产 said together of one birth ("难产剖宫产花了六千") are one kind of delivery — the
handbook's 难产（含剖宫产） — so one case computed, not a comparison of two kinds answered with the table
(巴中 第二章 二十八问: 顺产3500元；难产（含剖宫产）5500元)."""
import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text, figure", [
    ("我是职工医保难产剖宫产花了六千生育医疗费能报好多", 5500),
    ("职工医保 难产做了剖腹产 政策范围内花了4000 能报多少", 4000),
    ("老婆职工医保 剖宫产难产 生育医疗费七千 报好多", 5500),
])
def test_difficult_birth_by_cesarean_is_one_case(engine, text, figure):
    computed(answer(engine, text, region="巴中"), figure, name="maternity")


def test_two_kinds_compared_still_each_answered(engine):
    r = answer(engine, "职工 顺产和剖宫产各报多少", region="巴中")
    assert "3500" in r.text.replace(",", "") and "5500" in r.text.replace(",", ""), r.text
