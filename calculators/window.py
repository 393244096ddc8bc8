"""A payment deadline the asker asserts ("3月底之前交都行吧", "缴费到12月31号截止对吗") against the
region's 集中缴费期 in its policy file: confirmed, or corrected with the window's dates and what the
handbook says of paying after it. Nothing here parses text."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from calculators.policy import Policy, Source


@dataclass(frozen=True)
class DeadlineCheck:
    text: str
    sources: list[Source]
    correct: bool


def _say(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def window_said(policy: Policy) -> str:
    """The 集中缴费期 as the waiting period states it: the handbook's calendar rule
    (waiting_period.window), then the year's dates from payment_window — the dates live in one
    place of the policy file, so the rule and the deadline check cannot drift apart."""
    wp, w = policy.waiting_period, policy.payment_window
    rule = wp.window if wp is not None else ""
    if w is None:
        return rule
    return f"{rule}（{policy.year}年度为{_say(w.start)}至{_say(w.end)}）"


def asserted_date(policy: Policy, month: int, day: int | None) -> date | None:
    """The date the asker means, in the window's year: 12月 of a window from 9月 to 1月 is the
    first year's, 3月 the second's; a day of None is the month's last (3月底)."""
    w = policy.payment_window
    if w is None or not 1 <= month <= 12:
        return None
    year = w.start.year if (w.start.year == w.end.year or month >= w.start.month) else w.end.year
    last = calendar.monthrange(year, month)[1]
    if day is None:
        day = last
    if not 1 <= day <= last:
        return None
    return date(year, month, day)


def check_deadline(policy: Policy, region_label: str, month: int, day: int | None,
                   before_is_fine: bool = False) -> DeadlineCheck | None:
    """The asserted last day of payment against the window; None where the policy file has no
    window (the handbook gives no dates) or the date is not one. `before_is_fine`: the asker said
    only that paying before the date is fine ("3月底之前交都行吧"), which an earlier date makes true."""
    w = policy.payment_window
    said = asserted_date(policy, month, day)
    if w is None or said is None:
        return None
    window = f"{region_label}{policy.year}年度集中缴费期为{_say(w.start)}至{_say(w.end)}"
    if said == w.end:
        return DeadlineCheck(f"对，{window}，{_say(w.end)}截止。", [w.source], True)
    if said > w.end and before_is_fine:
        # ("1月底之前交都行吧"): paying up to the date said is late, and what that brings
        return DeadlineCheck(f"不对：{window}，到{_say(w.end)}截止，{_say(said)}已经过了集中缴费期。"
                             f"\n{w.after}。", [w.source], False)
    if said > w.end:
        # a later last day asserted ("截止是1月31号吗"): denied as said, then the window and what
        # paying after it brings; the wrong date is not said again as if it were a fact
        return DeadlineCheck(f"不对，不是{_say(said)}：{window}，到{_say(w.end)}截止。\n{w.after}。", [w.source], False)
    if before_is_fine and said >= w.start:
        return DeadlineCheck(f"对，{_say(said)}前交在集中缴费期内：{window}，到{_say(w.end)}截止。", [w.source], True)
    if before_is_fine:
        return DeadlineCheck(f"{window}，到{_say(w.end)}截止。", [w.source], True)
    return DeadlineCheck(f"不是{_say(said)}：{window}，到{_say(w.end)}截止。", [w.source], False)


def check_start(policy: Policy, region_label: str, month: int, day: int | None) -> DeadlineCheck | None:
    """The asserted first day of payment ("是不是十一月一号才开始交") against the window: confirmed, or
    corrected with the window's dates (its last day said too); a month alone (day None) holds when the
    window opens in it. None where the policy file has no window or the date is not one."""
    w = policy.payment_window
    said = asserted_date(policy, month, day or 1)
    if w is None or said is None:
        return None
    window = f"{region_label}{policy.year}年度集中缴费期为{_say(w.start)}至{_say(w.end)}"
    if said == w.start or (day is None and (said.year, said.month) == (w.start.year, w.start.month)):
        return DeadlineCheck(f"对，{window}，从{_say(w.start)}开始交，到{_say(w.end)}截止。", [w.source], True)
    told = _say(said) if day is not None else f"{said.year}年{said.month}月"
    return DeadlineCheck(f"不是{told}才开始：{window}，从{_say(w.start)}开始交，到{_say(w.end)}截止。", [w.source], False)


def days_left(policy: Policy, region_label: str, month: int, day: int):
    """Days from the day the asker says is today ("今天12月20号") to the 集中缴费期's last day, as a
    calculation (the window's dates from the policy file); None where the file has no window or the date
    is not one. A day past the window says it has ended, and what paying after it brings."""
    from calculators.common import Work
    from calculators.money import D
    w = policy.payment_window
    today = asserted_date(policy, month, day)
    if w is None or today is None:
        return None
    work = Work("payment_days_left", "集中缴费期剩余天数", policy, dict(today=today.isoformat()))
    work.cite(w.source)
    left = (w.end - today).days
    work.step(f"{region_label}{policy.year}年度集中缴费期为{_say(w.start)}至{_say(w.end)}")
    work.assume(f"今天按{_say(today)}计算（集中缴费期所在的年份）")
    if left < 0:
        work.step(f"{_say(today)}已在截止日{_say(w.end)}之后")
        work.money("days_left", D(0))
        return work.done(f"{policy.year}年度集中缴费期已于{_say(w.end)}截止。{w.after}。")
    work.step(f"从{_say(today)}到{_say(w.end)}：相差 {left} 天")
    work.money("days_left", D(left))
    if left == 0:
        return work.done(f"今天（{_say(w.end)}）就是集中缴费期的最后一天。")
    return work.done(f"离集中缴费期截止（{_say(w.end)}）还有 {left} 天。")
