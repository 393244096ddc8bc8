"""What the forms of intents/data/forms.yaml name, read against the region's policy file: the
conditions under which a slot is needed (CONDITIONS), the calculator each form runs (RUNNERS), and
the schemes a benefit is listed for. The state machine is intents.forms; the figures are the
calculators'."""
from __future__ import annotations

from decimal import Decimal
from typing import Callable

from calculators import assistance as assistance_mod
from calculators import chain as chain_mod
from calculators.chronic import chronic, chronic_schemes, find_disease, special, special_bills
from calculators.common import BadInput, NotListed, Work
from calculators.contribution import (household_contribution, personal_account, resident_contribution,
                                      staff_contribution)
from calculators.drugs import high_value_drugs, single_drugs
from calculators.hospital import classes_named, is_class_name, one_hospital, row_for
from calculators.inpatient import civil_servant_left, due_within_cap, inpatient, plan_for, several_stays, table_tiers
from calculators.large_medical import large_medical, large_medical_left, retired_like
from calculators.maternity import maternity
from calculators.money import ZERO, D, num, wan
from calculators.outpatient import outpatient, outpatient_bills, outpatient_visits, two_diseases
from calculators.policy import Policy
from calculators.result import Calculation
from calculators.serious_illness import serious_cap, serious_illness
from calculators.waiting_period import waiting_period


# ---- conditions named in forms.yaml: is a slot needed at all? (True / False, or the fact to ask instead)

def _plan(p: Policy, s: dict):
    return p.inpatient.get(s.get("insurance") or "") or next(iter(p.inpatient.values()), None)


def _hospital_unknown(p: Policy, s: dict) -> bool | str:
    if _due_within_cap(s):
        return False                # the fund's share said, only the year's limit applies: no row needed
    plan = p.inpatient.get(s.get("insurance") or "")
    if plan is not None and plan.missing:
        return False                # the calculator explains what the handbook lost
    if s.get("tier") == "药店" or (is_class_name(str(s.get("tier") or "")) and s["tier"] not in classes_named(p)):
        s.pop("tier")               # (a 收费标准 class where the region's table is by tier: the tier is asked)
    r = row_for(p, tier=s.get("tier"), grade=s.get("grade"), level=s.get("level"))
    if r.row and r.assume:
        # the one row the handbook lists for such a place (长治's 省外 column), taken and said for the
        # asker's own bill; with no bill it is still asked, after what the handbook lists there
        if s.get("amount") is None:
            return "tier"
        s.setdefault("_assume", {})["tier"] = r.assume
    return r.ask or False


def _stays_listed(p: Policy, s: dict) -> bool:
    """Three or more stays told each with its hospital's tier and bill (`slots.stays_listed_of`), in a region
    whose table rows are tiers (a region paying by 收费 class needs each hospital's class and level: the
    stays are not read one by one there)."""
    return len(s.get("stays") or ()) >= 3 and p.hospital_classes is None


def _stayed_before(p: Policy, s: dict) -> bool:
    plan = _plan(p, s)
    if plan is None or plan.missing or plan.transfer is None or s.get("prior_tier") or _stays_listed(p, s):
        return False        # (stays told each with its hospital: the ones before are known)
    paid = s.get("deductible_paid_amount")
    if paid is not None and p.hospital_classes is None:
        # "已经交过200的起付线": the one tier whose deductible that is was the stay before
        tiers = {t for table in plan.tables.values() for t, r in table.tiers.items() if r.deductible == D(paid)}
        if len(tiers) == 1:
            s["prior_tier"] = tiers.pop()
            return False
    tier = s.get("tier")
    if not s.get("transfer") and int(s.get("admission", 1)) > 1 and plan.transfer.scope == "year" and tier:
        tables = [t for t in plan.tables.values() if tier in t.tiers]
        if tables and all(r.deductible >= t.tiers[tier].deductible for t in tables for r in t.tiers.values()):
            # a later stay of the year at the tier of the lowest deductible ("今年又在一级医院住进去了"): the
            # stay before, at whatever tier, paid no less — none is owed this time, whichever it was
            s["prior_tier"] = tier
            s.setdefault("_assume", {})["prior_tier"] = (f"本年度再次住院：上一次无论在哪一级医院，已付的起付线都不低于"
                                                         f"{p.tier_name(tier)}的，本次不再计起付线")
            return False
    return bool(s.get("transfer")) or (int(s.get("admission", 1)) > 1 and plan.transfer.scope == "year")


def _monthly_limit(p: Policy, s: dict) -> bool:
    ch = p.chronic
    if not ch or ch.period != "month" or s.get("months"):
        return False
    group = s.get("chronic_group")
    if group and group in ch.group_ratio and all(
            all(v is None for v in d.limits.values()) for d in ch.diseases if d.group == group):
        return False                    # "一类门诊慢病": 长治's 一类 has no monthly limit, whatever the disease
    if not s.get("diseases"):
        return False
    found = [d for d in (find_disease(ch.diseases, n) for n in s["diseases"]) if d is not None]
    # 长治's 一类 (恶性肿瘤 …): with the inpatient limit, not by month
    return not (found and all(all(v is None for v in d.limits.values()) for d in found))


def _outpatient_tiers_differ(p: Policy, s: dict) -> bool:
    insurance = s.get("insurance") or next(iter(schemes_listed(p, "outpatient")), None)
    key = "居民" if insurance == "居民" else ("职工退休" if s.get("retired") else "职工在职")
    plan = p.outpatient.get(key)
    if plan is None or plan.missing or "*" in plan.tiers or s.get("tier"):
        return False
    return len({(t.deductible, t.ratio, t.visit_cap, t.deductible_per) for t in plan.tiers.values()}) > 1


def _resident_wait(p: Policy, s: dict) -> bool:
    """Does the 居民 rule (gap years, the payment window) decide this waiting period?"""
    return p.waiting_period is not None and s.get("insurance") != "职工" and s.get("newborn_days") is None \
        and s.get("born_day") is None and not s.get("switched") and s.get("arrears_months") is None and not s.get("moved_in")


def _repair_year(s: dict) -> int | None:
    """The year a gap in 居民 cover is paid back in, where the case says it: the year paid, or the year after
    the gap's years counted from its first ("2024 2025 2026都没交" → 2027); None when not said."""
    if s.get("paid_year"):
        return int(s["paid_year"])
    if s.get("gap_year") and s.get("gap_years"):
        return int(s["gap_year"]) + int(s["gap_years"])
    return None


def _staff_arrears(s: dict) -> int | None:
    """The months a 职工's fees went unpaid: as said, or a gap said in years ("断了两年", the scheme told
    after) — 第二章 二十三问's arrears, never a first enrolment."""
    if s.get("arrears_months") is not None or s.get("insurance") != "职工" or s.get("switched") \
            or s.get("moved_in"):
        return s.get("arrears_months")
    return 12 * int(s["gap_years"]) if s.get("gap_years") else None


