"""Basic-insurance inpatient reimbursement: (eligible − deductible) × ratio, within the annual cap."""
from __future__ import annotations

from decimal import Decimal

from calculators.common import BadInput, NotListed, Work, check_amount, open_section, raised_for_years, room_left
from calculators.money import ZERO, D, fen, num, pct, wan, yuan
from calculators.policy import InpatientPlan, Policy, Source
from calculators.result import Calculation

FILING_WORDS = {
    "市内": "市内定点医疗机构",
    "长期备案": "异地长期备案后在备案地住院",
    "转诊": "办理异地转诊备案后住院",
    "急诊": "异地急诊抢救住院",
    "临时备案": "临时外出就医并已备案",
    "未备案": "非急诊、未转诊、未备案的临时外出住院",
    "省内": "省内异地住院（免备案直接结算）",
}
INSURANCE_WORDS = {"职工": "职工医保", "居民": "城乡居民医保"}


def plan_for(policy: Policy, insurance: str) -> InpatientPlan:
    if policy.inpatient and insurance not in policy.inpatient:
        have = "、".join(INSURANCE_WORDS.get(k, k) for k in policy.inpatient)
        raise NotListed(f"{policy.region}的手册只有{have}的住院待遇，没有{INSURANCE_WORDS.get(insurance, insurance)}的。")
    plan = policy.inpatient.get(insurance)
    if plan is not None and plan.missing and plan.annual_cap:
        raise NotListed(plan.missing.note + f"。手册只给出统筹基金年度最高支付限额 {num(plan.annual_cap.amount)} 元。",
                        plan.missing.source)
    return open_section(policy, "inpatient", "住院待遇", insurance)


def _after_stay(policy: Policy, prior_tier: str, before: Decimal, deductible: Decimal) -> tuple[str, Decimal]:
    """The deductible owed after a stay at `prior_tier` whose deductible `before` was paid: none at
    the same or a lower tier, only the difference at a higher one; with the sentence saying so."""
    if before >= deductible:
        return f"此前已在{policy.tier_name(prior_tier)}支付起付线 {num(before)} 元，本次同级或较低级别，不再计起付线", ZERO
    return (f"此前已在{policy.tier_name(prior_tier)}支付起付线 {num(before)} 元，本次到更高级别，只补差额 "
            f"{num(deductible)} − {num(before)} = {num(deductible - before)} 元"), deductible - before


def highest_paid_tier(policy: Policy, insurance: str | None, tiers: list[str], filing: str = "市内") -> str | None:
    """Of the levels of the year's earlier stays, the one whose deductible is the highest (what the year has
    paid of a deductible by then, a difference topping up to it); None where the table does not list them
    all (then no level is chosen)."""
    plans = [policy.inpatient[insurance]] if insurance in (policy.inpatient or {}) else list((policy.inpatient or {}).values())
    for plan in plans:
        if plan.missing or filing not in plan.filings:
            continue
        table = plan.tables[plan.filings[filing].table]
        if all(t in table.tiers for t in tiers):
            return max(tiers, key=lambda t: table.tiers[t].deductible)
    return None


