"""门诊慢病 (per-disease limits; 巴中 settles several diseases under the highest limit)
and 门诊特病 (巴中: one 二级 inpatient deductible a year, then 居民 60% / 职工 70%)."""
from __future__ import annotations

import re
from decimal import Decimal

from calculators.common import BadInput, NotListed, Work, check_amount, open_section, raised_for_years, room_left
from calculators.money import ZERO, D, fen, num, pct, yuan
from calculators.policy import ChronicDisease, Policy
from calculators.result import Calculation


def find_disease(diseases: list[ChronicDisease], name: str) -> ChronicDisease | None:
    for d in diseases:
        if name == d.name or name in d.aliases:
            return d
    for d in diseases:          # 尿毒症透析 said where the list has 透析 (or the other way round)
        if any(w in name or name in w for w in [d.name, *d.aliases] if len(w) >= 2):
            return d
    return None


_STAGE_BOUND = re.compile(r"(III|II|I|Ⅰ|Ⅱ|Ⅲ|[一二三123])\s*(期|级)及以上")
# a stage's numeral as lists and askers write it (Ⅱ期, II期, 二期, 2级, 两期): the one map, for the policy's bound
# here and for the stage an asker tells (intents.disease_stage)
STAGE_NUMERALS = {"一": 1, "1": 1, "Ⅰ": 1, "I": 1, "二": 2, "两": 2, "2": 2, "Ⅱ": 2, "II": 2,
                  "三": 3, "3": 3, "Ⅲ": 3, "III": 3}


def least_stage(policy: Policy, disease: str) -> tuple[int, str] | None:
    """The lowest stage of `disease` the region's 门诊慢病 list takes, as its name there bounds it, with the
    scale it is counted on ("高血压Ⅱ期及以上": (2, "期"), a stage of organ damage; "高血压2级及以上": (2, "级"),
    a grade of blood pressure — two scales, never compared with each other); None when the list names no bound
    (or not the disease)."""
    if policy.chronic is None:
        return None
    d = find_disease(policy.chronic.diseases, disease)
    m = _STAGE_BOUND.search(d.name) if d is not None else None
    return (STAGE_NUMERALS[m.group(1)], m.group(2)) if m else None


def chronic_schemes(policy: Policy, diseases: list[str]) -> list[str]:
    """The schemes whose 门诊慢病 list has every one of `diseases` (长治's 三类: 居民 only); every
    scheme where one of them is not found, or the region has one list for all."""
    ch = policy.chronic
    if ch is None:
        return []
    found = [find_disease(ch.diseases, n) for n in diseases]
    if not found or not all(found) or ch.overall_limit is not None:
        return list(ch.ratio)
    return [k for k in ch.ratio
            if all(d.group == "一类" or not d.limits or d.limits.get(k) is not None for d in found)]


