"""Calculations the thirty-third numbers set (first half) showed answered by a handbook example or
asked back where the facts were told, in phrasings of our own, through the real engine (巴中 handbook
figures):

- the day asked with the care between it and the paying ("哪天以后住院才能报"): the waiting period, dated
  from the day paid (第二章 六问, 第三章 十问);
- a switch of scheme told by the month paid up to and the day the new scheme began: the gap between
  them, in whole months and part of one, against the rule's 3 months (第一章 二十六).
"""
import pytest

from calculators.policy import policy_for
from calculators.waiting_period import waiting_period
from intents.slots import extract
from tests.helpers import answer, computed

BZ = policy_for("巴中")


# ---- the day asked, the care named between ---------------------------------------------------------


@pytest.mark.parametrize("text,months,day", [
    # 职工 first enrolment: 6 months from the day paid
    ("刚参加工作 头一回交职工医保 2026年2月20号交的 哪天以后看门诊才能报", 6, "2026年8月20日"),
    # 居民, the year before not insured, paid in the window after 1 January: 3 months from the day paid
    ("合疗 2025年断了一年 2026年2月3号才交 几号之后住院可以报", 3, "2026年5月3日"),
])
def test_the_day_asked_with_the_care_between_is_the_waiting_period(engine, text, months, day):
    r = computed(answer(engine, text, region="巴中"), name="waiting_period")
    assert r.calculation.result["months"] == months, r.text
    assert day in r.text, r.text


# ---- a switch's gap told by dates ------------------------------------------------------------------


@pytest.mark.parametrize("text,whole,part", [
    ("居民医保缴到2024年10月 2025年3月18号进厂交职工医保", 4, True),
    ("职工医保交到2025年底 2026年4月1号换成交合疗", 3, False),
    ("2025年6月以后就没交了 2025年9月换成居民医保", 2, False),
])
def test_a_switch_gap_is_read_from_the_dates_said(text, whole, part):
    s = extract(text)
    assert s.get("switched") and s.get("gap_months") == whole, s.values
    assert bool(s.get("gap_part")) is part, s.values


def test_three_months_and_some_days_are_over_the_rule():
    # 第一章 二十六: 中断缴费时间超过3个月的，自转入之日起设置6个月的待遇享受等待期
    over = waiting_period(BZ, gap_years=None, switched=True, gap_months=3, gap_part=True, continuous_years=4,
                          paid_year=2026, paid_month=4, paid_day=2)
    assert over.result["months"] == 6 and "3 个多月" in " ".join(over.steps)
    assert over.result["from_day"] == "2026年10月2日"
    assert waiting_period(BZ, gap_years=None, switched=True, gap_months=3, continuous_years=4).result["months"] == 0


def test_a_switch_told_by_dates_is_dated_from_the_switch(engine):
    # 居民 paid up to October 2024, 职工 from 18 March 2025: over four months, 6 months from the switch
    r = computed(answer(engine, "居民医保连续交了六年 缴到2024年10月 2025年3月18号进厂交了职工医保 啥时候开始能报",
                        region="巴中"), name="waiting_period")
    assert r.calculation.result["months"] == 6 and "2025年9月18日" in r.text, r.text


# ---- a newborn's last day to pay -------------------------------------------------------------------


@pytest.mark.parametrize("text,inclusive,counted", [
    # 第三章 七问: 出生90天内缴纳出生当年医疗保险费的，待遇享受期为出生之日起
    ("外孙女6月1号出生的 合疗最迟啥时候交 才能从生下来就报", "8月29日", "8月30日"),
    # (over the year's end, the year said: the day in full)
    ("宝宝2026年12月15号出生 几号之前要交医保", "2027年3月14日", "2027年3月15日"),
])
def test_a_newborn_birthday_with_the_last_day_asked_is_counted(engine, text, inclusive, counted):
    r = computed(answer(engine, text, region="巴中"), name="waiting_period")
    assert r.calculation.result["deadline"] == inclusive, r.text
    assert inclusive in r.text and counted in r.text, r.text


def test_a_birthday_is_no_day_paid():
    s = extract("娃儿3月5号出生的 啥时候去交合疗")
    assert s.get("paid_month") is None and (s.get("born_month"), s.get("born_day")) == (3, 5), s.values


# ---- a repair wished for, its cost and the wait after it asked apart ---------------------------------


def test_a_repair_wished_without_the_paying_verb_is_the_repair():
    assert extract("断了两年 打算把等待期修复了").get("repair_all")
    assert extract("合疗断了四年 想把变动等待期修复掉").get("repair_all")
    assert not extract("断了两年 不想把等待期修复掉").get("repair_all")


def test_the_wait_asked_after_the_repair_cost_is_the_same_case(engine):
    r = computed(answer(engine, "合疗断了两年 今年续上了 想把变动等待期修复掉 补缴要花好多钱 修好了还要等几个月",
                        region="巴中"), 400, name="waiting_period")
    # 断2年: 3 + 1 = 4 months, 补缴1年 (400) → 3 months
    assert r.calculation.result["months"] == 3, r.text
    # one calculation answers both questions, none is refused
    assert "没有找到" not in r.text and r.text.startswith("【补缴要花好多钱 / 修好了还要等几个月】"), r.text


# ---- a household's farther kin -----------------------------------------------------------------------


def test_a_household_member_named_by_farther_kin_keeps_their_category(engine):
    # 第三章 六问 (2026): 400 each; 特困 资助 400 → 0; 低保 资助 300 → 100; 一般 400 × 3 = 1200
    r = computed(answer(engine, "家里5个人交合疗 外甥女是特困 嫂子是低保 另外3个普通 总共要交好多", region="巴中"),
                 1300, name="contribution")
    assert r.calculation.inputs.get("members") == {"特困": 1, "低保": 1, "一般": 3}, r.text


