"""城乡居民大病保险: the personal 合规 burden after basic insurance, paid by segment,
with the special groups' lower deductible and higher ratios, and the yearly cap
(巴中: raised for continuous enrolment / a zero-claim year, lowered for gap years)."""
from __future__ import annotations

from decimal import ROUND_CEILING, Decimal

from calculators.common import NotListed, Work, check_amount, open_section
from calculators.money import ZERO, D, fen, num, pct, wan, yuan
from calculators.policy import CapAdjust, Policy, SeriousGroup, SeriousIllness
from calculators.result import Calculation


def section(policy: Policy) -> SeriousIllness:
    return open_section(policy, "serious_illness", "大病保险的赔付标准")


def group_for(si: SeriousIllness, category: str) -> tuple[str, SeriousGroup, bool]:
    """(group name, group, matched) — an unlisted category falls back to 一般."""
    for name, g in si.groups.items():
        if category in g.categories:
            return name, g, True
    return "一般", si.groups["一般"], category in ("一般", "")


def adjusted_cap(si: SeriousIllness, base: Decimal, *, continuous_years: int | None,
                 zero_claim_last_year: bool, gap_years: int, w: Work, gap_year: int | None = None) -> Decimal:
    adj = si.cap_adjust
    if adj is None:
        return base
    if gap_years > 0 and gap_year is not None and adj.penalty_from is not None \
            and gap_year + gap_years - 1 < adj.penalty_from:
        # "2024年断了一年": the rule lowers the cap for gaps from its first year on; a gap wholly before
        # it the rule does not say (a gap reaching into it is counted whole, as before)
        raise NotListed(f"手册规定从{adj.penalty_from}年起，断保后再参保的，每断保1年降低大病保险最高支付限额"
                        f"{num(adj.step)}元；{gap_year}年的断保是否降低限额，手册没有说明。", adj.penalty_source)
    bound = fen(base * adj.bound_ratio)
    cap = base
    if gap_years > 0:
        cut = min(bound, adj.step * gap_years)
        w.cite(adj.penalty_source)
        w.step(f"断保 {gap_years} 年，限额降低 {num(adj.step)} × {gap_years} = {num(adj.step * gap_years)} 元"
               + (f"（最多降低原封顶线的 {pct(adj.bound_ratio)} 即 {num(bound)} 元）" if adj.step * gap_years > bound else "")
               + f"，限额 {num(base)} − {num(cut)} = {num(base - cut)} 元")
        # (the rule's floor too: how far more years without cover could lower it)
        w.step(_floor_said(adj, base, bound))
        cap -= cut
    bonus = ZERO
    parts = []
    if continuous_years and continuous_years > adj.continuous_after_years:
        n = continuous_years - adj.continuous_after_years
        bonus += adj.step * n
        parts.append(f"连续参保第 {continuous_years} 年（满 {adj.continuous_after_years} 年后又续保 {n} 年）{num(adj.step)} × {n}")
    elif continuous_years:
        # ("满了4年连续参保呢"): not raised yet, and when it will be — the rule from the year after
        w.cite(adj.source)
        w.step(f"连续参保 {continuous_years} 年，未超过 {adj.continuous_after_years} 年，暂不提高；连续参保满 "
               f"{adj.continuous_after_years} 年后，之后每连续参保 1 年提高 {num(adj.step)} 元（第 "
               f"{adj.continuous_after_years + 1} 年起）")
    if zero_claim_last_year:
        bonus += adj.step
        # (第三章 九问 例二: years without claims do not add up — one raise, the year after)
        parts.append(f"上年基金零报销 {num(adj.step)}（零报销的年数不累计，只提高一次）")
    if bonus:
        w.cite(adj.source)
        shown = min(bonus, bound)
        w.step("提高限额：" + " + ".join(parts) + f" = {num(bonus)} 元"
               + (f"，累计不超过原封顶线的 {pct(adj.bound_ratio)} 即 {num(bound)} 元" if bonus > bound else "")
               + f"，限额 {num(cap)} + {num(shown)} = {num(cap + shown)} 元")
        w.step(_ceiling_said(adj, base, bound))
        cap += shown
    return cap


