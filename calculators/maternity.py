"""生育医疗待遇: 产前检查费 plus the delivery limit (巴中) or flat amount (长治)."""
from __future__ import annotations

from decimal import Decimal

from calculators.common import BadInput, NotListed, Work, check_amount
from calculators.money import ZERO, D, num, yuan
from calculators.policy import Policy
from calculators.result import Calculation


def maternity(policy: Policy, *, insurance: str, kind: str, babies: int = 1, cost: Decimal | None = None,
              cesarean: bool = False) -> Calculation:
    m = policy.maternity.get(insurance)
    if m is None:
        raise NotListed(f"{policy.region}的手册没有列出{'职工' if insurance == '职工' else '城乡居民'}生育医疗待遇的金额。")
    if babies < 1 or babies > 8:
        raise BadInput(f"胎数 {babies} 不合理。", "babies")
    if kind == "剖宫产" and kind not in m.delivery and "难产" in m.delivery:
        kind = "难产"          # 巴中: 难产（含剖宫产）
    if kind not in m.delivery:
        raise NotListed(f"{policy.region}的手册没有列出“{kind}”的生育待遇金额，只有：{'、'.join(m.delivery)}。")
    w = Work("maternity", "生育医疗待遇测算", policy,
             dict(insurance=insurance, kind=kind, babies=babies if babies > 1 else None, cost=cost))
    w.cite(m.source)
    limit = m.delivery[kind]
    label = "定额报销" if m.fixed else "限额"
    w.step(f"{kind}{label} {num(limit)} 元")
    if babies > 1 and m.extra_baby is not None and not kind.startswith("终止"):
        add = m.extra_baby * (babies - 1)
        w.step(f"多胞胎每多一个婴儿增加 {num(m.extra_baby)} 元：{num(limit)} + {num(m.extra_baby)} × {babies - 1} = {num(limit + add)} 元")
        limit += add
    if cesarean and kind.startswith("终止妊娠满") and m.cesarean_termination_add:
        w.step(f"施行剖宫术增加 {num(m.cesarean_termination_add)} 元：{num(limit)} + {num(m.cesarean_termination_add)} = {num(limit + m.cesarean_termination_add)} 元")
        limit += m.cesarean_termination_add
    pay = limit
    if cost is not None and not m.fixed:
        cost = check_amount(D(cost), "生育医疗费用")
        if cost < limit:
            w.step(f"政策范围内费用 {num(cost)} 元不足限额，据实支付 {num(cost)} 元")
            pay = cost
        else:
            w.step(f"政策范围内费用 {num(cost)} 元超过限额，按限额支付 {num(limit)} 元")
    elif not m.fixed:
        w.assume("政策范围内医疗费用不低于限额（不足限额的据实支付）")
    prenatal = ZERO
    key = "生育" if not kind.startswith("终止") else kind
    if key in m.prenatal:
        prenatal = m.prenatal[key]
        w.step(f"产前检查费定额补助 {num(prenatal)} 元")
    w.money("delivery_pays", pay)
    w.money("prenatal", prenatal)
    w.money("total", pay + prenatal)
    if m.note:
        w.assume(m.note)
    w.assume(f"{policy.region}{'职工' if insurance == '职工' else '城乡居民'}医保" + ("，已参加生育保险" if insurance == "职工" else ""))
    if prenatal:
        w.step(f"合计 {num(pay)} + {num(prenatal)} = {num(pay + prenatal)} 元")
        return w.done(f"生育医疗费用报销约 {yuan(pay)} 元，另有产前检查费 {yuan(prenatal)} 元，合计 {yuan(pay + prenatal)} 元。")
    return w.done(f"生育医疗费用报销约 {yuan(pay)} 元。")
