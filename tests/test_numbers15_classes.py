"""Calculations the fifteenth numbers set showed answered by the rule instead of computed: the method
named with the bill ("按起付线和比例算能报多少"), … Own phrasings, through the real engine
(巴中 第三章十一问, 长治 居民住院待遇)."""
from tests.helpers import answer as ask
from tests.helpers import computed, talk

# ---- the deductible and the rate named as the method, with the asker's own bill --------------------


def test_deductible_and_rate_named_as_the_method_computes(engine):
    # 巴中 居民 二级 400 / 70%: (8000 − 400) × 70% = 5320
    r = ask(engine, "居民医保在二级医院住院 合规8000 按照起付线跟比例算一下报好多", region="巴中")
    computed(r, 5320, name="inpatient")


def test_deductible_and_rate_named_without_compute_word_computes(engine):
    # 巴中 居民 乡镇卫生院 100 / 90%: (3000 − 100) × 90% = 2610
    r = ask(engine, "居民医保住乡镇卫生院 政策范围内3000 按起付标准和报销比例能报多少", region="巴中")
    computed(r, 2610, name="inpatient")


def test_the_rule_alone_is_still_the_handbooks(engine):
    r = ask(engine, "巴中城乡居民在三级医院住院起付线和比例")
    assert r.kind == "faq", r.text


# ---- 长治 居民 省外 with no hospital named: the handbook's one 省外 column -------------------------------
# (长治 居民住院待遇: the table's only 省外 column is 一类收费标准（三级甲等）省外, 1500 / 55%)


def test_out_of_province_stay_with_no_hospital_computes_and_says_the_column(engine):
    # (30000 − 1500) × 55% = 15675
    r = ask(engine, "长治居民医保 到省外看病住院了 医保目录内的三万 能报好多")
    computed(r, 15675, name="inpatient")
    assert "三级甲等" in r.text and "手册没有列出" in r.text, r.text


def test_out_of_province_stay_at_a_named_lower_hospital_is_not_computed(engine):
    r = ask(engine, "长治居民医保 到省外三级乙等医院住院 合规三万 能报好多")
    assert r.kind != "calculation", r.text


def test_out_of_province_with_no_bill_asks_the_hospital_then_computes_with_the_bill(engine):
    first, second = talk(engine, ["长治居民医保 去省外住院 能报多少", "花了2万"])
    assert first.kind == "clarify" and "1500" in first.text, first.text
    # (20000 − 1500) × 55% = 10175
    computed(second, 10175, name="inpatient")


# ---- a fixed sum for a birth (长治 居民 顺产 1500 / 剖腹产 3000) with the bill told ----------------------


def test_fixed_sum_birth_with_the_bill_says_what_is_left(engine):
    # 长治 居民住院待遇: 剖腹产定额报销3000元; 9000 − 3000 = 6000 the asker's
    r = ask(engine, "长治城乡居民医保 剖腹产住院一共花了九千 自己要出多少", region="长治")
    computed(r, 3000, 6000, name="maternity")


def test_fixed_sum_birth_without_the_bill_says_the_sum_only(engine):
    r = ask(engine, "长治居民医保 顺产能报多少钱", region="长治")
    assert "1500" in r.text and "个人负担" not in r.text, r.text


# ---- a 慢病 disease with a monthly drug bill is an outpatient 慢病 case, never asked 住院或门诊 ---------


def test_disease_with_a_monthly_drug_bill_is_a_chronic_case(engine):
    # 长治 居民 二类 帕金森病 260元/月, 70%: 200 × 70% = 140
    r = ask(engine, "长治 居民医保 我妈帕金森病 每个月药费200块 能报好多", region="长治")
    computed(r, 140, name="chronic")


def test_disease_with_a_monthly_bill_and_no_drug_word_is_a_chronic_case(engine):
    # 长治 职工 二类 帕金森病 450元/月, 75%: 400 × 75% = 300
    r = ask(engine, "职工医保 帕金森病 一个月花400元 报多少", region="长治")
    computed(r, 300, name="chronic")


# ---- a subsidised household: the subsidy summed for the household, beside what it pays ----------------


def test_subsidised_household_says_the_subsidy_for_all_of_them(engine):
    # 巴中 第三章六问: 低保 资助300元/人, 个人100元/人; 4 人: 个人 400, 资助 1200
    r = ask(engine, "低保户 一家4口 居民医保一共交好多 资助了多少", region="巴中")
    computed(r, 400, 1200, name="contribution")


# ---- waiting periods said in everyday words: a child's age in years, the day cover holds again ----------


def test_child_age_in_years_said_as_sheng_xia_lai_is_a_late_enrolment(engine):
    # 巴中 第三章十问 例七: 出生两年后参保 3 + 1 = 4 个月, repaired 3
    r = ask(engine, "孩子生下来都两年了 才给他交居民医保 要等几个月", region="巴中")
    computed(r, 4, 3, name="waiting_period")


def test_arrears_asked_from_which_day_cover_holds_computes(engine):
    # 巴中 第二章二十三问: 连续欠费6月以上至12个月 — from the day arrears and the late fee are paid
    r = ask(engine, "职工医保 公司欠了9个月的医保费 补缴了从哪天起享受待遇", region="巴中")
    assert r.kind == "calculation" and r.calculation.name == "waiting_period", r.text
    assert "缴清" in r.text, r.text


# ---- an entry's aside on the other scheme is its own bracket, dropped when the scheme is named ----------


def test_resident_unfiled_stay_states_the_residents_cut_only(engine):
    # 长治 居民住院封顶线: 居民 不备案比例降低10% (职工 15% is the other scheme's)
    r = ask(engine, "长治城乡居民 到外省住院没办备案 报销比例会降多少", region="长治")
    assert "10%" in r.text and "15%" not in r.text, r.text


def test_both_schemes_named_keep_the_aside(engine):
    r = ask(engine, "长治 外地住院没备案 城乡居民降多少 职工降多少", region="长治")
    assert "10%" in r.text and "15%" in r.text, r.text


# ---- a termination with 剖宫术 and its month: the limit is added up for the case ---------------------


def test_termination_with_cesarean_and_month_adds_the_limit_up(engine):
    # 巴中 第二章二十八问 职工: 满4个月以上 1800 + 剖宫术 900 = 2700; 产前检查 500
    r = ask(engine, "职工医保 怀孕6个月引产 做了剖宫术 限额是多少", region="巴中")
    computed(r, 2700, name="maternity")