def chronic(policy: Policy, *, insurance: str, diseases: list[str], cost: Decimal,
            months: int | None = None, group: str | None = None, paid_this_year: Decimal = ZERO,
            continuous_years: int | None = None) -> Calculation:
    """`paid_this_year`: what the disease's yearly limit already paid ("今年已经报了500"); a monthly
    limit is not told by it (the month's own use is assumed none, and said); `continuous_years`: years
    paid in a row, where the region raises the ratio for them (克拉玛依)."""
    used = D(paid_this_year or 0)
    cost = check_amount(D(cost), "门诊慢病费用")
    ch = open_section(policy, "chronic", "门诊慢病的报销标准")
    if insurance not in ch.ratio:
        raise NotListed(f"{policy.region}的手册只列出城乡居民的门诊慢病待遇。")
    found = []
    for name in diseases:
        d = find_disease(ch.diseases, name)
        if d is None:
            raise BadInput(f"“{name}”不在{policy.region}门诊慢病病种目录里。", "disease")
        if d.limits and insurance in d.limits and d.limits[insurance] is None and not (d.group == "一类" or ch.overall_limit):
            raise BadInput(f"“{d.name}”在{policy.region}不是{'职工' if insurance == '职工' else '居民'}医保的门诊慢病病种。", "disease")
        if d not in found:               # 恶性肿瘤 and 化疗 name one disease
            found.append(d)
    if not found and group and group in ch.group_ratio:
        return _group(policy, insurance, group, cost)
    if not found and ch.overall_limit is None:      # (克拉玛依: one ratio and one limit for every disease)
        raise BadInput("请告诉我是哪种慢病。", "disease")
    w = Work("chronic", "门诊慢病报销测算", policy,
             dict(insurance=insurance, diseases=[d.name for d in found], cost=cost, months=months))
    w.cite(ch.sources.get(insurance, ch.source))
    for name in diseases:
        d = find_disease(ch.diseases, name)
        if d is not None and name != d.name and d.name.startswith(name):
            # "糖尿病" where the list's disease is "糖尿病伴并发症": the qualified entry is the one computed, and said
            # (its own 认定 decides), never passed off as the plain disease
            w.assume(f"您说的“{name}”按门诊慢病病种目录里的“{d.name}”计算（以认定的病种为准）")

    if ch.overall_limit is not None:                     # 克拉玛依: one ratio, one limit
        ratio = raised_for_years(policy, "门诊慢病", insurance, ch.ratio[insurance], continuous_years, w)
        pay = fen(cost * ratio)
        w.step(f"{num(cost)} × {pct(ratio)} = {num(pay)} 元")
        if pay > ch.overall_limit:
            w.step(f"超过年度限额 {num(ch.overall_limit)} 元，按 {num(ch.overall_limit)} 元支付")
            pay = ch.overall_limit
        w.assume(ch.note)
        return _finish(w, policy, insurance, cost, pay)

    if len(found) > 1 and not ch.highest_limit_rule:
        raise NotListed(f"{policy.region}的手册没有说明同时患多种慢病时限额如何合并，请按单个病种询问。")
    best = max(found, key=lambda d: d.limits.get(insurance) or 0)
    group = best.group
    ratio = ch.group_ratio.get(group, {}).get(insurance, ch.ratio[insurance])
    if len(found) > 1:
        w.step("患两种及以上门诊慢病，只按其中限额标准最高的一种结算：" +
               "、".join(f"{d.name} {num(d.limits[insurance])} 元" for d in found if d.limits.get(insurance) is not None) +
               f"，取 {best.name}")
    pay = fen(cost * ratio)
    w.step(f"{num(cost)} × {pct(ratio)} = {num(pay)} 元")
    limit = best.limits.get(insurance)
    if group == "一类":
        w.step(f"{best.name}属一类门诊慢病，不设单独限额，与住院合并计算同一年度支付限额")
        plan = policy.inpatient.get(insurance)
        cap = plan.annual_cap if plan else None
        if cap is not None:
            w.cite(cap.source)
            if pay > cap.amount:
                w.step(f"超过年度最高支付限额 {num(cap.amount)} 元，按 {num(cap.amount)} 元支付")
                pay = cap.amount
            w.assume(f"本年此前未用过住院和一类慢病的统筹额度（合计限额 {num(cap.amount)} 元）")
    elif ch.period == "month":
        if months is None:
            raise BadInput(f"{policy.region}的慢病限额按月计算，请告诉我这是几个月的费用（例如“一个月”或“一年”）。", "months")
        total = limit * months
        w.step(f"{best.name}月限额 {num(limit)} 元" + (f" × {months} 个月 = {num(total)} 元" if months > 1 else ""))
        if ch.limit_of == "unstated" and cost > total:
            # over the limit, the two readings of it part: never one of them stated as the handbook's
            return _either_limit(w, policy, insurance, cost, ratio, total, months)
        if pay > total:
            w.step(f"超过限额，按 {num(total)} 元支付")
            pay = total
        w.assume(("费用未超过月限额" if ch.limit_of == "unstated" else "把每月限额理解为统筹基金每月最多支付的金额")
                 + ("，并按各月费用均匀计算" if months > 1 else "，所给费用在一个月之内、本月此前未用过该病种额度"))
        if group == "三类":
            w.assume("三类门诊慢性病已纳入人员可继续享受，不再新纳入")
    elif used > 0:
        w.money("limit", limit)         # (the disease's yearly limit, which a doubt of it is checked against)
        room, left = room_left(limit, used)
        w.step(f"{best.name}{'职工' if insurance == '职工' else '居民'}医保年度支付限额 {num(limit)} 元，{left}"
               + ("，按剩余额度支付" if pay > room else ""))
        pay = min(pay, room)
        return _finish(w, policy, insurance, cost, pay, used=True)
    else:
        w.money("limit", limit)
        w.step(f"{best.name}{'职工' if insurance == '职工' else '居民'}医保年度支付限额 {num(limit)} 元"
               + ("，按限额支付" if pay > limit else "，未超过限额"))
        pay = min(pay, limit)
    return _finish(w, policy, insurance, cost, pay)


