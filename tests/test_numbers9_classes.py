"""Calculations the ninth numbers set showed to be misread: a transfer's stay told before the
earlier one is named again, a referral to a hospital known by its short name, 长治's outpatient care
in another province, a 长治 hospital whose class is known but not its level, a 起付线 answer with its
row's rate, and an entry stating another row than the case's. Own phrasings, through the real engine."""
import pytest

from intents.slots import extract
from tests.helpers import answer as ask
from tests.helpers import computed

# ---- the hospital moved to is this stay's ------------------------------------------------------

@pytest.mark.parametrize("text, prior, tier", [
    ("同一个病先住的一级医院 后来转去了三级医院 一级那边起付线交过了", "一级", "三级"),
    ("先在乡镇卫生院住了几天，然后转到二级医院，卫生院那次的起付线扣了", "乡镇卫生院", "二级"),
    ("从二级转到三级 花了一万", "二级", "三级"),
])
def test_the_hospital_moved_to_is_the_stay_asked(text, prior, tier):
    s = extract(text)
    assert s.get("prior_tier") == prior and s.get("tier") == tier


def test_a_transfer_up_owes_only_the_deductibles_difference(engine):
    # 巴中 第三章 十二问: 低级别转往高级别，只补计起付标准差额 — (20000 − (700 − 300)) × 60% = 11760
    r = ask(engine, "巴中合疗 同一次生病 先在一级医院住院 后面转去三级医院 三级那次花了两万 都合规 "
                    "一级那次的起付线已经交了 三级这次报好多")
    computed(r, 11760)


# ---- a referral to a hospital known by its short name is care elsewhere ----------------------

@pytest.mark.parametrize("text, figure", [
    # 巴中 第二章 二十七问 职工 异地转诊 三级: 起付1000 75% — (30000 − 1000) × 75% = 21750
    ("平昌职工医保 医院开了转诊去华西 住的三级医院 合规三万 报好多", 21750),
    # 巴中 居民 转诊 (临时备案) 三级: 起付1000 55% — (20000 − 1000) × 55% = 10450
    ("巴中居民医保 转诊到湘雅住院 三级医院 花了两万 能报多少", 10450),
])
def test_a_referral_to_a_named_hospital_is_the_referral_row(engine, text, figure):
    computed(ask(engine, text), figure)


def test_a_named_hospital_in_the_province_is_care_in_the_province(engine):
    # 长治 居民: 省内异地住院免备案 yet 不备案比例降低10%: whether it was filed is asked (never the 省外
    # column); filed, the local table — 一类 (20000 − 1000) × 60% = 11400
    r = ask(engine, "长治居民医保 去山西白求恩住的院 三甲 合规两万 报多少")
    assert r.kind == "clarify" and r.missing_slots == ["filing"] and "省内" in r.text, r.text
    r = computed(ask(engine, "长治居民医保 去山西白求恩住的院 三甲 合规两万 备过案的 报多少"), 11400)
    assert "省外" not in r.text, r.text


# ---- 长治 居民 outpatient care in another province ----------------------------------------------

@pytest.mark.parametrize("text, figure", [
    # 二级 55% − 10 个百分点 = 45%: 400 × 45% = 180
    ("长治合疗 过年去河北亲戚家 在那边二级医院看了门诊 花了400 统筹报多少", 180),
    # 一级 60% − 10 = 50%: 300 × 50% = 150
    ("长治居民 出省打工 在外省一级医院看门诊 300块 报多少", 150),
])
def test_outpatient_care_in_another_province_is_ten_points_lower(engine, text, figure):
    r = computed(ask(engine, text), figure, name="outpatient")
    assert "10 个百分点" in r.text


def test_outpatient_care_in_the_province_keeps_the_local_rate(engine):
    # 省内其他统筹区临时就医，按照参保地待遇执行: 二级 55% — 400 × 55% = 220
    computed(ask(engine, "长治居民 在太原二级医院看门诊 花了400 统筹报多少"), 220, name="outpatient")


# ---- a 长治 hospital whose class is known, its level not, and no sum --------------------------

@pytest.mark.parametrize("text", [
    "长治合疗 住的二级甲等医院 能报好多",
    "长治城乡居民 在三乙医院住院 报几成",
])
def test_the_class_known_gives_both_levels_rows(engine, text):
    r = ask(engine, text)
    assert r.kind in ("faq", "clarify")
    for figure in ("400元", "75%", "500元", "70%"):
        assert figure in r.text, r.text
    assert "1000" not in r.text and "县级还是省、市级" in r.text


def test_a_class_with_one_row_is_its_row_not_a_neighbours(engine):
    # 二级乙等 is 三类: 起付100 85%, not the 二甲、三乙 entry's 400 / 75%
    r = ask(engine, "长治居民医保 二级乙等的县医院住院 起付线是多少")
    assert "100元" in r.text and "85%" in r.text and "400" not in r.text


# ---- a 起付线 answer gives its row's rate ------------------------------------------------------

