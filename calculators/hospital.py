"""Which row of a region's inpatient table a hospital falls in, from the hospital as the asker
named it (tier, grade, level, out of the province).

Most regions' tables are by tier (乡镇卫生院 / 一级 / 二级 / 三级): the tier is the row. 长治's is by
收费标准 class, and its policy file says which hospitals belong to which class
(`hospital_classes`): the first rule that fits gives the row; a rule that needs a fact the asker
has not given yet asks for it."""
from __future__ import annotations

from dataclasses import dataclass

from calculators.policy import HospitalRule, Policy

FACTS = ("tier", "grade", "level")          # the order in which missing facts are asked


@dataclass(frozen=True)
class Row:
    row: str | None = None       # the table's row
    ask: str | None = None       # a fact to ask for first: tier, grade or level
    note: str = ""               # the handbook gives no figures for such a hospital


def _fits(rule: HospitalRule, facts: dict) -> tuple[bool, str | None]:
    """(fits, fact still needed): a rule fits when every fact it names is given and allowed."""
    if rule.out_of_province is not None and rule.out_of_province != (facts.get("level") == "省外"):
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
        return Row(row=rule.row, note=rule.note) if rule.row else Row(note=rule.note)
    return Row(ask="tier") if tier is None else Row(note=f"{policy.region}的手册没有列出这类医院的住院报销标准")


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
    """The 收费标准 classes a person can name instead of the hospital ("三类收费的医院"): their own
    rules in the policy file; not offered as choices, where the hospital's tier is what people know."""
    if policy.hospital_classes is None:
        return set()
    return {t for rule in policy.hospital_classes.rules for t in rule.tier if t.endswith("类收费")}
