"""What a person pays in: 居民 yearly contribution after subsidies; 职工 monthly rates on a base."""
from __future__ import annotations

from decimal import Decimal

from calculators.common import MAX_GROUP, MAX_HOUSEHOLD, BadInput, NotListed, Work, check_amount, month_paid, open_section
from calculators.fee_years import FEE, year_fees
from calculators.money import ZERO, D, fen, num, pct, yuan
from calculators.policy import Policy
from calculators.result import Calculation

CATEGORY_WORDS = {"特困": "特困人员", "孤儿": "孤儿", "低保": "低保对象", "监测对象": "防止返贫监测对象",
                  "重度残疾": "重度残疾人", "一般": "普通居民"}


def _section(policy: Policy):
    c = open_section(policy, "contributions", "缴费标准")
    if c.missing and not (c.resident or c.staff):
        raise NotListed(c.missing.note + "。", c.missing.source)
    return c


def _personal(r, category: str) -> tuple[Decimal, Decimal]:
    """(subsidy, what one person pays) for a category."""
    sub = r.subsidies.get(category, ZERO)
    return sub, r.standard - sub


def _state_share(w: Work, policy: Policy, r, people: int, whole: str = "全家") -> str:
    """The state's part of each member's 筹资 (财政补助), asked beside the fee ("国家一共给我们补了好多"):
    the year's figure per person, times the members; "" where the handbook gives no 筹资 for the year."""
    f = r.funding.get(policy.year)
    if f is None:
        w.assume(f"手册没有列出{policy.year}年度的筹资标准，财政补助未计算")
        return ""
    w.cite(r.funding_source or r.source)
    how = "财政补助" if f.subsidy_stated else f"政府补助（筹资 {num(f.total)} − 个人缴费 {num(f.personal)}）"
    if people > 1:
        w.step(f"{how}：每人 {num(f.subsidy)} 元，{whole} {people} 人：{num(f.subsidy)} × {people} = {num(f.subsidy * people)} 元")
        w.money("state_subsidy", f.subsidy * people)
        return f"财政补助每人 {yuan(f.subsidy)} 元，{whole}共 {yuan(f.subsidy * people)} 元"
    w.step(f"{how}：每人 {num(f.subsidy)} 元")
    w.money("state_subsidy", f.subsidy)
    return f"财政补助每人 {yuan(f.subsidy)} 元"


def _with_state(head: str, state: str) -> str:
    return head if not state else head.rstrip("。") + f"；{state}（筹资中由财政承担的部分）。"


