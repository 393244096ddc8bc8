"""医疗救助 on what is left after basic insurance and 大病保险: 常规救助 by category,
then 倾斜救助 above the yearly line for those referred within the province."""
from __future__ import annotations

from decimal import Decimal

from calculators.common import BadInput, NotListed, Work, check_amount, open_section
from calculators.money import ZERO, D, fen, num, pct, wan, yuan
from calculators.policy import AssistRow, Assistance, Policy
from calculators.result import Calculation

CATEGORY_WORDS = {"特困": "特困人员", "孤儿": "孤儿", "低保": "低保对象", "监测对象": "防止返贫监测对象",
                  "低保边缘": "低保边缘家庭成员", "因病致贫": "因病致贫重病患者", "返贫致贫": "返贫致贫人口",
                  "易返贫致贫": "易返贫致贫人口", "突发严重困难": "突发严重困难人口"}


def row_for(a: Assistance, category: str) -> AssistRow | None:
    return next((r for r in a.rows if category in r.categories), None)


def assist_amount(a: Assistance, category: str, amount: Decimal, referred: bool, w: Work,
                  stay: tuple[Decimal, Decimal] | None = None) -> Decimal:
    """Adds the steps to `w` and returns what 医疗救助 pays on `amount` (个人自付合规费用); `stay`: an
    in-province stay's whole 目录内 bill and what the funds before 救助 paid of it, for the row's floor
    of the 综合支付比例 (unknown without it: said, not computed)."""
    row = row_for(a, category)
    if row is None:
        raise BadInput(f"“{CATEGORY_WORDS.get(category, category)}”不是{w.policy.region}医疗救助的对象类别。", "category")
    w.cite(a.source)
    over = max(ZERO, amount - row.deductible)
    pay = fen(over * row.ratio)
    base = f"({num(amount)} − {num(row.deductible)} 起付标准)" if row.deductible else num(amount)
    w.step(f"常规救助：{base} × {pct(row.ratio)} = {num(pay)} 元" + (f"（起付标准为{row.deductible_note}）" if row.deductible_note else ""))
    if row.cap is not None and pay > row.cap:
        w.step(f"超过年度救助限额 {num(row.cap)} 元，按 {num(row.cap)} 元救助")
        pay = row.cap
    elif row.cap is not None:
        # the cap is part of the rule asked about ("还有医疗救助不"): stated even when not reached
        w.assume(f"{CATEGORY_WORDS.get(category, category)}年度最高救助限额 {num(row.cap)} 元（{wan(row.cap)}万元），"
                 f"本次未超过")
    if row.floor_ratio is not None and stay is not None:
        bill, funds = stay
        target = fen(bill * row.floor_ratio)
        if funds + pay < target:
            # (the handbook's floor of the stay's 综合支付比例: 救助 tops the claims up to it)
            w.step(f"综合支付比例 ({num(funds)} + {num(pay)}) ÷ {num(bill)} = {pct(((funds + pay) / bill).quantize(Decimal('0.0001')))}，"
                   f"不足 {pct(row.floor_ratio)}，救助到 {pct(row.floor_ratio)}：{num(bill)} × {pct(row.floor_ratio)} − "
                   f"{num(funds)} = {num(target - funds)} 元")
            pay = min(target - funds, amount)
        w.assume(row.floor_note)
    elif row.floor_note:
        w.assume(f"{row.floor_note}（不知道这次住院目录内总费用和已报金额，此处未计）")
    if referred and a.tilt_threshold is not None:
        pay += tilt_amount(a, category, amount - pay, w)
    elif a.tilt_threshold is not None:
        w.assume("未计倾斜救助（限规范转诊且在省内就医的救助对象）")
    if a.note:
        w.assume(a.note)
    return pay


def tilt_amount(a: Assistance, category: str, left: Decimal, w: Work) -> Decimal:
    """倾斜救助 on what is left after 常规救助: the part above the yearly line, at the category's ratio."""
    if a.tilt_threshold is None:
        raise NotListed(f"{w.policy.region}的手册没有列出倾斜救助的标准。", a.source)
    ratio = a.tilt_ratio.get(category, a.tilt_ratio.get("*"))
    w.cite(a.tilt_source)
    w.assume(a.tilt_note)
    if not ratio:
        return ZERO
    if left <= a.tilt_threshold:
        w.step(f"倾斜救助：个人自付 {num(left)} 元未超过 {num(a.tilt_threshold)} 元，没有倾斜救助")
        return ZERO
    tilt = fen((left - a.tilt_threshold) * ratio)
    w.step(f"倾斜救助：个人自付 {num(left)} 元超过 {num(a.tilt_threshold)} 元的部分 "
           f"({num(left)} − {num(a.tilt_threshold)}) × {pct(ratio)} = {num(tilt)} 元")
    if a.tilt_cap is not None and tilt > a.tilt_cap:
        w.step(f"超过倾斜救助年度限额 {num(a.tilt_cap)} 元，按 {num(a.tilt_cap)} 元救助")
        tilt = a.tilt_cap
    return tilt


