"""Calculations the tenth numbers set showed to be misread: the premium paid for the cover read as
the bill, the asker's own age read as the bill, … Own phrasings, through the real engine."""
import pytest

from intents.numbers import find_numbers
from intents.slots import extract
from tests.helpers import answer as ask
from tests.helpers import computed

# ---- the premium paid is no bill ---------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("合疗一年交380 住院花了5000", 5000),
    ("保费交了400，住院花了两万", 20000),
    ("我缴了四百的城乡居民医保 门诊花了200", 200),
    ("城乡居民 一年缴380 门诊花了150", 150),
    ("合疗 我交了三百八 县医院住院花了6000", 6000),
])
def test_the_premium_paid_is_not_the_cost(text, amount):
    assert extract(text).get("amount") == amount


def test_a_stay_told_after_the_premium_is_computed(engine):
    # 巴中 第三章 十一问 居民 二级: 起付400 70% — (5000 − 400) × 70% = 3220
    computed(ask(engine, "巴中合疗 医保今年交了400 在二级医院住院合规5000 能报多少"), 3220)


# ---- the asker's own age is no bill ------------------------------------------------------------

@pytest.mark.parametrize("text", ["我70了 门诊花了100", "俺都65了 住院花了5000", "咱72了还能报不"])
def test_the_askers_own_age_is_an_age(text):
    assert any(n.age for n in find_numbers(text))


@pytest.mark.parametrize("text", ["我今天花了100了", "我门诊已经用了80了"])
def test_a_sum_spent_is_still_money(text):
    assert not any(n.age for n in find_numbers(text))


def test_a_stay_told_after_the_askers_age_is_computed(engine):
    # 长治 居民 三类收费(二级乙等及以下): 起付100 85% — (8000 − 100) × 85% = 6715
    computed(ask(engine, "长治居民 我今年70了 在二级乙等医院住院 目录内8000 报多少"), 6715)


# ---- what a yearly limit already paid, or a deductible already taken, is no bill ---------------

@pytest.mark.parametrize("text, used, amount", [
    ("巴中城乡居民 门诊统筹今年已经用掉了60 这次门诊花了200 能报多少", 60, 200),
    ("今年门诊已经报过40块了 今天又看病花了80", 40, 80),
])
def test_the_limit_already_used_is_not_the_cost(text, used, amount):
    s = extract(text)
    assert s.get("used_this_year") == used and s.get("amount") == amount


def test_outpatient_care_pays_what_the_limit_has_left(engine):
    # 巴中 第三章 十八问: 50%，一个自然年度内累计最高支付限额为100元 — 200 × 50% = 100 > 100 − 60 = 40
    computed(ask(engine, "巴中城乡居民 门诊统筹今年已经用掉了60 这次门诊花了200 能报多少"), 40)


@pytest.mark.parametrize("text, figure", [
    # 巴中 第四章 五问: 一个自然年度内只扣减一次二级定点医疗机构住院起付标准，职工 70%, 居民 60%
    ("巴中职工 门诊特病 起付线今年扣过一回了 这次合规5000 报多少", 3500),
    ("巴中合疗 门诊特病今年已经扣了一次起付线 这回又花了合规8000 报好多", 4800),
])
def test_a_special_disease_deductible_taken_once_is_not_taken_again(engine, text, figure):
    r = computed(ask(engine, text), figure, name="special")
    assert "不再扣" in r.text


def test_once_is_no_deductible_sum():
    assert extract("特病今年已经扣过一次起付线了").get("deductible_paid_amount") is None


# ---- 两病: one cost told for each disease's drugs --------------------------------------------

@pytest.mark.parametrize("text, parts", [
    ("高血压糖尿病都有 降糖药一年花了400 降压药花了200 报多少", [400, 200]),
    ("血压高血糖也高 降压的药买了150 降糖药买了350", [150, 350]),
])
def test_one_cost_for_each_disease_is_the_years_bill(text, parts):
    s = extract(text)
    assert s.get("amount_parts") == parts and s.get("amount") == sum(parts)


def test_one_cost_for_one_disease_is_not_summed():
    assert extract("两病都有 降压药花了300 检查花了100").get("amount_parts") is None


def test_both_diseases_costs_are_computed_under_the_combined_limit(engine):
    # 巴中 第四章 十九问: 50%，同时患高血压、糖尿病为500元 — (400 + 200) × 50% = 300
    computed(ask(engine, "巴中 高血压糖尿病都有 降糖药一年花了400 降压药花了200 报多少"), 300, name="two_diseases")


# ---- a figure of the rule asserted beside the asker's own bill ---------------------------------