def resident_contribution(policy: Policy, *, category: str = "一般", late: bool = False, with_ltc: bool = False,
                          people: int = 1, one_member_category: bool | int = False, paid_month: int | None = None,
                          paid_day: int | None = None, paid_after: bool = False,
                          for_this_year: bool = False, group: bool = False, state_share: bool = False,
                          study_years: int | None = None, ltc_people: int | None = None,
                          cover_year: int | None = None) -> Calculation:
    """One person's yearly 居民 contribution after the subsidy for their category (and a voluntary
    add-on); for a household of `people`, the category is everyone's, or one member's; `group`: the
    people are a class or a dorm, each paying, not a household; `state_share`: the state's part of
    each one's 筹资 (财政补助) asked too; `study_years`: a new student's years of study paid at once
    (按学制一次性趸缴), where the handbook allows it; `ltc_people`: of the `people`, only that many add
    the voluntary add-on ("4个人 其中两个加长护"); `cover_year`: the year the fee is for, where said — a late
    standard the handbook dates to one year (`late_year`) prices that year's fee only."""
    c = _section(policy)
    if c.resident is None:
        raise NotListed(f"{policy.region}的手册没有列出城乡居民医保缴费标准。")
    if people < 1 or people > (MAX_GROUP if group else MAX_HOUSEHOLD):
        raise BadInput(f"人数 {people} 不合理。", "people")
    r = c.resident
    if with_ltc and not r.extras:
        # "长期护理保险一年交多少" where the handbook gives no such fee: say so, not the 医保 fee instead
        raise NotListed(r.extras_missing.note if r.extras_missing else f"{policy.region}的手册没有列出长期护理保险的缴费标准。",
                        r.extras_missing.source if r.extras_missing else r.source)
    if for_this_year and paid_month is not None and r.late_year is not None and cover_year is not None \
            and cover_year != r.late_year:
        # another year's fee paid in that year: the late line's month is its own year's — late is past the
        # window, which ends early in the year (a month the window's last may hold is not taken as late)
        w, month = policy.payment_window, month_paid(paid_month, paid_day, paid_after)
        late = not (w is not None and cover_year == w.end.year
                    and (month < w.end.month or (month == w.end.month and (paid_day is None or paid_day <= w.end.day))))
    elif for_this_year and paid_month is not None and r.late_from_month is not None \
            and month_paid(paid_month, paid_day, paid_after) >= r.late_from_month:
        late = True                # paying for the current year after the line (克拉玛依: after 6月30日)
    elif for_this_year and paid_after and r.late_from_month is None and r.late_standard is None:
        # (paid after a date said, where the handbook draws no late line and sets no late fee, 巴中: what it costs
        # over the standard is asked — the year's own figure, with the handbook said to set no other)
        late = True
    w = Work("contribution", "城乡居民医保个人缴费测算", policy,
             dict(category=category, late=late or None, with_ltc=with_ltc or None, people=people if people > 1 else None))
    w.cite(r.source)
    if late and r.late_standard is not None:
        if r.late_year is not None and cover_year is not None and cover_year != r.late_year:
            raise NotListed(late_of_another_year(policy, cover_year), r.source)
        w.step(r.late_note)
        pay = r.late_standard
        if pay > r.standard:
            # how much the late payment costs over the ordinary standard, which is what a late payer weighs
            # (the ordinary standard is the handbook's own year's; where the late line is another year's,
            # that is said, not passed off as that year's standard)
            other = r.late_year is not None and r.late_year != policy.year
            w.step(f"比按时缴纳的个人缴费标准 {num(r.standard)} 元多 {num(pay)} − {num(r.standard)} = {num(pay - r.standard)} 元"
                   + (f"（{num(r.standard)} 元是手册写的{policy.year}年度标准，手册没有另列{r.late_year}年度的个人缴费标准）"
                      if other else ""))
        w.money("personal", pay)
        w.assume("在规定时间之后补缴当年保费")
        if r.late_year is not None and cover_year is None:
            # no year of the fee said: the handbook's late line is said as the one year's it is, never as
            # any year's (a later year's fee paid late the handbook does not price)
            w.assume(f"手册只给出{r.late_year}年度保费逾期缴纳的标准；其他年度过了规定时间再交要交多少，手册没有写")
            return w.done(f"个人需缴 {yuan(pay)} 元（这是手册给出的{r.late_year}年度保费逾期缴纳的标准）。")
        return w.done(f"个人需缴 {yuan(pay)} 元。")
    given = year_fees(policy, FEE)
    if cover_year is not None and given is not None and cover_year not in given.by_year:
        # ("2027年的医保拖到8月才交", "2026年12月交2027年的"): when it is paid is the case, the fee is still the year's
        # own — one the handbook does not give, whatever the month; its own years' figures named as theirs
        raise NotListed(fee_of_another_year(policy, cover_year, given), r.source)
    if late:
        # paid late where the handbook sets no late standard: the year's own, said so (what else a late
        # payment brings, a waiting period, is the handbook's page on it, not this sum's)
        w.assume("手册没有另列逾期缴费的缴费标准，按当年个人缴费标准计算；集中缴费期外缴费的，是否有待遇等待期请看等待期的规定")
    if study_years is not None:
        if not r.lump_by_study:
            raise NotListed(f"{policy.region}的手册没有写大学生按学制一次性缴纳居民医保费的规定，"
                            "多年一次缴多少算不出来。", r.source)
        if not 1 <= study_years <= 8:
            raise BadInput(f"学制 {study_years} 年不合理。", "study_years")
        sub, pay = _personal(r, category)
        w.cite(r.lump_by_study_source)
        w.step(f"个人缴费标准 {num(r.standard)} 元/年" + (f"，{CATEGORY_WORDS.get(category, category)}资助 {num(sub)} 元，"
                                                   f"每年 {num(pay)} 元" if sub else ""))
        w.step(f"学制 {study_years} 年一次性缴纳：{num(pay)} × {study_years} = {num(pay * study_years)} 元")
        w.money("personal", pay)
        w.money("lump_sum", pay * study_years)
        w.assume(f"按{policy.year}年度个人缴费标准；{r.lump_by_study}")
        return w.done(f"按学制 {study_years} 年一次性缴纳，共需 {yuan(pay * study_years)} 元（每年 {yuan(pay)} 元）。")
    if category not in r.subsidies and category != "一般":
        w.assume(f"{CATEGORY_WORDS.get(category, category)}不在手册列出的资助对象里，按普通居民计算")
    sub, pay = _personal(r, category)
    # the add-on chosen by some of the people only: each pays the fee, the add-on is added for those
    # (a category held by some members besides is left to the add-on for all)
    some = ltc_people if with_ltc and ltc_people and 0 < ltc_people < people and not one_member_category else None
    if some:
        with_ltc = False
        w.inputs["ltc_people"] = some
    if sub:
        w.step(f"个人缴费标准 {num(r.standard)} 元，{CATEGORY_WORDS.get(category, category)}资助 {num(sub)} 元："
               f"{num(r.standard)} − {num(sub)} = {num(pay)} 元" + ("（全额资助）" if pay == 0 else ""))
    else:
        w.step(f"个人缴费标准 {num(r.standard)} 元/人/年")
    added = ZERO
    for extra in r.extras:
        if some:
            w.cite(extra.source)
            if category in extra.paid_for:
                w.step(f"{extra.name} {num(extra.amount)} 元由政府代缴")
            else:
                w.step(f"其中 {some} 人加{extra.name} {num(extra.amount)} 元：{num(extra.amount)} × {some} = {num(extra.amount * some)} 元")
                added += extra.amount * some
            continue
        if not with_ltc:
            w.assume(f"不含{extra.name} {num(extra.amount)} 元")
            continue
        w.cite(extra.source)
        if category in extra.paid_for:
            w.step(f"{extra.name} {num(extra.amount)} 元由政府代缴")
        else:
            w.step(f"加{extra.name} {num(extra.amount)} 元：{num(pay)} + {num(extra.amount)} = {num(pay + extra.amount)} 元")
            pay += extra.amount
    w.money("standard", r.standard)
    w.money("subsidy", sub)
    w.money("personal", pay)
    w.assume(f"{policy.region} {policy.year} 年度城乡居民医保，{CATEGORY_WORDS.get(category, category)}")
    w.assume("同时具备多种资助身份的按最高标准资助，不重复资助")
    if people > 1:
        whole, lead = ("合计", f"{people} 人") if group else ("全家", "全家")
        each = r.standard + sum((e.amount for e in r.extras), ZERO) * with_ltc
        # one_member_category: the category is one member's (True), or that many members' (an int)
        members = min(int(one_member_category), people) if one_member_category else people
        others = people - members
        total = pay * members + each * others
        if some:
            w.step(f"{whole} {people} 人：{num(pay)} × {people} + {num(added)} = {num(total + added)} 元")
            total += added
        elif others:
            named = CATEGORY_WORDS.get(category, category)
            they, share = (f"{named} {members} 人每人 {num(pay)} 元", f"{num(pay)} × {members}") if members > 1 \
                else (f"{named} 1 人 {num(pay)} 元", num(pay))
            w.step(f"{whole} {people} 人：{others} 人按普通居民每人 {num(each)} 元，{they}，"
                   f"合计 {num(each)} × {others} + {share} = {num(total)} 元")
        else:
            w.step(f"{whole} {people} 人：{num(pay)} × {people} = {num(total)} 元")
        w.money("household", total)
        if sub:
            # the household's subsidy summed as its contribution is ("国家一共资助好多")
            w.step(f"{whole}资助：{num(sub)} × {members} = {num(sub * members)} 元")
            w.money("household_subsidy", sub * members)
        state = _state_share(w, policy, r, people, whole) if state_share else ""
        if sub:
            return w.done(_with_state(f"{lead}一共需缴 {yuan(total)} 元/年，资助共 {yuan(sub * members)} 元。", state))
        return w.done(_with_state(f"{lead}一共需缴 {yuan(total)} 元/年。", state))
    state = _state_share(w, policy, r, 1) if state_share else ""
    if pay == 0:
        return w.done(_with_state("个人不用缴费（0 元），由医疗救助资金全额资助 "
                                  f"{num(sub)} 元。", state))
    return w.done(_with_state(f"个人需缴 {yuan(pay)} 元/年" + (f"（标准 {num(r.standard)} 元，资助 {num(sub)} 元）。" if sub else "。"), state))