def _floor_said(adj: CapAdjust, base: Decimal, bound: Decimal) -> str:
    return (f"每断保 1 年降低 {num(adj.step)} 元，累计降低不超过原封顶线的 {pct(adj.bound_ratio)} 即 {num(bound)} 元："
            f"最低降到 {num(base)} − {num(bound)} = {num(base - bound)} 元（{wan(base - bound)}万元）")


def _ceiling_said(adj: CapAdjust, base: Decimal, bound: Decimal) -> str:
    return (f"连续参保满 {adj.continuous_after_years} 年后每连续参保 1 年提高 {num(adj.step)} 元，当年基金零报销的次年提高 "
            f"{num(adj.step)} 元，两项可同时享受，累计提高不超过原封顶线的 {pct(adj.bound_ratio)} 即 {num(bound)} 元："
            f"最高 {num(base)} + {num(bound)} = {num(base + bound)} 元（{wan(base + bound)}万元）")


GROUP_WORDS = {"特困": "特困人员", "孤儿": "孤儿", "低保": "低保对象", "监测对象": "防止返贫监测对象",
               "返贫致贫": "返贫致贫人口", "困难": "困难人员"}


def _ordinary_assumed(si: SeriousIllness) -> str:
    """What a cap figure assumes of the asker: an ordinary resident, and which groups the policy file
    gives no cap at all (巴中 第三章 二十六问: 特困人员、孤儿、低保对象不设赔付限额), named from it."""
    uncapped = [GROUP_WORDS.get(c, c) for g in si.groups.values() if g.cap is None for c in g.categories]
    return "普通居民" + (f"（{'、'.join(uncapped)}不设赔付限额）" if uncapped else "")


def group_threshold(policy: Policy, category: str) -> Calculation | None:
    """The 大病 deductible of a group with a row of its own ("我是低保户 大病起付线好多"): the group's
    figure, with the working the policy file gives for it (14448 × 50% = 7224). None for a category
    with no row of its own (the ordinary rule answers it)."""
    si = section(policy)
    gname, g, matched = group_for(si, category)
    if gname == "一般" or not matched:
        return None
    w = Work("serious_threshold", "大病保险起付线", policy, dict(category=category))
    w.cite(si.group_sources.get(gname) or si.source)
    who = GROUP_WORDS.get(category, category)
    if g.note:
        w.step(g.note)
    if not g.note or num(g.deductible) not in g.note:
        w.step(f"{who}大病保险起付线 {num(g.deductible)} 元")
    w.money("deductible", g.deductible)
    w.assume(f"{who}；城乡居民大病保险")
    return w.done(f"{policy.region}城乡居民大病保险{who}的起付线是 {yuan(g.deductible)} 元。")


