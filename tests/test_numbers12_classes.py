"""Calculations the twelfth numbers set showed asked back or computed wrongly: a 长治 hospital named
by its grade and its 收费标准 class together, a stay told as "在…医院(…)住的", a hospital out of the
province with no level (what the handbook lists, then the question), a second stay "在三级医院" that
says the stay before's level, a late payer dated with its year, 克拉玛依's 门诊大病 bill. Own
phrasings, through the real engine (长治 居民住院待遇; 克拉玛依 第2部分, 第7部分（一）)."""
from calculators.hospital import one_hospital
from calculators.policy import load_policies
from tests.helpers import answer as ask
from tests.helpers import computed, talk

# ---- a hospital named by grade and class at once: one hospital where the classes say so ----------


def test_a_grade_named_with_its_class_computes_once_the_level_is_said(engine):
    # 长治: 二类收费标准 = 三级乙等及二级甲等, with a 县级 and a 省、市级 column: each computed side by side
    # (县级 400 / 75%: 4200), the level asked; 二类 省、市级 500 / 70%: (6000 − 500) × 70% = 3850
    r = talk(engine, ["长治居民医保 老人在二级甲等医院（二类收费）住院 合规6000 能报多少", "市里的"])
    computed(r[0], 4200, 3850)
    assert r[0].missing_slots == ["level"] and "同时提到" not in r[0].text, r[0].text
    computed(r[1], 3850)
    assert "4200" not in r[1].text, r[1].text


def test_a_class_that_names_more_than_the_tier_is_kept():
    # 三级 alone may be 一类 or 二类; 一类收费 says which: the class is kept
    p = load_policies()["长治"]
    assert one_hospital(p, ["三级", "一类收费"]) == "一类收费"
    assert one_hospital(p, ["二级", "二类收费"], grade="甲") == "二级"


def test_a_grade_outside_the_class_named_is_still_asked(engine):
    # 二级乙等 is 三类收费 in 长治's table, not 二类: the two cannot be one hospital
    r = ask(engine, "长治居民医保 在二级乙等医院（二类收费）住院 合规6000 能报多少")
    assert r.kind in ("clarify", "invalid") and r.calculation is None, r.text
    # … and the question says why: the handbook's class of that hospital
    assert "三类收费标准" in r.text and "不是二类收费" in r.text, r.text


# ---- a stay told after the hospital and an aside -------------------------------------------------


def test_a_hospital_with_an_aside_then_zhu_de_is_a_stay(engine):
    # "在…医院(…)住的": a stay, never asked 住院还是门诊; 长治 三类 100 / 85%: (3000 − 100) × 85% = 2465
    r = ask(engine, "长治城乡居民 在乡镇卫生院（三类收费）住的 合规三千 咋算能报多少")
    computed(r, 2465)


# ---- 省外 with no level: the handbook's one 省外 column, computed with and said ----------------------
# (a stay with no bill still gets what the handbook lists there, then the question)


def test_out_of_province_without_a_level_says_what_the_handbook_lists(engine):
    r = ask(engine, "长治城乡居民医保 在省外医院住院 起付线多少 能报多少")
    assert r.kind in ("clarify", "faq"), r.text
    assert "1500" in r.text and "55%" in r.text, r.text


def test_out_of_province_without_a_level_computes_with_the_one_column(engine):
    # 长治 居民 一类 省外 1500 / 55%: (20000 − 1500) × 55% = 10175
    r = ask(engine, "长治城乡居民医保 在省外医院住的 合规2万 能报多少")
    computed(r, 10175, name="inpatient")
    assert "三级甲等" in r.text and "按此计算" in r.text, r.text


# ---- a second stay at a named tier: the stay before was at that tier ------------------------------


def test_the_second_stay_at_a_tier_owes_no_new_deductible(engine):
    # 克拉玛依 第7部分（一）: 同一等级再次住院不再支付起付标准; 二级 75%: 6000 × 75% = 4500
    r = ask(engine, "克拉玛依校区 今年第二次在二级医院住院了 目录内6000 报多少")
    computed(r, 4500)


def test_the_second_stay_then_the_tier_still_asks_the_stay_before(engine):
    r = ask(engine, "克拉玛依校区 今年第二次住院 这次在二级医院 目录内6000 报多少")
    assert r.kind == "clarify" and "上一次" in r.text, r.text


# ---- a late payer dated with its year ------------------------------------------------------------


def test_a_late_payment_dated_with_its_year_is_the_late_standard_and_its_difference(engine):
    # 克拉玛依 第2部分: 2025年6月30日以后缴纳当年 1200 (400 in time): 800 more
    r = ask(engine, "克拉玛依居民医保 要是2025年6月30号以后才交 个人交多少")
    computed(r, 1200, 800)


# ---- 克拉玛依's 门诊大病: the disease's outpatient bill, not 大病保险 --------------------------------


def test_an_outpatient_serious_disease_bill_is_paid_by_the_chronic_rules(engine):
    # 克拉玛依 第7部分（一）: 居民门诊慢病 (苯丙酮尿症 among the 15) 65%: 3000 × 65% = 1950
    r = ask(engine, "克拉玛依 孩子苯丙酮尿症 这个月门诊大病花了3000 能报多少")
    computed(r, 1950)
    assert "大病保险" not in r.text.split("来源")[0], r.text


def test_serious_illness_insurance_named_beside_it_is_still_asked_for(engine):
    # 克拉玛依 第7部分（二）: 大病保险 一般人员 21000 起付, 60%: (30000 − 21000) × 60% = 5400
    r = ask(engine, "克拉玛依 门诊大病一年自己负担了3万 大病保险能报多少", region="克拉玛依")
    computed(r, 5400)


# ---- the maternity fee asked as a rate ("按好多交"): what it costs on the base, not a birth's benefit -----


def test_the_maternity_fee_asked_as_a_rate_is_computed_on_the_base(engine):
    # 巴中 第二章 七问: 生育保险按职工医保缴费基数的0.6%: 4000 × 0.6% = 24
    r = ask(engine, "巴中职工 缴费基数4000 生育保险按好多交")
    computed(r, 24)
    assert "顺产" not in r.text, r.text