def deductible_after_stay(policy: Policy, *, insurance: str, tier: str, prior_tier: str, transfer: bool = False,
                          admission: int = 1, filing: str = "市内") -> tuple[str, list[Source]] | None:
    """The rule a stay after an earlier one follows, for the asker's case and no bill yet: the
    deductible it owes (none, or the difference) and its rate, with the sources; None where the
    region's handbook has no rule for it (then a stay is counted on its own) or the case is not in
    its table."""
    if not (transfer or admission > 1) or not policy.inpatient or insurance not in policy.inpatient:
        return None
    plan = policy.inpatient[insurance]
    if plan.missing or not plan.transfer or filing not in plan.filings:
        return None
    rule_f = plan.filings[filing]
    table = plan.tables[rule_f.table]
    if tier not in table.tiers or prior_tier not in table.tiers:
        return None
    rule = table.tiers[tier]
    said, _ = _after_stay(policy, prior_tier, table.tiers[prior_tier].deductible, rule.deductible)
    ratio = rule.ratio - rule_f.ratio_cut
    if transfer or plan.transfer.scope == "year":
        return (f"{said}；{policy.tier_name(tier)}报销比例 {pct(ratio)}。", [table.source, plan.transfer.source])
    # a later stay of the year, not said to be a transfer, where the handbook's rule holds only within
    # one course of treatment (巴中): which it is decides the deductible, so both are said, as the
    # calculation counts a stay that is no transfer (on its own)
    said = (f"{policy.region}手册只对同一治疗过程中的转诊规定了起付线的减免。若这次是同一治疗过程中因病情需要转诊过来的："
            f"{said}。若是另外一次住院（不是转诊），手册未说明再次住院是否免起付线，按本次住院单独计起付线："
            f"{policy.tier_name(tier)}起付线 {num(rule.deductible)} 元")
    return f"{said}；{policy.tier_name(tier)}报销比例 {pct(ratio)}。", [table.source, plan.transfer.source]


def filing_rows(policy: Policy, filing: str, *, insurances: list[str] | None = None,
                tiers: list[str] | None = None) -> list[tuple[str, list[tuple[str, Decimal, Decimal]], list[Source]]]:
    """Each scheme's rows of the table a filing's stays are paid by (its ratio cut applied), for a page
    that states the filing's rule only in words ("与市内同等级医疗机构相同"): per scheme (those asked, else
    every scheme the file tables), the tiers asked (else all), as (tier's name, deductible, ratio), with
    the sections the rows are read from (the table's, and the filing's rule where it has its own). A
    scheme without that filing or those tiers gives no rows."""
    out = []
    for ins, plan in (policy.inpatient or {}).items():
        if (insurances and ins not in insurances) or plan.missing or filing not in plan.filings:
            continue
        rule = plan.filings[filing]
        table = plan.tables[rule.table]
        rows = [(policy.tier_name(t), r.deductible, r.ratio - rule.ratio_cut) for t, r in table.tiers.items()
                if not tiers or t in tiers]
        if rows:
            out.append((ins, rows, [table.source, *([rule.source] if rule.source and rule.source != table.source else [])]))
    return out


def listed_cap(policy: Policy, *, insurance: str):
    """The scheme's inpatient plan whose yearly limit the handbook gives, or NotListed (克拉玛依's
    table leaves the 普通住院 row's 年度限额 blank)."""
    plan = policy.inpatient.get(insurance) if policy.inpatient else None
    if plan is None or plan.annual_cap is None:
        raise NotListed(f"{policy.region}的手册没有列出{INSURANCE_WORDS.get(insurance, insurance)}住院的年度最高支付限额。")
    return plan


def cap_room(policy: Policy, *, insurance: str, used: Decimal) -> Calculation:
    """What is left of the basic fund's yearly inpatient limit after what it already paid this year
    ("今年基本医保已经报了六万 还能报多少"): the limit less what was paid, none once it is reached."""
    plan = listed_cap(policy, insurance=insurance)
    check_amount(D(used), "reimbursed")
    cap = plan.annual_cap.amount
    w = Work("cap_room", "年度最高支付限额剩余", policy, dict(insurance=insurance, used=D(used)))
    w.cite(plan.annual_cap.source)
    room, said = room_left(cap, D(used))
    w.step(f"{INSURANCE_WORDS.get(insurance, insurance)}统筹基金住院年度最高支付限额 {num(cap)} 元；{said}")
    w.money("room", room)
    w.assume(f"{policy.region}{INSURANCE_WORDS.get(insurance, insurance)}；您说的金额是本年度统筹基金已经支付（报销）的")
    if room <= 0:
        return w.done(f"今年统筹基金已达到年度最高支付限额 {yuan(cap)} 元，基本医保今年不能再报。")
    return w.done(f"今年基本医保统筹基金还能报约 {yuan(room)} 元（年度限额 {yuan(cap)} 元）。")