def serious_cap(policy: Policy, *, continuous_years: int | None = None, zero_claim_last_year: bool = False,
                gap_years: int = 0, gap_year: int | None = None, bound: str | None = None,
                each_year: list[list[int]] | None = None, run_start_unsaid: bool = False,
                run_start: int | None = None, reach: Decimal | str | None = None,
                zero_claim_set_aside: bool = False, insurance: str | None = None,
                zero_claim_other_year: tuple[int, list[int]] | None = None) -> Calculation:
    """巴中's yearly 大病 cap for one person (第三章 九问/十问 examples); with `bound` ("most",
    "least" or "both") how far the rewards can raise it or gaps lower it, at most; with `each_year`
    ([year, years in a row] of each later year of one unbroken run) the cap of each of them.
    `run_start_unsaid`: `continuous_years` was told as a bare count ("连续交了6年了"), its first year
    unsaid: longer than the years the rule has counted by the policy's year, it is not computed.
    `run_start`: the run's first year, said: years before the rule's first (`counted_from`) are not counted.
    `zero_claim_other_year`: (a year without claims, the years asked other than the one after it): the
    reward is the next year's alone (第三章 九问 例二) — said of them, and counted only where that year is asked."""
    si = section(policy)
    g = si.groups["一般"]
    if si.cap_adjust is None or g.cap is None:
        raise NotListed(f"{policy.region}的手册没有大病保险限额的奖励或扣减规定。")
    if insurance is not None and insurance not in si.insurance_types:
        # (the rewards and cuts are the 居民's rule, 第三章: a 职工's cap is never computed from them)
        raise NotListed(f"{policy.region}手册中的大病保险是城乡居民大病保险，连续参保奖励和断保扣减也是城乡居民医保的规定；"
                        "职工适用职工大额医疗费用补助等其他规定，这里不能按大病保险计算。", si.cap_adjust.source)
    if reach is not None and gap_years:
        # (a gap in the run: the handbook cuts the cap per year of gap and counts the run anew, but says not how a
        # cut and the later raises add up — no year can be given)
        raise NotListed(f"手册规定断保后再参保的，每断保1年降低大病保险最高支付限额{num(si.cap_adjust.step)}元，"
                        f"连续参保年数重新计算；断保扣减和以后连续参保的奖励怎样相抵，手册没有说明，"
                        f"限额哪一年能到您说的数算不出来。", si.cap_adjust.penalty_source)
    if reach is not None:
        return _cap_reached(policy, si, g.cap, None if reach == "most" else D(reach), run_start, zero_claim_set_aside,
                            zero_claim_told=zero_claim_last_year)
    if run_start_unsaid and continuous_years and run_start is None:
        _run_counted_check(policy, si, g.cap, continuous_years)
    before = None
    if run_start is not None and continuous_years and si.cap_adjust.counted_from is not None \
            and run_start < si.cap_adjust.counted_from:
        # ("2021年开始交的 连续6年"): the years before the rule's first year are not in its count
        before = min(continuous_years, si.cap_adjust.counted_from - run_start)
        continuous_years -= before
    if each_year and not zero_claim_last_year and not gap_years and not bound:
        return _cap_each_year(policy, si, g.cap, each_year)
    w = Work("serious_illness_cap", "大病保险年度最高支付限额", policy,
             dict(continuous_years=continuous_years, zero_claim_last_year=zero_claim_last_year or None,
                  gap_years=gap_years or None, bound=bound))
    w.cite(si.group_sources.get("cap"))
    w.step(f"大病保险原最高支付限额 {num(g.cap)} 元")
    if before:
        w.cite(si.cap_adjust.source)
        w.step(f"手册从 {si.cap_adjust.counted_from} 年起计算连续参保：{run_start} 年起的年份中，"
               f"{si.cap_adjust.counted_from} 年以前的 {before} 年不计，按连续参保 {continuous_years} 年计算")
    if bound and continuous_years is None and not zero_claim_last_year and not gap_years:
        # no year of the asker's told: the rule's bound is the answer
        return _cap_bound(si, g.cap, bound, w)
    cap = adjusted_cap(si, g.cap, continuous_years=continuous_years, zero_claim_last_year=zero_claim_last_year,
                       gap_years=gap_years, w=w, gap_year=gap_year)
    if zero_claim_other_year is not None:
        none, others = zero_claim_other_year
        w.cite(si.cap_adjust.source)
        said = "、".join(str(y) for y in others)
        w.step(f"{none} 年基金零报销，只提高次年（{none + 1} 年）的限额 {num(si.cap_adjust.step)} 元，再往后恢复原限额："
               f"{said} 年的限额不因此提高（零报销的次年才提高 {num(si.cap_adjust.step)} 元）")
    if cap == g.cap:
        w.step("没有可享受的提高或降低，限额不变")
    adj, limit = si.cap_adjust, fen(g.cap * si.cap_adjust.bound_ratio)
    if bound in ("most", "both") and not any("累计提高不超过" in st for st in w.steps):
        w.cite(adj.source)
        w.step(_ceiling_said(adj, g.cap, limit))
    if bound in ("least", "both") and not gap_years:
        w.cite(adj.penalty_source)
        w.step(_floor_said(adj, g.cap, limit))
    w.money("cap", cap)
    w.money("cap_change", cap - g.cap)         # (the raise or cut itself, for a "是不是加8000" checked)
    w.assume(_ordinary_assumed(si))
    if continuous_years is None and not gap_years:
        w.assume("未计连续参保年数")
    elif continuous_years:
        w.assume(f"按手册（{policy.year} 年度）的规定推算，以后年度的限额以当年公布的政策为准")
    return w.done(f"大病保险年度最高支付限额为 {yuan(cap)} 元（约 {wan(cap)} 万元）。")