def test_an_outpatient_deductible_answer_gives_the_rate(engine):
    r = ask(engine, "长治合疗去三级医院看门诊 起付标准是多少钱")
    assert "80元" in r.text and "45%" in r.text


# ---- a gap said without its length: the rule for each length, then the length asked -----------

@pytest.mark.parametrize("text", [
    "巴中居民医保断缴了好些年 现在补交了 多久能报销",
    "巴中合疗 中间断过几年 这回交上了要等多长时间",
    "巴中合疗断保好几年了 现在重新参保要等多久才能报",
    "巴中城乡居民 有几年没交 今年又交了 得等几个月",      # 几 as "several": a story, not a question
])
def test_a_gap_without_its_length_gets_the_rule_for_each_length(engine, text):
    # 巴中 第三章 十问: 固定等待期3个月，每多断1年加变动等待期1个月 (例五: 断2年 4个月; 例六: 断5年 7个月)
    r = ask(engine, text)
    assert r.kind == "clarify" and "gap_years" in r.missing_slots
    for said in ("3 个月", "断 2 年等 4 个月", "断 5 年等 7 个月", "不少于 6 个月", "几年"):
        assert said in r.text, r.text


def test_the_length_told_next_is_computed(engine):
    from tests.helpers import talk
    first, second = talk(engine, ["巴中居民医保断缴了好些年 现在补交了 多久能报销", "断了三年"])
    assert "断 1 年等 3 个月" in first.text
    computed(second, 5)


def test_a_region_without_the_rule_is_not_given_anothers(engine):
    r = ask(engine, "长治居民 中间断过几年 这回交上了要等多长时间")
    assert "变动待遇等待期" not in r.text


# ---- 公务员医疗补助 on what 职工基本医保 left -----------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    # 巴中 第二章 三十三问: 职工基本医疗保险基金支付后，由公务员医疗补助基金报销60% — 8000 × 60% = 4800
    ("巴中职工 我是公务员 住院走完基本医保以后自己还剩8000 公务员医疗补助能给多少", 4800),
    # what basic insurance paid said beside the bill: (40000 − 25000) × 60% = 9000
    ("巴中公务员 住院一共4万 基本医保报了2万5 公务员补助还能报多少", 9000),
    # the yearly limit: 50000 × 60% = 30000, paid 20000
    ("巴中公务员 基本医保报完了还剩5万合规费用 公务员医疗补助报多少", 20000),
])
def test_civil_servant_aid_is_its_share_of_what_basic_insurance_left(engine, text, figure):
    computed(ask(engine, text), figure, name="civil_servant")


def test_a_region_without_civil_servant_aid_says_so(engine):
    r = ask(engine, "长治公务员 职工医保住院报完还剩6000 公务员补助能报多少")
    assert r.kind != "calculation" and "公务员医疗补助" in r.text


# ---- a 医保 word is no place: 医保定点 is not 保定 --------------------------------------------------

def test_a_designated_hospital_is_not_baoding(engine):
    # 巴中 第三章 十一问 未定级和一级 300 / 80%: (5000 − 300) × 80% = 3760, a stay in the city
    r = computed(ask(engine, "恩阳居民 在一家医保定点的未定级私立医院住了院 合规5000 能报好多"), 3760)
    assert "市内" in r.text


def test_baoding_named_is_still_a_place_elsewhere(engine):
    # 非急诊且未转诊 三级: (10000 − 1000) × 50% = 4500
    computed(ask(engine, "巴中居民 去保定住院 三级医院 没转诊也不是急诊 合规一万 报多少"), 4500)


# ---- a village clinic is in the tables' lowest row ---------------------------------------------

def test_a_village_clinic_visit_is_the_lowest_rows(engine):
    # 长治 居民门诊统筹 一级医疗机构（三类收费及以下）60%: 150 × 60% = 90
    computed(ask(engine, "长治合疗 在村里的卫生室开了点药 花了150 门诊统筹能报多少"), 90, name="outpatient")


# ---- the same hospital again is the same tier again --------------------------------------------

@pytest.mark.parametrize("text", [
    "克拉玛依学生 今年又在同一家二级医院住院了 这回目录内6000 报多少",
    "克拉玛依校区的 还是上次那家二级医院 今年又住了一次院 目录内6000 报多少",
])
def test_the_same_hospital_again_owes_no_second_deductible(engine, text):
    # 克拉玛依 七、1: 同一自然年度同等级医疗机构再次住院不再支付起付标准 — 6000 × 75% = 4500
    computed(ask(engine, text), 4500)


# ---- 职工门诊统筹: 在职 and 退休 rows differ, so asked ----------------------------------------------

def test_staff_outpatient_asks_working_or_retired(engine):
    from tests.helpers import talk
    # 巴中 第二章 三十九问 退休: 起付150, 一级 60% + 10 = 70% — (800 − 150) × 70% = 455
    asked, told = talk(engine, ["巴中职工 在一级医院看门诊 今年合规花了800 统筹能报多少", "我已经退休了"])
    assert asked.kind == "clarify" and "退休" in asked.text
    computed(told, 455, name="outpatient")


