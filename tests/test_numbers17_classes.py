"""Classes the seventeenth numbers set showed, each a figure read wrongly or a question misread:
the cover named by its price ("一年交四百那个居民医保") taken for a contribution question; 1万3千5
read as 13000; the rule as heard ("听说连续交满4年…") taken for the asker's own years; 补差 asked by a
couple whose 居民 side is the asker; 二次报销 (大病保险's spoken name) not read as 大病保险; the rule as
heard beside the asker's own sum making it a rule question; a date after 起付线扣过了 read as the
deductible's sum. Own phrasings, through the real engine."""
import pytest

from intents.numbers import find_numbers
from intents.slots import extract
from tests.helpers import answer as ask
from tests.helpers import computed

# ---- the cover named by its yearly price is the scheme, not a contribution question ---------------------


@pytest.mark.parametrize("text,figure", [
    # 巴中 居民 二级 400 / 70%: (6000 − 400) × 70% = 3920
    ("我们合疗一年交四百的 老汉儿在二级医院住院 合规6000 能报好多", 3920),
    # 巴中 居民 乡镇卫生院 100 / 90%: (2100 − 100) × 90% = 1800
    ("交的一年交380那种居民医保 乡镇卫生院住院花了2100 报好多", 1800),
])
def test_the_cover_named_by_its_price_with_a_stay_is_the_stay_computed(engine, text, figure):
    r = ask(engine, text, region="巴中")
    computed(r, figure, name="inpatient")


# ---- 1万3千5: the thousands (and hundreds) after 万 ----------------------------------------------------


@pytest.mark.parametrize("text,value", [("总共1万3千5嘞", 13500), ("花了2万1千5百", 21500),
                                        ("合规1万2千300元", 12300), ("1万3千", 13000), ("1万2", 12000),
                                        ("4万4448", 44448)])
def test_wan_then_qian_digits_read_as_one_sum(text, value):
    said = [n for n in find_numbers(text) if n.value is not None]
    assert len(said) == 1 and said[0].value == value, said


def test_wan_qian_sum_is_the_bill_computed(engine):
    # 巴中 居民 二级 400 / 70%: (12500 − 400) × 70% = 8470
    r = ask(engine, "我妈在二级医院住院 合疗 一共1万2千5 能报好多", region="巴中")
    computed(r, 8470, name="inpatient")


# ---- the rule as heard is not the asker's own years ------------------------------------------------------


def test_years_listed_count_not_the_years_of_the_rule_heard(engine):
    # 2025…2030: the 6th year in a row, 4000 × 2 over the 300000 cap
    r = ask(engine, "我2025年2026年2027年2028年2029年2030年都交了合疗 听说连续参保满4年封顶要涨 2030年大病封顶好多",
            region="巴中")
    computed(r, 308000, name="serious_illness_cap")


def test_own_years_said_after_the_rule_heard_are_read(engine):
    r = ask(engine, "听说连续交满4年大病封顶会涨 我连续交了7年合疗 封顶是好多", region="巴中")
    computed(r, 312000, name="serious_illness_cap")


# ---- 补差 asked by a couple: the 居民 side gave birth --------------------------------------------------


@pytest.mark.parametrize("text,figure", [
    # 剖宫产 5000: 职工 standard min(5000, 5500) − 居民's 3500 = 1500
    ("爱人在单位上交职工医保 我是合疗 剖宫产合规5000 补差好多", 1500),
    # 顺产 3000: 职工 standard min(3000, 3500) − 居民's 2000 = 1000
    ("屋头男的职工医保 老婆合疗 顺产合规3000 配偶补差有好多", 1000),
])
def test_top_up_asked_by_a_couple_is_the_staff_sides_top_up(engine, text, figure):
    r = ask(engine, text, region="巴中")
    computed(r, figure, name="maternity")
    assert "补差" in r.text, r.text


# ---- 二次报销 is 大病保险 ---------------------------------------------------------------------------------