# ---- what joining 生育保险 adds to a 职工 fee ---------------------------------------------------------


def test_what_joining_maternity_insurance_adds_is_its_fee_on_the_base_told(engine):
    # 第二章 五问, 十三问: 灵活就业 9 %; 生育保险 0.6 % of the same base: 5000 × 0.6% = 30
    r = computed(answer(engine, "灵活就业人员 缴费基数按5000 职工医保一个月交好多 参加生育保险还要多出好多",
                        region="巴中"), 450, 30, name="contribution")
    assert "生育保险" in r.text, r.text


# ---- the years of a run listed, in a row said before the paying ---------------------------------------


def test_years_listed_then_in_a_row_paid_and_the_next_year_continued_are_one_run():
    # 第三章 九问 例一: 2025–2028 and 2029 continued is the 5th year in a row
    assert extract("2025、2026、2027、2028年连续交了四年合疗 2029年接着交").get("continuous_years") == 5
    assert extract("2026、2027年连续交了 2028年接着交").get("continuous_years") == 3


def test_the_cap_of_the_year_continued_after_a_listed_run_is_raised(engine):
    # 300000 + 4000 × (6 − 4) = 308000 for the 6th year in a row
    r = computed(answer(engine, "合疗2025、2026、2027、2028、2029年连续交了5年 2030年接着交 2030年大病保险最多报好多",
                        region="巴中"), 308000, name="serious_illness_cap")
    assert r.calculation.inputs.get("continuous_years") == 6, r.text


# ---- a 长期 filing said by its case's name ------------------------------------------------------------


def test_a_retiree_living_elsewhere_filing_is_a_long_term_one(engine):
    # 第一章 二十八 (三) 异地居住退休人员 is a 长期 filing; 第一章 三十: 与市内同等级相同 —
    # 职工 二级 (第二章 二十七问): (30000 − 400) × 82% = 24272
    s = extract("退休职工 在深圳跟儿子住 办的异地居住退休备案 二级医院住院三万")
    assert s.get("filing") == "长期备案", s.values
    r = computed(answer(engine, "巴中退休职工 在深圳跟儿子住 办的异地居住退休备案 二级医院住院花了三万 报好多"),
                 24272, name="inpatient")
    assert r.calculation.inputs.get("filing") == "长期备案", r.text


# ---- one stay's two places asked each -------------------------------------------------------------


def test_one_bill_asked_at_home_and_elsewhere_is_computed_for_each(engine):
    # 居民 二级 市内: (10000 − 400) × 70% = 6720; 外省未备案 非急诊: (10000 − 1000) × 60% = 5400
    r = computed(answer(engine, "居民医保 二级医院住院1万 市内和外省没备案 分别报多少 差好多", region="巴中"),
                 6720, 5400, 1320, name="inpatient")
    assert r.text.startswith("【市内】"), r.text


def test_a_stay_moved_from_home_to_elsewhere_is_no_pair_of_choices():
    from intents.acts import each_place_of_care
    assert each_place_of_care("在本地住了几天又转到外地住院 各报好多") is None
    assert each_place_of_care("在本地住院花了一万 报好多") is None


# ---- two people's bills told by pronouns ------------------------------------------------------------


def test_a_couple_told_by_pronouns_each_with_a_bill_is_two_cases(engine):
    # 居民 一级: (1500 − 300) × 80% = 960; 三级: (9700 − 700) × 60% = 5400; together 6360
    r = computed(answer(engine, "我跟老伴今年都住过院 他在一级医院花了1500 我在三级医院花了9700 都是居民医保 一共能报多少",
                        region="巴中"), 960, 5400, 6360)
    assert "【1】" in r.text and "【2】" in r.text, r.text


# ---- what is left asked after the funds the message named --------------------------------------------


def test_what_is_left_asked_last_is_after_every_fund_asked_before(engine):
    # 居民 二级 (第三章 十一问): (50000 − 400) × 70% = 34720; 大病 (第三章 二十二问): 15280 − 14448 = 832,
    # × 60% = 499.20; left 50000 − 34720 − 499.20 = 14780.80
    r = computed(answer(engine, "我妈在二级医院住院 合规5万 合疗 基本医保报多少 大病保险报多少 最后自己还要出多少",
                        region="巴中"), 14780.8)
    # (one answer, the chain's, for the funds and what is left — never basic insurance's remainder for it)
    assert "/ 最后自己还要出多少】" in r.text, r.text


def test_the_tier_waited_for_by_every_fund_asked_is_asked_once(engine):
    r = answer(engine, "我妈在县里住院 合规5万 合疗 基本医保报多少 大病保险报多少 最后自己还要出多少", region="巴中")
    assert r.kind == "clarify" and r.text.count("哪一级") == 1, r.text


# ---- the change between two years' 筹资 asked ------------------------------------------------------------


def test_the_change_of_two_years_funding_asked_is_worked_out(engine):
    # 第三章 八问: 个人缴费 2025 400, 2026 400 — no change; 筹资总额 1070 → 1100, 30 more
    r = computed(answer(engine, "巴中居民医保 2026年的筹资总额比2025年涨了好多"), 1070, 1100, 30, name="funding_compared")
    assert r.calculation.result["difference"] == 30, r.text
    same = computed(answer(engine, "巴中合疗个人缴费2026年和2025年比 差多少"), name="funding_compared")
    assert same.calculation.result["difference"] == 0 and "两年相同" in same.text, same.text


def test_each_years_funding_asked_without_the_change_stays_the_figures(engine):
    r = answer(engine, "巴中居民医保2025年和2026年筹资总额各是多少")
    assert r.kind == "faq" and "1100" in r.text and "1070" in r.text, r.text