def due_within_cap(policy: Policy, *, insurance: str, used: Decimal, due: Decimal,
                   used_said: bool = True) -> Calculation:
    """What the basic fund pays of a stay whose share by the rate the asker worked out ("照比例应报4000"),
    after what it already paid this year ("已经报了6万8"): that share, within what the yearly limit has left.
    `used_said`: False where nothing paid this year was told (none taken, and said)."""
    plan = listed_cap(policy, insurance=insurance)
    due = check_amount(D(due), "按比例应报金额")
    if used_said:
        check_amount(D(used), "reimbursed")
    cap = plan.annual_cap.amount
    w = Work("cap_room", "年度最高支付限额剩余", policy, dict(insurance=insurance, used=D(used), due=due))
    w.cite(plan.annual_cap.source)
    room, said = room_left(cap, D(used))
    if not used_said:
        said = "本年此前未报过，额度未用"
    w.step(f"{INSURANCE_WORDS.get(insurance, insurance)}统筹基金住院年度最高支付限额 {num(cap)} 元；{said}")
    pay = min(due, room)
    if due > room:
        w.step(f"这次按比例应报 {num(due)} 元，超过剩余额度，只能报 {num(room)} 元")
    else:
        w.step(f"这次按比例应报 {num(due)} 元，未超过剩余额度 {num(room)} 元，可全部报销")
    w.money("fund_pays", pay)
    w.money("room", room)
    paid = "您说的已报金额是本年度统筹基金已经支付的" if used_said else "本年此前统筹基金未支付过住院费用"
    w.assume(f"{policy.region}{INSURANCE_WORDS.get(insurance, insurance)}；{paid}，"
             f"{num(due)} 元是这次按起付线和比例算出的统筹基金应付金额")
    if room <= 0:
        return w.done(f"今年统筹基金已达到年度最高支付限额 {yuan(cap)} 元，这次基本医保不能再报。")
    return w.done(f"这次基本医保统筹基金能报约 {yuan(pay)} 元（年度限额 {yuan(cap)} 元，今年还剩 {yuan(room)} 元）。")


def _civil_servant_unused(cap: Decimal) -> str:
    """The assumption every 公务员医疗补助 share rests on, its yearly limit named (in 万 too when whole)."""
    return (f"本年此前未用过公务员医疗补助额度（年度限额 {num(cap)} 元"
            + (f"（{wan(cap)}万元）" if cap % 10000 == 0 else "") + "）")


def deductible_topup(policy: Policy, *, insurance: str | None, tier: str, prior_tier: str, filing: str = "市内",
                     prior_paid: Decimal | None = None) -> Calculation:
    """What a transfer to a higher tier owes of the deductible ("转过去还要补好多"), no bill needed:
    the difference of the two tiers' deductibles, or none at the same or a lower tier. `insurance`
    None: the scheme not said — computed when every scheme's table gives the same deductibles (巴中:
    职工 and 居民 alike), each scheme's rate said; else BadInput asking the scheme."""
    if insurance is None:
        return _topup_any_scheme(policy, tier=tier, prior_tier=prior_tier, filing=filing, prior_paid=prior_paid)
    plan = plan_for(policy, insurance)
    if not plan.transfer or filing not in plan.filings:
        raise NotListed(f"{policy.region}的手册没有列出转院时起付线怎么计算。")
    rule_f = plan.filings[filing]
    table = plan.tables[rule_f.table]
    for t, slot in ((tier, "tier"), (prior_tier, "prior_tier")):
        if t not in table.tiers:
            raise BadInput(f"“{policy.tier_name(t)}”不在{policy.region}的住院报销表里。", slot)
    before, deductible = table.tiers[prior_tier].deductible, table.tiers[tier].deductible
    if prior_paid is not None and D(prior_paid) != before:
        raise BadInput(f"您说上次已付起付线 {num(D(prior_paid))} 元，但{policy.region}手册里{policy.tier_name(prior_tier)}"
                       f"住院的起付线是 {num(before)} 元，两者对不上。请再确认一下：上一次住院是在哪一级医院？", "prior_tier")
    w = Work("deductible_topup", "转院补计起付线测算", policy,
             dict(insurance=insurance, tier=tier, prior_tier=prior_tier, filing=filing))
    w.cite(table.source)
    w.cite(plan.transfer.source)
    said, owed = _after_stay(policy, prior_tier, before, deductible)
    w.step(f"{policy.tier_name(tier)}起付线 {num(deductible)} 元；" + said)
    w.assume("同一治疗过程中因病情需要转院" if plan.transfer.scope == "course" else "本年度再次住院")
    w.assume(f"{policy.region}{INSURANCE_WORDS.get(insurance, insurance)}；{FILING_WORDS.get(filing, filing)}")
    w.money("deductible_owed", owed)
    ratio = table.tiers[tier].ratio - rule_f.ratio_cut
    # (a rule for all the year's stays (克拉玛依) is no transfer's: the stay is said as this one)
    to = f"转到{policy.tier_name(tier)}" if plan.transfer.scope == "course" else f"这次在{policy.tier_name(tier)}住院"
    if owed:
        head = f"{to}只需补计起付线差额 {yuan(owed)} 元；起付线以上按 {pct(ratio)} 报销。"
    else:
        head = f"{to}不再另计起付线；费用按 {pct(ratio)} 报销。"
    return w.done(head)


