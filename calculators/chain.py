"""One inpatient stay through every fund: basic insurance → 大病保险 → 医疗救助."""
from __future__ import annotations

from decimal import Decimal

from calculators.assistance import CATEGORY_WORDS, assist_amount
from calculators.common import Work
from calculators.inpatient import inpatient
from calculators.money import ZERO, D, num, yuan
from calculators.policy import Policy
from calculators.result import Calculation
from calculators.serious_illness import serious_illness


def chain(policy: Policy, *, insurance: str, tier: str | None, cost: Decimal, category: str = "一般",
          filing: str = "市内", self_funded: Decimal = ZERO, referred: bool = False,
          basic_paid: Decimal | None = None, unreferred: bool = False) -> Calculation:
    """`basic_paid`: what basic insurance paid, as the asker said ("花了5万，医保报了3万"): taken as
    said instead of worked out (no hospital tier needed), and the rest of the chain follows.
    `unreferred`: the stay was neither filed nor referred nor an emergency (非急诊且未转诊): 大病保险 at the
    region's unreferred rate where it has one (长治), and 医疗救助 where the handbook says such care is
    not assisted (巴中 第六章 五问: 原则上不纳入) — that rule, nothing computed as paid."""
    cost, self_funded = D(cost), D(self_funded)
    w = Work("chain", "住院费用综合报销测算（基本医保 → 大病保险 → 医疗救助）", policy,
             dict(insurance=insurance, tier=tier, cost=cost, category=category, filing=filing,
                  self_funded=self_funded, referred=referred or None, basic_paid=basic_paid,
                  unreferred=unreferred or None))
    eligible = cost - self_funded
    if basic_paid is None:
        basic = inpatient(policy, insurance=insurance, tier=tier, cost=cost, filing=filing, self_funded=self_funded)
        w.carry(basic, "基本医保：")
        fund = D(str(basic.result["fund_pays"]))
    else:
        fund = D(basic_paid)
        w.step(f"基本医保：已报 {num(fund)} 元（如您所说）")
    left = eligible - fund
    w.money("basic_pays", fund)

    si_pay = ZERO
    si = policy.serious_illness
    if si and not si.missing and insurance in si.insurance_types and left > 0:
        w.step(f"大病保险按经基本医保报销后个人负担的合规费用计算（合规费用中基本医保未付的部分，含起付线）："
               f"{num(eligible)} − {num(fund)} = {num(left)} 元")
        s = serious_illness(policy, amount=left, category=category, insurance=insurance, referred=not unreferred)
        si_pay = D(str(s.result["fund_pays"]))
        w.carry(s, "大病保险：", assumptions=False)
        w.assume("大病保险起付线按年度累计，这里假设本年没有其他合规自付费用")
    elif insurance == "职工":
        w.assume("职工大额医疗费用补助、公务员医疗补助未计入")
    w.money("serious_illness_pays", si_pay)
    left -= si_pay

    aid = ZERO
    poor = category not in ("一般", "")
    if poor and policy.assistance is None:
        w.assume(f"{policy.region}的手册没有列出医疗救助的标准，未计入")
    if poor and policy.assistance and left > 0 and unreferred and policy.assistance.unreferred_note:
        # (the handbook's 原则上: said as the rule, the office named for the exceptions — never a sum paid)
        w.cite(policy.assistance.source)
        w.step(f"医疗救助：{policy.assistance.unreferred_note}，这次非急诊且未转诊的外出住院一般不能申请医疗救助，按 0 元计")
        w.assume("未按规定转诊的，医疗救助按手册“原则上不纳入”计为 0；特殊情形请向参保地医保经办机构确认")
    elif poor and policy.assistance and left > 0:
        step_from = len(w.steps)
        # (a stay in the province: the row's floor of the stay's 综合支付比例 can be checked)
        stay = (eligible, fund + si_pay) if filing in ("市内", "省内") else None
        aid = assist_amount(policy.assistance, category, left, referred, w, stay=stay)
        w.steps[step_from:] = ["医疗救助：" + x for x in w.steps[step_from:]]
    w.money("assistance_pays", aid)
    left -= aid
    w.money("self_pays", left)
    w.money("self_funded", self_funded)
    paid = fund + si_pay + aid
    w.step(f"合计报销 {num(fund)} + {num(si_pay)}" + (f" + {num(aid)}" if poor and policy.assistance else "")
           + f" = {num(paid)} 元")
    w.step(f"个人最后负担：{num(eligible)} − {num(paid)} = {num(left)} 元"
           + (f"，另有目录外自费 {num(self_funded)} 元" if self_funded else ""))
    w.money("total_pays", paid)
    if poor:
        w.assume(f"按{CATEGORY_WORDS.get(category, category)}计算")
    head = f"基本医保支付约 {yuan(fund)} 元，大病保险约 {yuan(si_pay)} 元"
    if poor and policy.assistance:
        head += f"，医疗救助约 {yuan(aid)} 元"
    head += f"，合计报销约 {yuan(fund + si_pay + aid)} 元，个人最后负担 {yuan(left)} 元" + (f"（另有自费 {yuan(self_funded)} 元）" if self_funded else "") + "。"
    return w.done(head)
