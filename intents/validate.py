"""Checks on what the asker said, before it fills a slot (as Rasa's validate_<slot> does): an
amount that cannot be read, is negative, zero or implausible; two schemes or two hospital tiers at
once. Each problem names the slot to ask again and says why, in words the asker can act on."""
from __future__ import annotations

from decimal import Decimal

from calculators.common import MAX_AMOUNT

TIER_FORMS = ("inpatient", "chain", "outpatient")


def _said(s: dict, key: str) -> str:
    return str(s.get("amount_said") if key == "amount" and s.get("amount_said") else s.get(key))


def check(s: dict, calc: str | None = None) -> tuple[str, str] | None:
    """(slot, reason) for the first problem in the slots, or None."""
    for note in s.get("_notes", []):
        _, key, *vals = note.split(":")
        if key == "insurance":
            s.pop("insurance", None)
            return "insurance", "您同时提到了职工医保和城乡居民医保，一个人只能参加其中一种。请告诉我是哪一种（职工 / 居民）。"
        if key == "two_stays_one_sum" and calc in TIER_FORMS:
            s.pop("amount", None)
            return "amount", ("两次住院在不同级别的医院，起付线和报销比例都不一样，只有一个总数没法分开算。"
                              "请分别告诉我两次各花了多少，以及先住的是哪一级医院。")
        if key == "tier" and calc in TIER_FORMS and not s.get("prior_tier") and not s.get("visit_tiers"):
            # (not where each visit's tier is told with its bill: both are read, each its own)
            s.pop("tier", None)
            # (a reason given with the note says why the two names cannot be one hospital)
            why = vals[1] if len(vals) > 1 else f"您同时提到了{vals[0].replace('/', '和')}，"
            return "tier", f"{why}请告诉我这次是在哪一级医院。"
    if s.get("amount_unread") is not None and s.get("amount") is None:
        return "amount", f"“{s['amount_unread']}”我没法当作一个具体金额来算，请告诉我大概花了多少钱，例如 30000。"
    for key, what in (("amount", "金额"), ("self_funded", "自费金额"), ("base", "缴费基数")):
        if s.get(key) is None:
            continue
        x = Decimal(s[key])
        if x < 0:
            return key, f"{what}不能是负数（您说的是“{_said(s, key)}”），请告诉我实际花了多少钱。"
        if x == 0:
            return key, f"{what}需要大于 0，请告诉我实际花了多少钱。"
        if x > MAX_AMOUNT:
            return key, (f"您说的{what}“{_said(s, key)}”超出常见范围（500 万元以上），可能是写错了，"
                         f"请核对后再告诉我，例如 12000 或 1.2万。")
    return None