def _waiting_scheme(s: dict) -> str:
    """The scheme whose waiting rule applies: as said; with none said, months of fees owed ("欠了5个月
    补交了呢") are a 职工's arrears (居民 pay by the year, and owe no months: 第二章 二十三问), else 居民."""
    return s.get("insurance") or ("职工" if s.get("arrears_months") is not None else "居民")


def _gap_unknown(p: Policy, s: dict) -> bool | None:
    """Asked when the asker spoke of a gap without its length; otherwise no gap is assumed (and said)."""
    if not _resident_wait(p, s):
        return None
    return s.get("gap_years") is None and bool(s.get("gap_said"))


def _window_unknown(p: Policy, s: dict) -> bool:
    # (after a gap too, when the day cover starts is asked: paid before 1 January in the window, the wait runs from
    # 1 January; otherwise from the day paid — 巴中 第三章 三问（二） — the day is asked, not both ways said)
    return _resident_wait(p, s) and (s.get("gap_years") == 0 or (bool(s.get("gap_years")) and s.get("_start_day_asked"))) \
        and s.get("paid_month") is None and s.get("in_window") is None


def one_tier(p: Policy, calc: str, tiers: list[str], grade: str | None = None, level: str | None = None) -> str | None:
    """Of two names for one hospital, the tier the region's tables mean: the one they list, or the
    first when they give both the same figures; None when the figures differ (the asker says which).
    A tier named with a 收费标准 class (长治's "二级甲等医院(二类收费)") is one hospital when the
    policy's classes put that tier in that class."""
    if calc in ("inpatient", "chain") and p.hospital_classes is not None:
        both = one_hospital(p, tiers, grade=grade, level=level)
        if both:
            return both
    if calc == "outpatient":
        tables = [{t: (x.deductible, x.deductible_per, x.visit_cap, x.ratio) for t, x in plan.tiers.items()}
                  for plan in p.outpatient.values() if not plan.missing and "*" not in plan.tiers]
        rows = {t: t for t in tiers}
    elif calc in ("inpatient", "chain"):
        tables = [{t: (x.deductible, x.ratio) for t, x in table.tiers.items()}
                  for plan in p.inpatient.values() if not plan.missing for table in plan.tables.values()]
        rows = {t: row_for(p, tier=t).row or t for t in tiers}
    else:
        return tiers[0]
    listed = [t for t in tiers if any(rows[t] in table for table in tables)]
    if len(listed) == 1:
        return listed[0]
    if listed and all(len({table.get(rows[t]) for t in listed}) == 1 for table in tables):
        return listed[0]
    return None


def _run_start_unknown(p: Policy, s: dict) -> bool | None:
    """A run of years insured told as a bare count ("合疗连续交了6年了") longer than the years the cap's
    rule has counted by the policy's year (巴中: from 2025, 2 by 2026): its first year decides what the
    rule counts — asked, with the rule said before the question (`_run_rule`), never a raise computed
    from years it may not count."""
    si = p.serious_illness
    adj = si.cap_adjust if si is not None else None
    n = s.get("continuous_years")
    if not s.get("run_start_unsaid") or s.get("run_start") is not None or adj is None or adj.counted_from is None \
            or not n or n <= p.year - adj.counted_from + 1:
        return None
    s["_run_rule"] = (f"手册规定从{adj.counted_from}年起，连续参保满{adj.continuous_after_years}年后，之后每连续参保1年"
                      f"提高大病保险最高支付限额{num(adj.step)}元（例：{adj.counted_from}—"
                      f"{adj.counted_from + adj.continuous_after_years - 1}年连续{adj.continuous_after_years}年，"
                      f"{adj.counted_from + adj.continuous_after_years}年提高到"
                      f"{wan(si.groups['一般'].cap + adj.step)}万元）。")
    return True


# True: needed; False: not needed (its `default`, if any, fills it); None: does not apply at all;
# a slot name: needed, and that fact is what to ask first
CONDITIONS: dict[str, Callable[[Policy, dict], bool | str | None]] = {
    "hospital_unknown": _hospital_unknown,
    "elsewhere": lambda p, s: bool(s.get("elsewhere")) and not s.get("filing"),
    # 大病 care elsewhere where the region cuts the rate of a stay not referred (长治: 未办理转院审批手续的,
    # 比例降低): whether it was referred, asked — never taken as referred silently
    "referral_unknown": lambda p, s: bool(s.get("elsewhere")) and not s.get("filing") and s.get("referral") is None
    and p.serious_illness is not None and bool(p.serious_illness.unreferred_cut),
    "run_start_unknown": _run_start_unknown,
    "stayed_before": _stayed_before,
    "diabetes_type_matters": lambda p, s: _diabetes_type_matters(p, s),
    # the visit's count said unknown ("第几次不记得了"): probed, asked where the half deductible decides
    "visit_unknown": lambda p, s: bool(s.get("_visit_unknown")) and not s.get("visit") and s.get("amount") is not None,
    "monthly_limit": _monthly_limit,
    "wait_may_run": lambda p, s: _wait_may_run(p, s),
    # (a 大病 bill: a gap told beside it is the cap's fact — each year without cover lowers the cap — so only
    # fees paid late or just now ask the wait)
    "wait_may_run_late": lambda p, s: s.get("_wait_may_run") == "late" and _wait_may_run(p, s),
    "drug_classes_differ": lambda p, s: _drug_classes_differ(p, s),
    "outpatient_tiers_differ": _outpatient_tiers_differ,
    "gap_unknown": _gap_unknown,
    # (职工 arrears said without their months: the rule differs at 6 and 12 months)
    "arrears_unknown": lambda p, s: (s.get("insurance") == "职工" and s.get("arrears_months") is None) or None
    if s.get("arrears_vague") else None,
    "window_unknown": _window_unknown,
    "switch_gap_unknown": lambda p, s: bool(s.get("switched")) and s.get("gap_months") is None
    and s.get("arrears_months") is None,
    # (a 职工 moved in from elsewhere with a gap told: the transfer's rule differs at 3 months)
    "transfer_gap_unknown": lambda p, s: bool(s.get("moved_in")) and s.get("insurance") == "职工"
    and s.get("gap_months") is None and s.get("arrears_months") is None and not s.get("switched"),
    # a month's fee asked with no scheme, no base and nothing of a 居民's ("交医保一个月交好多钱"): 职工 pay
    # monthly on a base, 居民 a year's flat fee — which one, asked
    "monthly_fee_scheme_unknown": lambda p, s: s.get("months") == 1 and s.get("insurance") is None
    and not any(s.get(k) for k in ("base", "amount", "category", "people", "household", "flexible", "with_ltc",
                                   "maternity_fee", "account", "paid_month")),
    "staff_wage": lambda p, s: s.get("insurance") == "职工" and "amount" not in s and not s.get("base")
    and not s.get("flexible") and not _retiree_pays_none(p, s)
    and not (p.contributions and p.contributions.missing),
    # a 职工's wife giving birth, her scheme unsaid: hers decides the rule (intents.slots.wife_birth_of)
    "wife_scheme_unknown": lambda p, s: bool(s.get("_wife_birth")) and s.get("insurance") == "职工"
    and not s.get("spouse_insurance"),
    "termination_length_unknown": lambda p, s: s.get("kind") == "终止妊娠" and s.get("pregnancy_months") is None
    and s.get("pregnancy_weeks") is None and not s.get("pregnancy_under"),
    "not_poor": lambda p, s: s.get("category") in (None, "一般") and not s.get("insurance"),
    # a hardship said in words of no one group ("贫困户"): which group, asked (intents.forms.VAGUE_GROUP)
    "group_vague": lambda p, s: bool(s.get("_vague_group")),
    # (a household asked of whole, "一家人交合疗要好多钱", with no count: the sum is per head)
    # (not where the region's contributions are not given, 长治: no count makes a figure, the gap is said)
    "household_unsized": lambda p, s: bool(s.get("_household_unsized")) and not s.get("people")
    and not (p.contributions and p.contributions.missing),
    # only 倾斜救助 asked (after 常规救助) where its ratio is one for every group (长治): which group
    # changes nothing; where groups differ (巴中: 特困、孤儿 100%, others 50%) it is asked
    "tilt_group_matters": lambda p, s: not (s.get("after_regular") and not s.get("care") and p.assistance is not None
                                            and set(p.assistance.tilt_ratio) == {"*"}),
    # twins where the handbook lists no amount for them: the answer is that, whatever the delivery
    # (nor when only the 产前检查费 of a birth is asked: one figure, whatever the delivery)
    "delivery_matters": lambda p, s: not s.get("kind") and not s.get("prenatal_only") and not (
        int(s.get("babies") or 1) > 1 and all(m.extra_baby is None for m in p.maternity.values())),
    # 长治's 一类 门诊慢病 share one ratio and the inpatient limit: the group named is enough
    # (克拉玛依's list shares one ratio and one yearly limit: which disease changes nothing)
    "disease_matters": lambda p, s: not s.get("diseases") and not (
        s.get("chronic_group") and p.chronic and s["chronic_group"] in p.chronic.group_ratio)
    and not (p.chronic and p.chronic.overall_limit is not None),
}