def _topup_any_scheme(policy: Policy, *, tier: str, prior_tier: str, filing: str,
                      prior_paid: Decimal | None) -> Calculation:
    """deductible_topup for a scheme not said: the one figure every scheme whose handbook states a
    transfer rule gives (巴中: 第三章 十二问 states it for 城乡居民 only — 职工 is said not stated), or
    BadInput asking the scheme where the schemes' figures differ."""
    plans = {k: plan for k, plan in (policy.inpatient or {}).items() if not plan.missing}
    ruled = {k: plan for k, plan in plans.items() if plan.transfer and filing in plan.filings}
    if not ruled:
        raise NotListed(f"{policy.region}的手册没有列出转院时起付线怎么计算。")
    each = {k: deductible_topup(policy, insurance=k, tier=tier, prior_tier=prior_tier, filing=filing, prior_paid=prior_paid)
            for k in ruled}
    owed = {c.result["deductible_owed"] for c in each.values()}
    if len(plans) < 2 or len(owed) != 1:
        raise BadInput("职工医保和城乡居民医保的规定不同，您参加的是哪一种？", "insurance")
    first = next(iter(each.values()))
    rates = []
    for k, plan in ruled.items():
        rule_f = plan.filings[filing]
        rates.append(f"{INSURANCE_WORDS.get(k, k)} {pct(plan.tables[rule_f.table].tiers[tier].ratio - rule_f.ratio_cut)}")
    w = Work("deductible_topup", "转院补计起付线测算", policy,
             dict(insurance=None, tier=tier, prior_tier=prior_tier, filing=filing))
    for plan in ruled.values():
        w.cite(plan.tables[plan.filings[filing].table].source)
        w.cite(plan.transfer.source)
    for step in first.steps:
        w.step(step)
    scope = next(iter(ruled.values())).transfer.scope
    w.assume("同一治疗过程中因病情需要转院" if scope == "course" else "本年度再次住院")
    names = "、".join(INSURANCE_WORDS.get(k, k) for k in ruled)
    unstated = [INSURANCE_WORDS.get(k, k) for k in plans if k not in ruled]
    w.assume(f"您没说参加哪一种医保，按手册规定了转院起付线的{policy.region}{names}计算；{FILING_WORDS.get(filing, filing)}"
             if unstated else f"{policy.region}{names}的起付线相同（未说参加哪种，均按此计）；{FILING_WORDS.get(filing, filing)}")
    (due,) = owed
    w.money("deductible_owed", due)
    to = f"转到{policy.tier_name(tier)}" if scope == "course" else f"这次在{policy.tier_name(tier)}住院"
    lead = f"{names}：" if unstated else ""
    rate = rates[0].split(" ")[-1] if len(rates) == 1 else f"报销比例（{'，'.join(rates)}）"
    if due:
        head = f"{lead}{to}只需补计起付线差额 {yuan(due)} 元；起付线以上按 {rate} 报销。"
    else:
        head = f"{lead}{to}不再另计起付线；费用按 {rate} 报销。"
    if unstated:
        head += f"{'、'.join(unstated)}：{policy.region}手册没有规定转院时起付线怎么计算，请向医保经办机构确认。"
    return w.done(head)


