"""A fact of the case changed in a later turn reaches the sum: a hospital named anew by another word for its
level, a category's head count corrected after it, an emergency supposed away."""
import pytest

from tests.helpers import computed, talk


@pytest.mark.parametrize("first, then, figure", [
    # 长治 居民 门诊统筹: 二级 起付 0, 55% → 600 × 55% = 330 (never "您同时提到了…" of the clinic before)
    ("在村卫生室看门诊 居民医保门诊怎么报", "那在县里二级医院呢 看病花了600", 330),
    ("俺在社区医院看门诊 一级的 居民医保咋报", "二级医院的呢 花了600", 330),
])
def test_a_level_named_anew_replaces_a_clinic_named_by_any_of_its_words(engine, first, then, figure):
    rs = talk(engine, [first, then], region="长治")
    computed(rs[-1], figure)
    assert "同时提到" not in rs[-1].text


@pytest.mark.parametrize("turns, figure", [
    # 巴中 2026 个人缴费 400, 特困 全额资助 (0), 低保 100
    (["我家6口人 有三个是低保 合疗一共交多少", "说错了 低保户就一个"], 2100),          # 5×400 + 100
    (["我家4口人 有两个是特困人员 合疗一共要交多少", "搞错了 特困的只有我爷爷一个"], 1200),  # 3×400 + 0
    (["我家4口人 我妈是低保 合疗一共要交多少", "记错了 低保的有两个"], 1000),          # 2×400 + 2×100
])
def test_a_categorys_head_count_said_after_it_corrects_the_households_fee(engine, turns, figure):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, figure)


def test_an_emergency_supposed_away_brings_back_the_filing_told_before(engine):
    # 巴中 居民 市外 二级: 急诊抢救 (视同备案) 1000 / 65% → 15000 − 1000 = 14000 × 65% = 9100;
    # 非急诊且未转诊 1000 / 60% → 14000 × 60% = 8400
    rs = talk(engine, ["合疗 在广州二级医院住院 没备案 花了15000 报好多", "是急诊送去的",
                       "要是不是急诊 自己去住的呢"], region="巴中")
    computed(rs[1], 9100)
    computed(rs[2], 8400)
    assert "急诊抢救人员在备案地" not in rs[2].text


def test_an_emergency_denied_with_no_filing_told_asks_the_filing(engine):
    rs = talk(engine, ["职工医保 在重庆三级医院住院 花了2万 报多少", "是急诊", "不对 不是急诊"], region="巴中")
    assert rs[2].kind == "clarify" and "备案" in rs[2].text, rs[2].text
