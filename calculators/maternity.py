"""生育医疗待遇: 产前检查费 plus the delivery limit (巴中) or flat amount (长治); 多胞胎; 终止妊娠
on either side of the policy's line (怀孕满4个月 / 孕16周); a 职工's spouse in 居民医保 (补差)."""
from __future__ import annotations

from decimal import Decimal

from calculators.common import BadInput, NotListed, Work, check_amount, open_section
from calculators.money import ZERO, D, num, yuan
from calculators.policy import Maternity, Policy
from calculators.result import Calculation

SCHEME = {"职工": "职工医保", "居民": "城乡居民医保"}


def _past_line(m: Maternity, months: int | None, weeks: int | None, under: bool) -> bool | None:
    """Is the pregnancy at or past the termination line? None when the asker did not say."""
    t = m.termination
    if weeks is not None:
        return weeks >= t.line_weeks and not under
    if months is not None:
        return months >= t.line_months and not under
    return False if under else None


def _limits(policy: Policy, insurance: str, kind: str | None, babies: int, months: int | None, weeks: int | None,
            under: bool, cesarean: bool, w: Work) -> tuple[Decimal, Decimal, str]:
    """(limit, 产前检查费, what it is) for one scheme, adding the working to `w`."""
    m: Maternity = open_section(policy, "maternity", f"{SCHEME.get(insurance, insurance)}生育医疗待遇的金额", insurance)
    w.cite(m.source)
    label = "定额报销" if m.fixed else "限额"
    if babies > 1 and m.extra_baby is None:
        listed = "、".join(f"{k}{label} {num(v)} 元" for k, v in m.delivery.items())
        raise NotListed(f"{policy.region}的手册只列出{listed}，没有列出生育多胞胎增加的金额。", m.source)
    if kind is None:
        raise BadInput("请告诉我是顺产、剖宫产，还是终止妊娠。", "kind")
    if kind == "终止妊娠":
        t = m.termination
        if t is None:
            raise NotListed(f"{policy.region}的手册没有列出终止妊娠的生育待遇金额。", m.source)
        past = _past_line(m, months, weeks, under)
        if past is None:
            raise BadInput(f"终止妊娠的待遇按怀孕是否满{t.line_months}个月（孕{t.line_weeks}周）分两档，请告诉我怀孕几个月了。",
                           "pregnancy")
        # ("不到3个月": the months said as a bound, kept as the asker said it)
        below = "不到" if under else ""
        said = f"怀孕{below}{weeks}周" if weeks is not None else (f"怀孕{below}{months}个月" if months is not None else "怀孕不满")
        if past:
            limit = t.at_or_past
            w.step(f"{said}，满{t.line_months}个月（孕{t.line_weeks}周）以上终止妊娠{label} {num(limit)} 元")
            if cesarean and t.cesarean_add:
                w.step(f"施行剖宫术的增加 {num(t.cesarean_add)} 元：{num(limit)} + {num(t.cesarean_add)} = {num(limit + t.cesarean_add)} 元")
                limit += t.cesarean_add
            elif t.cesarean_add:
                # (the surgery unsaid: the sum without it, and what it would add, as the handbook's rule says)
                w.assume(f"未施行剖宫术（施行剖宫术的增加 {num(t.cesarean_add)} 元）")
            prenatal = t.prenatal_at_or_past
        else:
            limit = t.below
            w.step(f"{said}，不满{t.line_months}个月（孕{t.line_weeks}周）终止妊娠{label} {num(limit)} 元")
            prenatal = t.prenatal_below
        if m.prenatal_termination_months is not None:
            enough = months is not None and months >= m.prenatal_termination_months and not under
            prenatal = m.prenatal if enough else None
            if not enough:
                w.assume(f"产前检查费限生育或怀孕满{m.prenatal_termination_months}个月以上终止妊娠")
        return limit, prenatal or ZERO, "终止妊娠"
    if kind == "剖宫产" and kind not in m.delivery and m.cesarean_as:
        w.step(f"手册按“{m.cesarean_as}（含剖宫产）”计")
        kind = m.cesarean_as
    if kind not in m.delivery:
        raise NotListed(f"{policy.region}的手册没有列出“{kind}”的生育待遇金额，只有：{'、'.join(m.delivery)}。", m.source)
    limit = m.delivery[kind]
    w.step(f"{kind}{label} {num(limit)} 元")
    if babies > 1:
        add = m.extra_baby * (babies - 1)
        w.step(f"生育多胞胎每多一个婴儿增加 {num(m.extra_baby)} 元：{num(limit)} + {num(m.extra_baby)} × {babies - 1} = "
               f"{num(limit + add)} 元")
        limit += add
    return limit, m.prenatal or ZERO, kind