def test_staff_outpatient_said_working_is_computed(engine):
    # 在职 三级: 起付200 50% — (1200 − 200) × 50% = 500
    computed(ask(engine, "巴中职工医保 在职的 三级医院门诊 花了1200 门诊统筹报多少"), 500, name="outpatient")


# ---- a year named as broken is one year's gap ----------------------------------------------------

def test_a_year_named_as_broken_is_one_years_gap(engine):
    # 巴中 第三章 十问 例二: 未参加上年度、12月31日前参加本年度 — 固定等待期3个月，从1月1日起算，4月1日起享受
    r = ask(engine, "巴中合疗 2025年断了 没交 2025年11月8号交了2026年的 从哪天起能报销")
    assert r.kind in ("calculation", "faq") and "4月1日" in r.text and "3个月" in r.text.replace(" ", "")
    r = ask(engine, "巴中居民医保 2025年断了 2025年12月3号把2026年的交了 啥时候开始能用")
    assert r.kind in ("calculation", "faq") and "4月1日" in r.text


def test_paid_years_then_broken_is_no_count_of_gap_years():
    assert extract("交了3年断了 现在再交要等多久").get("gap_years") is None


# ---- 医疗救助 asked after 大病保险: on what 大病 leaves -------------------------------------------

def test_assistance_after_serious_illness_is_on_what_it_leaves(engine):
    from tests.helpers import talk
    # 巴中 特困: 大病 起付 7224, 65%; 救助 特困 100% — 2万: (20000 − 7224) × 65% = 8304.40; left 11695.60
    serious, aid = talk(engine, ["巴中合疗 特困户 基本医保报完自己还负担合规2万 大病保险能赔多少",
                                 "那医疗救助又能报好多"])
    computed(serious, 8304.4)
    computed(aid, 8304.4, 11695.6, name="assistance")


def test_a_stay_goes_on_through_the_next_funds_when_asked_after_it(engine):
    from tests.helpers import talk
    # 长治 居民 三乙 县级 (二类县级 400 / 75%): (20000 − 400) × 75% = 14700, left 5300; 特困 大病 起付 5000, 80%:
    # (5300 − 5000) × 80% = 240; then 救助 on the 5060 left
    stay, serious, aid = talk(engine, ["长治合疗 县里三乙医院住院 合规两万 报好多",
                                       "我家是特困户 大病保险怎么算", "医疗救助还能给好多"])
    computed(stay, 14700)
    computed(serious, 14700, 240, name="chain")
    computed(aid, 240, name="chain")
    assert "救助" in aid.text


def test_a_household_count_after_the_rate_per_person_is_the_household(engine):
    # 巴中 第三章 六问: 2026年度个人缴费400元 — 4 人 1600
    r = computed(ask(engine, "巴中合疗 一个人交多少钱 我们家4口人总共交多少"), 400, 1600, name="contribution")
    assert "4" in r.text


def test_a_chronic_list_with_one_rate_and_limit_needs_no_disease(engine):
    # 克拉玛依 第7部分（一）: 15种门诊慢病 起付0 65% 年度限额16万 — 2000 × 65% = 1300
    computed(ask(engine, "克拉玛依的学生 慢病已经认定了 今年门诊慢病花了2000 能报好多"), 1300, name="chronic")
    # where each disease has its own limit (巴中), the disease is still asked
    assert ask(engine, "巴中居民 门诊慢病 花了3000 报多少").kind == "clarify"


def test_the_rewards_bound_asked_without_own_years_is_the_rule(engine):
    # 巴中 第三章 九问: 累计提高总额不超过大病保险原封顶线的20% — up to 36万, worked out from the
    # policy's figures (the bound, no year of the asker's)
    r = ask(engine, "巴中合疗 大病保险连续参保的奖励 封顶最高能涨到多少")
    computed(r, 360000, name="serious_illness_cap")
    assert "36万" in r.text and "20%" in r.text, r.text
    # years of the asker's own told, from 2025 (九问's first year): their cap, computed (满4年后每年 +4000:
    # 6 years → 308000); told as a bare count, which may hold years before 2025, the first year is asked
    computed(ask(engine, "巴中居民 我从2025年起连续参保6年了 大病保险最高能报多少"), 308000)
    bare = ask(engine, "巴中居民 我连续参保6年了 大病保险最高能报多少")
    assert bare.kind == "clarify" and "哪一年" in bare.text, bare.text


def test_a_payout_asked_after_a_declined_product_shares_the_refusal(engine):
    r = ask(engine, "惠民保多少钱一份 生病住院能赔好多")
    assert r.kind == "unanswered" and "住院能赔" not in r.text.split("\n")[0]
    # a 医保 scheme named puts the next question back on 医保
    r = ask(engine, "百万医疗险多少钱一年 巴中居民医保住院能报多少")
    assert "【2】" in r.text
