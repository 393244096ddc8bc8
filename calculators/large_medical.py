"""职工 inpatient stay through the 职工 funds: basic insurance → (公务员医疗补助) → 职工大额医疗费用补助
on what is left, less its deductible, paid by segment within its yearly limit."""
from __future__ import annotations

from decimal import Decimal

from calculators.common import NotListed, Work
from calculators.inpatient import inpatient, plan_for
from calculators.money import ZERO, D, fen, num, pct, yuan
from calculators.policy import LargeMedical, Policy
from calculators.result import Calculation

ROW_WORDS = {"在职": "在职职工（普通人员）", "退休": "退休人员", "高龄": "80周岁以上人员"}


def large_medical(policy: Policy, *, tier: str | None, cost: Decimal, retired: bool, age: int | None = None,
                  filing: str = "市内", self_funded: Decimal = ZERO, civil_servant: bool = False,
                  diseases: list[str] | None = None) -> Calculation:
    """`diseases`: the case's diseases said; one of those the table puts on the 退休 row (恶性肿瘤 …) takes it."""
    lm = _table(policy)
    like = retired_like(lm, diseases)
    cost, self_funded = D(cost), D(self_funded)
    basic = inpatient(policy, insurance="职工", tier=tier, cost=cost, filing=filing, self_funded=self_funded,
                      civil_servant=civil_servant)
    row_name = _row_name(lm, retired or bool(like), age)
    w = Work("large_medical", "职工住院报销测算（基本医保 → 职工大额医疗费用补助）", policy,
             {"insurance": "职工", "tier": tier, "cost": cost, "filing": filing, "self_funded": self_funded,
              "retired": retired, "age": age, "civil_servant": civil_servant or None})
    w.carry(basic, "基本医保：")
    w.cite(lm.source)
    fund = D(str(basic.result["fund_pays"]))
    cs_pay = D(str(basic.result.get("civil_servant_pays", 0)))
    left = D(str(basic.result["self_pays"]))
    before = f"（基本医保{'、公务员医疗补助' if cs_pay else ''}报销后）"
    paid = _pays(w, lm, row_name, left, before)
    self_pay = left - paid
    w.step(f"个人自付 {num(left)} − {num(paid)} = {num(self_pay)} 元")
    w.money("basic_pays", fund)
    w.money("civil_servant_pays", cs_pay)
    w.money("large_medical_pays", paid)
    w.money("fund_pays", fund + cs_pay + paid)
    w.money("self_pays", self_pay)
    _row_assumptions(w, lm, row_name, age, like, retired)
    if not civil_servant:
        w.assume("不是公务员（未计公务员医疗补助）")
    w.assume("本年此前未用过职工大额补助额度，剩余部分都是符合职工基本医疗保险支付范围的费用")
    head = f"基本医保支付约 {yuan(fund)} 元，" + (f"公务员医疗补助约 {yuan(cs_pay)} 元，" if cs_pay else "") \
        + f"职工大额医疗费用补助约 {yuan(paid)} 元，合计报销 {yuan(fund + cs_pay + paid)} 元，个人自付 {yuan(self_pay)} 元"
    if self_funded:
        head += f"（另有目录外自费 {yuan(self_funded)} 元）"
    return w.done(head + "。")


def _table(policy: Policy) -> LargeMedical:
    lm = plan_for(policy, "职工").large_medical
    if lm is None:
        raise NotListed(f"{policy.region}的手册没有列出职工大额医疗费用补助的报销标准。")
    return lm


def retired_like(lm: LargeMedical, diseases: list[str] | None) -> str | None:
    """The disease said that puts the case on the 退休 row, whatever the asker's status; None if none.
    Only a disease said as one of the list's (胃癌 holds 癌): a wider word said (肿瘤, 移植) may be
    another one (良性, 角膜移植), whose row is the asker's own."""
    for said in diseases or []:
        for name in lm.retired_like_diseases:
            if name in said:
                return said
    return None