def _section(policy: Policy, category: str) -> Assistance:
    """The region's 医疗救助 section, for a category it serves (not 一般: 救助 is for groups in difficulty)."""
    a = open_section(policy, "assistance", "医疗救助的标准")
    if category in ("一般", ""):
        raise BadInput("医疗救助只针对特困、低保、监测对象等困难群众，请告诉我属于哪一类。", "category")
    return a


def _outpatient_ratio(a: Assistance, policy: Policy, category: str, care: str) -> Decimal:
    """门诊救助's ratio for the category and kind of care (门诊慢性病 / 门诊特药); NotListed where not given."""
    ratio = (a.outpatient or {}).get(category, {}).get(care)
    if ratio is None:
        raise NotListed(f"{policy.region}的手册没有列出{CATEGORY_WORDS.get(category, category)}{care}门诊救助的比例。",
                        a.outpatient_source)
    return ratio


def _outpatient_pay(a: Assistance, care: str, amount: Decimal, ratio: Decimal, w: Work) -> Decimal:
    """Adds 门诊救助's step to `w` and returns what it pays on `amount` (left after the benefit)."""
    w.cite(a.outpatient_source)
    pay = fen(amount * ratio)
    w.step(f"门诊救助（{care}）：{num(amount)} × {pct(ratio)} = {num(pay)} 元")
    return pay


def assistance(policy: Policy, *, category: str, amount: Decimal, referred: bool = False,
               after_regular: bool = False, care: str | None = None, unreferred: bool = False) -> Calculation:
    """医疗救助 on what is left after basic insurance and 大病保险 — or, `after_regular`, only the
    倾斜救助 on what is left after 常规救助 too; `care` 门诊慢性病 / 门诊特药 for 门诊救助. `unreferred`: the
    care was said not referred as the rules ask ("没按规定转诊"): where the handbook says what becomes of
    such a case (`unreferred_note`), that rule, nothing computed as paid."""
    amount = check_amount(D(amount), "个人自付的合规医疗费用")
    a = _section(policy, category)
    w = Work("assistance", "医疗救助测算", policy,
             dict(category=category, amount=amount, referred=referred or None, after_regular=after_regular or None,
                  care=care, unreferred=unreferred or None))
    who = CATEGORY_WORDS.get(category, category)
    if unreferred and a.unreferred_note and not care:
        # (the handbook's 原则上: said as the rule, the office named for the exceptions — never a sum paid)
        w.cite(a.source)
        w.step(a.unreferred_note)
        w.money("assistance_pays", ZERO)
        w.money("self_pays", amount)
        w.assume(f"{who}；您说的是没有按规定转诊就医")
        return w.done(f"按手册，{a.unreferred_note}：这笔 {yuan(amount)} 元一般不能申请医疗救助"
                      "（“原则上”之外的情形，请向参保地医保经办机构确认）。")
    if after_regular:
        pay = tilt_amount(a, category, amount, w)
        w.money("assistance_pays", pay)
        w.money("self_pays", amount - pay)
        w.assume(f"{who}，所给金额是经基本医保、大病保险和常规救助后仍由个人自付的合规费用，且规范转诊、在省内就医")
        return w.done(f"倾斜救助约 {yuan(pay)} 元，个人最后负担 {yuan(amount - pay)} 元。")
    if care and a.outpatient:
        pay = _outpatient_pay(a, care, amount, _outpatient_ratio(a, policy, category, care), w)
        w.money("assistance_pays", pay)
        w.money("self_pays", amount - pay)
        w.assume(f"{who}，所给金额是{care}政策范围内经医保报销后剩余的部分")
        return w.done(f"门诊救助约 {yuan(pay)} 元，个人最后负担 {yuan(amount - pay)} 元。")
    pay = assist_amount(a, category, amount, referred, w)
    w.money("assistance_pays", pay)
    w.money("self_pays", amount - pay)
    w.assume(f"{who}，所给金额是经基本医保、大病保险报销后的个人自付合规费用")
    return w.done(f"医疗救助约 {yuan(pay)} 元，个人最后负担 {yuan(amount - pay)} 元。")


