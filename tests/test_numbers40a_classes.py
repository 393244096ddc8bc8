"""The fortieth numbers set's classes of how a stay or a visit is read, each through the real engine with
phrasings of our own: cover that may still be waiting (a first enrolment, fees paid late) asked, never
computed as paid; a transfer denied between two stays; a later stay's hospital left unsaid; a referral
written at home for care elsewhere; a 大病保险 base told with the sum asked, however the how is worded."""
from tests.helpers import answer as ask
from tests.helpers import computed, talk


# ---- cover that may still be waiting ------------------------------------------------------------

def test_a_new_job_with_a_stay_asks_whether_the_wait_was_over(engine):
    r = ask(engine, "上个月刚入职 单位给交了职工医保 这周在三级医院住院花了六千 能报多少", region="巴中")
    assert r.kind == "clarify", r.text
    assert "等待期" in r.text, r.text


def test_fees_paid_late_with_a_visit_asks_whether_the_wait_was_over(engine):
    r = ask(engine, "合疗是今年4月才补交的 在一级医院看门诊花了150 能报多少", region="巴中")
    assert r.kind == "clarify", r.text
    assert "等待期" in r.text, r.text


def test_the_wait_said_over_computes_and_not_over_pays_nothing(engine):
    # 巴中 居民 三级 700 / 60 %: (6000 − 700) × 60 % = 3180 once the wait is over
    over = talk(engine, ["刚参保的合疗 在三级医院住院花了6000 报多少", "过了"], region="巴中")
    computed(over[1], 3180)
    within = talk(engine, ["刚参保的合疗 在三级医院住院花了6000 报多少", "还没满"], region="巴中")
    assert within[1].kind != "calculation", within[1].text
    assert "等待期内" in within[1].text and "3180" not in within[1].text.replace(",", ""), within[1].text


def test_a_gap_denied_asks_nothing_of_the_wait(engine):
    # 巴中 居民 二级 400 / 70 %: (3400 − 400) × 70 % = 2100
    computed(ask(engine, "合疗一直交着 从没断过保 在二级医院住院花了3400 报多少", region="巴中"), 2100)


# ---- two stays of the year -----------------------------------------------------------------------

def test_two_stays_said_not_a_transfer_each_pay_their_own_deductible(engine):
    # 巴中 居民: 一级 (2300 − 300) × 80 % = 1600; 三级 (9700 − 700) × 60 % = 5400 — no top-up of 300 → 700
    r = computed(ask(engine, "合疗 年初在一级医院住过一次花了2300 秋天又在三级医院住了花了9700 两回不相干 并不是转院 一共报多少",
                     region="巴中"), 1600, 5400, 7000)
    assert "补差额" not in r.text and "只补" not in r.text, r.text


def test_a_later_stays_hospital_unsaid_is_asked_then_both_computed(engine):
    # 巴中 居民: 二级 (3500 − 400) × 70 % = 2170; told next 三级: (9000 − 700) × 60 % = 4980
    replies = talk(engine, ["合疗 今年住院两次 一次在二级医院花了3500 另一次花了9000 总共报多少", "三级"], region="巴中")
    assert replies[0].kind == "clarify", replies[0].text
    assert "2170" not in replies[0].text.replace(",", ""), replies[0].text
    computed(replies[1], 2170, 4980)


def test_one_tier_said_of_the_stays_counted_is_both_stays(engine):
    # 克拉玛依 三级 600 / 65 %, a second stay at the same level pays no deductible: (3600 − 600) × 65 % + 2000 × 65 %
    computed(ask(engine, "今年都在三级医院 住了两次 第一次3600 第二次2000 一共报多少", region="克拉玛依"), 1950, 1300)


# ---- a referral written at home for care elsewhere ------------------------------------------------

def test_a_referral_written_by_a_home_hospital_is_care_where_it_sends(engine):
    # 巴中 居民 临时备案 (转诊) 在备案地 二级: 起付 1000, 65 % — (12000 − 1000) × 65 % = 7150, never the 市内 row
    r = computed(ask(engine, "我妈在通江县医院开的转院单 转去重庆一家二级医院住院 备了案 花了12000 合疗报多少", region="巴中"), 7150)
    assert "市内定点" not in r.text, r.text


# ---- 大病保险's base told, the sum asked -----------------------------------------------------------

