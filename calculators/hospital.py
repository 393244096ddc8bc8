"""Which row of a region's inpatient table a hospital falls in, from the hospital as the asker
named it (tier, grade, level, out of the province).

Most regions' tables are by tier (乡镇卫生院 / 一级 / 二级 / 三级): the tier is the row. 长治's is by
收费标准 class, and its policy file says which hospitals belong to which class
(`hospital_classes`): the first rule that fits gives the row; a rule that needs a fact the asker
has not given yet asks for it."""
from __future__ import annotations

from dataclasses import dataclass

from calculators.money import num, pct
from calculators.policy import HospitalRule, Policy

FACTS = ("tier", "grade", "level")          # the order in which missing facts are asked


@dataclass(frozen=True)
class Row:
    row: str | None = None       # the table's row
    ask: str | None = None       # a fact to ask for first: tier, grade or level
    note: str = ""               # the handbook gives no figures for such a hospital
    assume: str = ""             # the row taken for a hospital not fully named, said in the answer


def _fits(rule: HospitalRule, facts: dict) -> tuple[bool, str | None]:
    """(fits, fact still needed): a rule fits when every fact it names is given and allowed."""
    if rule.out_of_province is not None and rule.out_of_province != (facts.get("level") == "省外"):
        return False, None
    if rule.tier_unsaid and facts.get("tier") is not None:
        return False, None
    if rule.level_said and facts.get("level") is None:
        return False, None
    for name in FACTS:
        allowed = getattr(rule, name)
        if not allowed:
            continue
        value = facts.get(name)
        if value is None:
            return True, name
        if value not in allowed:
            return False, None
    return True, None


def row_for(policy: Policy, *, tier: str | None, grade: str | None = None, level: str | None = None) -> Row:
    if policy.hospital_classes is None:
        return Row(row=tier) if tier else Row(ask="tier")
    facts = {"tier": tier, "grade": grade, "level": level}
    for rule in policy.hospital_classes.rules:
        fits, needed = _fits(rule, facts)
        if not fits:
            continue
        if needed:
            return Row(ask=needed)
        return Row(row=rule.row, note=rule.note, assume=rule.assume) if rule.row else Row(note=rule.note)
    return Row(ask="tier") if tier is None else Row(note=f"{policy.region}的手册没有列出这类医院的住院报销标准")


def rows_possible(policy: Policy, *, tier: str, grade: str | None = None, level: str | None = None) -> set[str | None]:
    """Every row a hospital so named may be in, over the facts not said (None: a hospital the
    handbook gives no figures for)."""
    grades = [grade] if grade else [None, "甲", "乙"]
    levels = [level] if level else [None, "县级", "省市级", "省外"]
    rows: set[str | None] = set()
    for g in grades:
        for lv in levels:
            r = row_for(policy, tier=tier, grade=g, level=lv)
            if r.ask is None:
                rows.add(r.row)
    return rows


def one_hospital(policy: Policy, tiers: list[str], *, grade: str | None = None, level: str | None = None) -> str | None:
    """A hospital named by its tier and by its 收费标准 class at once ("二级甲等医院(二类收费)"): the
    class rules of the policy say whether the two can be one hospital (二类 = 三级乙等及二级甲等). The
    name that says more (fewer rows possible) is kept, the tier on a tie; None where they cannot be
    one hospital, or the region's table is not by class."""
    classes = classes_named(policy)
    if len(tiers) != 2 or len([t for t in tiers if t in classes]) != 1:
        return None
    named = {t: rows_possible(policy, tier=t, grade=None if t in classes else grade, level=level) for t in tiers}
    a, b = (named[t] - {None} for t in tiers)
    if not a & b:
        return None
    # (a tie keeps the hospital's tier: its grade and level are what the table's rules ask next)
    return min(tiers, key=lambda t: (len(named[t] - {None}), t in classes))


def class_mismatch(policy: Policy, tiers: list[str], *, grade: str | None = None, level: str | None = None) -> str:
    """Why a tier and a class named for one hospital cannot both be right ("二级乙等医院(二类收费)": 二级乙等
    is 三类 in 长治's table), to say before asking which; "" where the class may fit the tier."""
    classes = classes_named(policy)
    named = [t for t in tiers if t not in classes]
    said = [t for t in tiers if t in classes]
    if len(named) != 1 or len(said) != 1 or not grade:
        return ""
    rows = rows_possible(policy, tier=named[0], grade=grade, level=level) - {None}
    if not rows or rows & rows_possible(policy, tier=said[0], level=level):
        return ""
    where = "或".join(policy.tier_name(r) for r in sorted(rows))
    return f"按{policy.region}的手册，{named[0]}{grade}等医院属于{where}，不是{said[0]}。"


def unlisted_at(policy: Policy, level: str | None) -> str:
    """Where the hospital's place leaves most hospitals without figures (长治's 省外: only 三级甲等 has
    a column), what the handbook does list there, to say before asking the hospital's tier; "" where
    the place decides nothing of the kind."""
    if policy.hospital_classes is None or level != "省外":
        return ""
    rules = [r for r in policy.hospital_classes.rules if r.out_of_province]
    gap = next((r.note for r in rules if r.row is None and r.note), "")
    if not gap:
        return ""
    listed = []
    for row in dict.fromkeys(r.row for r in rules if r.row):
        fig = next((t.tiers[row] for plan in policy.inpatient.values() if not plan.missing
                    for t in plan.tables.values() if row in t.tiers), None)
        said = policy.tier_name(row)
        listed.append(said + (f"，起付线 {num(fig.deductible)} 元，报销 {pct(fig.ratio)}" if fig else ""))
    return gap + "。" + ("手册列出的省外标准：" + "；".join(listed) + "。" if listed else "")


def named_tiers(policy: Policy) -> list[str]:
    """The tiers a person can name for this region's inpatient table, in the table's order."""
    if policy.hospital_classes is None:
        plan = next((p for p in policy.inpatient.values() if not p.missing), None)
        return list(plan.tables["市内"].tiers) if plan else []
    seen: dict[str, None] = {}
    for rule in policy.hospital_classes.rules:
        for t in rule.tier:
            if t not in classes_named(policy):
                seen[t] = None
    return list(seen)


def classes_named(policy: Policy) -> set[str]:
    """The 收费标准 classes a person can name instead of the hospital ("三类收费的医院", or by the bound
    the table's header gives the class: "二级乙等及以下"): their own rules in the policy file; not
    offered as choices, where the hospital's tier is what people know."""
    if policy.hospital_classes is None:
        return set()
    return {t for rule in policy.hospital_classes.rules for t in rule.tier if is_class_name(t)}


def is_class_name(tier: str) -> bool:
    """A tier key that names a class of hospitals, not one tier: 三类收费, 二级乙等及以下."""
    return tier.endswith(("类收费", "以下"))