def test_second_claim_is_serious_illness_on_what_is_left(engine):
    # 大病 2025 起付 14448, 60%: (25000 − 14448) × 60% = 6331.2
    r = ask(engine, "去年住了几回院 居民医保报完自己还出了合规的25000 二次报销能报好多", region="巴中")
    computed(r, 6331.2, name="serious_illness")


# ---- the rule as heard beside the asker's own sum: the sum is still computed ----------------------------


def test_hearsay_of_the_rule_beside_own_sum_is_computed(engine):
    # 特困: 起付 14448 × 50% = 7224, 60% + 5%: (20000 − 7224) × 65% = 8304.4
    r = ask(engine, "我家是特困户 居民医保报了以后合规的自己还出了2万 听说特困的大病起付线减半 比例也高 能报好多",
            region="巴中")
    computed(r, 8304.4, name="serious_illness")


# ---- a date after 起付线扣过了 is no sum of it ------------------------------------------------------------


def test_a_month_after_deductible_paid_is_not_its_sum():
    s = extract("起付线扣过了 11月又去住院")
    assert s.get("deductible_paid") and s.get("deductible_paid_amount") is None
    assert extract("起付线交了600 这次又住院").get("deductible_paid_amount") == 600


def test_second_stay_after_deductible_paid_with_a_month_computes(engine):
    # 克拉玛依 居民 三级 again in the year: no deductible, 65%: 6000 × 65% = 3900
    r = ask(engine, "今年4月在克市三级医院住院 起付线扣过了 9月又去三级医院住院 目录内6000 报多少",
            region="克拉玛依")
    computed(r, 3900, name="inpatient")


# ---- a household counted by category: 防返贫监测对象 by its full name, 长护险 for everyone, 总共 asked ----------


def test_monitored_members_by_full_name_are_counted_in_the_household(engine):
    # 巴中: 监测对象 400 − 300 = 100 each, 普通 400: 100 × 1 + 400 × 3 = 1300
    r = ask(engine, "屋头一个是防止返贫监测对象 三个普通的 今年合疗一共要交好多", region="巴中")
    computed(r, 1300, name="contribution")


def test_household_with_long_term_care_for_everyone_adds_it_per_head(engine):
    # 克拉玛依: 特困 fully subsidised and its 长护险 paid by the government; 普通 400 + 53 each:
    # 0 + 400 × 3 + 53 × 3 = 1359
    r = ask(engine, "寝室5个人 两个特困 三个普通 都交长护险 总共要凑好多钱", region="克拉玛依")
    computed(r, 1359, name="contribution")


# ---- an unfiled stay elsewhere: the not-filed row, with the emergency's result said beside ----------------
# 巴中 居民 三级 elsewhere: 急诊 (视同已备案) 1000 / 55%, 非急诊且未转诊 1000 / 50%


def test_unfiled_stay_elsewhere_says_the_emergency_result_beside(engine):
    r = ask(engine, "合疗 在外省三级医院住院 没有办备案 合规8000 报多少", region="巴中")
    computed(r, 3500, 3850, name="inpatient")       # (8000 − 1000) × 50%; × 55% if an emergency
    assert "急诊" in r.text, r.text


@pytest.mark.parametrize("text,figure,other", [
    ("合疗 在外省三级医院住院 不是急诊 也没备案 合规8000 报多少", 3500, 3850),
    ("合疗 外地三级医院住院 没办备案 是急诊送进去的 合规8000 报多少", 3850, 3500),
])
def test_unfiled_stay_with_the_emergency_said_is_its_row_alone(engine, text, figure, other):
    r = ask(engine, text, region="巴中")
    computed(r, figure, name="inpatient")
    assert f"{other:,}" not in r.text, r.text


@pytest.mark.parametrize("reply,figure", [("不是急诊", 3500), ("没备案", 3500), ("是急诊", 3850)])
def test_the_emergency_answer_to_the_filing_question_decides_the_row(engine, reply, figure):
    from tests.helpers import talk
    rs = talk(engine, ["合疗 在外省三级医院住院 合规8000 报多少", reply], region="巴中")
    assert rs[0].kind == "clarify", rs[0].text
    computed(rs[-1], figure, name="inpatient")


