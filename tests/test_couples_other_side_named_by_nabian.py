"""A couple's birth (the asker in 职工医保, the spouse in 城乡居民医保; 巴中 第二章九问: 补差 = 职工标准 − what
居民医保 paid): the spouse's scheme named as the other side by 那边 alone ("居民医保那边已经报了2000") is what
that side paid, the 职工 side's top-up asked — never the asker's scheme changed to 居民; and the prenatal
part asked in the same message ("… 产前检查呢") is the top-up's part (800 − 500 = 300), not 居民's own 500.
Own phrasings, through the real engine."""
import pytest

from tests.helpers import computed, nums, talk

COUPLE = "我是职工医保 老婆没上班 交的居民医保 她生娃儿我这边能报啥子"


@pytest.mark.parametrize("told, figure", [
    ("顺产 居民医保那边已经报了2000 我这边还能补差好多", 1500),     # 顺产 职工3500 − 2000
    ("剖腹产 合疗那头报了3500 我这边能补好多", 2000),               # 难产（含剖宫产）职工5500 − 3500
])
def test_the_other_side_named_by_nabian_is_the_top_up(engine, told, figure):
    *_, r = talk(engine, [COUPLE, told], region="巴中")
    computed(r, figure, name="maternity")
    assert "补差" in r.text, r.text


def test_the_prenatal_part_asked_with_it(engine):
    *_, r = talk(engine, [COUPLE, "她顺产 居民医保那边已经报了2000 我这边生育医疗费还能补差好多 产前检查呢"], region="巴中")
    computed(r, 1500, 300, name="maternity")
    second = r.text.split("【2】")[-1]
    assert "300" in second and 2500 not in nums(r.text), r.text
