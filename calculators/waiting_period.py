"""城乡居民待遇等待期 (巴中 第三章 十问): a fixed 3 months outside the payment window or
after a gap, +1 month for each further year of gap, −1 month per year back-paid, never
below 6 months after a gap of 4 years or more; newborns within 90 days wait nothing."""
from __future__ import annotations

from calculators.common import BadInput, NotListed, Work
from calculators.policy import Policy
from calculators.result import Calculation


def waiting_period(policy: Policy, *, gap_years: int, in_window: bool | None = None, repair_years: int = 0,
                   newborn_within_days: bool | None = None, insurance: str = "居民") -> Calculation:
    wp = policy.waiting_period
    if insurance == "职工":
        return _staff(policy)
    if wp is None:
        m = policy.waiting_missing
        raise NotListed(m.note if m else f"{policy.region}的手册没有列出待遇等待期的规定。", m.source if m else None)
    if gap_years < 0 or gap_years > 80:
        raise BadInput(f"断保年数 {gap_years} 不合理，请告诉我断了几年。", "gap_years")
    if repair_years < 0:
        raise BadInput("补缴年数不能是负数。", "repair_years")
    w = Work("waiting_period", "待遇等待期测算", policy,
             dict(gap_years=gap_years, in_window=in_window, repair_years=repair_years or None,
                  newborn_within_days=newborn_within_days))
    w.cite(wp.source)

    if newborn_within_days:
        w.cite(wp.newborn_source)
        w.step(f"新生儿出生 {wp.newborn_days} 天内缴纳出生当年医保费，不设待遇等待期，自出生之日起享受待遇")
        w.result["months"] = 0
        w.assume(f"出生后 {wp.newborn_days} 天内参保缴费")
        return w.done(f"等待期 0 个月：新生儿出生 {wp.newborn_days} 天内参保，自出生之日起享受待遇。")

    if gap_years == 0:
        if in_window is None:
            raise BadInput("请告诉我是否在集中缴费期内缴费。", "in_window")
        if in_window:
            w.step("上年度已参保、在集中缴费期内续缴，不设等待期：1月1日前缴费的自1月1日起享受待遇，1月1日至2月底缴费的自缴费之日起享受")
            w.result["months"] = 0
            w.assume(f"集中缴费期为{wp.window}")
            return w.done("等待期 0 个月：连续参保并在集中缴费期内缴费，不设等待期。")
        w.step(f"上年度已参保，但在集中缴费期后缴费：固定等待期 {wp.fixed_months} 个月，自缴费之日起算")
        w.result["months"] = wp.fixed_months
        w.result["fixed_months"] = wp.fixed_months
        w.assume(f"集中缴费期为{wp.window}")
        return w.done(f"等待期 {wp.fixed_months} 个月，自缴费之日起算，{wp.fixed_months} 个月后发生的医药费用才能报销。")

    fixed = wp.fixed_months
    variable = wp.per_gap_year * (gap_years - 1)
    total = fixed + variable
    if variable:
        w.step(f"断保 {gap_years} 年：固定等待期 {fixed} 个月 + 变动等待期 {wp.per_gap_year} × ({gap_years} − 1) = {variable} 个月，共 {fixed} + {variable} = {total} 个月")
    else:
        w.step(f"断保 1 年：固定等待期 {fixed} 个月，没有变动等待期")
    months = total
    if repair_years:
        cut = min(variable, wp.repair_per_year * repair_years)
        months = total - cut
        w.step(f"补缴 {repair_years} 年修复变动等待期 {cut} 个月：{total} − {cut} = {months} 个月")
        if gap_years >= wp.floor_gap_years and months < wp.floor_months:
            w.step(f"连续断缴 {wp.floor_gap_years} 年及以上，修复后固定与变动等待期之和不少于 {wp.floor_months} 个月，按 {wp.floor_months} 个月")
            months = wp.floor_months
        if cut < wp.repair_per_year * repair_years:
            w.assume(f"补缴只能修复变动等待期，固定等待期 {fixed} 个月不能修复")
    w.result.update(months=months, fixed_months=fixed, variable_months=variable)
    if in_window:
        start = months + 1
        if start <= 12:
            w.step(f"集中缴费期内、1月1日前缴费的，等待期从1月1日起算，{start}月1日起享受待遇；1月1日以后缴费的，从缴费之日起算")
        else:
            w.step("集中缴费期内、1月1日前缴费的，等待期从1月1日起算；1月1日以后缴费的，从缴费之日起算")
        w.assume("在集中缴费期内参保")
    elif in_window is False:
        w.step(f"集中缴费期后缴费，等待期从缴费之日起算，{months} 个月后发生的医药费用才能报销")
        w.assume("在集中缴费期后参保")
    else:
        w.step("等待期一般从缴费之日起算；集中缴费期内、1月1日前缴费的从1月1日起算")
    w.assume(f"断保 {gap_years} 年后参加城乡居民医保" + ("，未补缴修复" if not repair_years else f"，补缴 {repair_years} 年"))
    w.assume("断保期间的医保待遇不追溯")
    return w.done(f"等待期 {months} 个月。")


def _staff(policy: Policy) -> Calculation:
    wp = policy.waiting_period
    if wp is None or wp.staff_first_months is None:
        raise NotListed(f"{policy.region}的手册没有列出职工医保的待遇等待期。")
    w = Work("waiting_period", "待遇等待期测算", policy, dict(insurance="职工"))
    w.cite(wp.staff_source)
    w.step(f"初次参加职工基本医疗保险，自在本市参保缴费之日起 {wp.staff_first_months} 个月后享受基本医疗保险待遇")
    w.result["months"] = wp.staff_first_months
    w.assume("初次参加职工医保（转移接续、欠费补缴另有规定）")
    return w.done(f"等待期 {wp.staff_first_months} 个月。")