def _either_limit(w: Work, policy: Policy, insurance: str, cost: Decimal, ratio: Decimal, total: Decimal,
                  months: int) -> Calculation:
    """A month's costs over a limit the handbook does not say the kind of (长治): what each reading
    pays — the limit as the costs the rate applies to, or as what the fund pays at most — both said."""
    of_costs = fen(total * ratio)
    of_fund = min(fen(cost * ratio), total)
    w.step("费用超过月限额；手册的表只列“限额标准（月/人）”和支付比例，没有写明限额是可报费用的上限还是统筹基金支付的上限：")
    w.step(f"若限额是每月可报费用的上限：{num(total)} × {pct(ratio)} = {num(of_costs)} 元")
    w.step(f"若限额是统筹基金每月最多支付的金额：{num(cost)} × {pct(ratio)} = {num(fen(cost * ratio))} 元"
           + (f"，超过限额，按 {num(total)} 元支付" if fen(cost * ratio) > total else f"，未超过 {num(total)} 元"))
    w.assume("所给费用" + ("按各月均匀计算" if months > 1 else "在一个月之内、本月此前未用过该病种额度"))
    w.money("fund_pays", of_fund)
    w.money("fund_pays_if_cost_limit", of_costs)
    w.money("self_pays", cost - of_fund)
    w.assume(f"{policy.region}{'职工医保' if insurance == '职工' else '城乡居民医保'}、已认定门诊慢病")
    w.assume("费用均为该病种目录内门诊费用")
    low, high = sorted((of_costs, of_fund))
    return w.done(f"门诊慢病报销 {yuan(low)} 元到 {yuan(high)} 元，看月限额怎么算（手册没写明，以经办机构结算为准），"
                  f"个人自付 {yuan(cost - high)} 元到 {yuan(cost - low)} 元。")


def _group(policy: Policy, insurance: str, group: str, cost: Decimal) -> Calculation:
    """A group whose diseases share one ratio and no limit of their own (长治's 一类: with the inpatient limit)."""
    ch = policy.chronic
    ratio = ch.group_ratio[group][insurance]
    w = Work("chronic", "门诊慢病报销测算", policy, dict(insurance=insurance, group=group, cost=cost))
    w.cite(ch.sources.get(insurance, ch.source))
    pay = fen(cost * ratio)
    w.step(f"{group}门诊慢病：{num(cost)} × {pct(ratio)} = {num(pay)} 元")
    plan = policy.inpatient.get(insurance)
    if plan is not None and plan.annual_cap is not None:
        w.cite(plan.annual_cap.source)
        if pay > plan.annual_cap.amount:
            w.step(f"超过与住院合并计算的年度最高支付限额 {num(plan.annual_cap.amount)} 元，按限额支付")
            pay = plan.annual_cap.amount
        w.assume(f"{group}病种不设单独限额，与住院合并计算年度最高支付限额 {num(plan.annual_cap.amount)} 元，本年此前未用过")
    return _finish(w, policy, insurance, cost, pay)


def _finish(w: Work, policy: Policy, insurance: str, cost: Decimal, pay: Decimal, used: bool = False) -> Calculation:
    w.money("fund_pays", pay)
    w.money("self_pays", cost - pay)
    w.assume(f"{policy.region}{'职工医保' if insurance == '职工' else '城乡居民医保'}、已认定门诊慢病")
    w.assume("费用均为该病种目录内门诊费用" + ("，且本年此前未用过慢病额度" if w.name == "chronic" and not used else ""))
    return w.done(f"门诊慢病报销约 {yuan(pay)} 元，个人自付 {yuan(cost - pay)} 元。")


def special_deductible(policy: Policy, insurance: str) -> Decimal | None:
    """The 门诊特病 deductible charged once a year (the `deductible_tier`'s 市内 inpatient one), or None
    where the region's file has no such section or row."""
    sp = policy.special
    plan = policy.inpatient.get(insurance) if sp is not None else None
    if plan is None or plan.missing or "市内" not in plan.tables:
        return None
    row = plan.tables["市内"].tiers.get(sp.deductible_tier)
    return row.deductible if row is not None else None