def _row_name(lm, retired: bool, age: int | None) -> str:
    old = age is not None and age >= lm.age_from
    return "高龄" if old and "高龄" in lm.rows else ("退休" if retired else "在职")


def _row_assumptions(w: Work, lm, row_name: str, age: int | None, like: str | None = None,
                     retired: bool = True) -> None:
    if like and not retired:
        w.assume(f"患{like}：{lm.retired_like}按退休人员标准（不设起付标准）")
    else:
        w.assume(f"按{ROW_WORDS[row_name]}的职工大额补助标准")
    if row_name == "在职":
        w.assume(f"{lm.retired_like}按退休人员标准（不设起付标准），未按此计算")
    if row_name == "退休" and age is None:
        w.assume(f"未满{lm.age_from}周岁（{lm.age_from}周岁以上比例更高）")


def _pays(w: Work, lm, row_name: str, left: Decimal, before: str) -> Decimal:
    """What 职工大额补助 pays on `left` (what basic insurance left the asker), by the row's
    deductible and segments, within the yearly limit."""
    row = lm.rows[row_name]
    paid = ZERO
    if row.deductible:
        w.step(f"职工大额补助：剩余合规费用{before} {num(left)} 元，扣减起付标准 {num(row.deductible)} 元")
        over = left - row.deductible
    else:
        w.step(f"职工大额补助：剩余合规费用{before} {num(left)} 元，{ROW_WORDS[row_name]}不设起付标准")
        over = left
    if over <= 0:
        w.step(f"剩余费用未超过起付标准 {num(row.deductible)} 元，大额补助不支付")
    else:
        lower, pieces = ZERO, []
        for seg in row.segments:
            if over <= lower:
                break
            top = over if seg.upto is None else min(over, seg.upto)
            part = fen((top - lower) * seg.ratio)
            w.step(f"职工大额补助：({num(top)} − {num(lower)}) × {pct(seg.ratio)} = {num(part)} 元"
                   if lower else f"职工大额补助：{num(top)} × {pct(seg.ratio)} = {num(part)} 元")
            pieces.append(num(part))
            paid += part
            lower = top
        if len(pieces) > 1:
            w.step(f"职工大额补助合计 {' + '.join(pieces)} = {num(paid)} 元")
        w.cite(lm.cap.source)
        if paid > lm.cap.amount:
            w.step(f"超过职工大额补助年度最高支付限额 {num(lm.cap.amount)} 元，按 {num(lm.cap.amount)} 元支付")
            paid = lm.cap.amount
    return paid


def large_medical_left(policy: Policy, *, left: Decimal, retired: bool, age: int | None = None,
                       diseases: list[str] | None = None) -> Calculation:
    """职工大额医疗费用补助 on what the asker says basic insurance left ("基本医保报完自己还出了1万"),
    the handbook's "剩余部分" itself, with no stay to compute first."""
    lm = _table(policy)
    left = D(left)
    like = retired_like(lm, diseases)
    row_name = _row_name(lm, retired or bool(like), age)
    w = Work("large_medical", "职工大额医疗费用补助测算", policy,
             {"insurance": "职工", "left": left, "retired": retired, "age": age})
    w.cite(lm.source)
    paid = _pays(w, lm, row_name, left, "（基本医保报销后）")
    self_pay = left - paid
    w.step(f"个人自付 {num(left)} − {num(paid)} = {num(self_pay)} 元")
    w.money("large_medical_pays", paid)
    w.money("self_pays", self_pay)
    _row_assumptions(w, lm, row_name, age, like, retired)
    w.assume("所给金额是本年经基本医保（及公务员医疗补助）报销后、个人负担的合规费用，此前未用过职工大额补助额度")
    return w.done(f"职工大额医疗费用补助约 {yuan(paid)} 元，个人仍需负担 {yuan(self_pay)} 元。")