def _cap_reached(policy: Policy, si: SeriousIllness, base: Decimal, target: Decimal | None, run_start: int | None,
                 zero_claim_set_aside: bool, zero_claim_told: bool = False) -> Calculation:
    """The year of an unbroken run in which the cap reaches a figure ("要到哪一年限额才能到35万"), or the
    rule's ceiling (`target` None: "哪年能涨到顶"): the raises needed, one a year after the first
    `continuous_after_years`, counted from the run's first year (never before the rule's own,
    `counted_from`; that year itself where the run's is unsaid, said so)."""
    adj = si.cap_adjust
    bound = fen(base * adj.bound_ratio)
    ceiling = base + bound
    goal = ceiling if target is None else target
    w = Work("serious_illness_cap", "大病保险限额达到的年份", policy, dict(target=target, run_start=run_start))
    w.cite(si.group_sources.get("cap"))
    w.cite(adj.source)
    w.step(f"大病保险原最高支付限额 {num(base)} 元")
    w.step(_ceiling_said(adj, base, bound))
    w.assume(_ordinary_assumed(si))
    if goal <= base:
        w.money("cap", base)
        return w.done(f"大病保险原最高支付限额就是 {yuan(base)} 元（{wan(base)}万元），不用等连续参保的奖励。")
    if goal > ceiling:
        w.step(f"{num(goal)} 元超过提高后的最高限额 {num(ceiling)} 元")
        w.money("cap", ceiling)
        return w.done(f"按手册的规定，大病保险最高支付限额最多提高到 {yuan(ceiling)} 元（{wan(ceiling)}万元），"
                      f"到不了 {yuan(goal)} 元。")
    # (rounded up: the year the cap first reaches the figure)
    raises = ((goal - base) / adj.step).to_integral_value(rounding=ROUND_CEILING)
    years = adj.continuous_after_years + int(raises)
    reached = base + adj.step * raises
    w.step(f"需提高 {num(goal)} − {num(base)} = {num(goal - base)} 元，每年提高 {num(adj.step)} 元："
           f"{num(goal - base)} ÷ {num(adj.step)} = {num((goal - base) / adj.step)}，需提高 {num(raises)} 次"
           + ("" if reached == goal else f"（向上取整，届时限额 {num(reached)} 元）"))
    w.step(f"连续参保满 {adj.continuous_after_years} 年后，第 {adj.continuous_after_years + 1} 年起每年提高一次："
           f"第 {adj.continuous_after_years} + {num(raises)} = {years} 年达到")
    first = run_start
    if adj.counted_from is not None and (first is None or first < adj.counted_from):
        if first is not None:
            before = f"{first} 年" if first == adj.counted_from - 1 else f"{first} 年至 {adj.counted_from - 1} 年"
            w.step(f"手册从 {adj.counted_from} 年起计算连续参保，{before}的参保不计")
        else:
            w.assume(f"从手册开始计算连续参保的 {adj.counted_from} 年起每年参保")
        first = adj.counted_from
    w.result["years"] = years
    w.money("cap", reached)
    w.assume("中间一年都不断保（断保后连续参保年数重新计算）")
    if zero_claim_set_aside:
        w.assume("只计连续参保的奖励，不计基金零报销的奖励")
    else:
        w.assume(f"未计基金零报销的奖励（当年零报销的，次年另提高 {num(adj.step)} 元，可同时享受，会更早达到）")
    w.assume(f"按手册（{policy.year} 年度）的规定推算，以后年度的限额以当年公布的政策为准")
    # (a zero-claim year told: its raise is the next year's only, never added up (第三章 九问 例二), and the handbook
    # shows no run with both — the year counted from the run alone is said as that, never as the asker's)
    told = "" if zero_claim_set_aside or not zero_claim_told else (
        f"这是只算连续参保奖励的结果。您说的基金零报销，次年另提高 {num(adj.step)} 元（只提高一年，不累计），"
        "可能让限额早一年达到；两项怎样逐年叠加，手册没有例子，请以医保经办机构核算为准。")
    if first is None:
        return w.done(f"连续参保的第 {years} 年，大病保险最高支付限额达到 {yuan(reached)} 元（{wan(reached)}万元）。" + told)
    year = first + years - 1
    w.step(f"{first} 年为第 1 年，第 {years} 年即 {first} + {years} − 1 = {year} 年")
    w.result["year"] = year
    return w.done(f"{year} 年（连续参保的第 {years} 年），大病保险最高支付限额达到 {yuan(reached)} 元"
                  f"（{wan(reached)}万元）。" + told)