def special(policy: Policy, *, insurance: str, disease: str | None, cost: Decimal,
            deductible_paid: bool = False, stay_deductible_paid: bool = False,
            paid_this_year: Decimal = ZERO, spent_before: Decimal | None = None) -> Calculation:
    """`deductible_paid`: the year's 门诊特病 deductible already taken; `stay_deductible_paid`: a
    stay's deductible was, which the rule does not say counts for 门诊特病 (computed as not taken, said).
    `spent_before`: what earlier 门诊特病 bills of the year cost: the yearly deductible is taken from it first."""
    cost = check_amount(D(cost), "门诊特病费用")
    sp = open_section(policy, "special", "门诊特病的报销规定")
    d = find_disease(sp.diseases, disease) if disease else None
    if disease and d is None:
        raise BadInput(f"“{disease}”不在{policy.region}门诊特病病种里。", "disease")
    plan = policy.inpatient[insurance]
    tier_rule = plan.tables["市内"].tiers[sp.deductible_tier]
    ratio = sp.ratio[insurance]
    w = Work("special", "门诊特病报销测算", policy,
             dict(insurance=insurance, disease=d.name if d else None, cost=cost, deductible_paid=deductible_paid or None))
    w.cite(sp.source)
    ded = ZERO if deductible_paid else tier_rule.deductible
    if deductible_paid:
        w.step("本年度已扣过一次起付线，本次不再扣")
    elif spent_before:
        spent_before = D(spent_before)
        if spent_before >= ded:
            w.step(f"本年此前门诊特病已花 {num(spent_before)} 元，一个自然年度只扣一次的起付线 {num(ded)} 元已在其中扣过，本次不再扣")
            ded = ZERO
        else:
            w.step(f"本年此前门诊特病已花 {num(spent_before)} 元，起付线 {num(ded)} 元还剩 "
                   f"{num(ded)} − {num(spent_before)} = {num(ded - spent_before)} 元")
            ded = ded - spent_before
    else:
        w.step(f"一个自然年度内只扣一次二级定点医疗机构住院起付线 {num(ded)} 元")
        w.assume("您说的是住院时扣过的起付线；手册只说门诊特病一个自然年度内只扣减一次二级定点医疗机构住院起付标准，"
                 "没有说住院已扣的起付线是否算在内，这里按门诊特病起付线尚未扣过计算" if stay_deductible_paid
                 else "起付线按本年尚未扣过计算（本年门诊特病已扣过的，本次不再扣）" if paid_this_year
                 else "本年度第一次门诊特病结算，起付线尚未扣过" + _deducted_already(cost, ratio, plan, paid_this_year))
    if cost <= ded:
        pay = ZERO
        w.step(f"费用 {num(cost)} 元未超过起付线，统筹基金不支付")
    else:
        pay = fen((cost - ded) * ratio)
        w.step(f"({num(cost)} − {num(ded)}) × {pct(ratio)} = {num(pay)} 元" if ded else f"{num(cost)} × {pct(ratio)} = {num(pay)} 元")
    used = D(paid_this_year or 0)
    if plan.annual_cap and used > 0:
        # (the yearly limit it shares with stays: "今年已经报了10万" comes off it)
        w.cite(plan.annual_cap.source)
        room, left = room_left(plan.annual_cap.amount, used)
        w.step(f"年度最高支付限额 {num(plan.annual_cap.amount)} 元，{left}" + ("，按剩余额度支付" if pay > room else ""))
        pay = min(pay, room)
    elif plan.annual_cap and pay > plan.annual_cap.amount:
        w.cite(plan.annual_cap.source)
        w.step(f"超过年度最高支付限额 {num(plan.annual_cap.amount)} 元，按限额支付")
        pay = plan.annual_cap.amount
    w.money("fund_pays", pay)
    w.money("self_pays", cost - pay)
    w.assume(f"{policy.region}{'职工医保' if insurance == '职工' else '城乡居民医保'}、已认定门诊特病" + (f"（{d.name}）" if d else ""))
    w.assume("费用均在医保基金支付范围内")
    return w.done(f"门诊特病报销约 {yuan(pay)} 元，个人自付 {yuan(cost - pay)} 元。")


