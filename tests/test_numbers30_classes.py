"""Classes the thirtieth numbers set showed: 克拉玛依's ratio raised for years paid in a row, 倾斜救助
after 所有都报完了, one day's visits told by their sum, an exact figure put after a rough one, a group
or a filing the asker is unsure of. Own phrasings, through the real engine, with the handbooks' figures."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed

# ---- 克拉玛依: 报销比例 raised for years paid in a row -------------------------------------------------
# 克拉玛依 参保缴费案例三: 连续缴费3年以上，第4年每多交1年提高一个百分点，最高封顶5个百分点;
# 案例一: 连续8年 住院 65% → 70%. 第7部分（一）: 二级 起付200 75%，三级 起付600 65%; 门诊慢病 65%


@pytest.mark.parametrize("text,figures", [
    # 7th year: 65% + 4 = 69%: (8600 − 600) × 69%
    ("克拉玛依居民医保连续交了7年 三级医院住院 今年第一次 目录内8600 报多少", (5520, 69)),
    # 9th year: the raise bounded at 5 points, 75% + 5 = 80%: (5200 − 200) × 80%
    ("克拉玛依医保一直连续交的 交到第9年了 二级医院住院 今年头一回 目录内5200 能报多少", (4000, 80)),
])
def test_years_in_a_row_raise_the_inpatient_ratio(engine, text, figures):
    r = ask(engine, text, region="克拉玛依")
    computed(r, *figures, name="inpatient")
    assert "个百分点" in r.text, r.text


def test_years_in_a_row_raise_the_chronic_ratio(engine):
    # 4th year: 65% + 1 = 66%: 3000 × 66%
    r = ask(engine, "克拉玛依居民医保 连续交到第4年了 糖尿病门诊慢病 这个月花了3000 报多少", region="克拉玛依")
    computed(r, 1980, 66, name="chronic")


def test_three_years_in_a_row_raise_nothing(engine):
    # up to 3 years, no raise: (5600 − 600) × 65%
    r = ask(engine, "克拉玛依居民医保连续交了3年 三级医院住院 今年第一次 目录内5600 报多少", region="克拉玛依")
    computed(r, 3250, 65, name="inpatient")
    assert "不提高" in r.text, r.text


def test_the_raise_not_counted_is_said_where_the_years_are_not(engine):
    # (10000 − 600) × 65%, the raise named as not counted — never silently left out
    r = ask(engine, "克拉玛依居民医保 三级医院住院 今年第一次 目录内10000 报多少", region="克拉玛依")
    computed(r, 6110, name="inpatient")
    assert "未计连续缴费提高的报销比例" in r.text, r.text


def test_a_region_without_the_raise_keeps_its_table(engine):
    # 巴中 第三章 十一问 城乡居民 市内 二级: 起付400 80% — years in a row raise 大病's cap there, not this ratio
    plain = ask(engine, "巴中合疗 二级医院住院 今年第一次 目录内9400 报多少", region="巴中")
    told = ask(engine, "巴中合疗连续交了7年 二级医院住院 今年第一次 目录内9400 报多少", region="巴中")
    assert told.kind == plain.kind == "calculation", told.text
    assert told.calculation.result["fund_pays"] == plain.calculation.result["fund_pays"], told.text
    assert "百分点" not in told.text, told.text


# ---- 倾斜救助 after every payment said done with 所有 ---------------------------------------------------


def test_tilted_aid_after_all_said_done_is_on_the_sum_said(engine):
    # 巴中 第六章 五问: 倾斜救助 特困人员、孤儿 100% above 8500: (16500 − 8500) × 100%
    r = ask(engine, "我是孤儿 规范转诊在省内住院 所有都报完了自己还要自付16500 倾斜救助能给多少", region="巴中")
    computed(r, 8000, name="assistance")
    assert "常规救助：" not in r.text, r.text


# ---- one day's visits told by their sum only -------------------------------------------------------------


def test_one_days_visits_told_by_their_sum_are_one_visit(engine):
    # 克拉玛依 表1 备注: 一天内在同一级医疗机构发生的门诊费用按一次门诊计算; 一级 起付10 70%: (80 − 10) × 70%
    r = ask(engine, "同一天上午下午在一级医院各看了一次 一共花了80 今年第一次看病 报多少", region="克拉玛依")
    computed(r, 49, name="outpatient")
    assert "按一次门诊计算" in r.text, r.text


# ---- an exact figure put to compute after a rough one ----------------------------------------------------


def test_an_exact_figure_put_after_a_rough_one_is_computed(engine):
    # 克拉玛依 门诊慢病 65%: 3000 × 65%
    r = ask(engine, "克拉玛依 糖尿病门诊慢病 每个月3000多 要是刚好3000能报多少", region="克拉玛依")
    computed(r, 1950, name="chronic")
    assert "下限" not in r.text, r.text


# ---- a group or a filing the asker is unsure of --------------------------------------------------------


def test_a_group_the_asker_is_unsure_of_is_asked_not_taken(engine):
    # 克拉玛依 大病保险: 一般人员 起付21000 60%, 困难人员 10500 65% — which row is asked
    r = ask(engine, "大病保险 自付合规6万 不知道算不算困难人员 报多少", region="克拉玛依")
    assert r.kind == "clarify", r.text
    assert "33,825" not in r.text and "23,400" not in r.text, r.text      # neither row taken


def test_a_filing_the_asker_does_not_know_is_asked(engine):
    # 巴中 第三章 十一问: 市外 长期备案、临时备案、未备案 pay differently — 有没有备案 is no denial
    r = ask(engine, "娃儿在成都住院 合疗 二级 花了八千 有没有备案我不清楚", region="巴中")
    assert r.kind == "clarify", r.text
    assert r.missing_slots == ["filing"], r.text


# ---- the years a retiring 职工 lacks: every year in the city, or the 退休待遇 asked of ------------------
# 巴中 第二章 十九问: 2025年 累计缴费年限不低于20年，且在本市缴费年限不低于10年


def test_years_all_paid_in_the_city_are_the_total_too(engine):
    # 16 years, all in 巴中: 20 − 16 = 4 short in all, the city's 10 reached
    r = ask(engine, "职工医保一直在巴中交的 交了16年 2025年退休 够不够", region="巴中")
    computed(r, 4, name="retirement_years")
    assert "已满 10 年" in r.text, r.text


def test_whether_the_retirement_benefit_is_had_counts_the_years_short(engine):
    # 12 elsewhere + 9 here = 21 ≥ 20, but 9 < 10 here: 1 short in the city
    r = ask(engine, "外地交了12年职工医保 巴中交了9年 2025年退休能不能享受退休待遇", region="巴中")
    computed(r, 21, name="retirement_years")
    assert "本市缴费年限还差 1 年" in r.text, r.text


# ---- a student's holiday at home: care away from where the school insures ---------------------------------


def test_a_stay_on_a_holiday_home_asks_the_filing(engine):
    # 克拉玛依 第8部分（一）: 长期备案/转诊 同参保地, 临时备案 降低20% — which filing, asked; never the 市内 row
    r = ask(engine, "寒假回老家住院 二级医院花了六千 学校医保能报多少", region="克拉玛依")
    assert r.kind == "clarify", r.text
    assert r.missing_slots == ["filing"], r.text


def test_a_stay_on_a_holiday_home_with_its_filing_is_computed(engine):
    # 临时备案: 75% − 20% = 55%: (6000 − 200) × 55%
    r = ask(engine, "寒假回老家住院 办了临时备案 二级医院花了六千 学校医保能报多少", region="克拉玛依")
    computed(r, 3190, name="inpatient")


def test_a_stay_before_going_home_is_at_school(engine):
    # (not yet home: the 市内 table) 一级 起付100 85%: (2100 − 100) × 85%
    r = ask(engine, "暑假回家前 一级医院住院 今年第一次住院 目录内2100 学校医保能报多少", region="克拉玛依")
    computed(r, 1700, name="inpatient")