def _run_counted_check(policy: Policy, si: SeriousIllness, base: Decimal, continuous_years: int) -> None:
    """A run told as a bare count longer than the years counted since the rule's first year (巴中: from
    2025, so at most 2 by 2026): the years before it the rule does not count, and which of the asker's
    are which is not known — the rule is said (its first year, its raise, its ceiling), never a raise
    computed from years it may not count."""
    adj = si.cap_adjust
    if adj.counted_from is None or continuous_years <= policy.year - adj.counted_from + 1:
        return
    most = policy.year - adj.counted_from + 1
    bound = fen(base * adj.bound_ratio)
    raise NotListed(
        f"手册规定从{adj.counted_from}年起计算连续参保年数：连续参加居民医保满{adj.continuous_after_years}年后，"
        f"之后每连续参保1年提高大病保险最高支付限额{num(adj.step)}元（原限额{wan(base)}万元），"
        f"累计提高不超过原封顶线的{pct(adj.bound_ratio)}，最高{wan(base + bound)}万元"
        f"（例：{adj.counted_from}—{adj.counted_from + adj.continuous_after_years - 1}年连续"
        f"{adj.continuous_after_years}年，第{adj.continuous_after_years + 1}年即"
        f"{adj.counted_from + adj.continuous_after_years}年提高到{wan(base + adj.step)}万元）。"
        f"您说的连续{continuous_years}年，按手册从{adj.counted_from}年起算，到{policy.year}年度最多连续{most}年，"
        f"还没满{adj.continuous_after_years}年，限额暂不提高（{adj.counted_from}年以前的参保年数是否计入，"
        f"请向参保地医保经办机构确认）。",
        adj.source, ruled=True)


def _cap_each_year(policy: Policy, si: SeriousIllness, base: Decimal, each_year: list[list]) -> Calculation:
    """The cap of each year asked, named by its year: [year, years in a row then (None: not counted), and
    whether the year before had no claims (optional)] — each later year of one unbroken run ("2029年继续交
    2030年也交 这两年分别好多"), or the years asked beside a year without claims ("2027年封顶多少 2028年的呢")."""
    w = Work("serious_illness_cap", "大病保险年度最高支付限额", policy, dict(each_year=each_year))
    w.cite(si.group_sources.get("cap"))
    w.step(f"大病保险原最高支付限额 {num(base)} 元")
    adj = si.cap_adjust
    said, rule = [], []
    for year, n, *zero in each_year:
        zero = bool(zero and zero[0])
        if n is not None and adj.counted_from is not None and year - n + 1 < adj.counted_from:
            # (years before the rule's first year are not in its count)
            w.step(f"{year} 年：手册从 {adj.counted_from} 年起计算连续参保，{adj.counted_from} 年以前的参保不计")
            n = max(0, year - adj.counted_from + 1)
        at = len(w.steps)
        cap = adjusted_cap(si, base, continuous_years=n or None, zero_claim_last_year=zero, gap_years=0, w=w)
        # (each year's own working, named by its year; the rule's ceiling said once, last)
        new, w.steps[at:] = w.steps[at:], []
        for st in new:
            if st.startswith("提高限额") or st.startswith("连续参保 "):
                w.step(f"{year} 年：{st}")
            elif st not in rule:
                rule.append(st)
        if cap == base:
            w.step(f"{year} 年：没有可享受的提高，限额 {num(base)} 元")
        w.money(f"cap_{year}", cap)
        said.append(f"{year} 年 {yuan(cap)} 元（约 {wan(cap)} 万元）")
    for st in rule:
        w.step(st)
    w.assume(_ordinary_assumed(si))
    if any(n is None for _, n, *_ in each_year):
        w.assume("未计连续参保年数")
    if any(zero and zero[0] for _, _, *zero in each_year):
        w.assume("基金零报销只提高次年的限额，再往后恢复原限额（第三章 九问 例二）")
    w.assume(f"按手册（{policy.year} 年度）的规定推算，以后年度的限额以当年公布的政策为准")
    return w.done("大病保险年度最高支付限额：" + "；".join(said) + "。")