# ---- the calculators, from the slots ------------------------------------------------

def _row(p: Policy, s: dict) -> str:
    r = row_for(p, tier=s.get("tier"), grade=s.get("grade"), level=s.get("level"))
    if r.row is None:
        raise BadInput(r.note + "。" if r.note else "请告诉我医院的等级。", "tier")
    return r.row


def _two_kind(s: dict) -> str:
    two = s.get("two")
    if two == "糖尿病" and (s.get("type1") or s.get("diabetes_type") == "1型"):
        return "1型糖尿病"
    return two


def _diabetes_type_matters(p: Policy, s: dict) -> bool:
    """The region lists a limit of its own for 1型糖尿病 and the type was not said: probed (asked where
    the limit decides the figure), never taken for the other type silently."""
    return bool(p.two_diseases) and "1型糖尿病" in p.two_diseases.limits and s.get("two") == "糖尿病" \
        and not s.get("type1") and not s.get("diabetes_type") and s.get("amount") is not None


def _drug_classes_differ(p: Policy, s: dict) -> bool | str:
    """The region pays 甲类 and 乙类 drugs of 两病 at different rates and the class was not said: probed with
    the bill (the year's limit may cap both alike). A 糖尿病 whose type is unsaid too, where 1型 has a limit of
    its own: the class is asked, not probed — one fact settled at a time, the type after it."""
    if not p.two_diseases or "*" in p.two_diseases.ratio or s.get("drug_class"):
        return False
    return "drug_class" if _diabetes_type_matters(p, s) else True


def _chronic_names(p: Policy, s: dict) -> list[str]:
    """Keep the disease words the region's chronic list knows (高血压 may be 两病 elsewhere)."""
    names = s.get("diseases") or []
    known = [n for n in names if p.chronic and find_disease(p.chronic.diseases, n)]
    return known or names


def _spent_before(s: dict, *cares: str) -> Decimal | None:
    """What earlier care of the year cost, told before the bill asked ("今年门诊已经花过300了"): for
    those cares, or for none said."""
    return _amount(s, "spent_before") if s.get("spent_before_for") in (None, *cares) else None


def _amount(s: dict, key: str = "amount") -> Decimal | None:
    return D(s[key]) if s.get(key) is not None else None


def _bill(s: dict) -> Decimal:
    """A stay's whole bill: the sum said, and the 自费 on top of it when the sum was said to be the
    in-catalogue part ("目录内8000，目录外3000" is a bill of 11000, of which 8000 is eligible)."""
    cost = D(s["amount"])
    return cost + D(s.get("self_funded", 0)) if s.get("amount_in_catalogue") else cost


def _retiree_pays_none(p: Policy, s: dict) -> bool:
    """A retiree's fee asked where the handbook says retirees with the years met pay none (巴中 十八问)."""
    staff = p.contributions.staff if p.contributions else None
    return bool(s.get("retired")) and staff is not None and bool(staff.retired_fee)


def _staff_fee(s) -> bool:
    """A fee of the 职工 scheme: said so, or a monthly base told with no scheme ("缴费基数8000 一个月要交
    多少") — only 职工 pay on a base; 居民 pay the year's flat fee, never what a base is asked about."""
    return s.get("insurance") == "职工" or (s.get("base") is not None and s.get("insurance") is None)


def _wage_and_minimum(s: dict) -> bool:
    """"上年月均3万 如果最低缴费基数是4000": the asker's wage and the city's minimum base, both told."""
    return bool(s.get("min_base_said")) and not s.get("flexible") and s.get("amount") is not None \
        and s.get("base") is not None and s.get("amount") != s.get("base")


def _due_within_cap(s: dict) -> bool:
    """The fund's share of this stay said as worked out ("照比例应报4000"), with what it paid this year
    before ("已经报了6万8"): the year's limit is all that is left to apply."""
    # (with nothing paid this year told too: the share is no bill — the year's limit applies to it alone)
    return bool(s.get("amount_due")) and s.get("amount") is not None


def _paid_before(s: dict) -> Decimal:
    # (what the fund paid said either way: "今年住院已经报了6万8", "统筹已经给我报了6万8"; not a sum paid in a
    # year before, "去年住院报了13万": the limit is the year's, that year's payments are off another one)
    return _used_for(s, "住院") or (ZERO if s.get("reimbursed_past_year") else D(s.get("reimbursed") or 0))


