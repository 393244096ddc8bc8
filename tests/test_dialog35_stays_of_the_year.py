"""Stays of a year told one after another, and a hospital corrected. Own phrasings, through the real engine.

- A third stay after a second was computed (first at a lower level, second higher): both computed stays are
  before it, the deductible paid up to the higher level — none owed again at that level.
- "不是县医院 是后来转去市里三级医院的" after a stay was computed: the hospital is corrected, the stay recomputed
  at the level named alone — no transfer from a hospital the asker just denied."""
from tests.helpers import computed, talk


def test_a_third_stay_at_the_level_of_the_second_owes_no_deductible(engine):
    *_, r = talk(engine, ["克拉玛依 居民医保 在一级医院住院 目录内5000 能报多少",
                          "后来又到三级医院住了一回 目录内8000 这回报多少",
                          "今年又在三级医院住了第三次 目录内2000呢"], region="克拉玛依")
    computed(r, 1300, name="inpatient")       # 2000 × 65 %, the 三级 deductible paid already
    assert "不再计起付线" in r.text, r.text


def test_a_third_stay_at_a_lower_level_owes_none_either(engine):
    *_, r = talk(engine, ["克拉玛依 居民医保 在二级医院住院 目录内6000 能报多少",
                          "后来又到三级医院住了一回 目录内9000 这回报多少",
                          "今年又在二级医院住了第三次 目录内2000呢"], region="克拉玛依")
    computed(r, 1500, name="inpatient")       # 2000 × 75 %
    assert "不再计起付线" in r.text, r.text


def test_a_hospital_denied_and_corrected_is_no_transfer(engine):
    first, r = talk(engine, ["俺妈合疗 在南江县医院住院 二级的 能报的一万 报好多",
                             "说错了 不是县医院 是后来转去市里三级医院住的 还是一万"], region="巴中")
    computed(first, 6720)                     # (10000 − 400) × 70 %
    computed(r, 5580, name="inpatient")       # (10000 − 700) × 60 %, no top-up of a denied stay
    assert "补差额" not in r.text and "6720" not in r.text, r.text