def inpatient(policy: Policy, *, insurance: str, tier: str, cost: Decimal, filing: str = "市内",
              self_funded: Decimal = ZERO, prior_tier: str | None = None, transfer: bool = False,
              admission: int = 1, paid_this_year: Decimal = ZERO, prior_cost: Decimal | None = None,
              civil_servant: bool = False, prior_paid: Decimal | None = None, paid_said: bool = False,
              continuous_years: int | None = None) -> Calculation:
    """`paid_this_year`: what the fund already paid this year, off the yearly limit (`paid_said`: the
    asker said it, and the remaining room is shown); `continuous_years`: years paid in a row, where the
    region raises the ratio for them."""
    if prior_cost is not None and prior_tier:
        return _two_stays(policy, insurance=insurance, tier=tier, cost=cost, filing=filing, prior_tier=prior_tier,
                          prior_cost=D(prior_cost), transfer=transfer, admission=admission,
                          continuous_years=continuous_years)
    cost, self_funded = D(cost), D(self_funded)
    check_amount(cost, "住院费用")
    if self_funded < 0 or self_funded > cost:
        raise BadInput(f"目录外（自费）金额 {num(self_funded)} 元不能超过总费用 {num(cost)} 元。", "self_funded")
    plan = plan_for(policy, insurance)
    if filing not in plan.filings:
        raise NotListed(f"{policy.region}的手册没有列出“{FILING_WORDS.get(filing, filing)}”的住院报销标准。")
    rule_f = plan.filings[filing]
    table = plan.tables[rule_f.table]
    if tier not in table.tiers:
        names = " / ".join(policy.tier_name(t) for t in table.tiers)
        raise BadInput(f"{policy.region}的住院报销表里没有“{policy.tier_name(tier)}”这一档，只有：{names}。", "tier")
    rule = table.tiers[tier]

    w = Work("inpatient", "住院报销测算", policy,
             dict(insurance=insurance, tier=tier, cost=cost, filing=filing, self_funded=self_funded,
                  prior_tier=prior_tier, transfer=transfer or None, admission=admission))
    w.cite(table.source)
    w.cite(rule_f.source)
    eligible = cost - self_funded
    if self_funded > 0:
        w.step(f"总费用 {num(cost)} − {num(self_funded)}（目录外自费）= {num(eligible)} 元（目录内）")

    # deductible: a second admission or a transfer may owe none, or only the difference
    deductible = rule.deductible
    again = transfer or admission > 1
    if again and plan.transfer and (transfer or plan.transfer.scope == "year"):
        if prior_tier is None:
            raise BadInput("请告诉我上一次住院是在哪一级医院。", "prior_tier")
        if prior_tier not in table.tiers:
            raise BadInput(f"上次住院的“{policy.tier_name(prior_tier)}”不在{policy.region}的住院报销表里。", "prior_tier")
        w.cite(plan.transfer.source)
        before = table.tiers[prior_tier].deductible
        if prior_paid is not None and D(prior_paid) != before:
            # the deductible the asker says was paid is not the earlier tier's: one of the two facts is
            # misread or misremembered, and the difference owed depends on it — asked, never guessed
            raise BadInput(f"您说上次已付起付线 {num(D(prior_paid))} 元，但{policy.region}手册里{policy.tier_name(prior_tier)}"
                           f"住院的起付线是 {num(before)} 元，两者对不上。请再确认一下：上一次住院是在哪一级医院？",
                           "prior_tier")
        said, deductible = _after_stay(policy, prior_tier, before, deductible)
        w.step(said)
        scope = "同一治疗过程中转院" if plan.transfer.scope == "course" else "本年度再次住院"
        w.assume(f"{scope}，上次在{policy.tier_name(prior_tier)}")
    elif again:
        w.assume("手册未说明这种情况下再次住院是否免起付线，按本次住院单独计起付线")
    else:
        w.assume("本年首次住院")

    base = raised_for_years(policy, "住院", insurance, rule.ratio, continuous_years, w)
    ratio = base - rule_f.ratio_cut
    if rule_f.ratio_cut:
        w.step(f"报销比例 {pct(base)} − {pct(rule_f.ratio_cut)} = {pct(ratio)}（{FILING_WORDS.get(filing, filing)}）")
    if eligible <= deductible:
        fund = ZERO
        w.step(f"目录内费用 {num(eligible)} 元未超过起付线 {num(deductible)} 元，统筹基金不支付")
    else:
        fund = fen((eligible - deductible) * ratio)
        if deductible:
            w.step(f"({num(eligible)} − {num(deductible)} 起付线) × {pct(ratio)} = {num(fund)} 元")
        else:
            w.step(f"{num(eligible)} × {pct(ratio)} = {num(fund)} 元")
    if plan.annual_cap:
        w.cite(plan.annual_cap.source)
        room, left = room_left(plan.annual_cap.amount, D(paid_this_year))
        if paid_said:
            w.step(f"年度最高支付限额 {num(plan.annual_cap.amount)} 元，{left}")
        if fund > room:
            w.step(f"超过剩余额度，统筹基金按 {num(room)} 元支付" if paid_said else
                   f"超过年度最高支付限额 {num(plan.annual_cap.amount)} 元，统筹基金按 {num(room)} 元支付")
            fund = room
            w.result["cap_reached"] = "yes"

    self_pay = eligible - fund
    cs_pay = ZERO
    if civil_servant:
        cs = plan.civil_servant
        if cs is None:
            w.assume(f"{policy.region}的手册没有列出公务员医疗补助的住院报销标准，未计入")
        else:
            w.cite(cs.source)
            cs_pay = fen(self_pay * cs.ratio)
            w.step(f"公务员医疗补助：基本医保支付后余下 {num(self_pay)} × {pct(cs.ratio)} = {num(cs_pay)} 元")
            if cs_pay > cs.cap:
                w.step(f"超过公务员医疗补助年度限额 {num(cs.cap)} 元，按 {num(cs.cap)} 元支付")
                cs_pay = cs.cap
            # (its yearly limit named, as 公务员医疗补助's own calculation names it: the asker's next question
            # is often how far it goes)
            w.assume(_civil_servant_unused(cs.cap))
            w.money("civil_servant_pays", cs_pay)
            self_pay -= cs_pay
    w.money("eligible", eligible)
    w.money("deductible", deductible)
    w.result["ratio"] = float(ratio)
    w.money("fund_pays", fund)
    w.money("self_pays", self_pay)
    w.money("self_funded", self_funded)
    w.money("personal_total", self_pay + self_funded)
    paid = f"{num(eligible)} − {num(fund)}" + (f" − {num(cs_pay)}" if cs_pay else "")
    if self_funded > 0:
        w.step(f"个人自付 {paid} = {num(self_pay)} 元；个人自费（目录外）{num(self_funded)} 元")
        # 巴中 第一章 四十三: 医疗总费用 = 医保统筹支付 + 个人自付 + 个人自费
        w.step(f"个人一共要掏：自付 {num(self_pay)} + 自费 {num(self_funded)} = {num(self_pay + self_funded)} 元")
    else:
        w.step(f"个人自付 {paid} = {num(self_pay)} 元")

    w.assume(f"{policy.region}{INSURANCE_WORDS[insurance]}")
    if filing == "市内":
        w.assume(f"{FILING_WORDS.get(filing, filing)}、{policy.tier_name(tier)}")
    elif rule_f.table == "市内":         # a filing that keeps the local table (长治, 克拉玛依): said, then the table
        w.assume(f"{FILING_WORDS.get(filing, filing)}，按{table.label or '市内'}标准、{policy.tier_name(tier)}")
    else:
        w.assume(f"{table.label or FILING_WORDS.get(filing, filing)}、{policy.tier_name(tier)}")
    w.assume("费用均在医保目录内" if self_funded == 0 else f"目录外费用 {num(self_funded)} 元自费，其余在目录内")
    if plan.annual_cap and not paid_this_year:
        w.assume(f"本年此前未用过住院统筹额度（年度限额 {num(plan.annual_cap.amount)} 元）")
    if deductible and eligible <= deductible:
        # a bill under the deductible: that it is not paid, and why, leads ("报得到不" is answered first)
        head = f"目录内费用 {yuan(eligible)} 元未达到起付线 {yuan(deductible)} 元，医保统筹基金不支付（0 元），"
    else:
        head = f"医保统筹基金支付约 {yuan(fund)} 元，"
    head += (f"公务员医疗补助约 {yuan(cs_pay)} 元，" if cs_pay else "") + f"个人自付 {yuan(self_pay)} 元"
    if self_funded > 0:
        head += f"，另有目录外自费 {yuan(self_funded)} 元，个人一共支付 {yuan(self_pay + self_funded)} 元"
    return w.done(head + "。")