def fee_of_another_year(policy: Policy, cover_year: int, given) -> str:
    """The handbook gives the residents' fee for some years (`given`, fee_years.YearFees) and not `cover_year`'s: said
    so, with the years it gives named as theirs — the office is added by the caller."""
    years = "、".join(str(y) for y in sorted(given.by_year, reverse=True))
    figures = "，".join(f"{y}年度的是{given.by_year[y]}" for y in sorted(given.by_year, reverse=True))
    return (f"{policy.region}的医保手册只给出{years}年度的个人缴费标准，没有{cover_year}年度的；{cover_year}年度的标准"
            f"以医保部门公布的为准，不能拿{years}年度的数字替您回答（手册写的{figures}）。")


def late_of_another_year(policy: Policy, cover_year: int) -> str:
    """What the handbook gives where a year's fee paid late is asked and its late standard is dated to
    another year (克拉玛依: 2025's only): that line with its year, the handbook's own year's standard as
    that year's, and that the year asked is not priced — the office is added by the caller."""
    r = policy.contributions.resident
    said = f"手册只给出{r.late_year}年度保费逾期缴纳的标准：{r.late_note}。"
    said += f"{cover_year}年度的医保费过了规定时间再交要交多少，手册没有写"
    if cover_year == policy.year:
        said += f"（手册写的{policy.year}年度个人缴费标准 {num(r.standard)} 元是按时缴纳的标准"
        w = policy.payment_window
        if w is not None:
            # (what paying after the window brings, in the handbook's words: its first clause)
            said += f"，集中缴费期为{w.start.year}年{w.start.month}月{w.start.day}日至{w.end.year}年{w.end.month}月{w.end.day}日" \
                    f"；{w.after.split('；')[0]}"
        said += "）。"
    else:
        said += f"（手册写的 {num(r.standard)} 元是{policy.year}年度按时缴纳的个人缴费标准）。"
    return said


