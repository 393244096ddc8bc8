"""Round 29's merged readings reviewed: words a new rule took that it should not (a denial, a
negation), through the real engine, in phrasings of our own."""
import pytest

from intents.slots import extract
from tests.helpers import computed, talk

# ---- a sudden illness denied ("不是急病", "不是突然发病") is no emergency: the not-filed row, not 急诊's ----
# (巴中 第三章 十一问、十六问: 居民 二级 住院 起付线 1000; 临时外出未备案 60%, 急诊抢救 视同备案 65%)


@pytest.mark.parametrize("denied", ["不是急病", "不是突发疾病", "不是突然发病 是早就约好的手术"])
def test_a_sudden_illness_denied_is_no_emergency(engine, denied):
    assert extract(f"在成都住院 {denied}").get("emergency") is False
    r, = talk(engine, [f"居民医保 在成都二级医院住院花了一万 {denied} 没有备案 能报多少"], region="巴中")
    computed(r, 5400)
    assert "5,850" not in r.text.split("按：")[0], r.text


def test_a_sudden_illness_told_is_still_the_emergency_row(engine):
    r, = talk(engine, ["居民医保 在成都二级医院住院花了一万 突发急病 没有备案 能报多少"], region="巴中")
    computed(r, 5850)


@pytest.mark.parametrize("told", ["哦对了 不是急病", "对了 不是突然发病的"])
def test_a_sudden_illness_denied_after_the_stay_keeps_its_row(engine, told):
    first, r = talk(engine, ["居民医保 在成都二级医院住院花了一万 没有备案 能报多少", told], region="巴中")
    computed(first, 5400)
    assert "5,850" not in r.text.split("按：")[0], r.text


# ---- 补差 said not wanted ("不算补差", "不要补差") after one scheme's birth: that scheme's own sums ---------
# (巴中 第二章 二十八问: 职工 顺产 3500, 难产（含剖宫产） 5500, 产前检查 800)


@pytest.mark.parametrize("told", ["不算补差 那剖腹产呢", "不要补差哈 剖腹产呢"])
def test_a_top_up_denied_is_not_the_couples_case(engine, told):
    first, r = talk(engine, ["职工医保 顺产报多少", told], region="巴中")
    computed(first, 3500, name="maternity")
    computed(r, 5500, name="maternity")
    assert "补差" not in r.text.split("计算：")[0], r.text


def test_a_top_up_asked_a_not_a_is_still_the_couples_case(engine):
    *_, r = talk(engine, ["职工医保 顺产报多少", "那剖腹产要不要补差 补好多"], region="巴中")
    computed(r, 2000, name="maternity")
