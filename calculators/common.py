"""What every calculator shares: the working being built, and the two ways a
calculation can decline (the handbook does not give it; the input cannot be right)."""
from __future__ import annotations

from decimal import Decimal

from calculators.money import ZERO, as_float, num, pct
from calculators.policy import Policy, Source
from calculators.result import Calculation

MAX_AMOUNT = Decimal(5_000_000)    # above this an amount is almost surely a typo (住院花了10亿)
MAX_HOUSEHOLD, MAX_GROUP = 20, 200  # people of one household, of one group paying each its fee (a class)


class NotListed(Exception):
    """The handbook does not give the figure (a lost table, a rule it leaves to others)."""

    def __init__(self, reason: str, source: Source | None = None, *, ruled: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.source = source
        # the reason states the handbook's whole rule for the case; only a figure it does not print is
        # missing (a retiree's 个人账户: 2.8% of a base it names without its sum) — an answer, not a refusal
        self.ruled = ruled


class BadInput(ValueError):
    """The inputs cannot describe a real case (negative cost, a tier the region lacks …)."""

    def __init__(self, reason: str, slot: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.slot = slot           # which slot to ask again, when one is to blame


def check_amount(x: Decimal, what: str = "费用", slot: str = "amount", allow_zero: bool = False) -> Decimal:
    if x < 0 or (x == 0 and not allow_zero):
        raise BadInput(f"{what}需要是大于 0 的金额，您给的是 {x} 元。", slot)
    if x > MAX_AMOUNT:
        raise BadInput(f"{what} {x} 元超出常见范围（500 万元以上），请核对金额后再问。", slot)
    return x


def open_section(policy: Policy, name: str, what: str, key: str | None = None):
    """The opening every calculator shares: the region's section `name` (its `key` entry when the
    section is per scheme), or NotListed — the handbook has no such section, or lost its table."""
    section = getattr(policy, name)
    if key is not None and isinstance(section, dict):
        section = section.get(key)
    if section is None or (isinstance(section, dict) and not section):
        raise NotListed(f"{policy.region}的手册没有列出{what}。")
    missing = getattr(section, "missing", None)
    if missing is not None:
        raise NotListed(missing.note + "。", missing.source)
    return section


def month_paid(month: int, day: int | None = None, after: bool = False) -> int:
    """The month a fee was paid in, from what the asker said: "过了2月28号才交" is March."""
    return month % 12 + 1 if after and (day is None or day >= 28) else month


def room_left(limit: Decimal, used: Decimal) -> tuple[Decimal, str]:
    """What a yearly limit has left once this year's payments said by the asker ("今年已经报了500")
    come off it, and the working to say after the limit: "本年已报 500 元，还剩 800 − 500 = 300 元"."""
    room = max(ZERO, limit - used)
    return room, f"本年已报 {num(used)} 元，还剩 {num(limit)} − {num(used)} = {num(room)} 元"


def raised_for_years(policy: Policy, care: str, insurance: str, ratio: Decimal, years: int | None,
                     w: "Work") -> Decimal:
    """The 报销比例 raised for years paid in a row, where the region's policy file gives the rule for this
    care (克拉玛依); with the years not said the rule is named as not counted, never a raise guessed."""
    r = policy.continuous_raise
    if r is None or care not in r.care or insurance not in r.insurance:
        return ratio
    points = f"{num(r.step * 100)} 个百分点"
    w.cite(r.source)
    if years is None:
        w.assume(f"未计连续缴费提高的报销比例（连续缴费满 {r.after_years} 年后，第 {r.after_years + 1} 年起每多交 1 年"
                 f"提高 {points}，最高 {num(r.max * 100)} 个百分点）")
        return ratio
    up = min(r.max, r.step * max(0, years - r.after_years))
    if not up:
        w.step(f"连续缴费 {years} 年，未超过 {r.after_years} 年，报销比例不提高")
    else:
        bound = "，已到最高" if up == r.max else ""
        w.step(f"连续缴费第 {years} 年，报销比例提高 {num(up * 100)} 个百分点{bound}：{pct(ratio)} + "
               f"{pct(up)} = {pct(ratio + up)}")
    w.assume(r.note)
    return ratio + up


class Work:
    """Collects the working of one calculation."""

    def __init__(self, name: str, title: str, policy: Policy, inputs: dict):
        self.name, self.title, self.policy = name, title, policy
        self.inputs = {"region": policy.region, **{k: v for k, v in inputs.items() if v is not None}}
        self.steps: list[str] = []
        self.assumptions: list[str] = []
        self.sources: list[Source] = []
        self.result: dict[str, float | int | str] = {}

    def step(self, text: str) -> None:
        self.steps.append(text)

    def assume(self, text: str) -> None:
        if text not in self.assumptions:
            self.assumptions.append(text)

    def cite(self, src: Source | None) -> None:
        if src is not None and src not in self.sources:
            self.sources.append(src)

    def carry(self, calc: Calculation, label: str, *, assumptions: bool = True) -> None:
        """An earlier stage's working as part of this one (基本医保 before 大病保险 …): its sources, its
        steps under `label`, and its assumptions unless the caller states them later in its own order."""
        for src in calc.sources:
            self.cite(Source(**src))
        self.steps += [label + x for x in calc.steps]
        if assumptions:
            for x in calc.assumptions:
                self.assume(x)

    def money(self, key: str, x: Decimal) -> None:
        self.result[key] = as_float(x)

    def done(self, headline: str) -> Calculation:
        inputs = {k: (str(v) if isinstance(v, Decimal) else v) for k, v in self.inputs.items()}
        return Calculation(name=self.name, title=self.title, inputs=inputs, steps=self.steps,
                           assumptions=self.assumptions, result=self.result, headline=headline,
                           sources=[s.model_dump() for s in self.sources])