def special_bills(policy: Policy, *, insurance: str, disease: str | None, bills: list[Decimal],
                  paid_this_year: Decimal = ZERO, unit: str = "笔") -> Calculation:
    """Several 门诊特病 bills of one year asked together ("春天花了5000 秋天又花了3000 一共报多少"): each
    computed in turn as `special` computes one — the year's one deductible taken from the first bills,
    each within what the yearly limit has left — and the sum."""
    bills = [check_amount(D(x), "门诊特病费用") for x in bills]
    first = special(policy, insurance=insurance, disease=disease, cost=bills[0], paid_this_year=paid_this_year)
    w = Work("special", "门诊特病报销测算", policy,
             dict(insurance=insurance, disease=first.inputs.get("disease"), cost=sum(bills, ZERO), bills=len(bills)))
    used = D(paid_this_year or 0)
    pays: list[Decimal] = []
    for i, cost in enumerate(bills):
        one = first if i == 0 else special(policy, insurance=insurance, disease=disease, cost=cost,
                                           paid_this_year=used, spent_before=sum(bills[:i], ZERO))
        w.carry(one, f"第{i + 1}{unit}：", assumptions=False)
        pays.append(D(one.result["fund_pays"]))
        used += pays[-1]
    total, bill = sum(pays, ZERO), sum(bills, ZERO)
    w.step(f"{len(bills)} {unit}合计 {' + '.join(num(x) for x in pays)} = {num(total)} 元")
    these, first = ("这几个月的费用", "第一个月结算") if unit == "个月" else ("这几笔", "第一笔")
    w.assume(f"{these}是本年的全部门诊特病费用，{first}时起付线尚未扣过")
    for a in one.assumptions:
        w.assume(a)
    w.money("fund_pays", total)
    w.money("self_pays", bill - total)
    return w.done(f"{len(bills)} {unit}门诊特病合计报销约 {yuan(total)} 元，个人合计自付 {yuan(bill - total)} 元。")


def _deducted_already(cost: Decimal, ratio: Decimal, plan, paid_this_year) -> str:
    """The figure beside a first settlement taken: the year's deductible already taken, none this time
    (the asker did not say which it is)."""
    alt = fen(cost * ratio)
    if plan.annual_cap and not paid_this_year and alt > plan.annual_cap.amount:
        alt = plan.annual_cap.amount
    return f"（如本年已扣过起付线，本次不再扣：{num(cost)} × {pct(ratio)} = {num(alt)} 元）"


def monthly_limit_year(policy: Policy, *, insurance: str, disease: str) -> Calculation:
    """A disease's monthly 门诊慢病 limit asked by the month and for the year ("冠心病门慢限额一个月多少
    一年加起来多少"): the month's figure from the policy, and twelve of them; where the handbook gives
    the limit by the month only (长治)."""
    ch = open_section(policy, "chronic", "门诊慢病的报销标准")
    if ch.period != "month" or insurance not in ch.ratio:
        raise NotListed(f"{policy.region}的手册没有按月列出{'职工' if insurance == '职工' else '城乡居民'}门诊慢病的限额。")
    d = find_disease(ch.diseases, disease)
    if d is None:
        raise BadInput(f"“{disease}”不在{policy.region}门诊慢病病种目录里。", "disease")
    limit = d.limits.get(insurance)
    if limit is None or d.group == "一类":
        raise NotListed(f"“{d.name}”在{policy.region}{'职工' if insurance == '职工' else '居民'}医保没有按月的慢病限额。")
    w = Work("chronic_limit", "门诊慢病限额（按月、全年）", policy, dict(insurance=insurance, diseases=[d.name]))
    w.cite(ch.sources.get(insurance, ch.source))
    ratio = ch.group_ratio.get(d.group, {}).get(insurance, ch.ratio[insurance])
    w.step(f"{d.name}（{d.group}门诊慢性病）限额标准 {num(limit)} 元/月/人，目录内部分报销 {pct(ratio)}")
    w.step(f"一年 12 个月：{num(limit)} × 12 = {num(limit * 12)} 元")
    w.money("monthly_limit", limit)
    w.money("yearly_limit", limit * 12)
    w.assume(f"{policy.region}{'职工医保' if insurance == '职工' else '城乡居民医保'}、已认定门诊慢病，全年 12 个月都享受")
    w.assume("手册只列出每月限额，全年合计是按月限额乘 12 算的；当月未用完的额度能否转到下月，手册没有说明")
    if ch.limit_of == "unstated":
        w.assume("手册没有写明限额是可报费用的上限还是统筹基金支付的上限")
    return w.done(f"{d.name}门诊慢病限额每月 {yuan(limit)} 元，一年 12 个月合计 {yuan(limit * 12)} 元。")


