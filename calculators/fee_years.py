"""The year-stamped fees a region's handbook gives, each for the years it gives it for: the residents'
个人缴费标准 (the policy year's, and any other year's 筹资 the handbook states: 巴中 2025年度 400元),
the 筹资 itself, and 长护险's fee. Any other year's — earlier as well as later — is not in the handbook
(the engine says so and names these as their own years', never as the year asked)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from calculators.money import num
from calculators.policy import Policy, Source

# what is asked of a year: the person's fee, the 筹资 (total with its parts), 长护险's fee
FEE, FUNDING, LONG_TERM_CARE = "fee", "funding", "long_term_care"


@dataclass(frozen=True)
class YearFees:
    """One fee as the handbook gives it: what it is called, its figure said per year, and where."""
    what: str                                          # 个人缴费标准 / 每人筹资总额 / 居民长护险缴费标准
    by_year: dict[int, str]                            # year -> the figure as said ("400元")
    sources: list[Source] = field(default_factory=list)
    # what the handbook does say of a year it gives no standard for, by year (克拉玛依: "2025年6月30日以后缴纳
    # 当年居民医保费用的，个人缴费标准为1200元" — that year's fee paid late, the one 2025 figure it states)
    notes: dict[int, str] = field(default_factory=dict)


def year_fees(policy: Policy | None, kind: str) -> YearFees | None:
    """The years `policy`'s handbook gives the fee of `kind` for, with its figure each year; None where
    it gives that fee for no year (巴中's 长护险: only that it starts in 2028)."""
    c = policy.contributions if policy is not None else None
    r = c.resident if c is not None else None
    if r is None:
        return None
    if kind == LONG_TERM_CARE:
        ltc = [x for x in r.extras if "长护" in x.name]
        if not ltc:
            return None
        return YearFees("居民长护险缴费标准", {policy.year: f"{num(ltc[0].amount)}元"}, [ltc[0].source])
    if kind == FUNDING:
        if not r.funding:
            return None
        said = {y: f"{num(f.total)}元（个人缴费{num(f.personal)}元、{'财政' if f.subsidy_stated else '政府'}补助{num(f.subsidy)}元）"
                for y, f in sorted(r.funding.items())}
        return YearFees("每人筹资总额", said, [r.funding_source or r.source])
    by_year = {policy.year: f"{num(r.standard)}元"}
    sources = [r.source]
    others = {y: f"{num(f.personal)}元" for y, f in sorted(r.funding.items()) if y != policy.year}
    if others:
        # (another year's personal part of the 筹资 is that year's fee, as the handbook states it)
        by_year.update(others)
        sources.append(r.funding_source or r.source)
    notes = {int(y): r.late_note for y in re.findall(r"(20\d\d)年", r.late_note) if int(y) not in by_year}
    return YearFees("个人缴费标准", by_year, sources, notes)