def maternity(policy: Policy, *, insurance: str, kind: str | None, babies: int = 1, cost: Decimal | None = None,
              cesarean: bool = False, pregnancy_months: int | None = None, pregnancy_weeks: int | None = None,
              pregnancy_under: bool = False, spouse_insurance: str | None = None,
              reimbursed: Decimal | None = None, prenatal_only: bool = False) -> Calculation:
    """`prenatal_only`: only the 产前检查费 of a birth asked (its figure, or the 职工 spouse's 补差 of
    it), whatever the delivery."""
    if babies < 1 or babies > 8:
        raise BadInput(f"胎数 {babies} 不合理。", "babies")
    if prenatal_only and kind != "终止妊娠":
        return prenatal_fee(policy, insurance=insurance, spouse_insurance=spouse_insurance)
    if spouse_insurance == "居民" and insurance == "职工":
        return _spouse_top_up(policy, kind=kind, babies=babies, cost=cost, cesarean=cesarean,
                              months=pregnancy_months, weeks=pregnancy_weeks, under=pregnancy_under,
                              reimbursed=reimbursed)
    w = Work("maternity", "生育医疗待遇测算", policy,
             dict(insurance=insurance, kind=kind, babies=babies if babies > 1 else None, cost=cost,
                  pregnancy_months=pregnancy_months, pregnancy_weeks=pregnancy_weeks, cesarean=cesarean or None))
    limit, prenatal, what = _limits(policy, insurance, kind, babies, pregnancy_months, pregnancy_weeks,
                                    pregnancy_under, cesarean, w)
    m = policy.maternity[insurance]
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
    if prenatal:
        w.step(f"产前检查费定额补助 {num(prenatal)} 元")
    w.money("delivery_pays", pay)
    w.money("prenatal", prenatal)
    w.money("total", pay + prenatal)
    left = None
    if cost is not None and m.fixed and D(cost) >= pay:
        # a fixed sum (长治 居民 顺产 1500) with the bill told: the rest of the bill is the asker's
        left = D(cost) - pay
        w.step(f"生育医疗费用 {num(D(cost))} 元，定额报销 {num(pay)} 元，个人负担 {num(D(cost))} − {num(pay)} = {num(left)} 元")
        w.money("self_pays", left)
    if m.note:
        w.assume(m.note)
    w.assume(f"{policy.region}{SCHEME[insurance]}" + ("，已参加生育保险" if insurance == "职工" else ""))
    if prenatal:
        w.step(f"合计 {num(pay)} + {num(prenatal)} = {num(pay + prenatal)} 元")
        return w.done(f"{'终止妊娠' if what == '终止妊娠' else '生育'}医疗费用报销约 {yuan(pay)} 元，"
                      f"另有产前检查费 {yuan(prenatal)} 元，合计 {yuan(pay + prenatal)} 元。")
    return w.done(f"{'终止妊娠' if what == '终止妊娠' else '生育'}医疗费用报销约 {yuan(pay)} 元"
                  + (f"，个人负担约 {yuan(left)} 元。" if left is not None else "。"))