def limit_gap(policy: Policy, *, disease: str) -> Calculation:
    """How far apart the two schemes' 门诊慢病 limits for one disease are ("冠心病 职工和居民一年最多能报的
    差多少"): each scheme's limit from the policy, and the difference — where the handbook gives both."""
    ch = open_section(policy, "chronic", "门诊慢病的报销标准")
    d = find_disease(ch.diseases, disease)
    if d is None:
        raise BadInput(f"“{disease}”不在{policy.region}门诊慢病病种目录里。", "disease")
    staff, resident = d.limits.get("职工"), d.limits.get("居民")
    if staff is None or resident is None:
        raise NotListed(f"“{d.name}”在{policy.region}的手册里没有同时列出职工和居民的慢病限额。")
    per = "年" if ch.period == "year" else "月"
    w = Work("chronic_limit_gap", "门诊慢病限额（职工与居民之差）", policy, dict(diseases=[d.name]))
    w.cite(ch.sources.get("职工", ch.source))
    w.cite(ch.sources.get("居民", ch.source))
    w.step(f"{d.name}门诊慢病限额：职工医保 {num(staff)} 元/{per}，城乡居民医保 {num(resident)} 元/{per}")
    more, less = ("职工医保", "城乡居民医保") if staff >= resident else ("城乡居民医保", "职工医保")
    gap = abs(staff - resident)
    w.step(f"相差 {num(max(staff, resident))} − {num(min(staff, resident))} = {num(gap)} 元")
    w.money("staff_limit", staff)
    w.money("resident_limit", resident)
    w.money("gap", gap)
    w.assume("已认定门诊慢病；限额是一个" + ("医保年度" if per == "年" else "月") + "内该病种可报的最高额度")
    if ch.limit_of == "unstated":
        w.assume("手册没有写明限额是可报费用的上限还是统筹基金支付的上限")
    return w.done(f"{d.name}门诊慢病{'每年' if per == '年' else '每月'}限额：职工医保 {yuan(staff)} 元，城乡居民医保 {yuan(resident)} 元，"
                  f"{more}比{less}多 {yuan(gap)} 元。")


def highest_limit(policy: Policy, *, diseases: list[str], insurance: str | None = None) -> Calculation:
    """Several 门诊慢病 of one patient ("他还有慢阻肺 两种都能报不" after 高血压): the limit they settle
    under — the highest of their limits, where the region's rule says so (巴中) — per scheme asked, or
    per scheme the policy lists when none was said."""
    ch = open_section(policy, "chronic", "门诊慢病的报销标准")
    if not ch.highest_limit_rule or ch.overall_limit is not None or ch.period != "year":
        raise NotListed(f"{policy.region}的手册没有按“限额最高的一种”结算多种慢病的年度限额。")
    found = []
    for name in diseases:
        d = find_disease(ch.diseases, name)
        if d is None:
            raise BadInput(f"“{name}”不在{policy.region}门诊慢病病种目录里。", "disease")
        if d not in found:
            found.append(d)
    if len(found) < 2:
        raise BadInput("请告诉我是哪几种慢病。", "disease")
    schemes = [insurance] if insurance else [k for k in ch.ratio if all(d.limits.get(k) is not None for d in found)]
    if not schemes or any(k not in ch.ratio for k in schemes):
        raise NotListed(f"{policy.region}的手册没有列出这几种慢病在该险种的限额。")
    w = Work("chronic_highest_limit", "多种门诊慢病的年度限额", policy,
             dict(insurance=insurance, diseases=[d.name for d in found]))
    heads = []
    for k in schemes:
        w.cite(ch.sources.get(k, ch.source))
        named = [d for d in found if d.limits.get(k) is not None]
        if len(named) < len(found):
            raise NotListed(f"这几种慢病不都是{policy.region}{'职工' if k == '职工' else '居民'}医保的门诊慢病病种。")
        best = max(named, key=lambda d: d.limits[k])
        who = "职工医保" if k == "职工" else "居民医保"
        w.step(f"{who}：" + "、".join(f"{d.name} {num(d.limits[k])} 元" for d in named)
               + f"，按最高的 {best.name} {num(best.limits[k])} 元/年结算（不叠加），统筹基金按 {pct(ch.ratio[k])} 支付")
        w.money(f"limit_{k}", best.limits[k])
        heads.append(f"{who}按{best.name}的 {yuan(best.limits[k])} 元")
    w.assume("几种病都已认定为门诊慢病")
    return w.done(('两' if len(found) == 2 else '这几') + '种慢病一年最多报：' + '；'.join(heads) + '（限额不叠加）。')