def _wait_may_run(p: Policy, s: dict) -> bool:
    """A first enrolment, a gap or fees paid late said with the bill, the wait not said over: whether it was
    over is asked — only where the region's handbook waits such a case: a rule with its months (巴中: all three,
    职工 with its own first months), or a window whose late payers wait without a length (克拉玛依: late fees
    only; 长治: no rule at all). Not a resident's fee paid in the window's own months with the year before held
    (巴中: paid then, cover runs from the day paid)."""
    said = s.get("_wait_may_run")
    if not said or s.get("wait_over") is not None:
        return False
    wp = p.waiting_period
    if wp is not None:
        if s.get("insurance") != "职工" and s.get("gap_years") == 0 and s.get("paid_month") in (wp.window_months or []):
            return False
        return s.get("insurance") != "职工" or wp.staff_first_months is not None
    late_waits = p.payment_window is not None and p.payment_window.unpaid_before is not None
    return said == "late" and late_waits and s.get("insurance") != "职工"


def _within_wait(p: Policy, s: dict) -> None:
    """The care had while the cover's waiting period still ran (said so, asked back): the fund pays none of
    it — the rule said, with where the wait's length is stated, never a bill computed as if paid."""
    if s.get("wait_over") is not False:
        return
    wp = p.waiting_period
    rule = "看病（住院）时还在等待期内的，等待期内发生的医疗费用医保基金不予支付；等待期满后发生的费用才按规定报销。"
    if wp is None and p.payment_window is not None:
        # (克拉玛依: a late payer's wait with no length in the handbook — nothing to work out, the office asked)
        raise NotListed(rule + "等待期有多长手册没有写明，请向医保经办机构确认。", p.payment_window.source, ruled=True)
    source = (wp.staff_source if s.get("insurance") == "职工" and wp.staff_source else wp.source) if wp else None
    raise NotListed(rule + "等待期从哪天算、有多长，可以告诉我哪天交的费（之前是否断过保），我帮您算。", source, ruled=True)


def _inpatient(p: Policy, s: dict) -> Calculation:
    _within_wait(p, s)
    if _due_within_cap(s):
        used = _paid_before(s)
        return due_within_cap(p, insurance=s["insurance"], used=used, due=D(s["amount"]), used_said=bool(used))
    plan_for(p, s["insurance"])          # a table the handbook lost is said before the hospital matters
    row = _row(p, s)
    if _stays_listed(p, s):
        # three or more stays told, each with its hospital and bill: each in turn, by the region's rule
        listed = table_tiers(p, s["insurance"], s.get("filing") or "市内")
        told = [[t, bill] for t, bill in s["stays"]]
        unlisted = [i for i, (t, _) in enumerate(told) if listed is not None
                    and _row(p, {**s, "tier": t, "grade": None}) not in listed]
        if s.get("tier") != told[-1][0] and len(unlisted) == 1:
            # the level asked of the one stay the table has no row for, answered: that stay's
            told[unlisted[0]][0] = s["tier"]
            unlisted = []
        elif s.get("tier") != told[-1][0] and s.get("tier"):
            told[-1][0] = s["tier"]        # (the tier said again after them is the last stay's, as read)
        stays = [(_row(p, {**s, "tier": t, "grade": None}), D(bill)) for t, bill in told]
        if unlisted:
            # (a stay at a hospital the region's table has no row for: said, and that stay's level asked —
            # never the stays around it computed as if it were not told)
            i, t = unlisted[0] + 1, stays[unlisted[0]][0]
            raise BadInput(f"{p.region}的住院报销表里没有“{p.tier_name(t)}”这一档（第{i}次住院），只有："
                           f"{' / '.join(p.tier_name(x) for x in listed)}。请告诉我第{i}次住院的医院是几级，我再按顺序算。", "tier")
        return several_stays(p, insurance=s["insurance"], stays=stays, filing=s.get("filing") or "市内",
                             transfer=bool(s.get("transfer")), continuous_years=_run_now(s))
    prior = s.get("prior_tier")
    if p.hospital_classes is not None:
        # a region paying by 收费 class: a level is no row of its table; two stays told at the one
        # hospital ("住院两回 第一回…第二回…") are two stays of the same row
        prior = row if prior and prior == s.get("tier") and s.get("prior_amount") is not None else None
    return inpatient(
        p, insurance=s["insurance"], tier=row, cost=_bill(s), filing=s.get("filing") or "市内",
        self_funded=D(s.get("self_funded", 0)), prior_tier=prior,
        transfer=bool(s.get("transfer")), admission=int(s.get("admission", 1)), prior_cost=_amount(s, "prior_amount"),
        civil_servant=bool(s.get("civil_servant")), prior_paid=_amount(s, "deductible_paid_amount"),
        paid_this_year=_used_for(s, "住院"), paid_said=bool(_used_for(s, "住院")),
        continuous_years=_run_now(s))


def _run_now(s: dict) -> int | None:
    """The years paid in a row up to now, for a ratio raised by them: none where a break is told besides
    ("连续交了7年 前年断过一年", "中间断缴过") — the years said may be the run before it, and the raise is
    then left uncounted (the calculator says so), never the old run's raise stated."""
    if s.get("gap_years") or (s.get("gap_said") and s.get("gap_years") != 0):
        return None
    return s.get("continuous_years")


def _used_for(s: dict, care: str) -> Decimal:
    """What the fund already paid this year ("今年住院已经报了10万"), when said of this kind of care
    (or of none named)."""
    return D(s.get("used_this_year") or 0) if s.get("used_for") in (None, care) else ZERO


def _ask_retired(s: dict, lm=None) -> None:
    """职工大额医疗费用补助's rows differ for 在职 and 退休: asked when not said — unless a disease said puts
    the case on the 退休 row either way (`lm`'s list: 恶性肿瘤 …)."""
    if s.get("retired") is None and not (lm is not None and retired_like(lm, s.get("diseases"))):
        raise BadInput("职工大额医疗费用补助对在职和退休人员的起付标准、比例不同：您是在职职工还是退休人员？", "retired")


def _chain(p: Policy, s: dict) -> Calculation:
    plan_for(p, s["insurance"])
    if s["insurance"] == "职工" and s.get("large_medical"):
        # 职工大额医疗费用补助 asked: its rows differ for 在职 and 退休 (and by age, said or assumed)
        plan = p.inpatient.get("职工")
        if plan is not None and plan.large_medical is not None:
            _ask_retired(s, plan.large_medical)
        return large_medical(
            p, tier=_row(p, s), cost=_bill(s), retired=bool(s.get("retired")), age=s.get("age"),
            filing=s.get("filing") or "市内", self_funded=D(s.get("self_funded", 0)),
            civil_servant=bool(s.get("civil_servant")), diseases=s.get("diseases"))
    return chain_mod.chain(
        p, insurance=s["insurance"], tier=_row(p, s), cost=_bill(s), category=s.get("category") or "一般",
        filing=s.get("filing") or "市内", self_funded=D(s.get("self_funded", 0)), referred=s.get("filing") == "转诊",
        # (neither filed nor referred, no emergency: 非急诊且未转诊 — its 大病 rate and 救助 are that case's)
        unreferred=s.get("filing") == "未备案" and not s.get("emergency"))