# ---- 农村合作医疗 is 城乡居民医保 ------------------------------------------------------------------------


def test_rural_cooperative_medical_care_by_its_full_name_is_the_resident_scheme(engine):
    # 巴中 居民 二级 400 / 70%: (3400 − 400) × 70% = 2100
    r = ask(engine, "我妈是农村合作医疗 在二级医院住了一回院 合规3400 能报好多", region="巴中")
    computed(r, 2100, name="inpatient")


# ---- an operation at a hospital is a stay; "自己出好多" after "统筹报好多" is the same sum -------------------


@pytest.mark.parametrize("text,paid,left", [
    # 巴中 职工 二级 400 / 82%: (20000 − 400) × 82% = 16072, left 3928
    ("我70岁 职工医保 上个月在二级医院动了手术 合规两万 统筹能报好多 自己要出好多", 16072, 3928),
    # 巴中 职工 乡镇卫生院 100 / 90%: (5100 − 100) × 90% = 4500, left 600
    ("单位上交的职工医保 在卫生院开了一刀 合规5100 报好多 个人出好多", 4500, 600),
])
def test_an_operation_at_a_hospital_with_both_shares_asked_is_one_stay(engine, text, paid, left):
    r = ask(engine, text, region="巴中")
    computed(r, paid, left, name="inpatient")
    assert "【2】" not in r.text, r.text


# ---- 灵活就业 paying its own contributions is 在职 ---------------------------------------------------------


def test_flexible_worker_paying_is_working_for_the_outpatient_pool(engine):
    r = ask(engine, "我是个体户 自己缴的职工医保 在二级医院看门诊 合规1000 门诊统筹报好多", region="巴中")
    # 在职 二级 60%: (1000 − 200) × 60% = 480
    computed(r, 480, name="outpatient")
    assert "在职" in r.text, r.text


def test_flexible_worker_said_retired_stays_retired():
    assert extract("灵活就业交了20年 现在退休了 门诊报多少").get("retired") is True


# ---- what enters the 医保卡 each month is the 个人账户's 划拨 -----------------------------------------------


def test_card_inflow_with_a_base_is_the_account_share(engine):
    # 巴中 在职: base × 2% = 5000 × 2% = 100 a month
    r = ask(engine, "在职职工 基数5000 医保卡每月打进去好多", region="巴中")
    computed(r, 100)


@pytest.mark.parametrize("text,entry", [("退休的老汉儿 医保卡每个月进来好多钱", "bz-2-12"),
                                        ("在职的 医保卡每月划进去好多钱", "bz-2-11")])
def test_card_inflow_without_a_base_is_the_rate_entry(engine, text, entry):
    from tests.helpers import ids
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == [entry], r.text


# ---- the bill, then its in-catalogue part: the funds pay on the part ------------------------------------


@pytest.mark.parametrize("text,paid,left", [
    # 巴中 居民 二级 400 / 70%: (5000 − 400) × 70% = 3220, left 5000 − 3220 = 1780
    ("合疗 二级医院住院 一共花了六千 合规的五千 报好多 自己出好多", 3220, 1780),
    ("居民医保在二级医院住了院 总费用6000 政策范围内5000 能报多少", 3220, 1780),
])
def test_the_in_catalogue_part_after_the_whole_bill_is_computed(engine, text, paid, left):
    r = ask(engine, text, region="巴中")
    computed(r, paid, left, name="inpatient")


def test_the_handbooks_own_example_asked_is_its_entry(engine):
    r = ask(engine, "手册上举的例子 张三在卫生院住院花了4500 能报的4200 医保报了好多", region="巴中")
    assert r.kind == "faq" and "张三" in r.text, r.text


# ---- the employer's fees: 单位上的 is 职工; fees the employer delays are the arrears rule ------------------


