"""单行支付药品 (巴中 第五章 二问): no deductible, the fund pays the scheme's share; what the
person pays is outside 大病保险 and the 职工 supplements. 高值药品 (the same 问): a share paid
first by the person, the rest into basic insurance."""
from __future__ import annotations

from decimal import Decimal

from calculators.common import NotListed, Work, check_amount, open_section
from calculators.money import D, fen, num, pct, yuan
from calculators.policy import Policy
from calculators.result import Calculation


def single_drugs(policy: Policy, *, insurance: str, cost: Decimal) -> Calculation:
    cost = check_amount(D(cost), "单行支付药品费用")
    sd = open_section(policy, "single_drugs", "单行支付药品的报销标准")
    if insurance not in sd.ratio:
        raise NotListed(f"{policy.region}的手册没有列出{insurance}医保单行支付药品的支付比例。", sd.source)
    ratio = sd.ratio[insurance]
    w = Work("single_drugs", "单行支付药品报销测算", policy, dict(insurance=insurance, cost=cost))
    w.cite(sd.source)
    pay = fen(cost * ratio)
    w.step(f"不计起付线：{num(cost)} × {pct(ratio)} = {num(pay)} 元")
    w.money("fund_pays", pay)
    w.money("self_pays", cost - pay)
    w.assume(f"{policy.region}{'职工医保' if insurance == '职工' else '城乡居民医保'}，已按规定认定、在定点机构购药")
    w.assume("个人负担部分不纳入职工大额医疗补助、公务员医疗补助、城乡居民大病保险支付范围")
    return w.done(f"单行支付药品报销约 {yuan(pay)} 元，个人负担 {yuan(cost - pay)} 元。")


def high_value_drugs(policy: Policy, *, cost: Decimal) -> Calculation:
    """高值药品: the person pays `first_pay` of the bill first; the rest is reimbursed by basic
    insurance under the rules of where it is settled, which the handbook's 问 does not give — not
    computed here."""
    cost = check_amount(D(cost), "高值药品费用")
    hv = open_section(policy, "high_value_drugs", "高值药品的报销规定")
    w = Work("high_value_drugs", "高值药品个人先行自付测算", policy, dict(cost=cost))
    w.cite(hv.source)
    first = fen(cost * hv.first_pay)
    rest = cost - first
    w.step(f"个人先行自付 {pct(hv.first_pay)}：{num(cost)} × {pct(hv.first_pay)} = {num(first)} 元")
    w.step(f"余下 {num(cost)} − {num(first)} = {num(rest)} 元纳入基本医疗保险基金，按规定报销")
    w.money("first_pay", first)
    w.money("into_basic", rest)
    w.assume(f"{policy.region}医保，已按规定认定、在定点机构购药（“五定”管理）")
    w.assume("余下部分按住院或门诊的起付线、报销比例报销，报多少要看在哪里结算，这里没有计算")
    return w.done(f"个人先行自付约 {yuan(first)} 元，余下 {yuan(rest)} 元纳入基本医保按规定报销。")
