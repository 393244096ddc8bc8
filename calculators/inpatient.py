"""Basic-insurance inpatient reimbursement: (eligible − deductible) × ratio, within the annual cap."""
from __future__ import annotations

from decimal import Decimal

from calculators.common import BadInput, NotListed, Work, check_amount
from calculators.money import ZERO, D, fen, num, pct, yuan
from calculators.policy import InpatientPlan, Policy
from calculators.result import Calculation

FILING_WORDS = {
    "市内": "市内定点医疗机构",
    "长期备案": "异地长期备案后在备案地住院",
    "转诊": "办理异地转诊备案后住院",
    "急诊": "异地急诊抢救住院",
    "临时备案": "临时外出就医并已备案",
    "未备案": "非急诊、未转诊、未备案的临时外出住院",
}
INSURANCE_WORDS = {"职工": "职工医保", "居民": "城乡居民医保"}


def plan_for(policy: Policy, insurance: str) -> InpatientPlan:
    if insurance not in policy.inpatient:
        have = "、".join(INSURANCE_WORDS.get(k, k) for k in policy.inpatient)
        raise NotListed(f"{policy.region}的手册只有{have}的住院待遇，没有{INSURANCE_WORDS.get(insurance, insurance)}的。")
    plan = policy.inpatient[insurance]
    if plan.missing:
        extra = ""
        if plan.annual_cap:
            extra = f"手册只给出统筹基金年度最高支付限额 {num(plan.annual_cap.amount)} 元。"
        raise NotListed(plan.missing.note + "。" + extra, plan.missing.source)
    return plan


def inpatient(policy: Policy, *, insurance: str, tier: str, cost: Decimal, filing: str = "市内",
              self_funded: Decimal = ZERO, prior_tier: str | None = None, transfer: bool = False,
              admission: int = 1, paid_this_year: Decimal = ZERO) -> Calculation:
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
        w.step(f"目录内费用 {num(cost)} − {num(self_funded)}（目录外自费）= {num(eligible)} 元")

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
        if before >= deductible:
            w.step(f"此前已在{policy.tier_name(prior_tier)}支付起付线 {num(before)} 元，本次同级或较低级别，不再计起付线")
            deductible = ZERO
        else:
            w.step(f"此前已在{policy.tier_name(prior_tier)}支付起付线 {num(before)} 元，本次到更高级别，只补差额 "
                   f"{num(rule.deductible)} − {num(before)} = {num(rule.deductible - before)} 元")
            deductible = rule.deductible - before
        scope = "同一治疗过程中转院" if plan.transfer.scope == "course" else "本年度再次住院"
        w.assume(f"{scope}，上次在{policy.tier_name(prior_tier)}")
    elif again:
        w.assume("手册未说明这种情况下再次住院是否免起付线，按本次住院单独计起付线")
    else:
        w.assume("本年首次住院")

    ratio = rule.ratio - rule_f.ratio_cut
    if rule_f.ratio_cut:
        w.step(f"报销比例 {pct(rule.ratio)} − {pct(rule_f.ratio_cut)} = {pct(ratio)}（{FILING_WORDS.get(filing, filing)}）")
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
        room = max(ZERO, plan.annual_cap.amount - D(paid_this_year))
        if fund > room:
            w.step(f"超过年度最高支付限额 {num(plan.annual_cap.amount)} 元，统筹基金按 {num(room)} 元支付")
            fund = room
            w.result["cap_reached"] = "yes"

    self_pay = eligible - fund
    w.money("eligible", eligible)
    w.money("deductible", deductible)
    w.result["ratio"] = float(ratio)
    w.money("fund_pays", fund)
    w.money("self_pays", self_pay)
    w.money("self_funded", self_funded)
    w.money("personal_total", self_pay + self_funded)
    if self_funded > 0:
        w.step(f"个人自付 {num(eligible)} − {num(fund)} = {num(self_pay)} 元；个人自费（目录外）{num(self_funded)} 元")
    else:
        w.step(f"个人自付 {num(eligible)} − {num(fund)} = {num(self_pay)} 元")

    w.assume(f"{policy.region}{INSURANCE_WORDS[insurance]}")
    w.assume(f"{FILING_WORDS.get(filing, filing)}、{policy.tier_name(tier)}" if filing == "市内"
             else f"{table.label or FILING_WORDS.get(filing, filing)}、{policy.tier_name(tier)}")
    w.assume("费用均在医保目录内" if self_funded == 0 else f"目录外费用 {num(self_funded)} 元自费，其余在目录内")
    if plan.annual_cap and not paid_this_year:
        w.assume(f"本年此前未用过住院统筹额度（年度限额 {num(plan.annual_cap.amount)} 元）")
    head = f"医保统筹基金支付约 {yuan(fund)} 元，个人自付 {yuan(self_pay)} 元"
    if self_funded > 0:
        head += f"，另有目录外自费 {yuan(self_funded)} 元"
    return w.done(head + "。")