def household_contribution(policy: Policy, *, members: dict[str, int], with_ltc: bool = False,
                           state_share: bool = False, group: bool = False) -> Calculation:
    """A household's yearly 居民 contributions, each member after the subsidy for their category
    ("爷爷特困、婆婆低保、3 个普通"); `with_ltc`: everyone adds the voluntary add-on (长护险), which
    the government pays for the categories it lists; `group`: the people are a class or a dorm, each
    paying their own fee (up to MAX_GROUP of them), summed — no household."""
    c = _section(policy)
    if c.resident is None:
        raise NotListed(f"{policy.region}的手册没有列出城乡居民医保缴费标准。")
    r = c.resident
    people = sum(members.values())
    if people < 1 or people > (MAX_GROUP if group else MAX_HOUSEHOLD):
        raise BadInput(f"人数 {people} 不合理。", "people")
    if with_ltc and not r.extras:
        raise NotListed(r.extras_missing.note if r.extras_missing else f"{policy.region}的手册没有列出长期护理保险的缴费标准。",
                        r.extras_missing.source if r.extras_missing else r.source)
    w = Work("contribution", "城乡居民医保" + ("多人" if group else "全家") + "缴费测算", policy,
             {"members": dict(members), "people": people, "with_ltc": with_ltc or None, "group": group or None})
    w.cite(r.source)
    total = ZERO
    parts = []
    for category, n in sorted(members.items(), key=lambda kv: kv[0] == "一般"):
        named = CATEGORY_WORDS.get(category, category)
        if category not in r.subsidies and category != "一般":
            w.assume(f"{named}不在手册列出的资助对象里，按普通居民计算")
        sub, pay = _personal(r, category)
        how = f"标准 {num(r.standard)} − 资助 {num(sub)} = {num(pay)} 元" + ("（全额资助）" if sub and pay == 0 else "") \
            if sub else f"标准 {num(r.standard)} 元"
        w.step(f"{named} {n} 人：每人{how}，{num(pay)} × {n} = {num(pay * n)} 元")
        total += pay * n
        parts.append(num(pay * n))
    for extra in r.extras:
        if not with_ltc:
            w.assume(f"不含{extra.name} {num(extra.amount)} 元")
            continue
        w.cite(extra.source)
        paying = sum(n for category, n in members.items() if category not in extra.paid_for)
        if paying < people:
            w.step(f"{extra.name}：{people - paying} 人由政府代缴")
        if paying:
            w.step(f"{extra.name} {num(extra.amount)} × {paying} = {num(extra.amount * paying)} 元")
            total += extra.amount * paying
            parts.append(num(extra.amount * paying))
    w.step(f"{'' if group else '全家 '}{people} 人合计：{' + '.join(parts)} = {num(total)} 元")
    w.money("household", total)
    state = _state_share(w, policy, r, people) if state_share else ""
    w.assume(f"{policy.region} {policy.year} 年度城乡居民医保")
    if group:
        w.assume("每人各自缴费，这里把每人应缴的金额相加")
    w.assume("同时具备多种资助身份的按最高标准资助，不重复资助")
    return w.done(_with_state(f"{'一共' if group else '全家一共'}需缴 {yuan(total)} 元/年。", state))