def _cap_bound(si: SeriousIllness, base: Decimal, bound: str, w: Work) -> Calculation:
    """How high the rewards can raise the cap, or how low gaps can bring it: the 20% bound."""
    adj = si.cap_adjust
    limit = fen(base * adj.bound_ratio)
    said = []
    if bound in ("most", "both"):
        w.cite(adj.source)
        w.step(_ceiling_said(adj, base, limit))
        w.money("cap", base + limit)
        said.append(f"最多提高到 {yuan(base + limit)} 元（{wan(base + limit)}万元），比原限额多 {yuan(limit)} 元")
    if bound in ("least", "both"):
        w.cite(adj.penalty_source)
        w.step(_floor_said(adj, base, limit))
        if bound == "least":
            w.money("cap", base - limit)
        said.append(f"最低降到 {yuan(base - limit)} 元（{wan(base - limit)}万元），比原限额少 {yuan(limit)} 元")
    w.result["bound"] = bound
    w.assume(_ordinary_assumed(si))
    return w.done("大病保险年度最高支付限额" + "；".join(said) + "。")


def serious_illness(policy: Policy, *, amount: Decimal, category: str = "一般", insurance: str = "居民",
                    continuous_years: int | None = None, zero_claim_last_year: bool = False,
                    gap_years: int = 0, referred: bool = True, basic_paid: Decimal | None = None,
                    self_funded: Decimal = ZERO, after_serious: bool = False,
                    above_deductible: bool = False, year: int | None = None) -> Calculation:
    """`basic_paid`: what basic insurance paid of `amount`, a stay's bill ("花了10万，医保报了6万"):
    大病保险 is on what is left. `self_funded`: costs outside the 目录 the asker said are in
    `amount` ("其中自费药1万"): 大病保险 pays only on 合规 costs, so they come off first.
    `after_serious`: `amount` is what the asker still paid after 大病保险 ("大病报完自己还掏了6万"):
    only the region's second layer (个人合规自付超过… 再报) is left to pay on it.
    `above_deductible`: `amount` is what is left over the deductible ("扣除起付线后还有5万"): the
    deductible is added back to make the 合规自付 the table is read on, and said.
    `year`: the year the asker wrote for the costs ("2024年 … 大病报好多"): where the handbook gives the
    deductible for one year only (`deductible_year`), another year's is not known — not computed."""
    amount = check_amount(D(amount), "个人负担的合规医疗费用")
    if after_serious:
        return _after_serious(policy, amount, category, insurance)
    outside = D(self_funded or 0) if ZERO < D(self_funded or 0) < amount else ZERO
    basic = D(basic_paid) if basic_paid is not None and ZERO < D(basic_paid) < amount - outside else ZERO
    bill = amount if outside or basic else None
    amount = amount - outside - basic
    si = section(policy)
    if insurance not in si.insurance_types:
        raise NotListed(f"{policy.region}手册中的大病保险是城乡居民大病保险，职工适用职工大额医疗费用补助等其他规定，这里不能按大病保险计算。")
    gname, g, matched = group_for(si, category)
    if year is not None and si.deductible_year is not None and year != si.deductible_year:
        raise NotListed(f"{policy.region}的手册只给出{si.deductible_year}年度的大病保险起付线"
                        f"（{'普通人员' if gname == '一般' else category} {num(g.deductible)} 元），没有{year}年度的，"
                        f"所以没法按{year}年度算出大病保险赔多少。")
    w = Work("serious_illness", "大病保险赔付测算", policy,
             dict(amount=amount, category=category, insurance=insurance, continuous_years=continuous_years,
                  gap_years=gap_years or None, referred=None if referred else False))
    w.cite(si.source)
    w.cite(si.group_sources.get(gname))
    if not matched:
        w.assume(f"{category}不在大病保险倾斜人群之列，按普通人员计算")
    if bill is not None:
        minus = "".join(f" − {num(x)}（{why}）" for x, why in ((outside, "目录外自费"), (basic, "基本医保已报")) if x)
        w.step(f"个人负担的合规费用：{num(bill)}{minus} = {num(amount)} 元")
    if above_deductible and not (outside or basic):
        said_over = amount
        amount = amount + g.deductible
        w.step(f"超过起付线的部分 {num(said_over)} 元，加上起付线 {num(g.deductible)} 元，"
               f"个人负担的合规费用共 {num(amount)} 元")
    if g.note:
        w.step(g.note)
    cut = si.unreferred_cut if (si.unreferred_cut and not referred) else ZERO

    paid = ZERO
    pieces: list[str] = []
    if amount <= g.deductible:
        # (a round 万 threshold said also as the handbook says it, "1万元", as the line above it does)
        wan_said = f"（{wan(g.deductible)}万元）" if g.deductible % 10000 == 0 else ""
        # (below the line it is not reached, the asker's "能走大病吗" answered as 不能; at the line itself
        # nothing is above it either)
        reached = "未达到" if amount < g.deductible else "未超过"
        w.step(f"个人负担的合规费用 {num(amount)} 元{reached}大病保险起付线 {num(g.deductible)} 元{wan_said}，"
               f"不能由大病保险赔付（大病保险不赔付）")
        if amount < g.deductible:
            # (how far off the line is part of "能走大病吗" — the line is the year's sum, more may follow)
            gap = g.deductible - amount
            w.step(f"距起付线还差 {num(g.deductible)} − {num(amount)} = {num(gap)} 元（起付线按年度累计）")
            w.money("to_deductible", gap)
    elif si.segment_base == "absolute":
        lower = g.deductible
        for seg in g.segments:
            upper = seg.upto if seg.upto is not None else amount
            if amount <= lower:
                break
            top = min(amount, upper)
            if top <= lower:
                continue
            r = seg.ratio - cut
            part = fen((top - lower) * r)
            w.step(f"({num(top)} − {num(lower)}) × {pct(r)} = {num(part)} 元")
            pieces.append(num(part))
            paid += part
            lower = top
    else:
        over = amount - g.deductible
        # (the deductible said as the handbook says it: 超过1万元以上部分)
        said = f"{num(g.deductible / 10000)}万元" if g.deductible % 10000 == 0 else f"{num(g.deductible)}元"
        w.step(f"超过起付线{said}的部分：{num(amount)} − {num(g.deductible)} = {num(over)} 元")
        lower = ZERO
        for seg in g.segments:
            if over <= lower:
                break
            top = over if seg.upto is None else min(over, seg.upto)
            r = seg.ratio - cut
            part = fen((top - lower) * r)
            if lower == 0:
                w.step(f"{num(top)} × {pct(r)} = {num(part)} 元" + ("" if seg.upto is None or top < seg.upto else f"（{num(seg.upto)} 元以内部分）"))
            else:
                w.step(f"({num(top)} − {num(lower)}) × {pct(r)} = {num(part)} 元")
            pieces.append(num(part))
            paid += part
            lower = top
    if cut:
        w.assume(f"未办理转院审批手续，大病保险报销比例降低 {pct(cut)}")
    if len(pieces) > 1:
        w.step(f"合计 {' + '.join(pieces)} = {num(paid)} 元")

    layer = si.second_layer
    if layer and gname in layer.groups and paid > 0:
        left = amount - paid
        if left > layer.above:
            extra = fen((left - layer.above) * layer.ratio)
            w.step(f"大病保险报销后个人合规自付 {num(amount)} − {num(paid)} = {num(left)} 元，超过 {num(layer.above)} 元的部分再报 "
                   f"({num(left)} − {num(layer.above)}) × {pct(layer.ratio)} = {num(extra)} 元")
            paid += extra
    elif layer and gname not in layer.groups:
        w.assume(f"手册未说明特殊人群是否适用“个人合规自付超过 {num(layer.above)} 元部分再报 {pct(layer.ratio)}”，未计入")

    if g.cap is not None:
        w.cite(si.group_sources.get("cap"))
        cap = adjusted_cap(si, g.cap, continuous_years=continuous_years, zero_claim_last_year=zero_claim_last_year,
                           gap_years=gap_years, w=w)
        if paid > cap:
            w.step(f"超过年度最高支付限额 {num(cap)} 元，按 {num(cap)} 元赔付")
            paid = cap
            w.result["cap_reached"] = "yes"
        w.money("cap", cap)
    else:
        w.step("不设年度赔付限额")

    w.money("amount", amount)
    w.money("deductible", g.deductible)
    w.money("fund_pays", paid)
    w.money("self_pays", amount - paid)
    w.assume(f"{policy.region}城乡居民，{'普通人员' if gname == '一般' else category}")
    if si.deductible_year is not None and si.deductible_year != policy.year:
        w.assume(f"起付线按手册列出的{si.deductible_year}年度标准 {num(g.deductible)} 元计算，"
                 f"{policy.year}年度的起付线手册未列出，以当年公布的为准")
    if bill is None:
        w.assume("所给金额是本年度经基本医保报销后、个人负担的合规医疗费用累计额")
    else:
        w.assume(("所给费用中基本医保已报的金额如您所说" if basic else "所给金额是本年度经基本医保报销后个人负担的费用")
                 + ("，除所说的目录外自费都是合规费用" if outside else "，都是合规费用") + "；本年没有其他合规自付费用")
    if si.cap_adjust and continuous_years is None and not gap_years and g.cap is not None:
        w.assume("未计连续参保、零报销奖励或断保扣减对限额的影响")
    return w.done(f"大病保险赔付约 {yuan(paid)} 元，个人仍需负担 {yuan(amount - paid)} 元。")