def _two_stays(policy: Policy, *, insurance: str, tier: str, cost: Decimal, filing: str, prior_tier: str,
               prior_cost: Decimal, transfer: bool, admission: int, continuous_years: int | None = None) -> Calculation:
    """Both stays of one course of treatment (or of one year): the first with its own deductible,
    the second by the transfer rule."""
    first = inpatient(policy, insurance=insurance, tier=prior_tier, cost=prior_cost, filing=filing,
                      continuous_years=continuous_years)
    a = D(str(first.result["fund_pays"]))
    second = inpatient(policy, insurance=insurance, tier=tier, cost=cost, filing=filing, prior_tier=prior_tier,
                       transfer=transfer, admission=max(admission, 2), paid_this_year=a,
                       continuous_years=continuous_years)
    w = Work("inpatient", "住院报销测算（两次住院）", policy,
             dict(insurance=insurance, tier=tier, cost=cost, filing=filing, prior_tier=prior_tier,
                  prior_cost=prior_cost, transfer=transfer or None))
    for src in (*first.sources, *second.sources):
        w.cite(Source(**src))
    w.steps += [f"第一次（{policy.tier_name(prior_tier)}）：" + x for x in first.steps]
    w.steps += [f"第二次（{policy.tier_name(tier)}）：" + x for x in second.steps]
    b = D(str(second.result["fund_pays"]))
    w.step(f"两次合计统筹基金支付 {num(a)} + {num(b)} = {num(a + b)} 元")
    for x in (*first.assumptions, *second.assumptions):
        if x != "本年首次住院":
            w.assume(x)
    w.money("first_fund_pays", a)
    w.money("fund_pays", b)
    w.money("total_fund_pays", a + b)
    w.money("self_pays", prior_cost + cost - a - b)
    return w.done(f"第二次住院统筹基金支付约 {yuan(b)} 元；两次合计支付约 {yuan(a + b)} 元，"
                  f"个人合计自付 {yuan(prior_cost + cost - a - b)} 元。")