def assistance_after_serious(policy: Policy, *, category: str, amount: Decimal, insurance: str = "居民",
                             referred: bool = False, serious_referred: bool = True) -> Calculation:
    """医疗救助 asked after 大病保险 was computed on what basic insurance left (`amount`): 大病保险 first,
    then 救助 on what it leaves — the order the handbooks give (基本医保 → 大病保险 → 医疗救助)."""
    from calculators.serious_illness import serious_illness
    amount = check_amount(D(amount), "经基本医保报销后个人负担的合规医疗费用")
    a = _section(policy, category)
    si = serious_illness(policy, amount=amount, category=category, insurance=insurance, referred=serious_referred)
    si_pay = D(str(si.result["fund_pays"]))
    w = Work("assistance", "医疗救助测算（大病保险之后）", policy,
             {"category": category, "amount": amount, "insurance": insurance, "referred": referred or None})
    w.carry(si, "大病保险：", assumptions=False)
    left = amount - si_pay
    w.step(f"大病保险报销后个人负担 {num(amount)} − {num(si_pay)} = {num(left)} 元")
    pay = assist_amount(a, category, left, referred, w) if left > 0 else ZERO
    w.money("serious_illness_pays", si_pay)
    w.money("assistance_pays", pay)
    w.money("self_pays", left - pay)
    for x in si.assumptions:
        w.assume(x)
    w.assume(f"{CATEGORY_WORDS.get(category, category)}，所给金额 {num(amount)} 元是经基本医保报销后的个人自付合规费用")
    return w.done(f"大病保险约 {yuan(si_pay)} 元，医疗救助约 {yuan(pay)} 元，个人最后负担 {yuan(left - pay)} 元。")


def assistance_after_chronic(policy: Policy, *, category: str, insurance: str, diseases: list[str], cost: Decimal,
                             months: int | None = None) -> Calculation:
    """门诊救助 asked of a 门诊慢病 bill ("冠心病一个月花了200，医保报完救助给多少"): the chronic
    benefit first, then 门诊救助 on what it leaves — the same order as for a stay."""
    from calculators.chronic import chronic
    cost = check_amount(D(cost), "门诊慢病费用")
    a = _section(policy, category)
    who = CATEGORY_WORDS.get(category, category)
    # (no 门诊救助 ratio of its own where 常规救助's rows are for 门诊慢特病 too, 巴中: those rows)
    by_rows = (a.outpatient or {}).get(category, {}).get("门诊慢性病") is None and "门诊慢性病" in a.rows_cover
    ratio = None if by_rows else _outpatient_ratio(a, policy, category, "门诊慢性病")
    ch = chronic(policy, insurance=insurance, diseases=diseases, cost=cost, months=months)
    fund = D(str(ch.result["fund_pays"]))
    w = Work("assistance", "门诊慢病报销和门诊救助测算", policy,
             dict(category=category, insurance=insurance, diseases=diseases, cost=cost, months=months,
                  care="门诊慢性病"))
    w.carry(ch, "门诊慢病：", assumptions=False)
    left = cost - fund
    w.step(f"医保报销后剩余 {num(cost)} − {num(fund)} = {num(left)} 元")
    if by_rows:
        pay = assist_amount(a, category, left, False, w) if left > 0 else ZERO
    else:
        pay = _outpatient_pay(a, "门诊慢性病", left, ratio, w)
    w.money("chronic_pays", fund)
    w.money("assistance_pays", pay)
    w.money("self_pays", left - pay)
    for x in ch.assumptions:
        w.assume(x)
    w.assume(f"{who}，所给金额 {num(cost)} 元是门诊慢病政策范围内的费用")
    aid = "医疗救助（常规救助）" if by_rows else "门诊救助"
    return w.done(f"门诊慢病报销约 {yuan(fund)} 元，{aid}约 {yuan(pay)} 元，个人最后负担 {yuan(left - pay)} 元。")


def matching_funds(policy: Policy, *, people: dict[str, int]) -> Calculation:
    """What the local treasuries put into the 医疗救助 fund a year for the people insured in each scheme
    ("区里职工参保8万人 居民40万人 区财政配套好多"): each scheme's count at its figure per person, added —
    where the handbook gives the figures (巴中 第一章 十六)."""
    a = policy.assistance
    if a is None or not a.matching or not all(k in a.matching for k in people):
        raise NotListed(f"{policy.region}的手册没有列出财政配套医疗救助资金的标准。")
    w = Work("assistance_matching", "财政配套医疗救助资金", policy, dict(people=dict(people)))
    w.cite(a.matching_source)
    names = {"职工": "职工医保", "居民": "城乡居民医保"}
    parts = []
    for scheme, n in people.items():
        if n <= 0:
            raise BadInput("参保人数需要大于 0。")
        part = a.matching[scheme] * n
        w.step(f"{names[scheme]}参保 {num(D(n))} 人 × {num(a.matching[scheme])} 元/年·人 = {num(part)} 元")
        w.money(f"{scheme}_part", part)
        parts.append(part)
    total = sum(parts, ZERO)
    if len(parts) > 1:
        w.step(f"合计 {' + '.join(num(x) for x in parts)} = {num(total)} 元（{wan(total)}万元）")
    w.money("total", total)
    w.assume(f"手册写的是{a.matching_by}按参保总人数配套，没有写{a.matching_by}之间各出多少；国、省投入另计")
    return w.done(f"{a.matching_by}每年配套医疗救助资金 {yuan(total)} 元（{wan(total)}万元）。")