def _large_medical_left(p: Policy, s: dict) -> Calculation | None:
    """职工大额医疗费用补助 asked of what basic insurance left ("基本医保报完还剩合规自付1万，大额补助报
    多少"): the 职工's fund after basic insurance, where residents have 大病保险; None otherwise."""
    plan = p.inpatient.get("职工")
    if s.get("insurance") != "职工" or not s.get("large_medical") or s.get("after_serious") \
            or plan is None or plan.large_medical is None:
        return None
    _ask_retired(s, plan.large_medical)
    left, paid = D(s["amount"]), _amount(s, "reimbursed")
    if paid is not None and ZERO < paid < left:
        left -= paid                # "花了5万，医保报了3万": what is left is the rest
    return large_medical_left(p, left=left, retired=bool(s.get("retired")), age=s.get("age"), diseases=s.get("diseases"))


def _ask_staff_status(p: Policy, s: dict) -> None:
    """职工门诊统筹 whose 在职 and 退休 rows differ (巴中 第二章 三十九问: 退休 起付线 lower, 比例 higher):
    asked when not said, never assumed 在职."""
    if s.get("insurance") == "居民" or s.get("retired") is not None:
        return None
    on, off = p.outpatient.get("职工在职"), p.outpatient.get("职工退休")
    if on is None or off is None or on.missing or off.missing:
        return None
    if on.tiers != off.tiers or on.annual_cap != off.annual_cap:
        raise BadInput("职工门诊统筹对在职和退休人员的起付线、报销比例不同：您是在职职工还是退休人员？", "retired")
    return None


def _civil_servant_left(p: Policy, s: dict) -> Calculation | None:
    """公务员医疗补助 asked of what 职工基本医保 left ("基本医保报完剩5000，公务员补助报多少"): its share
    of the rest; None otherwise (大额补助 asked too goes through its own rows, which count it)."""
    if s.get("insurance") != "职工" or not s.get("civil_servant") or s.get("large_medical"):
        return None
    return civil_servant_left(p, left=D(s["amount"]), reimbursed=_amount(s, "reimbursed"))


def _special_bills_of(s: dict) -> list[Decimal]:
    """The year's 门诊特病 bills told: each one said, or a month's bill said with the months it ran
    ("每月都花3000 已经四个月了"): one bill a month, since the yearly deductible falls on the first alone."""
    if s.get("visit_bills"):
        return [D(x) for x in s["visit_bills"]]
    if s.get("amount_monthly"):
        each, n = s["amount_monthly"]
        return [D(each)] * int(n)
    return []


def _referred(s: dict) -> bool:
    """规范转诊 for 医疗救助's 倾斜救助: a 转诊 filing, or a transfer between the region's own hospitals
    ("转诊在省内看病", "从镇卫生院转诊到三级医院" — within the province by being within the region)."""
    return s.get("filing") == "转诊" or bool(s.get("transfer"))


def _assistance(p: Policy, s: dict) -> Calculation:
    """医疗救助 on what is left after basic insurance and 大病保险. A bill with what basic insurance
    paid said beside it ("花了5万，医保报了3万，救助能报多少") goes through 大病保险 first (the
    chain from what was paid: 救助 is on what 大病保险 leaves); otherwise the amount is what is left."""
    reimbursed = _amount(s, "reimbursed")
    if s.get("via_serious") and not s.get("care") and not s.get("after_regular"):
        # "那医疗救助还能给好多" after 大病保险 was computed on what basic insurance left: 大病 first
        return assistance_mod.assistance_after_serious(
            p, category=s["category"], amount=D(s["amount"]), insurance=s.get("insurance") or "居民",
            referred=_referred(s), serious_referred=s.get("filing") != "未备案")
    if s.get("care") == "门诊慢性病" and s.get("care_bill") and s.get("diseases") and s.get("insurance") \
            and p.chronic is not None and not s.get("after_regular"):
        # a 慢病 bill with its disease and scheme: the chronic benefit first, 门诊救助 on what it leaves
        return assistance_mod.assistance_after_chronic(
            p, category=s.get("category") or "救助对象", insurance=s["insurance"], diseases=_chronic_names(p, s),
            cost=D(s["amount"]), months=s.get("months"))
    if reimbursed is not None and reimbursed < D(s["amount"]) and not s.get("care"):
        return chain_mod.chain(
            p, insurance=s.get("insurance") or "居民", tier=None, cost=D(s["amount"]), category=s["category"],
            self_funded=D(s.get("self_funded", 0)), referred=_referred(s), basic_paid=reimbursed)
    return assistance_mod.assistance(
        p, category=s.get("category") or "救助对象", amount=D(s["amount"]), referred=_referred(s),
        after_regular=bool(s.get("after_regular")), care=s.get("care"),
        # (no referral said, "没按规定转诊", "没转诊自己去的": an emergency is no such case)
        unreferred=s.get("filing") == "未备案" and not s.get("emergency"))


def _maternity(p: Policy, s: dict) -> Calculation:
    insurance, spouse = s["insurance"], s.get("spouse_insurance")
    if insurance == "居民" and spouse == "职工" and (s.get("spouse_husband") or s.get("top_up")):
        insurance, spouse = "职工", "居民"      # "老公是职工，我是居民": the 职工's spouse gives birth (补差)
    staff = p.maternity.get("职工")
    if insurance == "职工" and spouse == "居民" and s.get("_wife_birth") \
            and (staff is None or getattr(staff, "missing", None) is not None or staff.spouse_source is None):
        # a 职工's wife in 居民医保 where the handbook gives no 职工 spouse's 补差 (长治): her own 居民 rule
        calc = maternity(
            p, insurance="居民", kind=s.get("kind"), babies=int(s.get("babies") or 1), cost=_amount(s),
            cesarean=bool(s.get("cesarean")), pregnancy_months=s.get("pregnancy_months"),
            pregnancy_weeks=s.get("pregnancy_weeks"), pregnancy_under=bool(s.get("pregnancy_under")),
            prenatal_only=bool(s.get("prenatal_only")))
        calc.assumptions.append(f"生孩子的一方参加城乡居民医保，按居民标准计算；{p.region}的手册没有列出职工配偶生育补差的规定")
        return calc
    return maternity(
        p, insurance=insurance, kind=s.get("kind"), babies=int(s.get("babies") or 1), cost=_amount(s),
        cesarean=bool(s.get("cesarean")), pregnancy_months=s.get("pregnancy_months"),
        pregnancy_weeks=s.get("pregnancy_weeks"), pregnancy_under=bool(s.get("pregnancy_under")),
        spouse_insurance=spouse, reimbursed=_amount(s, "reimbursed"), prenatal_only=bool(s.get("prenatal_only")))