def staff_contribution(policy: Policy, *, base: Decimal | None, flexible: bool = False,
                       maternity_asked: bool = False, civil_servant_asked: bool = False,
                       employer_asked: bool = False,
                       min_base: Decimal | None = None, wage: Decimal | None = None,
                       yearly: bool = False, sum_asked: bool = False,
                       bases: list[Decimal] | None = None, retired: bool = False) -> Calculation:
    """职工 monthly contributions on a base; `maternity_asked`: the 生育保险费 is what was asked (its
    figure leads the answer); `civil_servant_asked`: the 公务员医疗补助 fee (a share of the same base);
    `employer_asked`: the employer's share leads; `yearly`: a year's fee asked ("一年要交好多"), twelve
    months of the same base; `sum_asked`: the month's fee asked as one sum ("单位个人再加生育保险 每个月
    合计交好多"): the parts levied on the base added (生育保险 only when it was asked); `bases`: several
    workers' bases listed ("基数分别4000 5000 6000"): the employer pays on their sum, as the handbook
    words it (参保职工个人月缴费基数之和), and each worker on their own (the sum of theirs likewise)."""
    c = _section(policy)
    if c.staff is None:
        raise NotListed(f"{policy.region}的手册没有列出职工医保缴费费率。")
    s = c.staff
    if base is None and retired and s.retired_fee:
        # (a retiree's monthly fee asked: the handbook's rule is that none is paid once the years are met)
        raise NotListed(s.retired_fee + "。", s.retired_fee_source, ruled=True)
    if base is None and flexible:
        raise NotListed(f"灵活就业人员按本市当年职工医保最低缴费基数的 {pct(s.flexible)} 缴纳职工医保费（另按最低缴费基数的 "
                        f"{pct(s.large_medical)} 缴纳大额医疗费用补助），但{policy.region}的手册没有列出最低缴费基数是多少，"
                        "所以算不出每月的金额。", s.source)
    several = [check_amount(D(b), "月缴费基数", "base") for b in bases or []] if not flexible and wage is None else []
    several = several if len(several) > 1 else []
    base = sum(several, ZERO) if several else check_amount(D(base), "月缴费基数", "base")
    w = Work("contribution", "职工医保缴费测算", policy,
             dict(base=base, flexible=flexible or None, bases=several or None))
    w.cite(s.source)
    w.cite(s.maternity_source)
    if several:
        w.step(f"{len(several)} 名职工的月缴费基数之和：{' + '.join(num(b) for b in several)} = {num(base)} 元")
        w.money("base", base)
    if flexible:
        pay = fen(base * s.flexible)
        w.step(f"灵活就业人员按最低缴费基数的 {pct(s.flexible)}：{num(base)} × {pct(s.flexible)} = {num(pay)} 元/月")
        w.assume("您给的月基数就是本市当年职工医保最低缴费基数（手册未列出具体数额）")
        w.money("personal", pay)
        # the flexible worker pays 大额医疗费用补助 in full on the same minimum base: the base given
        # gives it too
        large = fen(base * s.large_medical) if s.large_medical is not None else None
        if large is not None:
            w.cite(s.large_medical_source)
            w.step(f"职工大额医疗费用补助（个人全额缴纳）：{num(base)} × {pct(s.large_medical)} = {num(large)} 元/月")
            w.money("large_medical", large)
            # (both paid by the person each month: their sum is what leaves the pocket; with 生育保险
            # asked, the three are summed below)
            # (said with 生育保险 asked too: "医保加大额好多 再加生育一共好多" asks both sums)
            w.step(f"{'医保和大额' if maternity_asked else ''}两项合计：{num(pay)} + {num(large)} = {num(pay + large)} 元/月")
        also = f"，大额医疗费用补助每月约 {yuan(large)} 元，两项合计每月约 {yuan(pay + large)} 元" if large is not None else ""
        if maternity_asked:
            mat = fen(base * s.maternity)
            w.step(f"生育保险（自愿参加）：{num(base)} × {pct(s.maternity)} = {num(mat)} 元/月")
            w.money("maternity", mat)
            if large is None:
                return w.done(f"生育保险每月缴纳约 {yuan(mat)} 元；职工医保个人每月缴纳约 {yuan(pay)} 元。")
            # (the three are each paid by the person, on the same base, each month: their sum is the month's fee)
            whole = pay + large + mat
            w.step(f"再加生育保险，三项合计：{num(pay)} + {num(large)} + {num(mat)} = {num(whole)} 元/月")
            w.money("monthly_total", whole)
            return w.done(f"职工医保个人每月缴纳约 {yuan(pay)} 元，大额医疗费用补助每月约 {yuan(large)} 元"
                          f"（两项 {yuan(pay + large)} 元），生育保险每月约 {yuan(mat)} 元，三项合计每月约 {yuan(whole)} 元。")
        w.assume(f"另：自愿参加生育保险的按基数 {pct(s.maternity)} 缴纳，未计入")
        return w.done(f"个人每月缴纳约 {yuan(pay)} 元（一年 {yuan(pay * 12)} 元）{also}。")
    bounded = False
    if wage is not None and min_base is not None and s.base_cap is not None:
        # the wage told with the city's minimum base: the base is the wage within [minimum, cap ×
        # minimum] (第二章 七问)
        wage, low = check_amount(D(wage), "月平均工资", "amount"), check_amount(D(min_base), "最低缴费基数", "base")
        high = fen(low * s.base_cap)
        w.cite(s.base_cap_source)
        if wage > high:
            base = high
            w.step(f"缴费基数：月平均工资 {num(wage)} 元高于最低缴费基数的 {pct(s.base_cap)}（{num(low)} × "
                   f"{pct(s.base_cap)} = {num(high)} 元），按 {num(high)} 元确定")
        elif wage < low:
            base = low
            w.step(f"缴费基数：月平均工资 {num(wage)} 元低于最低缴费基数，按最低缴费基数 {num(low)} 元确定")
        else:
            base = wage
            w.step(f"缴费基数：月平均工资 {num(wage)} 元在最低缴费基数 {num(low)} 元与其 {pct(s.base_cap)}"
                   f"（{num(high)} 元）之间，按本人工资确定")
        w.money("base", base)
        bounded = True
    me = fen(base * s.employee)
    er = fen(base * s.employer)
    mat = fen(base * s.maternity)
    w.step(f"个人：{num(base)} × {pct(s.employee)} = {num(me)} 元/月")
    w.step(f"单位：{num(base)} × {pct(s.employer)} = {num(er)} 元/月")
    w.step(f"生育保险（单位缴纳）：{num(base)} × {pct(s.maternity)} = {num(mat)} 元/月")
    w.money("personal", me)
    w.money("employer", er)
    w.money("maternity", mat)
    if bounded:
        w.assume("最低缴费基数按您给的数额（手册未列出具体数额）")
    else:
        cap = (f"高于最低基数{pct(s.base_cap)}的按{pct(s.base_cap)}、" if s.base_cap is not None else "")
        w.assume(f"月缴费基数即本人上年度月平均工资（{cap}低于最低基数的按最低基数，手册未列出具体数额）")
    if civil_servant_asked and s.civil_servant is not None:
        # 公务员医疗补助 is levied on the same base as 职工基本医保
        civil = fen(base * s.civil_servant)
        w.cite(s.civil_servant_source)
        w.step(f"公务员医疗补助：{num(base)} × {pct(s.civil_servant)} = {num(civil)} 元/月")
        w.money("civil_servant", civil)
        w.assume(f"未计大额医疗费用补助（单位按最低缴费基数 {pct(s.large_medical)} 缴纳）")
        return w.done(f"公务员医疗补助每月缴纳约 {yuan(civil)} 元（按缴费基数的 {pct(s.civil_servant)}）；"
                      f"职工医保个人每月约 {yuan(me)} 元，单位每月约 {yuan(er)} 元。")
    w.assume(f"未计大额医疗费用补助（单位按最低缴费基数 {pct(s.large_medical)} 缴纳）和公务员医疗补助（{pct(s.civil_servant)}）")
    lead = f"缴费基数按 {yuan(base)} 元；" if bounded else ""
    if several:
        lead = f"{len(several)} 名职工月缴费基数合计 {yuan(base)} 元；"
        w.assume("个人部分为各人按本人基数缴纳之和")
    year = ""
    if yearly:
        # (the base is the previous year's monthly wage, fixed for the year: twelve equal months)
        w.step(f"一年 12 个月：个人 {num(me)} × 12 = {num(me * 12)} 元，单位 {num(er)} × 12 = {num(er * 12)} 元"
               + (f"，生育保险 {num(mat)} × 12 = {num(mat * 12)} 元" if maternity_asked or sum_asked else ""))
        w.money("personal_yearly", me * 12)
        w.money("employer_yearly", er * 12)
        w.assume("月缴费基数全年不变")
        year = f"个人一年缴纳约 {yuan(me * 12)} 元，单位一年约 {yuan(er * 12)} 元；"
    if sum_asked:
        parts = [me, er] + ([mat] if maternity_asked else [])
        whole = sum(parts, ZERO)
        w.step(f"{'个人 + 单位 + 生育保险' if maternity_asked else '个人 + 单位'}：{' + '.join(num(x) for x in parts)} = {num(whole)} 元/月"
               + (f"，一年 {num(whole)} × 12 = {num(whole * 12)} 元" if yearly else ""))
        w.money("monthly_total", whole)
        if not maternity_asked:
            w.assume(f"生育保险（单位按缴费基数 {pct(s.maternity)} 缴纳）未计入合计")
        named = "职工医保个人、单位和生育保险" if maternity_asked else "职工医保个人和单位"
        return w.done(lead + f"{named}每月合计缴纳约 {yuan(whole)} 元" + (f"（一年 {yuan(whole * 12)} 元）" if yearly else "")
                      + f"：个人 {yuan(me)} 元，单位 {yuan(er)} 元" + (f"，生育保险 {yuan(mat)} 元" if maternity_asked else "") + "。")
    if maternity_asked:
        # (a year's 生育保险 asked: its own year's figure first, before the others')
        year = f"生育保险一年缴纳约 {yuan(mat * 12)} 元；" + year if yearly else ""
        return w.done(year + f"生育保险每月缴纳约 {yuan(mat)} 元（按缴费基数的 {pct(s.maternity)}，与职工医保合并征缴）；"
                      f"职工医保个人每月约 {yuan(me)} 元，单位每月约 {yuan(er)} 元。")
    lead += year
    own = "职工个人合计" if several else "个人"
    if employer_asked:
        return w.done(lead + f"单位每月缴纳约 {yuan(er)} 元（另生育保险 {yuan(mat)} 元），{own}每月缴纳约 {yuan(me)} 元。")
    return w.done(lead + f"{own}每月缴纳约 {yuan(me)} 元，单位每月缴纳约 {yuan(er)} 元。")