@pytest.mark.parametrize("text, wrong, figure", [
    # 巴中 第三章 十一问 居民 三级: 起付700 60% — (20000 − 700) × 60% = 11580
    ("巴中合疗 在三级医院住院花了两万 起付线是800吧 能报多少", "不是800", 11580),
    # 二级: 起付400 70% — (8000 − 400) × 70% = 5320
    ("巴中居民二级医院起付线是不是300，住院花了八千能报多少", "不是300", 5320),
])
def test_a_wrong_figure_inside_a_calculation_is_corrected_and_the_bill_computed(engine, text, wrong, figure):
    r = computed(ask(engine, text), figure)
    assert wrong in r.text


# ---- a month's costs said as 本月 --------------------------------------------------------------

@pytest.mark.parametrize("text", ["长治合疗 高血压三级极高危 门诊慢病 本月花了200 报多少",
                                  "长治居民慢病 高血压3级极高危 上月合规200 能报好多"])
def test_this_months_costs_are_one_month(engine, text):
    # 长治 门诊慢性病表: 高血压3级(极高危) 月限额260, 居民 70% — 200 × 70% = 140
    computed(ask(engine, text), 140, name="chronic")


# ---- contributions: a 职工's wage, the 生育保险 fee on a base, a contribution subsidised ---------

@pytest.mark.parametrize("text, figures", [
    # 巴中 第二章 五问: 个人 2%，单位 7% of the base — 4000 × 2% = 80, 4000 × 7% = 280
    ("巴中职工 月工资4000 一个月要缴医保多少", (80, 280)),
    ("巴中在单位上班 月平均工资4000 每月个人交医保费多少", (80, 280)),
])
def test_a_staff_wage_with_the_monthly_fee_asked_is_computed(engine, text, figures):
    computed(ask(engine, text), *figures, name="contribution")


def test_the_maternity_fee_on_a_base_is_computed(engine):
    # 巴中 第二章 七问: 按职工基本医疗保险缴费基数中的0.6%缴纳 — 4500 × 0.6% = 27
    computed(ask(engine, "巴中职工 基数4500 生育保险费是多少"), 27, name="contribution")


def test_the_maternity_fee_without_a_base_is_the_rate(engine):
    r = ask(engine, "巴中职工生育保险费是多少")
    assert r.kind == "faq" and "0.6%" in r.text


def test_a_contribution_subsidised_by_assistance_is_a_contribution(engine):
    # 巴中 第三章 六问: 2026 个人缴费400，监测对象资助300 — 400 − 300 = 100
    computed(ask(engine, "巴中监测对象 有参保资助的 个人还要交多少"), 100, name="contribution")


# ---- 倾斜救助 asked after every fund, 常规救助 included, has paid ------------------------------

@pytest.mark.parametrize("text, figure", [
    # 巴中 第六章 五问 倾斜救助: 特困人员、孤儿 100% above 8500, 年度限额10000 — (12000 − 8500) × 100% = 3500
    ("巴中孤儿 转诊在省内住院 基本医保、大病保险、医疗救助都已经报过了 自己还要出12000 倾斜救助能给多少", 3500),
    # 其他救助对象 50% — (15000 − 8500) × 50% = 3250
    ("巴中低保 基本医保大病和医疗救助都享受了 还剩合规自付1万5 倾斜救助有多少", 3250),
])
def test_tilted_assistance_after_every_fund_is_on_what_is_left(engine, text, figure):
    r = computed(ask(engine, text), figure, name="assistance")
    assert "常规救助" not in r.text.split("按：")[0]


# ---- a 长治 hospital named by its 收费标准 class -------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    # 长治 居民住院待遇表: 三类 起付100 85% — (5000 − 100) × 85% = 4165
    ("长治合疗 住的三类收费医院 目录内5000 报多少", 4165),
    # 二类 县级 起付400 75% — (10000 − 400) × 75% = 7200
    ("长治居民 县里二类收费标准的医院住院 合规一万 能报好多", 7200),
    # 一类 省、市级 起付1000 60% — (20000 − 1000) × 60% = 11400
    ("长治城乡居民 收费标准是一类的医院 住院花了两万 报多少", 11400),
])
def test_a_hospital_named_by_its_fee_class_is_that_classes_row(engine, text, figure):
    computed(ask(engine, text), figure, name="inpatient")


def test_the_fee_class_told_as_the_answer_is_the_row(engine):
    from tests.helpers import talk
    first, second = talk(engine, ["长治居民 住院合规5000 报多少", "三类收费的"])
    assert first.kind == "clarify" and "三类收费" not in first.suggestions
    computed(second, 4165)


def test_a_fee_class_where_the_table_is_by_tier_asks_the_tier(engine):
    r = ask(engine, "巴中居民 三类收费的医院住院 合规5000 报多少")
    assert r.kind == "clarify" and "tier" in r.missing_slots


