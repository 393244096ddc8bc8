"""Review of round 35's merged work: confident wrong replies found trying it as residents would. Own
phrasings, through the real engine, with the handbooks' figures."""
from tests.helpers import answer, computed, nums


# ---- another covered region's hospital: 省外 for the region of cover -------------------------------

def test_a_stay_in_another_covered_regions_province_is_out_of_province(engine):
    # 长治 居民住院待遇: 一类收费标准（三级甲等）省外医疗机构 起付 1500, 55% (省、市级: 1000, 60%) — 巴中 is in 四川
    r = answer(engine, "居民医保 到巴中走亲戚 在巴中住院了 三级甲等 一万二 备案过了 能报多少", region="长治")
    computed(r, 5775, name="inpatient")                  # (12000 − 1500) × 55%
    assert r.region == "长治" and "省外" in r.text and 6600 not in nums(r.text), r.text


# ---- several outpatient visits, each billed -------------------------------------------------------

def test_a_later_visit_told_with_again_does_not_make_the_first_a_second(engine):
    # 克拉玛依 待遇标准表: 一级 起付 10 元/次, 第二次及以后减半, 70%
    r = answer(engine, "学生 在一级医院看门诊 头回花了60 后来又去看了一回花了90 两回一共报多少", region="克拉玛依")
    computed(r, 35, 59.5, 94.5, name="outpatient")        # (60 − 10) × 70% + (90 − 5) × 70%
    assert "第1次门诊" in r.text and "第3次" not in r.text, r.text


def test_visits_counted_after_the_word_outpatient_are_each_billed(engine):
    # 克拉玛依: 二级 起付 20 元/次 (再次减半 10), 60% — never the three bills' sum as one visit
    r = answer(engine, "二级医院门诊三次 分别80 150 260 都在目录内 一共报多少", region="克拉玛依")
    computed(r, 36, 84, 150, 270, name="outpatient")


def test_what_the_year_already_got_back_is_no_visits_bill(engine):
    # 巴中 第二章 三十九问: 在职 门诊统筹 年度限额 800
    r = answer(engine, "在职职工 今年门诊已经报了100 又在二级医院看了一回花了500 能报多少", region="巴中")
    assert r.kind == "calculation" and "第2次门诊" not in r.text and 600 not in nums(r.text), r.text


def test_each_bill_named_as_a_visit_is_counted_however_asked(engine):
    # 巴中 第三章 十八问: 居民门诊统筹 不设起付线, 50%, 年度限额 100
    r = answer(engine, "合疗 看门诊 这一回是80 另一回是40 报多少", region="巴中")
    computed(r, 40, 20, 60, name="outpatient")


# ---- a benign growth is not 恶性肿瘤 ----------------------------------------------------------------

def test_a_benign_growth_is_never_repaired_into_a_malignant_one(engine):
    r = answer(engine, "良性肿瘤算不算门诊特病", region="巴中")
    assert not (r.kind == "faq" and (r.confidence or 0) >= 0.8), r.text


def test_a_benign_growth_keeps_the_staff_members_own_large_medical_row(engine):
    # 巴中 第二章 三十六问: 在职 职工大额 起付 400; only 恶性肿瘤 … take the 退休 row
    r = answer(engine, "在职职工 良性肿瘤 二级医院住院 合规一万零四百 基本医保和大额补助各报多少", region="巴中")
    assert r.kind == "calculation" and "未按此计算" in r.text and "患恶性肿瘤" not in r.text, r.text


# ---- two hardship groups said as likelihoods ------------------------------------------------------

def test_two_groups_said_as_likelihoods_are_asked(engine):
    # 巴中 第六章 五问: 特困 100% / 低保 70% — neither taken
    for text in ("可能是特困也可能是低保 住院报完还剩一万自己出 医疗救助能给多少",
                 "特困或者低保 反正是其中一个 住院报完自付一万 救助能给多少"):
        r = answer(engine, text, region="巴中")
        assert r.kind == "clarify" and "category" in r.missing_slots, (text, r.text)
