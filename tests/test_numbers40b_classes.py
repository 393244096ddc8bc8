"""Classes the fortieth numbers set showed in fees, 救助 chains, 门诊特病 months, maternity and 两病.
Own phrasings, through the real engine, with the handbooks' figures."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed

# ---- a 门诊慢病 bill told bare, the benefit and 救助 both asked: the chronic benefit first ---------------


@pytest.mark.parametrize("text,figures", [
    # 长治 居民门诊慢性病: 冠心病 月限额 280, 70%; 医疗救助: 特困 门诊慢性病 60% — 150 × 70%; 45 × 60%
    ("长治特困户 合疗 冠心病门慢 每个月门诊150 医保报几多 再救助几多", (105, 27)),
    # 低保 30%: 100 × 70% = 70; 30 × 30% = 9 (the rest named, not told: "剩的救助")
    ("低保 城乡居民 冠心病慢病 一个月100 医保给好多 剩下的救助给好多", (70, 9)),
])
def test_a_bare_chronic_bill_goes_through_the_benefit_before_outpatient_aid(engine, text, figures):
    r = ask(engine, text, region="长治")
    computed(r, *figures)           # (asked in two clauses it may be answered part by part: both figures said)
    assert "门诊慢病：" in r.text and "门诊救助（门诊慢性病）" in r.text, r.text


def test_where_regular_aid_covers_chronic_care_its_row_aids_what_the_benefit_left(engine):
    # 巴中 第四章 三问: 冠心病 居民 限额 800, 90%; 第六章 五问: 常规救助 covers 门诊慢特病, 特困 100%
    # 500 × 90% = 450; (500 − 450) × 100% = 50
    r = ask(engine, "特困户 合疗 冠心病门诊慢病 今年看门诊花了500 慢病报完以后剩的医疗救助给好多", region="巴中")
    computed(r, 450, 50, name="assistance")
    assert "常规救助" in r.text, r.text


def test_what_the_chronic_benefit_left_told_as_a_sum_is_still_aided_alone(engine):
    r = ask(engine, "长治低保 居民医保 冠心病慢病门诊报完还剩80 救助给多少", region="长治")
    computed(r, 24, name="assistance")              # 80 × 30%
    assert "门诊慢病：" not in r.text, r.text


# ---- 门诊特病 month by month: one deductible a year -------------------------------------------------------


def test_a_monthly_special_bill_over_months_takes_the_deductible_in_the_first_alone(engine):
    # 巴中 第四章 五问: 职工 70%, the year's one 二级 deductible 400 — (2500 − 400) × 70%; 2500 × 70% × 3
    r = ask(engine, "职工医保 门诊特病 每月都要花2500 到现在4个月了 第三个月报多少 4个月总共报多少", region="巴中")
    computed(r, 1470, 1750, 6720, name="special")
    assert "第2个月" in r.text, r.text


# ---- fees -----------------------------------------------------------------------------------------------


def test_long_term_care_for_some_of_a_group_counts_only_them(engine):
    # 克拉玛依 2026: 400 each, 长护 53 voluntary — 4 × 400 + 53
    r = ask(engine, "寝室4个人交医保 只有一个要长护 其余不要 一共交好多", region="克拉玛依")
    computed(r, 1653, name="contribution")


def test_the_states_subsidy_for_a_household_counted_is_per_person_times_them(engine):
    # 巴中 第三章 八问: 2026 财政补助 700 元/人 — 700 × 3
    r = ask(engine, "家里3口人都是交的新农合 今年财政给我们屋一共补贴多少", region="巴中")
    computed(r, 2100, name="contribution")


@pytest.mark.parametrize("text,figure", [
    # 巴中 第三章 六问 2026 个人缴费 400; 第二章 二十五问: 个人账户 pays a near relative's 居民 share
    ("拿我职工的个账帮爸妈交今年的城乡居民医保 得扣多少钱", 800),
    ("想用个人账户给我老婆和儿子交合疗 账户里要扣好多", 800),
])
def test_the_personal_account_paying_relatives_fees_is_their_fees_summed(engine, text, figure):
    r = ask(engine, text, region="巴中")
    computed(r, figure, name="contribution")


def test_one_more_fee_part_asked_after_a_sum_is_the_same_base(engine):
    # 巴中 第二章 五问、三十五问、十三问: 灵活就业 9 %, 大额 2 %, 生育 0.6 % — on 5000
    r = ask(engine, "灵活就业交职工医保 基数按5000 医保和大额每个月交多少 加上生育保险总共交多少", region="巴中")
    computed(r, 450, 100, 550, 30, 580, name="contribution")


def test_a_lump_payment_base_supposed_by_the_month_is_read(engine):
    # 巴中 第二章 十九问、二十问: 2025 需 20 年; 补缴 7 % of the minimum base — 4000 × 7% × 12 × 1
    r = ask(engine, "2025年退休 职工医保累计交了19年 全是在巴中交的 想一次性补齐 最低基数要是每月4000 得补多少", region="巴中")
    computed(r, 3360)


# ---- maternity: a pregnancy said as nearly a count of months -----------------------------------------


def test_a_termination_nearly_past_a_month_count_is_read_as_the_months_completed(engine):
    # 巴中 第二章 二十八问 职工: 满4个月以上 1800, 产前检查 500 — 快6个月: 5 completed
    r = ask(engine, "职工医保 怀孕快6个月了 没保住做了引产 政策内花了1500 能报多少", region="巴中")
    computed(r, 1500, 500, 2000, name="maternity")


def test_nearly_the_line_itself_is_below_it(engine):
    # 快4个月: 3 completed, 不满4个月 — 500 limit, 200 产前检查
    r = ask(engine, "职工医保 怀孕快4个月流产了 花了900 能报多少", region="巴中")
    computed(r, 500, 200, name="maternity")


# ---- 两病: the asker's own yearly spend is a bill, not a limit asserted --------------------------------


def test_a_spend_told_beside_a_doubted_rate_is_computed_with_the_cap(engine):
    # 巴中 第四章 十九问: 50 %, 糖尿病 300 a year — 700 × 50% = 350, capped at 300
    r = ask(engine, "两病报销是不是六成 俺糖尿病药一年700", region="巴中")
    computed(r, 300, name="two_diseases")
    assert "不是700" not in r.text, r.text


# ---- a short time told ("没多久") is no question of its own -----------------------------------------------


def test_soon_after_told_is_not_asked(engine):
    from intents.message import is_question
    assert not is_question("报到没多久")
    assert not is_question("出院没过多久")
    assert is_question("要多久")


def test_a_births_own_fees_summed_with_jia_are_no_maternity_fee(engine):
    # 巴中 第二章 二十八问 职工: 顺产 限额 3500, 产前检查 800 — 3000 + 800 (the 生育保险 fee is not asked)
    r = ask(engine, "职工医保 老婆顺产住院花了3000 生育医疗费加产前检查费总共多少", region="巴中")
    computed(r, 3800, name="maternity")


def test_whether_the_account_may_pay_a_relatives_fee_is_the_rule(engine):
    r = ask(engine, "职工个人账户里的钱 能帮我爸交合疗不", region="巴中")
    assert r.kind == "faq", r.text
    assert "近亲属" in r.text, r.text
