"""待遇等待期. 城乡居民 (巴中 第三章 三问、七问、十问): none for a renewal paid within the payment
window; otherwise a fixed 3 months, +1 month for each further year of gap, −1 month per year
back-paid, never below 6 months after a gap of 4 years or more; newborns enrolled within 90 days
wait nothing. 职工: 6 months for a first enrolment; a switch of scheme after continuous cover, and
fees paid back after arrears, by their own rules. Every month count and window is the policy's."""
from __future__ import annotations

import datetime
from decimal import Decimal

from calculators.common import BadInput, NotListed, Work, month_paid
from calculators.money import D, num, yuan
from calculators.policy import Policy, WaitingPeriod
from calculators.result import Calculation
from calculators.window import window_said


def _section(policy: Policy) -> WaitingPeriod:
    wp = policy.waiting_period
    if wp is None:
        m = policy.waiting_missing
        raise NotListed(m.note if m else f"{policy.region}的手册没有列出待遇等待期的规定。", m.source if m else None)
    return wp


def in_window(wp: WaitingPeriod, month: int) -> bool:
    return month in wp.window_months


def waiting_period(policy: Policy, *, gap_years: int | None, in_window: bool | None = None, repair_years: int = 0,
                   repair_all: bool = False,
                   newborn_days: int | None = None, newborn_over: bool = False, insurance: str = "居民",
                   paid_month: int | None = None, paid_day: int | None = None, paid_after: bool = False,
                   paid_year: int | None = None, switched: bool = False,
                   gap_months: int | None = None, gap_part: bool = False, gap_under: bool = False, continuous_years: int | None = None,
                   arrears_months: int | None = None, moved_in: bool = False,
                   for_this_year: bool = False, born: tuple | None = None,
                   repair_year: int | None = None, fee_asked: bool = False,
                   price_said: Decimal | None = None,
                   care_month: int | None = None, care_day: int | None = None,
                   care_year: int | None = None, cost: Decimal | None = None,
                   newborn_least: int | None = None, group: str | None = None) -> Calculation:
    """... `for_this_year`: the fee paid is for the year the month paid is in ("2026年的医保拖到2026年12月才交"):
    a window month before 1 January is then the next year's window, not this fee's. `born`: a newborn's
    birthday (year or None, month, day) with no payment said — the last day to pay is asked. `gap_part`: part of a
    month went by beyond the `gap_months` whole ones (4 个多月, read from the dates paid up to and begun). `gap_under`:
    the months were said only as a bound ("不到4个月": `gap_months` and part of one the most, any fewer possible).
    `repair_year`: the year the gap is paid back in, where the case says it; back-payment is priced at that
    year's standard, which the handbook gives only for its own year — a later year's is not listed, and
    where its cost is what is asked (`fee_asked`), that is the answer (NotListed, with the rule) — unless the
    asker names the yearly price to reckon with (`price_said`, "按一年400算"): computed at it, and said so.
    `care_month` (`care_day`, `care_year`): the month of care asked whether paid ("元月份住院能报不"): said in or
    after the wait, where the day the wait ends is dated; where the handbook lists no months of waiting, care
    before a payment made after the window is still answered by its rule (`_care_before_late_payment`).
    `newborn_least`: a birth and a payment said by their months only — `newborn_days` the most days between
    them, this the fewest; where the newborn rule's days fall between, the days are asked. `group`: the
    asker's group (低保, 特困 …), which a handbook may exempt from the window (`payment_window.exempt`)."""
    if policy.waiting_period is None and newborn_days is None and born is None:
        # (a newborn's care before the payment is the newborn rule's case, never a late payer's)
        before = _care_before_late_payment(policy, care_month, care_year, paid_month, paid_year, cost, group)
        if before is not None:
            return before
    wp = _section(policy)
    if arrears_months is not None and insurance == "职工":
        return _arrears(policy, wp, arrears_months)
    # the day paid, said in full ("2026年4月10号交的"): the day benefits start is dated (a day said
    # "以后" is no day to count from)
    paid = (paid_year, paid_month, paid_day) if paid_month and paid_day and not paid_after else None
    if moved_in and insurance == "职工" and gap_months is not None:
        return _transfer_in(policy, wp, gap_months, paid, gap_part, gap_under)
    if switched and gap_months is not None:
        return _switch(policy, wp, gap_months, continuous_years, paid, gap_part, gap_under)
    if insurance == "职工":
        # (the month paid said without its day, "2026年3月第一次交": the month benefits start is dated)
        return _staff(policy, wp, paid, (paid_year, paid_month) if paid_month and not paid_day and not paid_after else None)
    if repair_years < 0:
        raise BadInput("补缴年数不能是负数。", "repair_years")
    w = Work("waiting_period", "待遇等待期测算", policy,
             dict(gap_years=gap_years, in_window=in_window, repair_years=repair_years or None,
                  newborn_days=newborn_days, paid_month=paid_month))
    w.cite(wp.source)

    if born is not None and newborn_days is None and not paid_month and gap_years in (None, 0):
        return _newborn_deadline(policy, wp, born)
    if newborn_days is not None and gap_years in (None, 0):
        w.cite(wp.newborn_source)
        if newborn_least is not None and newborn_least <= wp.newborn_days < newborn_days and not newborn_over:
            # (the months said may fall either side of the rule's days: which side decides from when it pays)
            raise BadInput(f"新生儿出生 {wp.newborn_days} 天内缴纳出生当年医保费的，自出生之日起享受待遇；超过 "
                           f"{wp.newborn_days} 天缴费的，自缴费之日起享受。请告诉我孩子出生和缴费的具体日期（几月几号）。",
                           "paid_day")
        if newborn_days <= wp.newborn_days and not newborn_over:
            w.step(f"新生儿出生 {wp.newborn_days} 天内缴纳出生当年医保费，不设待遇等待期，自出生之日起享受待遇")
            w.result["months"] = 0
            w.assume(f"出生后 {newborn_days} 天内参保缴费" if newborn_days else "出生后即参保缴费")
            return w.done(f"等待期 0 个月：新生儿出生 {wp.newborn_days} 天内参保，自出生之日起享受待遇。")
        w.step(f"超过 {wp.newborn_days} 天才缴纳出生当年医保费，待遇自缴费之日起享受（至出生当年12月31日）")
        w.result["months"] = 0
        if paid:
            day = _months_after(paid_month, paid_day, 0, paid_year)
            w.step(f"{day}缴费，从{day}起享受待遇")
            return w.done(f"出生超过 {wp.newborn_days} 天参保：不设等待期，待遇从缴费之日（{day}）起享受，"
                          "出生到缴费之间的费用不能报。")
        return w.done(f"出生超过 {wp.newborn_days} 天参保：不设等待期，但待遇从缴费之日起享受，出生到缴费之间的费用不能报。")

    if gap_years is None:
        raise BadInput("请告诉我断保（没参保）几年了，没断过也请说一声。", "gap_years")
    if gap_years < 0 or gap_years > 80:
        raise BadInput(f"断保年数 {gap_years} 不合理，请告诉我断了几年。", "gap_years")
    if paid_month is not None:
        w.cite(wp.window_source)
        said = f"{paid_month}月" + (f"{paid_day}日" if paid_day else "") + ("以后" if paid_after else "")
        if paid_after:
            paid_month, paid_day = month_paid(paid_month, paid_day, after=True), None
        inside = paid_month in wp.window_months
        own_year_end = for_this_year and inside and 1 in wp.window_months \
            and paid_month in wp.window_months[:wp.window_months.index(1)]
        if own_year_end:
            # (10月–12月 open the next year's window: a fee for the year already running, paid then, is late)
            inside = False
            said += "缴当年度保费"
        if in_window is not None and in_window != inside:
            w.assume(f"按您说的{said}缴费判断是否在集中缴费期（{window_said(policy)}）")
        in_window = inside
        w.step(f"{said}{'' if own_year_end else '缴费'}，{'在' if inside else '不在'}集中缴费期内（集中缴费期为{window_said(policy)}）")
    before_new_year = paid_month is not None and paid_month in wp.window_months[:wp.window_months.index(1)] \
        if 1 in wp.window_months and in_window else False

    if gap_years == 0:
        if in_window is None:
            raise BadInput("请告诉我是否在集中缴费期内缴费（或哪个月交的）。", "in_window")
        if in_window:
            w.step("上年度已参保、在集中缴费期内续缴，不设等待期：1月1日前缴费的自1月1日起享受待遇，1月1日以后缴费的自缴费之日起享受")
            w.result["months"] = 0
            w.assume(f"集中缴费期为{window_said(policy)}")
            return w.done("等待期 0 个月：连续参保并在集中缴费期内缴费，不设等待期。")
        w.step(f"上年度已参保，但在集中缴费期后缴费：固定等待期 {wp.fixed_months} 个月，自缴费之日起算")
        w.result["months"] = wp.fixed_months
        w.result["fixed_months"] = wp.fixed_months
        w.assume(f"集中缴费期为{window_said(policy)}")
        if paid_month is not None and paid_day:
            from_day = _months_after(paid_month, paid_day, wp.fixed_months, paid_year)
            w.step(f"{paid_month}月{paid_day}日缴费，{wp.fixed_months} 个月后即{from_day}后才能享受待遇")
            month = paid_month + wp.fixed_months
            start = ((paid_year + (month - 1) // 12) if paid_year else None, (month - 1) % 12 + 1, paid_day)
            verdict = _care_in_wait(w, care_month, care_day, care_year, start) if care_month is not None else ""
            return w.done(verdict + f"等待期 {wp.fixed_months} 个月，自缴费之日起算，{from_day}后才能享受待遇。")
        verdict = _care_before_paid(w, care_month, care_year, paid_month, paid_year, in_window)
        return w.done(verdict + f"等待期 {wp.fixed_months} 个月，自缴费之日起算，{wp.fixed_months} 个月后发生的医药费用才能报销。")

    fixed = wp.fixed_months
    variable = wp.per_gap_year * (gap_years - 1)
    total = fixed + variable
    if variable:
        w.step(f"断保 {gap_years} 年：固定等待期 {fixed} 个月 + 变动等待期 {wp.per_gap_year} × ({gap_years} − 1) = "
               f"{variable} 个月，共 {fixed} + {variable} = {total} 个月")
    else:
        w.step(f"断保 1 年：固定等待期 {fixed} 个月，没有变动等待期")
    months = total
    least = max(fixed, wp.floor_months if gap_years >= wp.floor_gap_years else fixed)
    if repair_all and not repair_years and wp.repair_per_year:
        # the gap paid back with no count said ("想缴费修复变动等待期"): the years that shorten the wait,
        # each one a month of the variable wait down to its floor (第三章 十问 例五: 断2年修复1个月); more
        # years paid shorten nothing
        repair_years = min(gap_years, -(-(total - least) // wp.repair_per_year))
        if repair_years:
            w.inputs["repair_years"] = repair_years
        else:
            w.step(f"补缴修复只能减少变动等待期，断保 {gap_years} 年修复后仍等 {least} 个月，补缴不能缩短等待期")
    if repair_years:
        cut = min(variable, wp.repair_per_year * repair_years)
        months = total - cut
        w.step(f"补缴 {repair_years} 年修复变动等待期 {cut} 个月：{total} − {cut} = {months} 个月")
        if gap_years >= wp.floor_gap_years and months < wp.floor_months:
            w.step(f"连续断缴 {wp.floor_gap_years} 年及以上，修复后固定与变动等待期之和不少于 {wp.floor_months} 个月，"
                   f"按 {wp.floor_months} 个月")
            months = wp.floor_months
        if cut < wp.repair_per_year * repair_years:
            w.assume(f"补缴只能修复变动等待期，固定等待期 {fixed} 个月不能修复")
        resident = policy.contributions.resident if policy.contributions else None
        if wp.repair_fee_source and resident and repair_year is not None and repair_year > policy.year \
                and price_said is not None:
            # (the asker's own yearly price, said to reckon with: the sum at it, the year's standard said unlisted)
            w.cite(wp.repair_fee_source)
            fee = price_said * repair_years
            w.step(f"按您说的每年 {num(price_said)} 元计：{repair_years} 年 × {num(price_said)} 元 = {num(fee)} 元")
            w.money("repair_fee", fee)
            w.assume(f"补缴费用参照补缴当年个人缴费标准执行，{repair_year}年度标准手册未载（手册只列出{policy.year}年度"
                     f"{num(resident.standard)}元/年），按您说的价格计")
        elif wp.repair_fee_source and resident and repair_year is not None and repair_year > policy.year:
            # (paid back in a year whose standard the handbook does not print: the rule, never its own year's
            # figure taken for it)
            said = (f"补缴费用参照补缴当年参保地个人缴费标准执行，{repair_year}年补缴的按{repair_year}年度标准；手册只列出"
                    f"{policy.year}年度个人缴费标准（{num(resident.standard)}元/年），没有{repair_year}年度的，以当年公布的标准为准")
            if fee_asked:
                raise NotListed(f"{said}。按您说的情况，断保 {gap_years} 年、补缴 {repair_years} 年后，等待期 {months} 个月。",
                                wp.repair_fee_source, ruled=True)
            w.cite(wp.repair_fee_source)
            w.step(said)
        elif wp.repair_fee_source and resident:
            w.cite(wp.repair_fee_source)
            w.cite(resident.source)
            fee = resident.standard * repair_years
            w.step(f"补缴费用参照当年个人缴费标准：{repair_years} 年 × {num(resident.standard)} 元 = {num(fee)} 元")
            useful = -(-(total - months) // wp.repair_per_year) if wp.repair_per_year else 0
            if useful == 0:
                w.step("补缴后等待期并不缩短，补缴这几年对等待期没有作用")
            elif useful < repair_years:
                w.step(f"其中能缩短等待期的只有 {useful} 年（{useful} × {num(resident.standard)} = "
                       f"{num(resident.standard * useful)} 元），多补的年份不再减少等待期")
            w.money("repair_fee", fee)
            w.assume(f"补缴按 {policy.year} 年度个人缴费标准 {num(resident.standard)} 元/年计，实际以补缴当年标准为准"
                     "（按普通居民计）")
    else:
        if variable and least < total:
            w.step(f"如补缴修复变动等待期（每补缴 1 年减 1 个月），最少等待 {least} 个月")
            w.result["least_months"] = least
    w.result.update(months=months, fixed_months=fixed, variable_months=variable)
    if in_window and paid_month is not None:
        if before_new_year:
            w.step("在集中缴费期内、1月1日前缴费，等待期从1月1日起算" + (f"，{months + 1}月1日起享受待遇" if months < 12 else ""))
        else:
            w.step(f"在集中缴费期内、1月1日以后缴费，等待期从缴费之日起算，{months} 个月后发生的医药费用才能报销")
    elif in_window:
        w.step("在集中缴费期内缴费的：1月1日前缴费的，等待期从1月1日起算" + (f"（{months + 1}月1日起享受待遇）" if months < 12 else "")
               + "；1月1日以后缴费的，从缴费之日起算")
    elif in_window is False:
        w.step(f"集中缴费期后缴费，等待期从缴费之日起算，{months} 个月后发生的医药费用才能报销")
    else:
        # (the day paid not told: both starts, each dated as far as the handbook dates it — 例二's 4月1日)
        w.step("等待期一般从缴费之日起算；集中缴费期内、1月1日前缴费的从1月1日起算"
               + (f"（{months + 1}月1日起享受待遇）" if months < 12 else ""))
    from_day = ""
    if paid_month is not None and paid_day and not before_new_year and in_window is not None and months < 12:
        # counted from the day paid (巴中 第三章 十问 例四: 1月2日参保，4月2日后才能享受待遇)
        from_day = _months_after(paid_month, paid_day, months, paid_year)
        w.step(f"{paid_month}月{paid_day}日缴费，{months} 个月后即{from_day}后才能享受待遇")
    if in_window is False and paid_month is not None and paid_month + months > 12 and paid_year:
        # paid late in the year's own last months: the wait ends in the next year (巴中 第三章 十问 例三)
        month = paid_month + months
        w.step(f"{paid_year}年{paid_month}月缴费，等待 {months} 个月，到{paid_year + (month - 1) // 12}年{(month - 1) % 12 + 1}月"
               "才满")
        if wp.next_year_note:
            w.step(wp.next_year_note)
    w.assume(f"断保 {gap_years} 年后参加城乡居民医保" + ("，未补缴修复" if not repair_years else f"，补缴 {repair_years} 年"))
    w.assume("断保期间的医保待遇不追溯")
    fee = w.result.get("repair_fee")
    said = f"等待期 {months} 个月" + (f"，{from_day}后才能享受待遇" if from_day else "") \
        + (f"，补缴 {repair_years} 年约需 {yuan(D(str(fee)))} 元。" if fee is not None else "。")
    start = None
    if care_month is not None and months < 12:
        if before_new_year:
            # (the wait counted from 1 January of the year paid for: benefits from the 1st of the month after it)
            start = ((paid_year + 1) if paid_year else None, months + 1, 1)
        elif from_day:
            month = paid_month + months
            start = ((paid_year + (month - 1) // 12) if paid_year else None, (month - 1) % 12 + 1, paid_day)
    verdict = _care_in_wait(w, care_month, care_day, care_year, start) \
        or _care_before_paid(w, care_month, care_year, paid_month, paid_year, in_window)
    return w.done(verdict + said if verdict else said)


def _care_before_paid(w: Work, care_month: int | None, care_year: int | None, paid_month: int | None,
                      paid_year: int | None, in_window: bool | None) -> str:
    """Care in a month before a payment made after the window, the day paid unsaid ("3月住院 4月才补交"): before
    the wait even began — it counts from the day paid, so however the days fall that care is not paid. The
    sentence leading the result, with its step; "" for any other case."""
    if care_month is None or paid_month is None or in_window is not False or not care_month < paid_month \
            or (care_year and paid_year and care_year != paid_year):
        return ""
    w.step(f"{care_month}月在{paid_month}月缴费之前，等待期从缴费之日起算，那时还没有享受待遇，发生的费用不能报销")
    return f"{care_month}月在缴费之前，还没有享受待遇，这期间住院看病的费用不能报。"


def _window_months(policy: Policy) -> list[int]:
    """The calendar months of the 集中缴费期 from its dates (9月 … 1月 for a window over the new year)."""
    w = policy.payment_window
    return [(w.start.month - 1 + i) % 12 + 1 for i in range((w.end.month - w.start.month) % 12 + 1)]


def _care_before_late_payment(policy: Policy, care_month: int | None, care_year: int | None,
                              paid_month: int | None, paid_year: int | None,
                              cost: Decimal | None, group: str | None = None) -> Calculation | None:
    """Care in a month before a payment made after the window ("3月住院 4月才补交"), where the handbook lists no
    months of waiting but says that care before the wait is not paid (`payment_window.unpaid_before`): not paid,
    whatever the wait's length. None where the case is not that one (the month after the payment: the wait's
    length decides it, which the handbook does not give)."""
    w = policy.payment_window
    if w is None or not w.unpaid_before or care_month is None or paid_month is None:
        return None
    if paid_month in _window_months(policy) or (care_year and paid_year and care_year != paid_year) \
            or not care_month < paid_month:
        return None
    if w.exempt and group not in (None, "一般"):
        # (a group the handbook frees from the window — 克拉玛依: 医疗救助对象 — is not under the rule quoted:
        # whether the asker's group is one, and their care before paying, the handbook does not say)
        raise NotListed(f"手册写明：“{w.exempt}”。您说的{group}是否属于医疗救助对象、缴费之前发生的费用能不能报，"
                        "手册没有说明，请向医保经办机构确认。", w.source)
    work = Work("waiting_period", "待遇等待期测算", policy,
                dict(care_month=care_month, paid_month=paid_month, amount=cost))
    work.cite(w.source)
    work.step(f"{paid_month}月缴费，不在集中缴费期{window_said(policy)}内：{w.unpaid_before}")
    work.step(f"{care_month}月发生的费用在缴费之前，医保基金不予支付")
    work.result["paid"] = 0
    what = f"{care_month}月发生的{yuan(cost)}元" if cost is not None else f"{care_month}月发生的医疗费"
    missing = policy.waiting_missing
    wait = f"缴费以后的待遇等待期：{missing.note}。" if missing else ""
    return work.done(f"{what}不能报：{paid_month}月已过集中缴费期才缴费，手册规定“{w.unpaid_before}”，"
                     f"缴费之前发生的费用医保基金不予支付。{wait}")


def _care_in_wait(w: Work, month: int | None, day: int | None, year: int | None, start: tuple | None) -> str:
    """Whether care in `month` (on `day`; of `year`, else the year the wait ends in) falls in the wait ending at
    `start` (year or None, month, day): the sentence leading the result, with its step; "" where either is unknown."""
    if month is None or start is None:
        return ""
    s_year, s_month, s_day = start
    if year is None:
        year = s_year
        if year is not None:
            w.assume(f"{month}月按{year}年（待遇开始的那一年）计算")
    when = f"{year}年{month}月" if year else f"{month}月"
    # (from the 1st of a month, "4月1日起"; counted from a day paid, "6月10日后", as the handbook says it)
    begins = f"{s_month}月{s_day}日" + ("起" if s_day <= 1 else "后")
    at, ends = ((year, month), (s_year, s_month)) if year and s_year else (month, s_month)
    if at == ends and day is not None:
        # (the day of care said: before or after the day the wait ends)
        when += f"{day}日"
        at, ends = day, s_day + (1 if s_day > 1 else 0)
    if at < ends:
        w.step(f"{when}在等待期内（{begins}才享受待遇），这期间发生的医药费用不能报销")
        return f"{when}还在等待期内，这期间住院看病的费用不能报（{begins}才能报）。"
    if at == ends and s_day > 1 and day is None:
        w.step(f"{begins}才享受待遇：{when}{s_day}日以前的费用不能报，以后的按规定报销")
        return f"{when}{s_day}日以前还在等待期内，那几天的费用不能报；{s_month}月{s_day}日以后发生的可以按规定报销。"
    w.step(f"{begins}享受待遇，{when}已过等待期，发生的医药费用可以按规定报销")
    return f"{when}已过等待期，可以按规定报销（{begins}享受待遇）。"


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _months_after(month: int, day: int, months: int, year: int | None = None) -> str:
    """The day `months` months after month/day, as said ("4月2日", "次年1月15日"; with the year said,
    "2026年1月1日"); a day past the month's end is its last day."""
    m = month + months
    later = f"{year + (m - 1) // 12}年" if year else "次年" if m > 12 else ""
    m = (m - 1) % 12 + 1
    return f"{later}{m}月{min(day, _MONTH_DAYS[m - 1])}日"


def _newborn_deadline(policy: Policy, wp: WaitingPeriod, born: tuple) -> Calculation:
    """The last day a newborn's fee may be paid for cover from birth ("娃儿3月5号生的 最迟啥时候交"):
    the policy's days counted from the birthday. Whether the birthday is day 0 or day 1 the handbook
    does not say: the earlier day is given as the safe one, the later beside it."""
    year, month, day = born
    w = Work("waiting_period", "新生儿参保缴费期限", policy,
             dict(born=f"{year}年{month}月{day}日" if year else f"{month}月{day}日"))
    w.cite(wp.newborn_source)
    try:
        start = datetime.date(year or policy.year, month, day)
    except ValueError:
        try:
            start = datetime.date(2024, month, day)      # (29 February with no year said: a leap year's)
        except ValueError:
            raise BadInput(f"{month}月{day}日不是有效的日期，请再说一下孩子的出生日期。", "born_day") from None

    def said(d: datetime.date) -> str:
        return f"{d.year}年{d.month}月{d.day}日" if year else ("次年" if d.year > start.year else "") + f"{d.month}月{d.day}日"

    n = wp.newborn_days
    last, inclusive = start + datetime.timedelta(days=n), start + datetime.timedelta(days=n - 1)
    w.step(f"新生儿出生 {n} 天内缴纳出生当年医保费的，待遇自出生之日起享受（至出生当年12月31日）；"
           f"超过 {n} 天缴费的，自缴费之日起享受")
    w.step(f"{said(start)}出生：出生当天算第 1 天，第 {n} 天是{said(inclusive)}；从出生次日起数满 {n} 天是{said(last)}")
    w.result["months"] = 0
    w.result["deadline"] = said(inclusive)
    w.assume(f"手册没有说出生当天是否计入 {n} 天，按早的一天{said(inclusive)}算最稳妥，具体以经办机构为准")
    return w.done(f"出生 {n} 天内缴费，待遇从出生之日起享受：最稳妥是在{said(inclusive)}（含）以前缴费"
                  f"（出生当天算第 1 天的第 {n} 天）；"
                  f"超过 {n} 天才缴费的，待遇从缴费之日起享受，出生到缴费之间的费用不能报。")


def _dated(w: Work, paid: tuple | None, months: int) -> str:
    """With the day paid said, the step dating the start of benefits `months` months on, and the
    words for the reply ("，2025年9月15日后才能享受待遇"); "" with no day said."""
    if not paid or not months:
        return ""
    year, month, day = paid
    start = _months_after(month, day, months, year)
    w.step(f"{_months_after(month, day, 0, year)}缴费，{months} 个月后即{start}后才能享受待遇")
    w.result["from_day"] = start
    return f"，{start}后才能享受待遇"


def _staff(policy: Policy, wp: WaitingPeriod, paid: tuple | None = None,
           paid_in: tuple | None = None) -> Calculation:
    """A first 职工 enrolment's wait; `paid` the day paid (year or None, month, day), or `paid_in` the month
    alone (year or None, month): the month benefits start, the day in it the day paid."""
    if wp.staff_first_months is None:
        raise NotListed(f"{policy.region}的手册没有列出职工医保的待遇等待期。")
    w = Work("waiting_period", "待遇等待期测算", policy, dict(insurance="职工"))
    w.cite(wp.staff_source)
    w.step(f"初次参加职工基本医疗保险，自在本市参保缴费之日起 {wp.staff_first_months} 个月后享受基本医疗保险待遇")
    w.result["months"] = wp.staff_first_months
    from_day = _dated(w, paid, wp.staff_first_months)
    if paid_in is not None and not from_day:
        year, month = paid_in
        m = month + wp.staff_first_months
        start = (f"{year + (m - 1) // 12}年" if year else "次年" if m > 12 else "") + f"{(m - 1) % 12 + 1}月"
        paid_said = (f"{year}年" if year else "") + f"{month}月"
        w.step(f"{paid_said}缴费，{wp.staff_first_months} 个月后是{start}：从{start}与缴费日对应的那天以后享受待遇")
        w.result["from_month"] = start
        from_day = f"，{paid_said}缴费的，{start}起（缴费满 {wp.staff_first_months} 个月那天以后）享受待遇"
    w.assume("初次参加职工医保（转移接续、欠费补缴另有规定）")
    return w.done(f"等待期 {wp.staff_first_months} 个月{from_day}。")


def _switch(policy: Policy, wp: WaitingPeriod, gap_months: int, continuous_years: int | None,
            paid: tuple | None = None, part: bool = False, under: bool = False) -> Calculation:
    sw = wp.switch
    if sw is None:
        raise NotListed(f"{policy.region}的手册没有列出职工医保和居民医保之间切换的待遇衔接规定。")
    w = Work("waiting_period", "跨制度参保待遇等待期测算", policy,
             dict(switched=True, gap_months=gap_months, continuous_years=continuous_years))
    w.cite(sw.source)
    if continuous_years is None:
        w.assume(f"此前已连续参保 {sw.min_years} 年（含）以上")
    elif continuous_years < sw.min_years:
        raise NotListed(f"手册的跨制度衔接规定只适用于此前连续参保 {sw.min_years} 年（含）以上的人；"
                        f"连续参保不满 {sw.min_years} 年的，手册没有说明。", sw.source)
    calc = _gap_rule(w, gap_months, sw.max_gap_months, sw.wait_months,
                     within=f"不超过 {sw.max_gap_months} 个月：从缴费之日起即可享受转入险种的待遇",
                     beyond=f"自转入之日起设置 {sw.wait_months} 个月待遇享受等待期",
                     assumed="因就业等个人状态变化在职工医保和城乡居民医保之间切换参保关系", paid=paid, part=part,
                     under=under)
    if continuous_years is None:
        # (the years before the switch unsaid: the rule holds only from its minimum, so the answer says it rests
        # on that, beside the result — never a fact of the asker's stated as if told)
        calc.headline = calc.headline.rstrip("。") + (
            f"（按此前已连续参保 {sw.min_years} 年（含）以上计算；连续参保不满 {sw.min_years} 年的，手册没有说明，"
            "请咨询医保经办机构）。")
    return calc


def _transfer_in(policy: Policy, wp: WaitingPeriod, gap_months: int, paid: tuple | None = None,
                 part: bool = False, under: bool = False) -> Calculation:
    tr = wp.transfer_in
    if tr is None:
        raise NotListed(f"{policy.region}的手册没有列出职工医保从外地转入时的待遇衔接规定。")
    if gap_months < 0:
        raise BadInput("中断的月数不能是负数。", "gap_months")
    w = Work("waiting_period", "职工医保转移接续的待遇衔接", policy, dict(insurance="职工", moved_in=True, gap_months=gap_months))
    w.cite(tr.source)
    return _gap_rule(w, gap_months, tr.max_gap_months, tr.wait_months,
                     within=f"在 {tr.max_gap_months} 个月（含）以内：缴费当月即可享受待遇",
                     beyond=f"待遇享受等待期为 {tr.wait_months} 个月",
                     assumed="从外地转入本市就业，按规定办理了职工基本医疗保险转移手续", paid=paid, part=part,
                     under=under)


def _gap_rule(w: Work, gap_months: int, max_gap: int, wait_months: int, *, within: str, beyond: str,
              assumed: str, paid: tuple | None = None, part: bool = False, under: bool = False) -> Calculation:
    """A break in paying against a rule of the kind "中断不超过 N 个月即可享受，超过的设 M 个月等待期"
    (a switch between the schemes, a 职工's move from elsewhere): no wait within `max_gap` months,
    `wait_months` beyond; `within` and `beyond` say each side as the rule's handbook section does; `part`:
    part of a month more went by (`max_gap` months and some days are over `max_gap`); `under`: the months are a
    bound only ("不到4个月"), the break any length below it."""
    if under and part and gap_months >= max_gap:
        # (a bound above the rule's line says neither side: "不到4个月" may be two months or three and a half —
        # the months are asked, never the far end taken as the asker's)
        raise BadInput(f"“不到 {gap_months + 1} 个月”可能在 {max_gap} 个月以内，也可能超过 {max_gap} 个月，两种情况待遇不同。"
                       f"请说一下中断了几个月（例如“断了两个月”，或“交到几月、几月开始交的”）。", "gap_months")
    # (a break of days or half a month, said as such, is no month whole)
    said = f"{gap_months} 个多月" if part and gap_months else "不到 1 个月" if gap_months == 0 else f"{gap_months} 个月"
    if gap_months < max_gap or (gap_months == max_gap and not part):
        w.step(f"中断缴费 {said}，{within}")
        months = 0
    else:
        w.step(f"中断缴费 {said}，超过 {max_gap} 个月：{beyond}")
        months = wait_months
    w.result["months"] = months
    from_day = _dated(w, paid, months)
    w.assume(assumed)
    return w.done(f"等待期 {months} 个月{from_day}。")


def _arrears(policy: Policy, wp: WaitingPeriod, months: int) -> Calculation:
    ar = wp.arrears
    if ar is None:
        raise NotListed(f"{policy.region}的手册没有列出职工医保欠费补缴后的待遇规定。")
    if months < 1:
        raise BadInput("欠费月数需要是正数。", "arrears_months")
    rule = next(r for r in ar.rules if r.upto_months is None or months <= r.upto_months)
    w = Work("waiting_period", "职工医保欠费补缴后的待遇", policy, dict(insurance="职工", arrears_months=months))
    w.cite(ar.source)
    w.step(f"连续欠费 {months} 个月：{rule.note}")
    w.result["months"] = rule.wait_months
    w.assume(f"职工医保连续欠费 {months} 个月后补缴（用人单位或个人欠费均按此规定）")
    return w.done(f"等待期 {rule.wait_months} 个月。")


def arrears_suspension(policy: Policy, *, start_month: int | None = None) -> Calculation:
    """When a 职工's cover stops for fees in arrears ("单位欠费 第几个月开始用不了"): the month of arrears
    the handbook names, and with the month the arrears began, the calendar month it stops."""
    wp = policy.waiting_period
    arrears = wp.arrears if wp else None
    if arrears is None or arrears.suspend_from_month is None:
        raise NotListed(f"{policy.region}的手册没有列出职工医保欠费从第几个月起暂停待遇。")
    n = arrears.suspend_from_month
    w = Work("arrears_suspension", "欠费暂停待遇", policy, dict(insurance="职工", start_month=start_month))
    w.cite(arrears.source)
    w.step(f"用人单位（参保人员）未按月足额缴费的，从欠费第{n}个月起暂停其基本医疗保险待遇")
    w.result["suspend_from_month"] = n
    # (what paying back then means, as the same answer of the handbook goes on to say)
    after = "；".join(r.note for r in arrears.rules)
    if start_month is None:
        w.step(f"补缴后：{after}")
        return w.done(f"从欠费第 {n} 个月起暂停基本医疗保险待遇。")
    month = (start_month - 1 + n - 1) % 12 + 1
    w.step(f"{start_month}月起欠费：第 {n} 个月即{month}月起暂停")
    w.step(f"补缴后：{after}")
    w.result["suspend_month"] = month
    return w.done(f"从{month}月（欠费第 {n} 个月）起暂停基本医疗保险待遇。")
