"""Waiting periods: 巴中 第三章 十问 例一 to 例七, exactly."""
import pytest

from calculators.common import NotListed
from calculators.policy import policy_for
from calculators.waiting_period import waiting_period

BZ = policy_for("巴中")


@pytest.mark.parametrize("case,kw,months,start", [
    ("例一 集中缴费期内续保", dict(gap_years=0, in_window=True), 0, None),
    ("例一 集中缴费期后续保", dict(gap_years=0, in_window=False), 3, None),
    ("例二 上年未参保 1月1日前", dict(gap_years=1, in_window=True), 3, "4月1日"),
    ("例三 断保后12月补缴当年", dict(gap_years=1, in_window=False), 3, None),
    ("例四 1月2日参保", dict(gap_years=1, in_window=False), 3, None),
    ("例五 断两年", dict(gap_years=2, in_window=True), 4, "5月1日"),
    ("例五 修复1个月", dict(gap_years=2, in_window=True, repair_years=1), 3, None),
    ("例六 断五年", dict(gap_years=5, in_window=True), 7, "8月1日"),
    ("例六 修复1个月", dict(gap_years=5, in_window=True, repair_years=1), 6, None),
    ("例六 修复4年仍不少于6个月", dict(gap_years=5, in_window=True, repair_years=4), 6, None),
    ("例七 新生儿90天内", dict(gap_years=0, newborn_days=60), 0, None),
    ("1月5日参保（例四）", dict(gap_years=1, paid_month=1, paid_day=5), 3, None),
    ("3月10日续保（三问）", dict(gap_years=0, paid_month=3, paid_day=10), 3, None),
    ("12月续保（三问）", dict(gap_years=0, paid_month=12), 0, None),
    ("12月缴、断两年", dict(gap_years=2, paid_month=12), 4, "5月1日"),
    ("例七 出生两年后参保", dict(gap_years=2), 4, None),
    ("例七 出生两年后修复", dict(gap_years=2, repair_years=1), 3, None),
    ("dev 断保3年集中缴费期", dict(gap_years=3, in_window=True), 5, "6月1日"),
    ("断3年补3年只修复变动部分", dict(gap_years=3, repair_years=3), 3, None),
    ("断4年全部修复仍6个月", dict(gap_years=4, repair_years=3), 6, None),
])
def test_examples(case, kw, months, start):
    c = waiting_period(BZ, **kw)
    assert c.result["months"] == months, case
    if start:
        assert any(start in s for s in c.steps), case


def test_staff_first_enrolment():
    assert waiting_period(BZ, gap_years=0, insurance="职工").result["months"] == 6


@pytest.mark.parametrize("region", ["克拉玛依", "长治"])
def test_other_regions_do_not_list_it(region):
    with pytest.raises(NotListed):
        waiting_period(policy_for(region), gap_years=2)


def test_newborn_after_the_policy_days_is_covered_from_payment():
    c = waiting_period(BZ, gap_years=None, newborn_days=120)
    assert c.result["months"] == 0 and "缴费之日" in c.headline


@pytest.mark.parametrize("gap,months", [(2, 0), (3, 0), (5, 6)])
def test_switch_between_schemes(gap, months):
    # 巴中 第一章 二十六: 连续2年以上参保切换险种，中断不超过3个月即享受，超过3个月等待6个月
    c = waiting_period(BZ, gap_years=None, switched=True, gap_months=gap, continuous_years=5)
    assert c.result["months"] == months


@pytest.mark.parametrize("arrears,months", [(5, 0), (10, 0), (14, 6)])
def test_staff_arrears(arrears, months):
    # 巴中 第二章 二十三问
    assert waiting_period(BZ, gap_years=None, insurance="职工", arrears_months=arrears).result["months"] == months


@pytest.mark.parametrize("text,months,day", [
    # a fee forgotten or missed is one not paid; a two-digit year beside another is a year, not a count
    ("巴中合疗 去年忘记交了 今年1月12号交上的 多久能报销", 3, "4月12日"),
    ("巴中居民医保 25年漏缴了 26年1月9日交的 啥时候能用", 3, "4月9日"),
    ("巴中 24年交了 25年没交上 26年2月3号才交 等多久", 3, "5月3日"),
    ("巴中合疗 2025年度忘了交 2026年1月15日才交 哪天开始能报", 3, "4月15日"),
    # the year before insured, this year's fee forgotten until after the window: no gap, 3 months
    ("巴中 我爸2025年也有合疗 今年的漏交了 4月2号才交上 多久能报", 3, "7月2日"),
    # the year said with its scheme ("2025年的合疗没交"): that year is the one without cover
    ("巴中 2025年的合疗没交 2025年11月份交了2026年的 哪天能报", 3, "4月1日"),
    ("巴中 我妈2025年度的居民医保断了 2026年2月10日交的 多久能报", 3, "5月10日"),
])
def test_a_missed_year_said_colloquially_has_its_waiting_period(engine, text, months, day):
    from tests.helpers import answer
    reply = answer(engine, text)
    assert reply.kind == "calculation" and "不设等待期" not in reply.text
    if months is not None:
        assert reply.text.startswith(f"等待期 {months} 个月") and day in reply.text


@pytest.mark.parametrize("text", ["我2024年的医保当时没交 现在补交2024年的要多少钱", "2025年的合疗没交 现在想补缴 要交好多"])
def test_the_year_not_paid_paid_now_is_a_late_fee_not_a_gap(text):
    # the fee of that very year paid late (克拉玛依 通知三: after 6月30日, 1200元): no year without cover
    from intents.slots import extract
    read = extract(text)
    assert "gap_years" not in read.values and read.get("gap_said")


@pytest.mark.parametrize("text", ["我2025年的合疗没交 2025年12月份交了2026年的 好久能报销",
                                  "我25年没交合疗 26年1月2号补交的 啥时候能报"])
def test_a_later_years_fee_leaves_the_year_not_paid_a_gap(text):
    from intents.slots import extract
    assert extract(text).get("gap_years") == 1
