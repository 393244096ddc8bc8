"""Classes the twenty-eighth numbers set showed: a household's count and category said apart, 大病
asked under its deductible, a visit at a row paid only for 急诊/儿科, both schemes compared, years of
contributions split between two places, a filing said done with no kind, and the others below. Own
phrasings, through the real engine, with the handbooks' figures."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed, nums, talk

# ---- a household's count and its category said apart by a space ---------------------------------------


def test_a_count_and_its_category_apart_with_an_ordinary_member_beside(engine):
    # 巴中 第三章 六问: 2026 个人缴费 400；低保 资助 300 (100)
    r = ask(engine, "屋里两个人 都是低保 还有我一个普通的 2026年居民医保一共交多少", region="巴中")
    computed(r, 2 * 100 + 400, name="contribution")


# ---- 大病 asked with a sum under the year's deductible ---------------------------------------------------


@pytest.mark.parametrize("text,region,line", [
    # 巴中 第三章 二十三问: 2025年度 大病保险起付线 14448
    ("巴中居民 2025年 基本医保报销后个人合规自付一万三 大病保险能报不", "巴中", "14448"),
    # 克拉玛依 居民大病保险待遇一览表: 一般人员 起付 21000
    ("学校医保 今年基本医保报完自己合规负担一万八 够走大病保险吗", "克拉玛依", "21000"),
])
def test_a_sum_under_the_deductible_is_said_not_to_reach_it(engine, text, region, line):
    r = ask(engine, text, region=region)
    assert r.kind == "calculation", r.text
    assert line in r.text.replace(",", "") and "未达到" in r.text and "不能由大病保险赔付" in r.text, r.text


# ---- a visit at a row paid only for 急诊 and 儿科, neither said -----------------------------------------


def test_an_ordinary_visit_at_a_row_for_emergencies_only_is_not_paid_with_the_rows_figure_beside(engine):
    # 克拉玛依 待遇标准表: 三级 限急诊、儿科门诊，起付 20 (年度)，70%
    r = ask(engine, "在三级医院看门诊 今年第一次 花了200 报多少", region="克拉玛依")
    computed(r, 200, 126, name="outpatient")  # (200 − 20) × 70%
    assert "不能报销" in r.text and r.calculation.result["fund_pays"] == 0, r.text


def test_an_emergency_at_that_row_is_still_paid_at_its_rate(engine):
    r = ask(engine, "晚上去三级医院急诊 今年第一次 花了200 报多少", region="克拉玛依")
    computed(r, 126, name="outpatient")  # (200 − 20) × 70%
    assert "不能报销" not in r.text, r.text


# ---- which visit of the year unsaid, where later visits' deductible is halved --------------------------


def test_a_visit_of_unsaid_count_says_the_later_visits_figure_beside(engine):
    # 克拉玛依: 二级 起付 20 (单次)，60%；年度内第二次及以后起付线减半
    r = ask(engine, "二级医院看门诊 花了200 能报多少", region="克拉玛依")
    computed(r, 108, 114, name="outpatient")  # (200 − 20) × 60%; (200 − 10) × 60%
    assert "第一次" in r.text, r.text


def test_a_visit_said_first_has_no_figure_beside(engine):
    r = ask(engine, "二级医院看门诊 今年头一回 花了200 能报多少", region="克拉玛依")
    computed(r, 108, name="outpatient")  # (200 − 20) × 60%
    assert 114 not in nums(r.text), r.text


# ---- a later stay of the year at the tier of the lowest deductible -------------------------------------


def test_a_later_stay_at_the_lowest_tier_owes_no_deductible_whatever_the_first(engine):
    # 克拉玛依: 一级 起付 100，85%；同一等级再次住院不再支付起付标准 (a higher one's was no lower)
    r = ask(engine, "今年第二次住院了 这回在一级医院 花了2000 报多少", region="克拉玛依")
    computed(r, 1700, name="inpatient")  # 2000 × 85%


def test_a_later_stay_at_a_higher_tier_still_asks_the_first(engine):
    r = ask(engine, "今年第二次住院了 这回在二级医院 花了2000 报多少", region="克拉玛依")
    assert r.kind == "clarify" and "prior_tier" in r.missing_slots, r.text


# ---- both schemes asked whether they come to the same ----------------------------------------------------


def test_both_schemes_asked_whether_the_same_are_each_computed(engine):
    # 巴中: 乡镇卫生院 居民 起付 100 / 90%，职工 起付 100 / 90%
    r = ask(engine, "在乡镇卫生院住院花了五千 职工和居民医保是否一样 报多少", region="巴中")
    computed(r, 4410)  # (5000 − 100) × 90%
    assert "职工医保" in r.text and "城乡居民医保" in r.text and "相同" in r.text, r.text


def test_both_schemes_asked_their_difference_then_each_sum_is_one_question(engine):
    # 巴中 二级: 职工 400 / 82%，居民 400 / 70%
    r = ask(engine, "二级医院住院花了两万 职工医保和居民医保有什么区别 各报好多", region="巴中")
    computed(r, 16072, 13720)  # (20000 − 400) × 82%; × 70%
    assert r.text.count("【职工医保】") == 1, r.text


# ---- years of contributions split between elsewhere and the city ----------------------------------------


@pytest.mark.parametrize("text,said", [
    # 巴中 第二章 十九问: 2025年 累计不低于20年且本市不低于10年
    ("2025年满龄退休 在外省缴过十五年 本市交了六年 还差几年", "本市缴费年限还差 4 年"),
    ("2025年要退休了 在成都交了十年 巴中缴了八年 够不够", "累计缴费年限还差 2 年"),
])
def test_years_elsewhere_and_in_the_city_are_the_total(engine, text, said):
    r = ask(engine, text, region="巴中")
    assert r.kind == "calculation" and r.calculation.name == "retirement_years", r.text
    assert said in r.text, r.text


def test_years_in_the_citys_own_province_are_not_taken_as_elsewhere(engine):
    r = ask(engine, "2025年要退休了 在四川交了十年 巴中缴了十二年 够不够", region="巴中")
    assert (r.calculation.name if r.calculation else None) != "retirement_years", r.text


# ---- a filing said done with no kind; a tiered bill elsewhere with it is a stay -------------------------


def test_a_filing_done_of_no_kind_is_filed_and_the_bill_a_stay(engine):
    # 长治 居民住院: 一类收费（三级甲等）省外 起付 1500，55%；已备案按参保地标准
    r = ask(engine, "居民医保 在上海三甲医院 已经备案了 花了8万 能报多少", region="长治")
    computed(r, 43175, name="inpatient")  # (80000 − 1500) × 55%
    assert "已备案" in r.text and "如未备案" not in r.text and "按住院费用计算" in r.text, r.text


def test_a_filing_asked_about_is_no_filing_done(engine):
    r = ask(engine, "居民医保 在上海三甲医院住院 花了8万 备案了吗 能报多少", region="长治")
    assert "已备案（" not in r.text, r.text


# ---- two groups listed after one person's 是 --------------------------------------------------------------


def test_two_groups_listed_of_one_person_are_held_at_once(engine):
    # 克拉玛依 2026 缴费通知: 特困人员、孤儿 个人不缴费（全额资助 400）
    r = ask(engine, "我是特困 孤儿 学校医保个人交多少", region="克拉玛依")
    computed(r, 0, name="contribution")


# ---- the household's sum asked with its size unsaid ------------------------------------------------------


def test_the_households_sum_with_no_size_asks_it_then_computes(engine):
    # 巴中 2026: 400 a person
    first, second = talk(engine, ["家里交合疗 总共要多少钱", "5个人"], region="巴中")
    assert "people" in first.missing_slots, first.text
    computed(second, 5 * 400, name="contribution")


def test_the_households_status_is_no_household_sum(engine):
    # 克拉玛依: 低保 100 + 长护 53
    r = ask(engine, "我家是低保 我在学校交医保 加长护险 一共多少", region="克拉玛依")
    computed(r, 153, name="contribution")


# ---- 门诊特病 with the year's deductible unsaid ---------------------------------------------------------


def test_a_first_settlement_taken_says_the_figure_without_the_deductible(engine):
    # 巴中 第四章 五问: 居民 60%，一年只扣一次二级住院起付线 400
    r = ask(engine, "巴中居民 门诊特病 尿毒症透析 花了8000 报多少", region="巴中")
    computed(r, 4560, 4800, name="special")  # (8000 − 400) × 60%; 8000 × 60%