def _spouse_top_up(policy: Policy, *, kind: str, babies: int, cost: Decimal | None, cesarean: bool,
                   months: int | None, weeks: int | None, under: bool,
                   reimbursed: Decimal | None = None) -> Calculation:
    """职工's spouse in 居民医保: the 职工 standard minus what 居民医保 paid, for the delivery and the 产前检查费."""
    staff = open_section(policy, "maternity", "职工生育医疗待遇的金额", "职工")
    if staff.spouse_source is None:
        raise NotListed(f"{policy.region}的手册没有列出职工配偶生育医疗费用补差的规定。")
    w = Work("maternity", "职工配偶生育医疗费用补差测算", policy,
             dict(insurance="职工", spouse_insurance="居民", kind=kind, babies=babies if babies > 1 else None, cost=cost))
    w.cite(staff.spouse_source)
    at = len(w.steps)
    s_limit, s_pre, _ = _limits(policy, "职工", kind, babies, months, weeks, under, cesarean, w)
    w.steps[at:] = ["职工标准：" + x for x in w.steps[at:]]
    at = len(w.steps)
    r_limit, r_pre, _ = _limits(policy, "居民", kind, babies, months, weeks, under, cesarean, w)
    w.steps[at:] = ["城乡居民标准：" + x for x in w.steps[at:]]
    if reimbursed is not None:
        # what 城乡居民医保 paid, as the asker says it (第二章 九问: 职工标准 minus what 居民医保 paid)
        r_pay = check_amount(D(reimbursed), "城乡居民医保已报销的生育费用")
        s_pay = s_limit if cost is None else min(check_amount(D(cost), "生育医疗费用"), s_limit)
        w.step(f"城乡居民医保已报 {num(r_pay)} 元" + (f"；政策范围内费用 {num(cost)} 元，职工标准可报 {num(s_pay)} 元"
                                                   if cost is not None else ""))
        if cost is None:
            w.assume(f"政策范围内医疗费用不低于职工标准 {num(s_limit)} 元（不足的按实际费用计）")
    elif cost is not None:
        cost = check_amount(D(cost), "生育医疗费用")
        s_pay, r_pay = min(cost, s_limit), min(cost, r_limit)
        w.step(f"政策范围内费用 {num(cost)} 元：职工标准可报 {num(s_pay)} 元，城乡居民医保已报 {num(r_pay)} 元")
    else:
        s_pay, r_pay = s_limit, r_limit
        w.assume("政策范围内医疗费用不低于两边的限额")
    top = max(ZERO, s_pay - r_pay)
    pre = max(ZERO, s_pre - r_pre)
    w.step(f"生育医疗费用补差 {num(s_pay)} − {num(r_pay)} = {num(top)} 元")
    w.step(f"产前检查费补差 {num(s_pre)} − {num(r_pre)} = {num(pre)} 元")
    w.money("top_up", top)
    w.money("prenatal_top_up", pre)
    w.money("total", top + pre)
    w.assume("生育的一方参加城乡居民医保并已按居民标准报销，其配偶参加职工医保和生育保险")
    return w.done(f"职工医保给配偶的生育医疗费用补差约 {yuan(top)} 元，产前检查费补差 {yuan(pre)} 元，"
                  f"合计 {yuan(top + pre)} 元。")


def prenatal_fee(policy: Policy, *, insurance: str, spouse_insurance: str | None = None) -> Calculation:
    """The 产前检查费 of a birth: the scheme's fixed sum; for a 职工 whose spouse gave birth in
    城乡居民医保, the 职工 standard less the 居民 one (补差, 第二章 九问)."""
    m: Maternity = open_section(policy, "maternity", f"{SCHEME.get(insurance, insurance)}生育医疗待遇的金额", insurance)
    if not m.prenatal:
        raise NotListed(f"{policy.region}的手册没有列出{SCHEME.get(insurance, insurance)}生育的产前检查费。", m.source)
    if spouse_insurance == "居民" and insurance == "职工":
        staff = m
        if staff.spouse_source is None:
            raise NotListed(f"{policy.region}的手册没有列出职工配偶生育医疗费用补差的规定。")
        res: Maternity = open_section(policy, "maternity", "城乡居民生育医疗待遇的金额", "居民")
        if not res.prenatal:
            raise NotListed(f"{policy.region}的手册没有列出城乡居民生育的产前检查费。", res.source)
        w = Work("maternity", "职工配偶产前检查费补差测算", policy,
                 dict(insurance="职工", spouse_insurance="居民", prenatal_only=True))
        w.cite(staff.spouse_source)
        w.cite(staff.source)
        w.cite(res.source)
        top = max(ZERO, staff.prenatal - res.prenatal)
        w.step(f"职工产前检查费定额补助 {num(staff.prenatal)} 元，城乡居民 {num(res.prenatal)} 元")
        w.step(f"产前检查费补差 {num(staff.prenatal)} − {num(res.prenatal)} = {num(top)} 元")
        w.money("prenatal_top_up", top)
        w.assume("生育的一方参加城乡居民医保并已按居民标准领取产前检查费，其配偶参加职工医保和生育保险")
        w.assume("生育（非终止妊娠）；生育医疗费用另有补差，这里只算产前检查费")
        return w.done(f"职工医保给配偶的产前检查费补差约 {yuan(top)} 元（职工标准 {num(staff.prenatal)} 元 − "
                      f"居民标准 {num(res.prenatal)} 元）。")
    w = Work("maternity", "产前检查费", policy, dict(insurance=insurance, prenatal_only=True))
    w.cite(m.source)
    w.step(f"{SCHEME[insurance]}产前检查费定额补助 {num(m.prenatal)} 元")
    w.money("prenatal", m.prenatal)
    w.assume(f"{policy.region}{SCHEME[insurance]}，生育（终止妊娠的产前检查费另有标准）"
             + ("，已参加生育保险" if insurance == "职工" else ""))
    return w.done(f"产前检查费定额补助 {yuan(m.prenatal)} 元。")
