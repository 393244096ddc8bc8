"""普通门诊 / 门诊统筹 and 两病 (高血压、糖尿病 outpatient drugs)."""
from __future__ import annotations

from decimal import Decimal

from calculators.common import BadInput, NotListed, Work, check_amount, open_section, room_left
from calculators.money import ZERO, D, fen, num, pct, yuan
from calculators.policy import Policy
from calculators.result import Calculation


def outpatient(policy: Policy, *, insurance: str, cost: Decimal, tier: str | None = None,
               retired: bool = False, visit: int = 1, paid_this_year: Decimal = ZERO,
               drug_class: str | None = None, tier_said: bool = True, out_of_province: bool = False,
               filing: str | None = None, class_costs: dict[str, Decimal] | None = None,
               deductible_paid: bool = False, spent_before: Decimal | None = None,
               same_day_parts: list[Decimal] | None = None, emergency: bool | None = None,
               pediatric: bool | None = None, visit_said: bool = True, same_day_total: bool = False,
               away: bool = False, paid_known: bool = False) -> Calculation:
    """`paid_this_year`: what 门诊统筹 already paid this year ("今年已经报了850"), off the yearly limit.
    `class_costs`: the bill told by drug class ({"甲类": 100, "乙类": 200}): where the plan has 乙类药品
    paid first in part, that share of the 乙类 part only.
    `tier_said`: False when the tier was not told, only found not to change the result (not named).
    `out_of_province`: the visit was in another province; with a long-term filing (`filing` 长期备案)
    the insured region's rate holds, otherwise the plan's cut for such visits, where it has one.
    `deductible_paid`: the year's deductible said taken already ("今年起付线已经扣过了"); a yearly
    deductible is then not taken again (a per-visit one still is).
    `spent_before`: what earlier 门诊 visits of the year cost ("今年门诊已经花过300了 今天又…"): a yearly
    deductible is taken from it first (what is left of it, from this visit), and what the fund paid
    on it (estimated at this visit's rate, said) comes off the yearly limit — unless `paid_known`: what the
    fund paid on it is `paid_this_year` already (each earlier visit computed, `outpatient_bills`).
    `emergency`: False where the visit was said not to be an emergency ("普通门诊 不是急诊"): a row
    that pays only emergency and children's visits (`only_for`) pays nothing for it, said so —
    unless `pediatric`: a children's visit (儿科, or a child's) told, which such a row pays.
    `visit_said`: False where which visit of the year this is was not told: a first visit is computed,
    and where later visits' deductible is halved, their figure is said beside it.
    `same_day_parts`: the bills of several visits on one day at one hospital ("同一天看了两次 分别40和30"),
    `cost` their sum: one visit where the plan says so; where the deductible is a visit's and the plan
    says nothing of it, not computed (each visit's deductible cannot be told); `same_day_total`: such
    visits told by their sum only ("同一天看了两次 一共花了60"), `cost` that sum.
    `away`: the visit was outside the region (a place elsewhere said, or a filing's place): where the plan's
    handbook says nothing of such visits (`away_said`), the home table is no answer for it — not computed."""
    cost = check_amount(D(cost), "门诊费用")
    key = "居民" if insurance == "居民" else ("职工退休" if retired else "职工在职")
    plan = open_section(policy, "outpatient", f"{'城乡居民' if insurance == '居民' else '职工'}门诊统筹的报销标准", key)
    if away and not plan.away_said:
        # (the home table computed for a visit in another city would be a guess stated as the answer)
        raise NotListed(f"{policy.region}的手册只写了在{policy.region}看门诊的门诊统筹报销标准，没有写在外地（异地）看普通门诊"
                        "能不能报、按什么标准报（异地备案后在备案地按参保地待遇的规定，手册写的是住院）。", plan.source)
    if "*" in plan.tiers:
        rule = plan.tiers["*"]
    else:
        if tier is None:
            raise BadInput("请告诉我在哪一级医疗机构看的门诊。", "tier")
        if tier not in plan.tiers:
            names = " / ".join(policy.tier_name(t) for t in plan.tiers)
            raise BadInput(f"{policy.region}门诊统筹表里没有“{policy.tier_name(tier)}”，只有：{names}。", "tier")
        rule = plan.tiers[tier]
    w = Work("outpatient", "门诊统筹报销测算", policy,
             dict(insurance=insurance, cost=cost, tier=tier, retired=retired or None, visit=visit if visit > 1 else None))
    w.cite(plan.source)
    if rule.only_for and emergency is False and not (pediatric and "儿科" in rule.only_for):
        # a visit said not to be an emergency, at a row that pays only such visits (and children's): the
        # fund pays nothing of it — said so, never the row's rate applied
        kinds = "、".join(rule.only_for)
        w.step(f"{policy.tier_name(tier)}的普通门诊限{kinds}门诊；这次不是急诊，不在门诊统筹报销范围，统筹基金不支付")
        w.assume(f"{policy.region}城乡居民医保" if insurance == "居民" else f"{policy.region}职工医保")
        w.assume("这次不是儿科门诊")
        w.money("fund_pays", ZERO)
        w.money("self_pays", cost)
        return w.done(f"这次门诊不能报销：{policy.tier_name(tier)}的普通门诊只报{kinds}门诊，个人自付 {yuan(cost)} 元。")
    if rule.only_for and emergency is None and not (pediatric and "儿科" in rule.only_for):
        # neither an emergency nor a children's visit said, at a row that pays only those: the row's rate
        # is no answer on its own (an ordinary visit there is paid nothing) — the not-paid case first,
        # the row's figure beside it for the visit that is one of them
        kinds, either = "、".join(rule.only_for), "或".join(rule.only_for)
        paid = outpatient(policy, insurance=insurance, cost=cost, tier=tier, retired=retired, visit=visit,
                          paid_this_year=paid_this_year, drug_class=drug_class, tier_said=tier_said,
                          out_of_province=out_of_province, filing=filing, class_costs=class_costs,
                          deductible_paid=deductible_paid, spent_before=spent_before, paid_known=paid_known,
                          same_day_parts=same_day_parts, emergency=True, pediatric=pediatric, visit_said=visit_said,
                          same_day_total=same_day_total)
        w.step(f"{policy.tier_name(tier)}的普通门诊限{kinds}门诊：不是{either}门诊的，不在门诊统筹报销范围，统筹基金不支付")
        w.step(f"若这次是{either}门诊：" + "；".join(paid.steps))
        for a in paid.assumptions:
            if a != rule.note:
                w.assume(a)
        w.money("fund_pays", ZERO)
        w.money("self_pays", cost)
        return w.done(f"{policy.tier_name(tier)}的普通门诊只报{kinds}门诊：这次若不是{either}门诊，不能报销，"
                      f"个人自付 {yuan(cost)} 元；若是{either}门诊，{paid.headline}")
    if (same_day_parts and len(same_day_parts) > 1) or same_day_total:
        # (told by their sum only: the sum, no parts to add)
        parts = " + ".join(num(D(x)) for x in same_day_parts) + " = " if same_day_parts and len(same_day_parts) > 1 \
            else "当天合计 "
        if plan.same_day_one_visit:
            w.step(f"一天内在同一级医疗机构的门诊按一次门诊计算：{parts}{num(cost)} 元")
        elif rule.deductible and rule.deductible_per != "year":
            raise NotListed(f"{policy.region}的手册没有写明同一天的几次门诊是否按一次门诊计算，按次的起付线算不准。", plan.source)
        else:
            w.step(f"同一天的门诊费用合计：{parts}{num(cost)} 元")
    bill = cost
    class_b = D((class_costs or {}).get("乙类", 0))
    if plan.class_b_first and class_b and class_b < cost:
        first = fen(class_b * plan.class_b_first)
        cost = cost - first
        w.step(f"乙类药品 {num(class_b)} 元先行自付 {pct(plan.class_b_first)}：{num(class_b)} × {pct(plan.class_b_first)} = "
               f"{num(first)} 元，余下 {num(bill)} − {num(first)} = {num(cost)} 元按比例报销")
    elif plan.class_b_first and drug_class == "乙类":
        first = fen(cost * plan.class_b_first)
        cost = cost - first
        w.step(f"乙类药品先行自付 {pct(plan.class_b_first)}：{num(bill)} × {pct(plan.class_b_first)} = {num(first)} 元，"
               f"余下 {num(bill)} − {num(first)} = {num(cost)} 元按比例报销")
    elif plan.class_b_first and drug_class is None:
        w.assume(f"未计乙类药品先行自付{pct(plan.class_b_first)}（费用中有乙类药品的，这部分先自付）")
    ded = rule.deductible
    if ded and rule.deductible_per == "visit" and plan.halve_deductible_after_first and visit > 1:
        w.step(f"年度内第二次及以后门诊起付线减半：{num(ded)} ÷ 2 = {num(ded / 2)} 元")
        ded = ded / 2
    elif ded and rule.deductible_per == "visit" and plan.halve_deductible_after_first and not visit_said:
        # which visit of the year not told: the first computed, and a later one's (its deductible halved)
        # said beside — never the first taken silently
        later = outpatient(policy, insurance=insurance, cost=bill, tier=tier, retired=retired, visit=2,
                           paid_this_year=paid_this_year, drug_class=drug_class, tier_said=tier_said,
                           out_of_province=out_of_province, filing=filing, class_costs=class_costs,
                           deductible_paid=deductible_paid, spent_before=spent_before, paid_known=paid_known,
                           same_day_parts=same_day_parts, emergency=emergency, pediatric=pediatric)
        w.assume(f"按本年第一次门诊计算；如本年已看过门诊，起付线减半为 {num(ded / 2)} 元：{later.headline.rstrip('。')}")
    elif ded and rule.deductible_per == "year" and spent_before:
        spent_before = D(spent_before)
        if spent_before >= ded:
            w.step(f"本年此前门诊已花 {num(spent_before)} 元，年度起付线 {num(ded)} 元已在其中扣过，本次不再扣")
            if not paid_this_year and not paid_known and plan.annual_cap is not None:
                paid_this_year = fen((spent_before - ded) * rule.ratio)
                w.step(f"此前超过起付线的部分 {num(spent_before)} − {num(ded)} = {num(spent_before - ded)} 元，"
                       f"约报 {num(spent_before - ded)} × {pct(rule.ratio)} = {num(paid_this_year)} 元，计入年度限额")
                w.assume("此前的门诊按本次同一比例估算已报金额")
            ded = ZERO
        else:
            w.step(f"本年此前门诊已花 {num(spent_before)} 元，年度起付线 {num(ded)} 元还剩 "
                   f"{num(ded)} − {num(spent_before)} = {num(ded - spent_before)} 元")
            ded = ded - spent_before
    elif ded and rule.deductible_per == "year" and deductible_paid:
        w.step(f"年度起付线 {num(ded)} 元本年已经扣过，本次不再扣")
        ded = ZERO
    elif ded and rule.deductible_per == "year":
        w.assume(f"本年第一次门诊，年度起付线 {num(ded)} 元尚未扣过")
    elif ded and rule.deductible_per == "unstated":
        w.assume(f"手册未写明起付线 {num(ded)} 元按次还是按年，按本次扣一次计算")
    if spent_before and not paid_this_year and not paid_known and plan.annual_cap is not None \
            and not (rule.deductible and rule.deductible_per == "year"):
        # what the fund paid on the earlier visits comes off the yearly limit too, where no yearly
        # deductible took it (none, or one a visit: taken once from them, their count not said)
        before = D(spent_before)
        off = rule.deductible or ZERO
        paid_this_year = fen(max(ZERO, before - off) * rule.ratio)
        w.step(f"本年此前门诊已花 {num(before)} 元，约报 "
               + (f"({num(before)} − {num(off)} 起付线)" if off else num(before))
               + f" × {pct(rule.ratio)} = {num(paid_this_year)} 元，计入年度限额")
        if paid_this_year > plan.annual_cap:
            w.step(f"超过年度支付限额 {num(plan.annual_cap)} 元，此前已按 {num(plan.annual_cap)} 元报满")
            paid_this_year = plan.annual_cap
        w.assume("此前的门诊按本次同一比例估算已报金额" + ("、按扣过一次起付线估算" if off else ""))
    if rule.note:
        w.assume(rule.note)
    ratio = rule.ratio
    if out_of_province and plan.out_of_province and filing != "长期备案":
        w.cite(plan.out_of_province.source)
        ratio = max(ZERO, rule.ratio - plan.out_of_province.cut)
        w.step(f"跨省临时外出就医，比参保地同级医疗机构降低 {num(plan.out_of_province.cut * 100)} 个百分点："
               f"{pct(rule.ratio)} − {pct(plan.out_of_province.cut)} = {pct(ratio)}")
        w.assume("外省临时就医，未办异地长期居住备案")
    if cost <= ded:
        pay = ZERO
        w.step(f"门诊费用 {num(cost)} 元未超过起付线 {num(ded)} 元，统筹基金不支付")
    else:
        pay = fen((cost - ded) * ratio)
        w.step(f"({num(cost)} − {num(ded)} 起付线) × {pct(ratio)} = {num(pay)} 元" if ded
               else f"{num(cost)} × {pct(ratio)} = {num(pay)} 元")
    if rule.visit_cap is not None and pay > rule.visit_cap:
        w.step(f"超过单次支付限额 {num(rule.visit_cap)} 元，按 {num(rule.visit_cap)} 元支付")
        pay = rule.visit_cap
    used = D(paid_this_year or 0)
    if plan.annual_cap is not None and used > 0:
        room = max(ZERO, plan.annual_cap - used)
        w.step(f"年度支付限额 {num(plan.annual_cap)} 元，本年已报 {num(used)} 元，还剩 {num(plan.annual_cap)} − {num(used)} = {num(room)} 元")
        if pay > room:
            w.step(f"超过剩余额度，按 {num(room)} 元支付")
            pay = room
    elif plan.annual_cap is not None and pay > plan.annual_cap:
        w.step(f"超过年度支付限额 {num(plan.annual_cap)} 元，按 {num(plan.annual_cap)} 元支付")
        pay = plan.annual_cap
    if plan.annual_cap is not None and not used and visit > 1:
        # earlier visits told, what they were paid not: the year's limit may be partly used
        w.assume(f"此前几次门诊已报的金额您没有说，按年度限额 {num(plan.annual_cap)} 元还没用完计算"
                 "（若此前已报了一部分，本次最多只能报剩下的额度）")
    elif plan.annual_cap is not None and not used:
        w.assume(f"本年此前未用过门诊统筹额度（年度限额 {num(plan.annual_cap)} 元）")
    if plan.note:
        w.assume(plan.note)
    w.assume(f"{policy.region}{'城乡居民医保' if insurance == '居民' else ('退休职工' if retired else '在职职工')}"
             + (f"、{policy.tier_name(tier)}" if tier and tier_said and "*" not in plan.tiers else ""))
    w.assume("费用均在医保目录内")
    w.money("fund_pays", pay)
    w.money("self_pays", bill - pay)
    return w.done(f"门诊统筹支付约 {yuan(pay)} 元，个人自付 {yuan(bill - pay)} 元。")