def test_unit_said_as_whose_cover_is_staff(engine):
    # 巴中 职工 不满4个月终止妊娠: 限额 500, 产前检查费 200
    r = ask(engine, "我是单位上的 怀孕三个月做了人流 合规花了800 能报好多", region="巴中")
    computed(r, 500, name="maternity")
    assert "职工" in r.text, r.text


@pytest.mark.parametrize("text", ["单位一直拖着没交医保费 欠到第几个月就不能报了",
                                  "公司拖着不交医保 欠到几个月会停"])
def test_employer_delaying_fees_is_the_arrears_rule_not_a_waiting_period(engine, text):
    r = ask(engine, text, region="巴中")
    assert "第4个月" in r.text and "等待期 6 个月" not in r.text, r.text


# ---- a bill said by what it paid for (药钱900) is the asker's, whatever the message checks ----------------


def test_a_drug_bill_in_a_checked_message_is_still_the_bill(engine):
    # 巴中 居民 门诊慢病 冠心病: 90% within its limit: 500 × 90% = 450
    r = ask(engine, "我妈合疗 门慢(我记得是门慢)冠心病 一年药费500 都是目录内 能报好多？？", region="巴中")
    computed(r, 450, name="chronic")


def test_own_case_told_beside_the_handbooks_example_is_computed(engine):
    # 巴中 居民 乡镇卫生院 100 / 90%: (3100 − 100) × 90% = 2700
    r = ask(engine, "手册上那个张三的例子我看了 我的是居民医保 卫生院住院合规3100 那我报好多", region="巴中")
    computed(r, 2700, name="inpatient")


# ---- 职工 arrears said without their months: asked (the rule differs at 6 and 12 months) ------------------


def test_arrears_without_months_asks_them(engine):
    r = ask(engine, "单位欠了好几个月的职工医保费 现在补上了能马上用不", region="巴中")
    assert r.kind == "clarify" and "几个月" in r.text, r.text


@pytest.mark.parametrize("reply,said", [("4个月", "缴费当月即可享受"), ("十个月", "从缴清欠费和滞纳金之日起享受"),
                                        ("一年半", "等待期为6个月")])
def test_the_months_answered_pick_the_arrears_rule(engine, reply, said):
    from tests.helpers import talk
    rs = talk(engine, ["单位欠了好几个月的职工医保费 现在补上了能马上用不", reply], region="巴中")
    assert rs[-1].kind == "calculation" and said in rs[-1].text, rs[-1].text


def test_which_month_of_arrears_stops_cover_is_the_rule_not_asked(engine):
    r = ask(engine, "公司拖欠职工医保 欠费第几个月开始就报不了", region="巴中")
    assert "第4个月" in r.text, r.text


# ---- a count asked as 四川 asks it (有好多个): each clause its own question --------------------------------


def test_two_counts_asked_with_you_haoduo_ge_are_both_answered(engine):
    r = ask(engine, "门特有好多个病 门诊慢病又有好多个", region="巴中")
    assert "【1】" in r.text and "【2】" in r.text and "33" in r.text and "29" in r.text, r.text


# ---- years kept up as a resolve (一直坚持每年交) are years in a row for the 大病 cap ------------------------


def test_keeping_up_every_year_asks_the_caps_bound(engine):
    r = ask(engine, "要是我每年都坚持交合疗 大病封顶最多能涨到好多", region="巴中")
    computed(r, 360000, name="serious_illness_cap")


@pytest.mark.parametrize("text", ["公司欠了好几个月医保费 我看病会不会受影响", "单位欠了几个月医保没交 第几个月开始报不了"])
def test_what_arrears_do_is_the_rule_whatever_the_months(engine, text):
    r = ask(engine, text, region="巴中")
    # (the rule's month, computed since numbers18b: from when cover stops is a figure asked)
    assert r.kind in ("faq", "calculation") and "第4个月" in r.text, r.text


def test_alternating_between_schemes_finds_the_switch_rule(engine):
    from tests.helpers import ids
    r = ask(engine, "单位医保和合疗换着交的 中间断了几个月以内不用等待期", region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-1-26"] and "3个月" in r.text, r.text