def personal_account(policy: Policy, *, base: Decimal, retired: bool = False) -> Calculation:
    """What goes into an 在职 member's 个人账户: a share of their own base, each month. A retiree's
    is a share of a base the handbook names without its figure: the rule is said, no sum computed
    from the asker's own wage."""
    c = _section(policy)
    s = c.staff
    if retired:
        if s is None or s.account_retired is None:
            raise NotListed(f"{policy.region}的手册没有列出退休人员个人账户的划拨比例。")
        raise NotListed(f"退休人员个人账户分别按{s.account_retired_base}为基数，划入比例为{pct(s.account_retired)}"
                        f"（不按本人工资计算）；手册没有列出这一基数的金额，算不出每月划入的具体数额。",
                        s.account_retired_source, ruled=True)
    if s is None or s.account is None:
        raise NotListed(f"{policy.region}的手册没有列出在职职工个人账户的划拨比例。")
    base = check_amount(D(base), "月缴费基数", "base")
    w = Work("personal_account", "职工个人账户划拨测算", policy, {"base": base})
    w.cite(s.account_source)
    month = fen(base * s.account)
    w.step(f"每月划入：{num(base)} × {pct(s.account)} = {num(month)} 元")
    w.step(f"一年 12 个月：{num(month)} × 12 = {num(month * 12)} 元")
    w.money("monthly", month)
    w.money("yearly", month * 12)
    w.assume("在职职工，按本人参保缴费基数划拨；月缴费基数全年不变")
    return w.done(f"个人账户每月划入约 {yuan(month)} 元，一年约 {yuan(month * 12)} 元。")