def _after_serious(policy: Policy, amount: Decimal, category: str, insurance: str) -> Calculation:
    """What is paid on the 合规 costs the asker still bore after 大病保险: the second layer where the
    handbook has one (长治: 超过5万元以上部分再按50%), for the groups it names; else not listed."""
    si = section(policy)
    if insurance not in si.insurance_types:
        raise NotListed(f"{policy.region}手册中的大病保险是城乡居民大病保险，职工适用职工大额医疗费用补助等其他规定，这里不能按大病保险计算。")
    gname, _g, _matched = group_for(si, category)
    layer = si.second_layer
    if layer is None or gname not in layer.groups:
        raise NotListed(f"{policy.region}的手册没有列出大病保险报销后个人自付部分再报销的规定"
                        + ("（困难群众可再申请医疗救助）。" if policy.assistance else "。"), si.source)
    w = Work("serious_illness", "大病保险报销后的再报销测算", policy,
             dict(amount=amount, category=category, insurance=insurance, after_serious=True))
    w.cite(si.source)
    from calculators.figures import money
    w.step(f"手册规定：大病保险报销后，个人合规自付费用超过{money(layer.above)}以上部分，再按 {pct(layer.ratio)} 报销")
    extra = ZERO
    if amount > layer.above:
        extra = fen((amount - layer.above) * layer.ratio)
        w.step(f"({num(amount)} − {num(layer.above)}) × {pct(layer.ratio)} = {num(extra)} 元")
    else:
        w.step(f"个人合规自付 {num(amount)} 元未超过 {num(layer.above)} 元，不再报销")
    w.money("amount", amount)
    w.money("fund_pays", extra)
    w.money("self_pays", amount - extra)
    w.assume(f"{policy.region}城乡居民，{'普通人员' if gname == '一般' else category}")
    w.assume("所给金额是本年度经基本医保和大病保险报销后、个人负担的合规医疗费用累计额")
    return w.done(f"大病保险报销后可再报约 {yuan(extra)} 元，个人仍需负担 {yuan(amount - extra)} 元。")