def test_how_the_serious_illness_fund_pays_with_its_base_told_is_computed(engine):
    # 巴中 大病 起付 14448, 0–10万 60 %: (20448 − 14448) × 60 % = 3600
    computed(ask(engine, "大病保险是咋个赔的 基本医保报完自己负担的合规费用20448 能赔好多", region="巴中"), 3600)


def test_the_bands_named_with_the_base_told_are_computed(engine):
    # 克拉玛依 大病 起付 21000: (50000 − 21000) × 60 % + (60000 − 50000) × 65 % = 17400 + 6500 = 23900
    computed(ask(engine, "基本医保报后个人负担的合规费用6万 大病保险按段算能赔多少", region="克拉玛依"), 23900)


# ---- two hospitals side by side, one of them glossed with its tier -------------------------------------

def test_a_hospital_glossed_with_its_tier_is_compared_with_the_other(engine):
    # 长治 居民: 二级乙等 县级 100 / 85 %: (20000 − 100) × 85 % = 16915; 三级甲等 1000 / 60 %: (20000 − 1000) × 60 % = 11400
    r = computed(ask(engine, "居民医保 住院都花2万 县人民医院(二级乙等)跟三甲医院比 各报多少", region="长治"), 16915, 11400)
    assert "几级医院" not in r.text, r.text


# ---- the year's limit partly used, the fund said as the giver ----------------------------------------

def test_what_the_fund_already_gave_this_year_caps_the_stay(engine):
    # 巴中 职工 limit 140000, 136000 already paid: (8000 − 700) × 80 % = 5840 is capped at the 4000 left
    computed(ask(engine, "职工医保 今年统筹已经给我报了13万6 这次又在三级医院住院花了8000 还能报多少", region="巴中"), 4000)


# ---- a couple on two schemes, one bill each asked together -------------------------------------------

def test_a_couple_on_two_schemes_gets_each_ones_own_figure(engine):
    # 巴中 三级: 居民 (6000 − 700) × 60 % = 3180; 职工 (6000 − 700) × 80 % = 4240 — each labelled, never one for both
    r = computed(ask(engine, "我交的合疗 老公单位给交的职工医保 两口子今年都在三级医院住了院 都花了6000 各报多少", region="巴中"),
                 3180, 4240)
    assert "爱人" in r.text, r.text


def test_a_couple_with_two_bills_is_not_split_on_one(engine):
    r = ask(engine, "我交的合疗 老公交的职工医保 我们俩都在二级医院住了院 我花了1万 他花了5000 分别报多少", region="巴中")
    assert "爱人（" not in r.text, r.text


# ---- a level said, its class's columns not one figure ------------------------------------------------

def test_a_city_hospital_with_no_grade_is_asked_not_shown_on_a_class_it_may_not_pay(engine):
    # 长治 三类 at 省、市级 is read on one column or two (100 / 85 % or 400 / 75 %): no one figure stands for
    # the class there, so the hospital's grade is asked, never 85 % shown for a city's 二级乙等
    r = ask(engine, "城乡居民医保 市级医院住院花了8000 能报多少", region="长治")
    assert r.kind == "clarify", r.text
    assert "6,715" not in r.text and "6715" not in r.text, r.text


def test_a_county_hospital_with_no_grade_is_still_shown_by_class(engine):
    # 长治 县级: 二类 400 / 75 % — (5000 − 400) × 75 % = 3450; 三类 100 / 85 % — (5000 − 100) × 85 % = 4165
    computed(ask(engine, "城乡居民医保 县医院住院 合规的5000 报多少", region="长治"), 3450, 4165)


def test_where_the_region_has_no_waiting_rule_a_new_student_is_computed(engine):
    # 克拉玛依 students join at school with no waiting rule in the handbook: 二级 200 / 75 % — (3000 − 200) × 75 % = 2100
    computed(ask(engine, "大一新生刚参保 在二级医院住院花了3000 能报多少", region="克拉玛依"), 2100)


def test_a_gap_dated_to_a_past_year_asks_nothing_of_the_wait(engine):
    # 巴中 居民 二级 400 / 70 %: (4400 − 400) × 70 % = 2800 — a 2019 gap's wait ran out long ago
    computed(ask(engine, "合疗 2019年断过一年保 后来一直交着 今年在二级医院住院花了4400 报多少", region="巴中"), 2800)


def test_a_band_of_the_serious_illness_table_asked_is_the_rule(engine):
    r = ask(engine, "大病保险超过10万以上那段报多少", region="巴中")
    assert r.kind != "calculation", r.text