def outpatient_visits(policy: Policy, *, insurance: str, each: Decimal, visits: int, tier: str | None = None,
                      retired: bool = False, first_visit: int = 1, first_said: bool = True,
                      paid_this_year: Decimal = ZERO, **rest) -> Calculation:
    """Several visits of the year with one bill each ("门诊看了三回，回回200，一共报多少"): `outpatient_bills`
    with that bill for each."""
    each = check_amount(D(each), "门诊费用")
    if visits < 2:
        return outpatient(policy, insurance=insurance, cost=each, tier=tier, retired=retired, visit=first_visit,
                          paid_this_year=paid_this_year, **rest)
    return outpatient_bills(policy, insurance=insurance, bills=[each] * visits, tiers=[tier] * visits,
                            retired=retired, first_visit=first_visit, first_said=first_said,
                            paid_this_year=paid_this_year, **rest)


def outpatient_bills(policy: Policy, *, insurance: str, bills: list[Decimal], tiers: list[str | None],
                     retired: bool = False, first_visit: int = 1, first_said: bool = True,
                     paid_this_year: Decimal = ZERO, first_at: int | None = None, **rest) -> Calculation:
    """Several visits of the year, each with its own bill and tier ("看了两回 一回60一回90", "先在药店500 又在
    三级医院600"): each visit computed in turn as `outpatient` computes one — the plan's later visits'
    deductible (a yearly one taken once, from the first bills; one of a visit halved after the year's
    first, where it says so), each within what the yearly limit has left after the ones before — and
    the sum. `first_visit`: which visit of the year the first of them is; `first_said`: False where
    that was not told (the year's first taken, and said); `first_at`: the bill said to be the year's first visit
    ("一级医院头回看门诊"), counted from 1 again where the fund paid the bills before it nothing (a visit
    the plan does not pay, 三级 普通门诊, is no 门诊统筹 visit of the year)."""
    bills = [check_amount(D(x), "门诊费用") for x in bills]
    visits = len(bills)
    key = "居民" if insurance == "居民" else ("职工退休" if retired else "职工在职")
    plan = (policy.outpatient or {}).get(key)
    rules = [None if plan is None or plan.missing else plan.tiers.get("*") or plan.tiers.get(t or "") for t in tiers]
    rule = rules[0]
    if any(r is not None and r.deductible and r.deductible_per == "unstated" for r in rules):
        raise NotListed(f"{policy.region}的手册没有写明门诊起付线 {num(rule.deductible)} 元是按次还是按年扣，"
                        "几次门诊合计能报多少算不准；请分别按每次门诊计算。", plan.source)
    # a deductible of the year is taken once, from the first visits' bills (`spent_before`); one of a visit
    # from each (halved after the year's first where the plan says so: `visit`)
    yearly = rule is not None and rule.deductible_per == "year"
    one_tier = len(set(tiers)) == 1
    w = Work("outpatient", "门诊统筹报销测算", policy,
             dict(insurance=insurance, cost=sum(bills, ZERO), tier=tiers[0] if one_tier else None,
                  retired=retired or None, visits=visits))
    used = D(paid_this_year or 0)
    pays: list[Decimal] = []
    last: Calculation | None = None
    first: Calculation | None = None
    restart = None
    for i, (cost, tier) in enumerate(zip(bills, tiers)):
        if first_at and i == first_at and not any(pays):
            restart = i
            w.assume(f"您说第{i + 1}笔是本年第一次门诊：此前的门诊统筹基金未支付，不计入门诊次数")
        visit = first_visit + i if restart is None else 1 + i - restart
        before = sum(bills[restart or 0:i], ZERO)
        # (what the fund paid the visits before is known, each computed here: counted as paid, never
        # estimated from their bills — an unpaid 三级 普通门诊 took nothing of the yearly limit)
        last = outpatient(policy, insurance=insurance, cost=cost, tier=tier, retired=retired, visit=visit,
                          paid_this_year=used, spent_before=before if yearly and i and before else None,
                          paid_known=i > 0, **rest)
        first = first or last
        pay = D(last.result["fund_pays"])
        where = "" if one_tier or tier is None else f"（{policy.tier_name(tier)}）"
        w.carry(last, f"第{first_visit + i}次门诊{where}：", assumptions=False)
        pays.append(pay)
        used += pay
    total = sum(pays, ZERO)
    bill = sum(bills, ZERO)
    w.step(f"{visits} 次合计统筹基金支付 {' + '.join(num(x) for x in pays)} = {num(total)} 元")
    if not first_said:
        w.assume(f"按这 {visits} 次是本年最初的 {visits} 次门诊计算")
    if first_visit > 1 and not paid_this_year:
        # earlier visits of the year told, what they spent and were paid not: what the first of these took
        # of them (the yearly limit not used, the year's deductible not taken) is the sum's too
        for a in first.assumptions:
            if "此前" in a:
                w.assume(a)
            elif "本年第一次" in a and yearly:
                w.assume(f"此前的门诊花了多少您没有说，按年度起付线 {num(rule.deductible)} 元还没扣过计算"
                         "（若此前已扣过，这几次能报的更多）")
    for a in last.assumptions:
        if "此前" not in a and "本年第一次" not in a and not (not one_tier and a.startswith(policy.region)):
            w.assume(a)
    if not one_tier:
        w.assume(f"{policy.region}" + ("城乡居民医保" if insurance == "居民" else "退休职工" if retired else "在职职工")
                 + "；" + "、".join(f"第{first_visit + i}次在{policy.tier_name(t)}" for i, t in enumerate(tiers) if t))
    w.money("fund_pays", total)
    w.money("self_pays", bill - total)
    return w.done(f"{visits} 次门诊统筹合计支付约 {yuan(total)} 元，个人合计自付 {yuan(bill - total)} 元。")


