"""Several 门诊 visits of one day at one hospital, their bills told one by one ("分别40和30"): one visit
where the region's policy says so (克拉玛依 第7部分 备注: 一天内在同一级医疗机构发生的门诊费用按照一次门诊就医
计算; 一级 起付线 10 元，70%), never a question for each part; where the handbook says nothing of it and
the deductible is a visit's, not computed."""
import pytest

from tests.helpers import answer, computed, nums


@pytest.mark.parametrize("text,figures", [
    ("同一天在同一家一级医院看了两次门诊 分别40和30 今年第一次看病 报多少", (70, 42)),       # (70 − 10) × 70%
    ("一天内在二级医院看了两回门诊 一次100 一次150 报多少", (250, 138)),                      # (250 − 20) × 60%
])
def test_one_days_visits_are_one_visit(engine, text, figures):
    r = computed(answer(engine, text, region="克拉玛依"), *figures, name="outpatient")
    assert r.text.count("起付线)") == 1, r.text
    assert 21 not in nums(r.text), r.text                   # (40 − 10) × 70%: no visit of its own


def test_without_the_rule_a_visits_deductible_is_not_guessed(engine):
    r = answer(engine, "居民 同一天在三级医院看了两次门诊 分别400和300 报多少", region="长治")
    assert r.kind != "calculation" and "没有写明" in r.text, r.text


# one day's visits at two levels ("先在一级医院…又去三级医院"): no one visit under the rule of one level
# (the rule is 同一级医疗机构's), and no sum paid at the higher level's rate
@pytest.mark.parametrize("text", ["门诊 同一天先在一级医院看了花了60 又去三级医院花了200 能报多少",
                                  "当天在一级医院看门诊花了50 后来又去二级医院看门诊花了120 报多少"])
def test_one_days_visits_at_two_levels_are_not_one(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert "按一次门诊计算" not in r.text and 168 not in nums(r.text), r.text
    assert not (r.calculation and r.calculation.name == "outpatient" and 260 in nums(r.text)), r.text
