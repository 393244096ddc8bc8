"""Classes the twenty-ninth numbers set showed: arrears told as fees not paid for someone, the year of
retiring said with 到, the day benefits start dated where the day paid is said, and the others below.
Own phrasings, through the real engine, with the handbooks' figures."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed

# ---- arrears told as fees "没给(谁)交", asked from which month cover stops ---------------------------------


@pytest.mark.parametrize("text", [
    "厂里从3月份起就没给工人交医保了，哪个月开始就用不了医保？",
    "公司从三月开始没给员工缴职工医保 从几月份起就停了",
])
def test_fees_not_paid_for_the_staff_are_arrears_and_the_month_cover_stops(engine, text):
    # 巴中 第二章 二十三问: 从欠费第4个月起暂停 — arrears from March, cover stops in June
    r = ask(engine, text, region="巴中")
    computed(r, 6, name="arrears_suspension")
    assert "第 4 个月" in r.text, r.text


# ---- the year of retiring said as "到退休年龄" -------------------------------------------------------------


def test_the_year_said_as_reaching_retirement_age_counts_the_years_short(engine):
    # 巴中 第二章 十九问: 2025年 累计不低于20年、本市不低于10年 — 17 in all, 11 here: 3 short in all
    r = ask(engine, "2025年就到退休年龄了 职工医保一共交了17年 在巴中交了11年 还差几年", region="巴中")
    computed(r, 3)
    assert "已满 10 年" in r.text, r.text


# ---- the day paid said in full: the day benefits start ----------------------------------------------------


def test_a_first_staff_enrolment_on_a_day_said_is_dated_six_months_on(engine):
    # 巴中 第二章 六问: 初次参加职工医保，自在本市参保缴费之日起6个月后享受
    r = ask(engine, "我2025年5月20号第一次交职工医保，啥时候能用", region="巴中")
    computed(r, 6, name="waiting_period")
    assert "2025年11月20日" in r.text, r.text


def test_a_switch_after_a_long_gap_is_dated_from_the_day_paid_into_the_next_year(engine):
    # 巴中 第一章 二十六: 连续参保2年以上、切换中断超过3个月，自转入之日起设6个月等待期
    r = ask(engine, "我交了4年合疗，后来进厂上班了，中间停了半年多没交，2025年9月10日开始交职工医保，好久能用",
            region="巴中")
    computed(r, 6, name="waiting_period")
    assert "2026年3月10日" in r.text, r.text


def test_a_newborn_enrolled_late_is_covered_from_the_day_paid(engine):
    # 巴中 第三章 七问: 出生超过90天缴费的，待遇自缴费之日起享受
    r = ask(engine, "宝宝2月3号生的 6月18号才交的出生当年的居民医保 从哪天起能报", region="巴中")
    assert r.kind == "calculation", r.text
    assert "6月18日" in r.text and "缴费之日" in r.text, r.text


# ---- 倾斜救助 asked after every kind of payment said done ------------------------------------------------


def test_tilted_aid_after_every_payment_is_on_the_sum_said(engine):
    # 巴中 第六章 五问: 倾斜救助 over 8500, other 救助对象 50% — (20500 − 8500) × 50%
    r = ask(engine, "我是低保 规范转诊在省内住院 各项都报完了自己还合规自付20500 倾斜救助有好多", region="巴中")
    computed(r, 6000, name="assistance")
    assert "常规救助：" not in r.text, r.text


# ---- 门诊救助 asked of a 门诊慢病 bill: the chronic benefit first -------------------------------------------


@pytest.mark.parametrize("text,figures", [
    # 长治 居民门诊慢性病: 冠心病 居民 月限额 280，70%; 医疗救助: 特困 门诊慢性病 60%
    ("长治特困 居民医保 冠心病门诊慢病一个月花了300 医保报了以后救助还给多少", (210, 54)),   # 300 × 70%; 90 × 60%
    # 低保 30%: 100 × 70% = 70; 30 × 30% = 9
    ("长治低保户 城乡居民医保 冠心病慢病门诊一个月100块 医保和救助各给多少", (70, 9)),
])
def test_a_chronic_bill_goes_through_the_chronic_benefit_before_outpatient_aid(engine, text, figures):
    r = ask(engine, text, region="长治")
    computed(r, *figures, name="assistance")


def test_what_the_chronic_benefit_left_is_aided_as_said(engine):
    # the sum said as what is left ("自付60"): 门诊救助 on it alone, 60 × 30%
    r = ask(engine, "长治低保 居民医保 冠心病慢病门诊报完自付60 救助给多少", region="长治")
    computed(r, 18, name="assistance")
    assert "门诊慢病：" not in r.text, r.text


# ---- 大病 asked under its deductible: how far off the line is -------------------------------------------


def test_a_sum_under_the_serious_illness_line_says_how_far_off(engine):
    # 克拉玛依 居民大病保险待遇一览表: 一般人员 起付 21000 — 21000 − 15500
    r = ask(engine, "学校医保 基本医保报完个人负担合规费用15500 能走大病保险吗", region="克拉玛依")
    computed(r, 21000, 5500)
    assert "还差" in r.text, r.text


# ---- work away said over: the care is at home -------------------------------------------------------------


def test_work_away_said_over_leaves_the_stay_at_home(engine):
    # 巴中 第三章 十一问: 市内乡镇卫生院 起付 100，90% — (3600 − 100) × 90%
    r = ask(engine, "我在外地打工才回来 在乡镇卫生院住院花了3600 都是合规的 合疗能报好多", region="巴中")
    computed(r, 3150, name="inpatient")


def test_work_away_with_the_stay_away_still_asks_the_filing(engine):
    r = ask(engine, "我在外头打工 在那边乡镇卫生院住院花了3600 合疗能报好多", region="巴中")
    assert r.kind == "clarify", r.text


# ---- two tiers asked of one bill, each and the difference ------------------------------------------------


def test_two_tiers_asked_of_one_bill_are_each_computed_with_the_difference(engine):
    # 巴中 第三章 十一问 居民: 三级 700 / 60%，二级 400 / 70% — (20000 − 700) × 60%; (20000 − 400) × 70%
    r = ask(engine, "巴中居民医保 合规两万 在二级医院和三级医院住院分别报多少 相差多少", region="巴中")
    computed(r, 11580, 13720, 2140)
    assert "【二级医院】" in r.text and "【三级医院】" in r.text, r.text