def outpatient_room(policy: Policy, *, insurance: str, used: Decimal, retired: bool = False) -> Calculation:
    """What is left of 门诊统筹's yearly limit after what it already paid this year ("门诊统筹今年报过三百了
    还剩多少"): the limit less what was paid, none once it is reached; no bill needed."""
    check_amount(D(used), "reimbursed")
    key = "居民" if insurance == "居民" else ("职工退休" if retired else "职工在职")
    who = "城乡居民医保" if insurance == "居民" else ("退休职工" if retired else "在职职工")
    plan = open_section(policy, "outpatient", f"{'城乡居民' if insurance == '居民' else '职工'}门诊统筹的报销标准", key)
    if plan.annual_cap is None:
        raise NotListed(f"{policy.region}的手册没有列出{who}门诊统筹的年度支付限额。", plan.source)
    w = Work("outpatient_room", "门诊统筹年度限额剩余", policy, dict(insurance=insurance, used=D(used),
                                                          retired=retired or None))
    w.cite(plan.source)
    room, said = room_left(plan.annual_cap, D(used))
    w.step(f"门诊统筹年度支付限额 {num(plan.annual_cap)} 元；{said}")
    w.money("room", room)
    w.assume(f"{policy.region}{who}；您说的金额是本年度门诊统筹已经支付（报销）的")
    if room <= 0:
        return w.done(f"今年门诊统筹已达到年度支付限额 {yuan(plan.annual_cap)} 元，今年门诊不能再报。")
    return w.done(f"今年门诊统筹还能报约 {yuan(room)} 元（年度支付限额 {yuan(plan.annual_cap)} 元）。")


