"""When the 生育津贴 of one who joined 生育保险 on their own (巴中's 两类人员) can be had, from the rule in the
policy file (`birth_allowance`): the months of 生育保险 in a row at the birth, and for a birth of a year the
rule lets wait, the month those months are reached — never the handbook's example read as the answer."""
from __future__ import annotations

from calculators.common import NotListed, Work
from calculators.policy import Policy
from calculators.result import Calculation


def _months(first: tuple[int, int], last: tuple[int, int]) -> int:
    """The months from `first` to `last`, both counted ((2025, 3) to (2025, 5): 3)."""
    return (last[0] - first[0]) * 12 + last[1] - first[1] + 1


def _after(first: tuple[int, int], months: int) -> tuple[int, int]:
    """The month `months` months after `first` ((2025, 3), 12: (2026, 3))."""
    n = first[0] * 12 + first[1] - 1 + months
    return n // 12, n % 12 + 1


def _said(ym: tuple[int, int]) -> str:
    return f"{ym[0]}年{ym[1]}月"


def birth_allowance_from(policy: Policy, *, joined: tuple[int, int], born: tuple[int, int],
                         staff_since: tuple[int, int] | None = None, born_year_assumed: bool = False,
                         staff_unpaid: bool = False) -> Calculation:
    """The month the 生育津贴 of a birth in `born` can be had by one who joined 生育保险 in `joined`, with
    职工医保 paid in a row since `staff_since` (None: not said — the rule's condition is said as assumed).
    NotListed where the handbook gives no rule for the case (no such rule; a birth before one could
    join; a waiting birth with 职工医保 short of the months it needs, or said not paid: `staff_unpaid`)."""
    rule = policy.birth_allowance
    if rule is None:
        raise NotListed(f"{policy.region}的手册没有灵活就业人员生育津贴领取时间的规定。")
    if joined[0] < rule.joined_from or born < joined:
        # (a birth before 生育保险 was joined is no case of the rule's: 第二章 十五问 wants it joined at the birth)
        raise NotListed(f"手册的规定是生育时已参加生育保险、且连续缴费满{rule.months_in_a_row}个月。", rule.source)
    w = Work("birth_allowance", "生育津贴领取时间", policy,
             dict(joined=_said(joined), born=_said(born), staff_since=_said(staff_since) if staff_since else None))
    w.cite(rule.source)
    need = rule.months_in_a_row
    paid = _months(joined, born)
    w.step(f"手册规定：{rule.who}生育时，省内生育保险需连续不间断缴费满 {need} 个月（含）才能享受生育津贴")
    w.step(f"生育保险 {_said(joined)} 起缴，到生育的 {_said(born)} 连续缴费 {paid} 个月")
    w.assume(f"{rule.who}，在本市参加生育保险，中间没有断缴")
    if born_year_assumed:
        w.assume(f"生育时间按 {born[0]} 年计算")
    if paid >= need:
        w.result["months_paid"] = paid
        w.assume("产假期间生育保险保持正常参保缴费")
        return w.done(f"生育时生育保险已连续缴费 {paid} 个月，满 {need} 个月，可按规定享受生育津贴。")
    if born[0] not in rule.wait_years:
        w.step(f"{born[0]} 年生育时不满 {need} 个月：按手册，{max(rule.wait_years, default=rule.joined_from) + 1}"
               f"年起生育时不满 {need} 个月的，不能享受生育津贴")
        w.result["months_paid"] = paid
        return w.done(f"{born[0]} 年生育时生育保险只连续缴了 {paid} 个月，不满 {need} 个月，按手册不能享受生育津贴。")
    staff_need = rule.staff_months_in_a_row or 0
    if staff_unpaid or staff_since is not None:
        staff = 0 if staff_unpaid else _months(staff_since, born)
        if staff < staff_need:
            raise NotListed(f"手册只说了{born[0]}年生育时职工医保已连续缴费满{staff_need}个月的，可待生育保险缴满"
                            f"{need}个月后享受生育津贴；职工医保不满{staff_need}个月的怎么办，手册没有说明。", rule.source)
        w.step(f"职工医保 {_said(staff_since)} 起连续缴费，到生育时 {staff} 个月，满 {staff_need} 个月")
    elif staff_need:
        w.assume(f"生育时职工医保已连续不间断缴费满 {staff_need} 个月（含）（不满的不适用这条规定）")
    full = _after(joined, need - 1)
    start = _after(joined, need)
    w.step(f"{born[0]} 年生育时生育保险不满 {need} 个月，职工医保连续缴费满 {staff_need} 个月的，待生育保险缴满 "
           f"{need} 个月后享受：{_said(joined)} 至 {_said(full)} 满 {need} 个月，{_said(start)} 起可以领")
    w.assume(f"生育保险一直缴到 {_said(full)}，中间不断缴")
    w.result["months_paid"] = paid
    w.result["from_year"], w.result["from_month"] = start
    return w.done(f"{_said(start)}起可按规定领取生育津贴（生育保险缴满 {need} 个月后）。")