def table_tiers(policy: Policy, insurance: str, filing: str = "市内") -> list[str] | None:
    """The tiers the scheme's inpatient table for `filing` lists; None where it has none to read."""
    plan = (policy.inpatient or {}).get(insurance)
    if plan is None or plan.missing or filing not in plan.filings:
        return None
    return list(plan.tables[plan.filings[filing].table].tiers)


def several_stays(policy: Policy, *, insurance: str, stays: list[tuple[str, Decimal]], filing: str = "市内",
                  transfer: bool = False, continuous_years: int | None = None) -> Calculation:
    """Three or more stays of one year (or one course of treatment), in the order told: the first with its own
    deductible, each later one by the region's rule after the stays before it — what the year has paid of a
    deductible is the highest of theirs (`highest_paid_tier`) — and the fund's pay of the earlier ones off the
    yearly limit."""
    w = Work("inpatient", f"住院报销测算（{len(stays)} 次住院）", policy,
             dict(insurance=insurance, tier=stays[-1][0], cost=stays[-1][1], filing=filing,
                  stays=[[t, str(c)] for t, c in stays], transfer=transfer or None))
    pays: list[Decimal] = []
    for i, (tier, cost) in enumerate(stays):
        earlier = [t for t, _ in stays[:i]]
        prior = highest_paid_tier(policy, insurance, earlier, filing) if earlier else None
        one = inpatient(policy, insurance=insurance, tier=tier, cost=D(cost), filing=filing, prior_tier=prior,
                        transfer=transfer and bool(earlier), admission=i + 1, paid_this_year=sum(pays, ZERO),
                        continuous_years=continuous_years)
        for src in one.sources:
            w.cite(Source(**src))
        w.steps += [f"第{i + 1}次（{policy.tier_name(tier)}）：" + x for x in one.steps]
        for x in one.assumptions:
            if x != "本年首次住院":
                w.assume(x)
        pays.append(D(str(one.result["fund_pays"])))
    total, billed = sum(pays, ZERO), sum((D(c) for _, c in stays), ZERO)
    w.step(f"{len(stays)} 次合计统筹基金支付 {' + '.join(num(p) for p in pays)} = {num(total)} 元")
    for i, p in enumerate(pays, 1):
        w.money(f"stay_{i}_fund_pays", p)
    w.money("fund_pays", pays[-1])
    w.money("total_fund_pays", total)
    w.money("self_pays", billed - total)
    each = "；".join(f"第{i}次（{policy.tier_name(t)}）约 {yuan(p)} 元" for i, ((t, _), p) in enumerate(zip(stays, pays), 1))
    return w.done(f"各次住院统筹基金支付：{each}；{len(stays)} 次合计约 {yuan(total)} 元，个人合计自付 {yuan(billed - total)} 元。")