def funding_split(policy: Policy, year: int) -> Calculation:
    """One year's 居民 筹资 per person and its parts ("筹资一共多少 自己出多少 政府补多少"): the total,
    the personal share and the subsidy — the subsidy the rest of the total where the handbook states
    the total as the two parts without a figure of the subsidy's own."""
    c = _section(policy)
    r = c.resident
    if r is None or year not in r.funding:
        raise NotListed(f"{policy.region}的手册没有列出{year}年度城乡居民医保的筹资标准。")
    f = r.funding[year]
    w = Work("funding", "城乡居民医保筹资构成", policy, dict(year=year))
    w.cite(r.funding_source or r.source)
    if f.subsidy_stated:
        w.step(f"筹资总额 {num(f.total)} 元 = 个人缴费 {num(f.personal)} 元 + 财政补助 {num(f.subsidy)} 元")
    else:
        w.step(f"筹资标准 {num(f.total)} 元包括政府补助及个人缴费两部分，个人缴费 {num(f.personal)} 元")
        w.step(f"政府补助：{num(f.total)} − {num(f.personal)} = {num(f.subsidy)} 元")
    w.money("total", f.total)
    w.money("personal", f.personal)
    w.money("subsidy", f.subsidy)
    w.assume(f"{year}年度；普通居民（特困、低保等资助对象的个人缴费另有资助）")
    return w.done(f"{policy.region}城乡居民医保{year}年度每人筹资 {yuan(f.total)} 元，其中个人缴费 {yuan(f.personal)} 元，"
                  f"政府（财政）补助 {yuan(f.subsidy)} 元。")


def _retirement_rule(policy: Policy, retire_year: int, inputs: dict):
    """The least contribution years for retiring in `retire_year` (the policy file's; NotListed where it
    gives none for that year), and the calculation's Work with that rule stated first. `inputs`: the
    years as told, after the year of retirement."""
    c = _section(policy)
    ry = c.staff.retirement_years if c.staff else None
    if ry is None or retire_year != ry.year:
        raise NotListed(f"{policy.region}的手册没有完整列出{retire_year}年退休的最低缴费年限。" + (ry.later + "。" if ry and ry.later else ""),
                        ry.source if ry else None)
    w = Work("retirement_years", "退休医保缴费年限测算", policy, dict(retire_year=retire_year, **inputs))
    w.cite(ry.source)
    w.step(f"{ry.year}年退休：累计缴费年限不低于 {ry.total} 年，且在本市缴费年限不低于 {ry.local} 年")
    return w, ry


def _city_years(w: Work, ry, local: int) -> tuple[int, str]:
    """How many years in the city (本市) `local` lacks of the rule's, worked out, and said."""
    short_local = max(0, ry.local - local)
    w.step(f"本市：{ry.local} − {local} = {short_local} 年" if short_local else f"本市 {local} 年，已满 {ry.local} 年")
    return short_local, f"本市缴费年限还差 {short_local} 年" if short_local else f"本市缴费年限已满 {ry.local} 年"


def retirement_years_short(policy: Policy, *, retire_year: int, total: int | None, local: int | None,
                           elsewhere: int | None = None, lump_base: Decimal | None = None,
                           lump_asked: bool = False) -> Calculation:
    """How many years a 职工 retiring in `retire_year` lacks of the least contribution years ("累计交了
    18年 在巴中交了12年 还差几年"): each minimum less the years paid, for the year the handbook states.
    `elsewhere`: years paid outside the city, told beside the city's own with no total ("在外省交过十五年 本市交了
    六年"): the total is their sum (both count towards 累计, only the city's towards 本市). `lump_base`: the
    year's minimum monthly base the asker states, what paying the lacking years at once costs being asked
    (`lump_asked`: asked with no base said — the rule of it is said, the base being no figure of the handbook's)."""
    if total is None:
        if elsewhere is None or local is None:
            raise BadInput("请告诉我职工医保累计交了几年、在本市交了几年。", "years")
        total = elsewhere + local
    w, ry = _retirement_rule(policy, retire_year, dict(total=total, local=local, elsewhere=elsewhere))
    if elsewhere is not None and local is not None and total == elsewhere + local:
        w.step(f"累计缴费年限：外地 {elsewhere} 年 + 本市 {local} 年 = {total} 年")
        w.assume("外地的缴费年限随医保关系转入本市，累计计算（第二章 二十一问）")
    short_total = max(0, ry.total - total)
    w.step(f"累计：{ry.total} − {total} = {ry.total - total} 年" if short_total else f"累计 {total} 年，已满 {ry.total} 年")
    said = [f"累计缴费年限还差 {short_total} 年" if short_total else f"累计缴费年限已满 {ry.total} 年"]
    short_local = None
    if local is not None:
        short_local, local_said = _city_years(w, ry, local)
        said.append(local_said)
    else:
        w.assume(f"您没说在本市交了几年：本市缴费年限还需不低于 {ry.local} 年")
    w.result.update(short_total=short_total, short_local=short_local if short_local is not None else "")
    w.assume("不足年限可一次性补缴，或继续缴纳至最低缴费年限（第二章 二十问）")
    lacking = max(short_total, short_local or 0)
    if lacking and (lump_base is not None or lump_asked) and ry.lump_rate is not None:
        said.append(_lump_sum(w, ry, lacking, lump_base))
    return w.done("，".join(said) + "。")