def _paid_in_cover_year(p: Policy, s: dict) -> bool:
    """Whether the fee was paid in the year it is for: said so, or a month said with the year of cover
    and no year of its own ("2025年的医保拖到7月才交") that the region's window, opening in the autumn
    before the year, cannot hold (a month it can, "拖到12月", may be the window's: not taken as late)."""
    if s.get("for_this_year") or (s.get("cover_year") is not None and s.get("cover_year") == s.get("paid_year")):
        return True
    w, month = p.payment_window, s.get("paid_month")
    return bool(s.get("cover_year_month")) and w is not None and month is not None and int(month) < w.start.month


def _month_of_either_year(p: Policy, s: dict) -> int | None:
    """The year of cover where a month said with it and no year of its own ("2026年的医保拖到12月才交") may be
    the window's, which opens in the autumn before that year (the policy's payment_window), or that year's
    own, a year late: the month alone cannot tell. None otherwise (a month the window cannot hold is the
    cover year's, `_paid_in_cover_year`)."""
    w, month, year = p.payment_window, s.get("paid_month"), s.get("cover_year")
    if not s.get("cover_year_month") or s.get("for_this_year") or s.get("paid_own_year_end") or s.get("paid_year") \
            or w is None or month is None or year is None or s.get("paid_after"):
        return None
    if int(year) != p.year or w.start.year != int(year) - 1 or not int(month) >= w.start.month:
        return None         # (another year's window the handbook does not date)
    return int(year)


def _either_year(p: Policy, s: dict, run: Callable[[Policy, dict], Calculation]) -> Calculation | None:
    """A month that may be in the window or a year late (`_month_of_either_year`): each reading computed,
    labelled, where their results differ, and the year asked — never one reading stated as sure. None where
    the month is no such month, or both readings say the same."""
    year = _month_of_either_year(p, s)
    if year is None:
        return None
    month = int(s["paid_month"])
    early = run(p, {**s, "cover_year_month": False, "paid_year": year - 1})

    def said(calc: Calculation | str) -> str:
        return calc if isinstance(calc, str) else calc.headline

    try:
        late: Calculation | str = run(p, {**s, "for_this_year": True, "paid_own_year_end": True, "paid_year": year})
    except NotListed as e:
        late = e.reason
    if said(late) == early.headline:
        return None
    w = p.payment_window
    window = f"{w.start.year}年{w.start.month}月{w.start.day}日至{w.end.year}年{w.end.month}月{w.end.day}日"
    first = f"{year - 1}年{month}月交的（在{year}年度集中缴费期{window}内）"
    second = f"{year}年{month}月才交的（已过{year}年度的集中缴费期）"
    work = Work(early.name, early.title, p, {**early.inputs, "paid_month": month, "year_unsure": True})
    work.carry(early, f"{year - 1}年{month}月：")
    if isinstance(late, Calculation):
        work.carry(late, f"{year}年{month}月：")
    else:
        work.cite(w.source)
    work.result.update({f"{year - 1}_{k}": v for k, v in early.result.items()})
    if isinstance(late, Calculation):
        work.result.update({f"{year}_{k}": v for k, v in late.result.items()})
    return work.done(f"您说的{month}月，要看是哪一年的{month}月，两种情况不一样：\n· {first}：{early.headline}\n"
                     f"· {second}：{said(late)}\n请告诉我是{year - 1}年还是{year}年的{month}月交的。")


def _zero_claim_other_year(s: dict) -> tuple[int, list[int]] | None:
    """(the year without claims, the years asked it does not raise) when a year without claims is said
    beside years asked other than the one after it ("2026年没报过 2029年大病限额"): 第三章 九问 raises the
    next year's cap alone (例二: the year after that is back to the original)."""
    year, asked = s.get("zero_claim_year"), s.get("cap_years_asked") or []
    others = [int(y) for y in asked if year is not None and int(y) != int(year) + 1]
    if s.get("zero_claim") and others:
        return int(year), others
    return None


def _cap_of_each_year_asked(p: Policy, s: dict) -> Calculation | None:
    """The 大病 cap of each year asked where a message asks two or more ("2027年封顶多少 2028年的呢"): each
    year's own figure, named by its year — never one figure under no year, which reads as the first one
    asked. Each year counts the run told up to it (from its first year, `cap_run_from`) and the raise of the
    year after one without claims; None where a year's count cannot be read (the run's first year unsaid, a
    year past the run told), or the case is another (a gap, a bound, a year to reach)."""
    years = [int(y) for y in s.get("cap_years_each") or []]
    if len(years) < 2 or s.get("gap_years") or s.get("gap_said") or s.get("_cap_bound") or s.get("cap_reach") \
            or s.get("cap_years") or s.get("run_start_unsaid") or (s.get("insurance") not in (None, "居民")):
        return None
    run, first = s.get("continuous_years"), s.get("cap_run_from")
    none = int(s["zero_claim_year"]) if s.get("zero_claim") and s.get("zero_claim_year") is not None else None
    if s.get("zero_claim") and none is None:
        return None
    each = []
    for year in years:
        n = None
        if run:
            if first is None or not first <= year <= int(first) + int(run):
                return None         # (the run's start unknown, or a year past the run told and the next one)
            n = year - int(first) + 1
        each.append([year, n, none is not None and year == none + 1])
    return serious_cap(p, each_year=each, run_start=s.get("run_start"))


def _zero_claim_last_year(s: dict) -> bool:
    """Whether the year without claims said is the year before the cap asked (or no years said)."""
    year, asked = s.get("zero_claim_year"), s.get("cap_years_asked") or []
    return bool(s.get("zero_claim")) and (year is None or not asked or int(year) + 1 in [int(y) for y in asked])


def _gap_years(p: Policy, s: dict) -> int:
    """The years without cover for the 大病保险 cap: a gap said without its length ("我断过保") is
    asked for where the region's cap changes with it, never taken as none."""
    si = p.serious_illness
    if s.get("gap_years") is None and s.get("gap_said") and si is not None and si.cap_adjust is not None:
        raise BadInput("断保会降低大病保险的最高支付限额：断保（没参保）几年？", "gap_years")
    return int(s.get("gap_years") or 0)


def _best_held(p: Policy, s: dict) -> str:
    """The asker's category; of several held at once, the one with the highest subsidy (the
    handbook: 同时具备多种资助身份的按最高标准资助)."""
    held = s.get("held") or []
    r = p.contributions.resident if p.contributions else None
    if len(held) > 1 and r is not None:
        return max(held, key=lambda c: r.subsidies.get(c, D(0)))
    return s.get("category") or "一般"


def _mixed_household(s: dict) -> bool:
    """A household counted by category: more than one subsidised category, or no head count besides."""
    h = s.get("household") or {}
    return bool(h) and (len([c for c in h if c != "一般"]) > 1 or not s.get("people") or "一般" in h)


def _household(s: dict) -> dict[str, int]:
    """The members by category; a head count said beside ("5口人") adds the members not named as ordinary."""
    members = dict(s["household"])
    rest = int(s.get("people") or 0) - sum(members.values())
    if rest > 0:
        members["一般"] = members.get("一般", 0) + rest
    return members