def civil_servant_left(policy: Policy, *, left: Decimal, reimbursed: Decimal | None = None) -> Calculation:
    """公务员医疗补助 on what the asker says 职工基本医保 left ("基本医保报完还剩5000合规费用"): its share
    of that rest, within its yearly limit, with no stay to compute first. `reimbursed`: what basic
    insurance paid, said beside a bill ("花了3万，医保报了2万"): the rest is the bill less it."""
    plan = policy.inpatient.get("职工")
    cs = plan.civil_servant if plan is not None else None
    if cs is None:
        raise NotListed(f"{policy.region}的手册没有列出公务员医疗补助的报销标准。")
    left = check_amount(D(left), "基本医保报销后剩下的费用")
    w = Work("civil_servant", "公务员医疗补助测算", policy, {"insurance": "职工", "left": left})
    w.cite(cs.source)
    if reimbursed is not None and ZERO < D(reimbursed) < left:
        w.step(f"基本医保报销后剩下 {num(left)} − {num(D(reimbursed))} = {num(left - D(reimbursed))} 元")
        left -= D(reimbursed)
    pay = fen(left * cs.ratio)
    w.step(f"公务员医疗补助：基本医保支付后余下 {num(left)} × {pct(cs.ratio)} = {num(pay)} 元")
    if pay > cs.cap:
        w.step(f"超过公务员医疗补助年度限额 {num(cs.cap)} 元，按 {num(cs.cap)} 元支付")
        pay = cs.cap
    w.step(f"个人自付 {num(left)} − {num(pay)} = {num(left - pay)} 元")
    w.money("civil_servant_pays", pay)
    w.money("self_pays", left - pay)
    w.assume("所给金额是住院（含二类门特病）经职工基本医保报销后剩下的、医保支付范围内的费用")
    w.assume(_civil_servant_unused(cs.cap))
    return w.done(f"公务员医疗补助约 {yuan(pay)} 元，个人仍需负担 {yuan(left - pay)} 元。")