def two_diseases(policy: Policy, *, disease: str, cost: Decimal, insurance: str = "居民",
                 drug_class: str | None = None, paid_this_year: Decimal = ZERO,
                 class_costs: dict[str, Decimal] | None = None,
                 disease_costs: dict[str, Decimal] | None = None) -> Calculation:
    """`paid_this_year`: what the 两病 benefit already paid this year, off its yearly limit;
    `class_costs`: the bill told by drug class ({"甲类": 100, "乙类": 100}), each at its rate;
    `disease_costs`: both diseases' drugs told apart ({"高血压": 400, "糖尿病": 600}): where the
    region gives each disease its own limit and none for both, each is paid within its own (said)."""
    cost = check_amount(D(cost), "两病用药费用")
    td = open_section(policy, "two_diseases", "“两病”门诊用药待遇")
    if insurance not in td.insurance_types:
        raise NotListed(f"{policy.region}的手册只列出城乡居民的“两病”待遇，没有职工的。")
    if disease == "两病" and disease not in td.limits and "*" in td.ratio and disease_costs \
            and len(disease_costs) == 2 and all(k in td.limits for k in disease_costs) and not paid_this_year:
        return _each_disease(policy, td, {k: check_amount(D(v), "两病用药费用") for k, v in disease_costs.items()},
                             insurance)
    # a type named where the region's table has one row for the disease, of every type ("1型糖尿病" where only
    # 糖尿病 is listed): that row is the type's, said so — never asked as a disease the table lacks
    general = next((k for k in td.limits if disease not in td.limits and disease.endswith(k) and disease != k), None)
    if general is not None:
        subtype, disease = disease, general
    else:
        subtype = None
    if disease not in td.limits:
        if disease == "两病":
            raise NotListed(f"{policy.region}的手册分别列出高血压、糖尿病的限额，没有同时患两病的合并限额；请分别按高血压、糖尿病计算。")
        raise BadInput(f"{policy.region}“两病”限额表里没有“{disease}”。", "disease")
    parts = {k: D(v) for k, v in (class_costs or {}).items()}
    if "*" in td.ratio:
        ratio = td.ratio["*"]
        parts = {}
    elif len(parts) > 1 and all(k in td.ratio for k in parts):
        ratio = None
    else:
        if drug_class not in td.ratio:
            raise BadInput("请告诉我买的是甲类还是乙类药品（报销比例不同）。", "drug_class")
        ratio = td.ratio[drug_class]
    limit = td.limits[disease]
    w = Work("two_diseases", "“两病”门诊用药报销测算", policy,
             dict(disease=disease, cost=cost, insurance=insurance, drug_class=drug_class))
    w.cite(td.source)
    if ratio is None:
        shares = {k: fen(v * td.ratio[k]) for k, v in parts.items()}
        for k, v in parts.items():
            w.step(f"{k}药品：{num(v)} × {pct(td.ratio[k])} = {num(shares[k])} 元")
        pay = sum(shares.values(), ZERO)
        w.step(f"合计 {' + '.join(num(x) for x in shares.values())} = {num(pay)} 元")
    else:
        pay = fen(cost * ratio)
        w.step(f"{num(cost)} × {pct(ratio)} = {num(pay)} 元")
    used = D(paid_this_year or 0)
    if used > 0:
        room, left = room_left(limit, used)
        w.step(f"{disease}年度最高支付限额 {num(limit)} 元，{left}")
        if pay > room:
            w.step(f"超过剩余额度，按 {num(room)} 元支付")
            pay = room
    elif pay > limit:
        w.step(f"超过{disease}年度最高支付限额 {num(limit)} 元，按 {num(limit)} 元支付")
        pay = limit
    else:
        w.step(f"未超过{disease}年度最高支付限额 {num(limit)} 元")
    w.money("fund_pays", pay)
    w.money("self_pays", cost - pay)
    w.money("limit", limit)
    if subtype:
        w.assume(f"{policy.region}的“两病”表只列“{disease}”一行、不分类型，{subtype}按这一行计算")
    w.assume("所给金额为一个自然年度内降血压/降血糖药品的目录内费用")
    if not used:
        w.assume("本年此前未用过两病额度")
    return w.done(f"“两病”待遇报销约 {yuan(pay)} 元，个人自付 {yuan(cost - pay)} 元。")