@pytest.mark.parametrize("text", ["门诊特病今年还没有扣过起付线 合规一万", "今年未付过起付线 住院花了5000"])
def test_a_deductible_said_not_taken_is_not_taken(text):
    assert not extract(text).get("deductible_paid")


def test_a_special_disease_deductible_not_yet_taken_is_taken(engine):
    # 巴中 第四章 五问: 扣减一次二级起付400, 居民 60% — (10000 − 400) × 60% = 5760
    computed(ask(engine, "巴中合疗 门诊特病 今年还没有扣过起付线 这次合规一万 报多少"), 5760, name="special")


def test_a_years_bill_of_drugs_is_still_the_cost():
    assert extract("一年交了3000的药费 门诊能报多少").get("amount") == 3000


def test_a_stays_deductible_is_not_taken_for_the_special_disease_rule(engine):
    # 巴中 第四章 五问 says one 二级 deductible a year for 门诊特病, not whether a stay's counts:
    # (5000 − 400) × 70% = 3220, and the reply says why
    r = computed(ask(engine, "巴中职工 特病 之前住院已经交过起付线了 门诊特病花了5000 能报多少"), 3220, name="special")
    assert "没有说住院已扣的起付线是否算在内" in r.text


def test_a_wage_told_before_the_words_for_the_asker_is_the_base(engine):
    # 巴中 第二章 五问: 个人 2% — 6000 × 2% = 120
    computed(ask(engine, "巴中职工 上年度月平均工资6000 个人每个月要扣多少医保"), 120, name="contribution")


def test_a_bill_told_in_its_own_spaced_clause_is_no_figure_checked(engine):
    # 巴中 第三章 二十二、二十三问: 大病起付线14448, then 60% — (50000 − 14448) × 60% = 21331.20
    from intents import premise
    text = "巴中居民 大病保险 基本医保报完自付5万 大病起付线是1万吧 大病能报多少"
    assert [a.value for a in premise.asserted(text)] == [10000]
    r = computed(ask(engine, text), 21331.20)
    assert r.text.startswith("不是")


# ---- a bare year before the cover it names is a year -------------------------------------------

@pytest.mark.parametrize("text", ["2026医保个人交多少", "2025合疗交了没", "克拉玛依 2026居民医保 学生交多少"])
def test_a_bare_year_before_the_cover_is_a_year(text):
    assert extract(text).get("amount") is None


@pytest.mark.parametrize("text, amount", [("住院花了2000 医保能报多少", 2000), ("住院2000医保报多少", 2000)])
def test_a_sum_before_the_word_for_insurance_is_still_the_sum(text, amount):
    assert extract(text).get("amount") == amount


# ---- a yearly limit already partly used, for a stay or for 两病 ---------------------------------

@pytest.mark.parametrize("text, figure, name, unsaid", [
    # 巴中 第三章 十一、十六问: 二级 (30000 − 400) × 70% = 20720 > 110000 − 100000 = 10000
    ("巴中居民 今年住院已经报了10万了 这次二级医院又住院花了3万 还能报多少", 10000, "inpatient", "本年此前未用过"),
    # 巴中 第四章 十九问: 高血压 200 a year — 200 × 50% = 100 > 200 − 150 = 50
    ("巴中 高血压 两病 今年已经报了150了 又买降压药花了200 还能报多少", 50, "two_diseases", "本年此前未用过"),
    # 巴中 第四章 三问: 甲亢 居民 600 a year, 90% — 1000 × 90% = 900 > 600 − 500 = 100
    ("巴中居民 甲亢慢病 今年已经报了500 又花了1000 还能报多少", 100, "chronic", "本年此前未用过"),
    # 巴中 第三章 十六问: 11万 a year, 二类门诊特殊疾病 included — 110000 − 100000 = 10000
    ("巴中居民 门诊特病 今年已经报了10万 又花了合规5万 报多少", 10000, "special", "本年度第一次门诊特病结算"),
])
def test_a_yearly_limit_partly_used_pays_what_it_has_left(engine, text, figure, name, unsaid):
    r = computed(ask(engine, text), figure, name=name)
    assert unsaid not in r.text


def test_a_limit_used_for_another_kind_of_care_is_not_this_ones():
    s = extract("今年住院已经报了5万 门诊花了100")
    assert s.get("used_for") == "住院"


@pytest.mark.parametrize("text, amount", [("合疗 住院交了3000 报多少", 3000), ("职工医保 我住院交了5000", 5000)])
def test_a_sum_paid_at_the_hospital_is_still_the_cost(text, amount):
    assert extract(text).get("amount") == amount