def _lump_sum(w: Work, ry, years: int, base: Decimal | None) -> str:
    """What paying `years` lacking at once costs: the year's minimum monthly base (the asker's figure; the
    handbook gives none) × the rate × 12 months × the years — paid in the city, it counts to both minimums,
    so the years are the larger shortfall."""
    w.cite(ry.lump_source)
    rule = f"一次性补缴按补缴当年最低缴费基数 {pct(ry.lump_rate)} 缴纳，补缴部分不计个人账户"
    if base is None:
        w.assume(rule + "；当年最低缴费基数手册没有列出，请向医保经办机构确认")
        return f"补缴 {years} 年的费用 = 当年最低缴费基数（月）× {pct(ry.lump_rate)} × 12 个月 × {years} 年"
    cost = fen(D(base) * ry.lump_rate * 12 * years)
    w.step(f"一次性补缴：{num(base)} × {pct(ry.lump_rate)} × 12 个月 × {years} 年 = {num(cost)} 元")
    w.assume(rule + f"；最低缴费基数按您说的每月 {num(base)} 元，每年按 12 个月计")
    w.money("lump_sum", cost)
    return f"一次性补缴 {years} 年约需 {yuan(cost)} 元"


def retirement_years_rough(policy: Policy, *, retire_year: int, least: int | None, most: int, said: str,
                           local: int | None = None) -> Calculation:
    """The years a 职工 retiring in `retire_year` lacks, with the years paid said roughly ("交了十几年": `least`
    11 to `most` 19; "快二十年": no least, at most 19): where even the most is under the minimum, at least how
    many more years (the minimum less the most) — never the rule alone, nor one count guessed; the exact years
    are asked all the same (result "asked"), since the city's own years decide too."""
    w, ry = _retirement_rule(policy, retire_year, dict(total=said, local=local))
    w.step(f"您说的“{said}”，按" + (f" {least} 到 {most} 年" if least is not None else f"最多 {most} 年") + "算")
    if most < ry.total:
        fewest = ry.total - most
        w.step(f"累计至少还差 {ry.total} − {most} = {fewest} 年" + (f"，最多差 {ry.total} − {least} = {ry.total - least} 年"
                                                               if least is not None else ""))
        w.result["short_total_least"] = fewest
        head = (f"按您说的{said}，累计缴费年限不到 {ry.total} 年，至少还差 {fewest} 年"
                + (f"（最多差 {ry.total - least} 年）" if least is not None else "")
                + "，现在还不能不交费就享受退休职工医保待遇。")
    elif least is not None and least >= ry.total:
        w.result["short_total"] = 0
        head = f"按您说的{said}，累计缴费年限已满 {ry.total} 年" + ("，" if local is not None else f"；还要在本市交满 {ry.local} 年。")
    else:
        head = f"您说的{said}，够不够累计 {ry.total} 年要看确切年数。"
    if local is not None:
        head += _city_years(w, ry, local)[1] + "。"
    w.assume("不足年限可一次性补缴，或继续缴纳至最低缴费年限（第二章 二十问）")
    if "short_total" in w.result and local is not None:
        return w.done(head)             # (the total reached whatever the count, the city's years said: settled)
    # (the exact years are what the answer needs: asked back, the figures settled so far said first)
    w.result["asked"] = "years"
    ask = f"请告诉我在{policy.region}交了几年" if "short_total" in w.result else \
        "请告诉我累计一共交了几年" + ("" if local is not None else f"、其中在{policy.region}交了几年")
    return w.done(head + ask + "，我帮您算准还差几年。")


FUNDING_PARTS = {"total": "筹资总额", "subsidy": "财政补助", "personal": "个人缴费"}


def funding_compared(policy: Policy, first: int, second: int, key: str, label: str = "") -> Calculation:
    """How one part of the residents' 筹资 per person changed between two years the policy file gives
    ("2026年财政补助比2025年多了多少"): each year's figure and the difference, worked out. `label`: the
    region as it is named in the answer."""
    c = _section(policy)
    r = c.resident
    if r is None or first not in r.funding or second not in r.funding or key not in FUNDING_PARTS:
        raise NotListed(f"{policy.region}的手册没有给出这两年的居民医保筹资。")
    name = FUNDING_PARTS[key]
    a, b = getattr(r.funding[first], key), getattr(r.funding[second], key)
    w = Work("funding_compared", "居民医保筹资比较", policy, dict(years=[first, second], part=name))
    w.cite(r.funding_source or r.source)
    diff = b - a
    w.step(f"{second}年度每人{name} {num(b)} 元 − {first}年度 {num(a)} 元 = {num(diff)} 元")
    w.money(key + "_" + str(first), a)
    w.money(key + "_" + str(second), b)
    w.money("difference", diff)
    said = f"{label or policy.region}城乡居民医保每人{name}：{first}年度{num(a)}元，{second}年度{num(b)}元，"
    said += "两年相同。" if diff == 0 else f"{second}年度比{first}年度{'多' if diff > 0 else '少'}{num(abs(diff))}元。"
    if key == "total":
        said += "（其中" + "；".join(f"{y}年度个人缴费{num(r.funding[y].personal)}元、财政补助{num(r.funding[y].subsidy)}元"
                                    for y in (first, second)) + "。）"
    return w.done(said)