def _each_disease(policy: Policy, td, costs: dict[str, Decimal], insurance: str) -> Calculation:
    """高血压 and 糖尿病 drugs told apart, where the handbook lists a limit for each and none for both:
    each bill at the rate, within its own disease's limit, and the sum."""
    ratio = td.ratio["*"]
    total = sum(costs.values(), ZERO)
    w = Work("two_diseases", "“两病”门诊用药报销测算", policy,
             dict(disease="两病", cost=total, insurance=insurance))
    w.cite(td.source)
    pays = {}
    for name, cost in costs.items():
        limit = td.limits[name]
        pay = fen(cost * ratio)
        if pay > limit:
            w.step(f"{name}：{num(cost)} × {pct(ratio)} = {num(pay)} 元，超过{name}年度限额 {num(limit)} 元，按 {num(limit)} 元支付")
            pay = limit
        else:
            w.step(f"{name}：{num(cost)} × {pct(ratio)} = {num(pay)} 元，未超过{name}年度限额 {num(limit)} 元")
        pays[name] = pay
    pay = sum(pays.values(), ZERO)
    w.step(f"合计 {' + '.join(num(x) for x in pays.values())} = {num(pay)} 元")
    w.money("fund_pays", pay)
    w.money("self_pays", total - pay)
    w.assume(f"{policy.region}的手册分别列出高血压、糖尿病的年度限额，没有同时患两病的合并限额，这里按各自的限额分别计算")
    w.assume("所给金额为一个自然年度内降血压/降血糖药品的目录内费用；本年此前未用过两病额度")
    return w.done(f"“两病”待遇报销约 {yuan(pay)} 元，个人自付 {yuan(total - pay)} 元。")


def out_of_province_rows(policy: Policy, *, insurances: list[str] | None = None,
                         tiers: list[str] | None = None) -> list[tuple[str, list[tuple[str, Decimal, Decimal]], list]]:
    """Each scheme's 门诊 rows for care outside the province without a long-term filing, for a page that
    states that rule only in words ("在参保地相同级别医疗机构支付比例的基础上降低10个百分点"): per scheme (those
    asked, else every scheme whose plan has the cut), the tiers asked (else all), as (tier's name,
    deductible, ratio less the cut), with the sections read (the table's, and the cut's)."""
    out = []
    for ins, plan in (policy.outpatient or {}).items():
        if (insurances and ins not in insurances) or plan.missing or plan.out_of_province is None:
            continue
        cut = plan.out_of_province
        rows = [(policy.tier_name(t), r.deductible, max(ZERO, r.ratio - cut.cut)) for t, r in plan.tiers.items()
                if t != "*" and (not tiers or t in tiers)]
        if rows:
            out.append((ins, rows, [s for s in (plan.source, cut.source) if s is not None]))
    return out