def _care_read(s: dict, calc: Calculation | None) -> Calculation | None:
    """An outpatient calculation whose care was read from a count of going, no 门诊 said ("今年第二次去一级
    医院了", "看了3次病"): said so beside it, with what a stay would change."""
    if calc is not None and (("nth" in s and not s.get("same_day")) or s.get("visits_care_unsaid")) \
            and "visit" not in s:
        calc.assumptions.append("您没说是住院，按门诊计算（住院的起付线和报销比例不同，如是住院请告诉我）")
    return calc


def _visits(p: Policy, s: dict) -> Calculation | None:
    """Several visits counted with one bill each ("门诊看了三回，回回200"): each computed in turn and added
    (their sum asked); None for one visit."""
    n = int(s.get("visits") or 0)
    first = int(s.get("visit") or 1)
    if len(s.get("visit_bills") or []) > 1 and not s.get("same_day"):
        # each visit told with its own bill (and tier, where two are named): a visit each, added up
        bills = [D(x) for x in s["visit_bills"]]
        return outpatient_bills(
            p, insurance=s["insurance"], bills=bills, tiers=s.get("visit_tiers") or [s.get("tier")] * len(bills),
            retired=bool(s.get("retired")), first_visit=first, first_said=bool(s.get("visits_first")) or "visit" in s,
            paid_this_year=_used_for(s, "门诊"), drug_class=s.get("drug_class"),
            tier_said="tier" not in s.get("_assume", {}), out_of_province=s.get("level") == "省外",
            filing=s.get("filing"), emergency=s.get("emergency"), pediatric=s.get("_pediatric"),
            first_at=s.get("visit_first_at"))
    if n < 2 or s.get("same_day") or s.get("amount_parts"):
        return None
    return outpatient_visits(
        p, insurance=s["insurance"], each=D(s["amount"]), visits=n, tier=s.get("tier"), retired=bool(s.get("retired")),
        first_visit=first, first_said=bool(s.get("visits_first")) or "visit" in s,
        paid_this_year=_used_for(s, "门诊"), drug_class=s.get("drug_class"),
        tier_said="tier" not in s.get("_assume", {}), out_of_province=s.get("level") == "省外",
        filing=s.get("filing"), emergency=s.get("emergency"), pediatric=s.get("_pediatric"))


RUNNERS: dict[str, Callable[[Policy, dict], Calculation]] = {
    "inpatient": _inpatient,
    "chain": _chain,
    "serious_illness": lambda p, s: _civil_servant_left(p, s) or _large_medical_left(p, s) or serious_illness(
        # (a sum said to be the compliant part, "不合规的掏了2万 合规的掏了3万": the 合规 part is the base,
        # the 自费 said beside it on top — `_bill` — never taken off it again)
        p, amount=_bill(s), category=s.get("category") or "一般", insurance=s.get("insurance") or "居民",
        continuous_years=s.get("continuous_years"), zero_claim_last_year=_zero_claim_last_year(s),
        gap_years=_gap_years(p, s), referred=s.get("filing") != "未备案" and s.get("referral") is not False, basic_paid=_amount(s, "reimbursed"),
        self_funded=D(s.get("self_funded", 0)), after_serious=bool(s.get("after_serious")),
        above_deductible=bool(s.get("above_deductible")), year=s.get("year_written")),
    "serious_cap": lambda p, s: _cap_of_each_year_asked(p, s) or serious_cap(
        p, continuous_years=s.get("continuous_years"), zero_claim_last_year=_zero_claim_last_year(s),
        run_start_unsaid=bool(s.get("run_start_unsaid")), run_start=s.get("run_start"),
        # (a gap said without its length beside how far the cap can move — "要是以后断了 最低扣到好多" —
        # is the rule's case, not one to ask the years of)
        gap_years=int(s.get("gap_years") or 0) if s.get("_cap_bound") else _gap_years(p, s),
        gap_year=s.get("gap_year"), bound=s.get("_cap_bound"), each_year=s.get("cap_years"),
        reach=s.get("cap_reach"), zero_claim_set_aside=bool(s.get("zero_claim_set_aside")),
        insurance=s.get("insurance"), zero_claim_other_year=_zero_claim_other_year(s)),
    "chronic": lambda p, s: chronic(
        p, insurance=s["insurance"], diseases=_chronic_names(p, s), cost=D(s["amount"]), months=s.get("months"),
        group=s.get("chronic_group"), paid_this_year=_used_for(s, "门诊"), continuous_years=_run_now(s)),
    "special": lambda p, s: special_bills(
        p, insurance=s["insurance"], disease=(s.get("diseases") or [None])[0],
        bills=_special_bills_of(s), unit="个月" if s.get("amount_monthly") and not s.get("visit_bills") else "笔",
        paid_this_year=D(s.get("used_this_year") or 0) if s.get("used_for") != "两病" else ZERO)
    if len(_special_bills_of(s)) > 1 and not s.get("deductible_paid") else special(
        p, insurance=s["insurance"], disease=(s.get("diseases") or [None])[0], cost=D(s["amount"]),
        deductible_paid=bool(s.get("deductible_paid")) and not s.get("deductible_paid_stay"),
        stay_deductible_paid=bool(s.get("deductible_paid") and s.get("deductible_paid_stay")),
        paid_this_year=D(s.get("used_this_year") or 0) if s.get("used_for") != "两病" else ZERO,
        spent_before=_spent_before(s, "特病", "门诊")),
    "two_diseases": lambda p, s: two_diseases(
        p, disease=_two_kind(s), cost=D(s["amount"]), insurance=s["insurance"], drug_class=s.get("drug_class"),
        paid_this_year=_used_for(s, "两病"), class_costs=s.get("class_costs"),
        disease_costs={k: D(v) for k, v in (s.get("disease_costs") or {}).items()}),
    "outpatient": lambda p, s: _within_wait(p, s) or _ask_staff_status(p, s) or _care_read(s, _visits(p, s)) or _care_read(s, outpatient(
        p, insurance=s["insurance"], cost=D(s["amount"]), tier=s.get("tier"), retired=bool(s.get("retired")),
        # (a count said of going, "这是今年第三回去卫生院", read as a visit's: the count of this visit — not
        # one day's visits, "早上…下午又去", which the plan may count as one)
        visit=max(int(s.get("visit") or (not s.get("same_day") and s.get("nth")) or 1), 2 if _spent_before(s, "门诊") else 1),
        visit_said="visit" in s or ("nth" in s and not s.get("same_day")) or bool(_spent_before(s, "门诊")),
        paid_this_year=_used_for(s, "门诊"), drug_class=s.get("drug_class"),
        tier_said="tier" not in s.get("_assume", {}), out_of_province=s.get("level") == "省外",
        filing=s.get("filing"), class_costs=s.get("class_costs"),
        deductible_paid=bool(s.get("deductible_paid")) and not s.get("deductible_paid_stay"),
        spent_before=_spent_before(s, "门诊"),
        same_day_parts=[D(x) for x in s.get("amount_parts") or []] if s.get("same_day") else None,
        same_day_total=bool(s.get("same_day")) and not s.get("amount_parts"),
        # (a visit said elsewhere, or at a filing's place: the home table only where the handbook says so)
        away=bool(s.get("elsewhere")) or s.get("filing") in ("长期备案", "临时备案", "转诊"),
        emergency=s.get("emergency"), pediatric=s.get("_pediatric"))),
    "waiting_period": lambda p, s: _either_year(p, s, _waiting) or _waiting(p, s),
    "contribution": lambda p, s: _either_year(p, s, _contribution) or _contribution(p, s),
    "single_drugs": lambda p, s: single_drugs(p, insurance=s["insurance"], cost=D(s["amount"])),
    "high_value_drugs": lambda p, s: high_value_drugs(p, cost=D(s["amount"])),
    "maternity": _maternity,
    "assistance": _assistance,
}


def _waited(run: Callable[[Policy, dict], Calculation]) -> Callable[[Policy, dict], Calculation]:
    """`run`, for care had while the cover's wait still ran (said so when asked): nothing paid, the rule said."""
    return lambda p, s: _within_wait(p, s) or run(p, s)


# (every benefit the fund pays on care waits with the cover: a chain's, 大病's, a chronic or two-disease bill's
# as much as a stay's — forms.yaml asks wait_over on each)
for _kind in ("chain", "serious_illness", "chronic", "special", "two_diseases"):
    RUNNERS[_kind] = _waited(RUNNERS[_kind])


def _waiting(p: Policy, s: dict) -> Calculation:
    return waiting_period(
        p, gap_years=s.get("gap_years"), in_window=s.get("in_window"),
        repair_years=int(s.get("repair_years") or 0), repair_all=bool(s.get("repair_all")),
        newborn_days=s.get("newborn_days"), newborn_over=bool(s.get("newborn_over")),
        born=(s.get("born_year"), s["born_month"], s["born_day"]) if s.get("born_day") else None,
        insurance=_waiting_scheme(s), paid_month=s.get("paid_month"), paid_day=s.get("paid_day"),
        paid_year=s.get("paid_year"),
        paid_after=bool(s.get("paid_after")),
        switched=bool(s.get("switched")), gap_months=s.get("gap_months"), gap_part=bool(s.get("gap_part")),
        gap_under=bool(s.get("gap_under")),
        continuous_years=s.get("continuous_years"),
        arrears_months=_staff_arrears(s), moved_in=bool(s.get("moved_in")),
        # (the year of cover and the day paid both said, the same year — "2026年的医保2026年12月才交", in
        # either order: that year's own month, no part of the next year's window)
        for_this_year=bool(s.get("paid_own_year_end")) or (s.get("cover_year") is not None
                                                            and s.get("cover_year") == s.get("paid_year")),
        repair_year=_repair_year(s), fee_asked=bool(s.get("_repair_cost_asked")),
        # (a yearly price said with the back-payment, "按一年400算": the one sum a wait's case can hold)
        price_said=_amount(s) if s.get("repair_years") or s.get("repair_all") else None,
        care_month=s.get("_care_month"), care_day=s.get("_care_day"), care_year=s.get("_care_year"),
        cost=_amount(s) if s.get("_care_month") else None,
        newborn_least=s.get("newborn_days_least"), group=s.get("category"))


def _contribution(p: Policy, s: dict) -> Calculation:
    return (
        personal_account(p, base=_amount(s, "base") or _amount(s), retired=bool(s.get("retired")))
        if _staff_fee(s) and s.get("account") else
        staff_contribution(p, base=_amount(s, "base") or _amount(s), flexible=bool(s.get("flexible")),
                           min_base=_amount(s, "base") if _wage_and_minimum(s) else None,
                           wage=_amount(s) if _wage_and_minimum(s) else None,
                           maternity_asked=bool(s.get("maternity_fee")),
                           civil_servant_asked=bool(s.get("civil_servant")),
                           employer_asked=s.get("payer") == "单位",
                           yearly=bool(s.get("fee_yearly")), sum_asked=bool(s.get("fee_sum")),
                           bases=[D(x) for x in s.get("bases") or []], retired=bool(s.get("retired")))
        if _staff_fee(s) else
        household_contribution(p, members=_household(s), with_ltc=bool(s.get("with_ltc")),
                               state_share=bool(s.get("state_share")), group=bool(s.get("group"))) if _mixed_household(s) else
        resident_contribution(p, category=_best_held(p, s), with_ltc=bool(s.get("with_ltc")), late=bool(s.get("paid_late")),
                              people=int(s.get("people") or 1), one_member_category=s.get("one_member") or False,
                              paid_month=s.get("paid_month"), paid_day=s.get("paid_day"),
                              paid_after=bool(s.get("paid_after")), for_this_year=_paid_in_cover_year(p, s),
                              group=bool(s.get("group")), state_share=bool(s.get("state_share")),
                              study_years=s.get("study_years"), ltc_people=s.get("ltc_people"),
                              cover_year=s.get("cover_year")))


def schemes_listed(p: Policy, kind: str, s: dict | None = None) -> list[str]:
    """The schemes the region's handbook lists this benefit for (one: no need to ask); with the
    case's slots `s`, a 门诊慢病 said by its disease only for the schemes whose list has it (长治's
    三类 diseases: 居民 only)."""
    listed = {"inpatient": list(p.inpatient), "chain": list(p.inpatient),
              "outpatient": ["居民" if k == "居民" else "职工" for k in p.outpatient],
              "chronic": list(p.chronic.ratio) if p.chronic else [],
              "special": list(p.special.ratio) if p.special else [],
              "two_diseases": list(p.two_diseases.insurance_types) if p.two_diseases else [],
              "serious_illness": list(p.serious_illness.insurance_types) if p.serious_illness else [],
              "maternity": list(p.maternity),
              "single_drugs": list(p.single_drugs.ratio) if p.single_drugs else []}.get(kind, [])
    if kind == "chronic" and p.chronic and s and s.get("diseases"):
        listed = [k for k in listed if k in chronic_schemes(p, _chronic_names(p, s))] or listed
    return list(dict.fromkeys(listed))


def schemes_with_figures(p: Policy, kind: str, listed: list[str]) -> list[str]:
    """Of the schemes `listed` for an outpatient visit, those whose figures the handbook gives at all
    (长治's 职工 门诊统筹 was an image: declared `missing`, no figure of it left). A stay's are all kept:
    长治's 职工 住院 table is lost but its yearly limit is given, so which scheme is still asked."""
    if kind != "outpatient":
        return listed
    plans = {"居民" if k == "居民" else "职工" for k, v in p.outpatient.items() if not v.missing}
    return [k for k in listed if k in plans]
