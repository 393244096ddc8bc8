"""Which covered region (巴中 / 克拉玛依 / 长治) a question is about, and whether it names
a place the handbooks do not cover."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regions

# An uncovered place counts only when its own policy is asked about: the place, then (within
# a few characters) a policy word. "在北京住院能报吗" is a question on 异地就医 instead.
_POLICY_AFTER_PLACE = re.compile(r"^.{0,4}?(医保|医疗保险|社保|政策|参保|居民|职工|合疗|新农合|农合|大病|慢病|慢特病|门诊|住院|生育|报销|起付)")
_CARE_THERE = ("在", "去", "到", "来", "从")     # 在北京住院: care elsewhere, not Beijing's policy
# ... unless it is about moving insurance away from there (the 克拉玛依 guide explains pausing
# the hometown's insurance).
_LEAVING = ("暂停", "停保", "停掉", "转移", "转出", "转入", "转到", "老家", "家乡", "生源地", "户籍地",
            "重复参保", "退费", "原参保地")


@dataclass(frozen=True)
class RegionHit:
    region: str | None = None        # a covered region named in the text
    county: str | None = None        # its county, where named (巴中's five)
    unsupported: str | None = None   # an uncovered place the question is about


@lru_cache(maxsize=1)
def _alias_table() -> list[tuple[str, str]]:
    """(alias, region), longest alias first so 克拉玛依区 wins over 克拉玛依."""
    rows = [(a, r.name) for r in regions.registry().values() for a in r.aliases]
    return sorted(rows, key=lambda r: -len(r[0]))


def detect_region(text: str) -> RegionHit:
    region = county = None
    for alias, r in _alias_table():
        if alias in text:
            region = r
            for name, forms in regions.get(r).counties.items():
                if any(f in text for f in forms):
                    county = name
            break
    unsupported = None
    if region is None and not any(w in text for w in _LEAVING):
        for place in regions.not_covered_places():
            at = text.find(place)
            if at < 0 or text[max(0, at - 1):at] in _CARE_THERE:
                continue
            if _POLICY_AFTER_PLACE.match(text[at + len(place):]):
                unsupported = place
                break
    return RegionHit(region=region, county=county, unsupported=unsupported)


def scheme_not_covered(text: str, region: str | None) -> str | None:
    """A note when the question is about an insurance scheme the region's handbook leaves out
    (克拉玛依's guide is for students: no 职工医保)."""
    r = regions.get(region)
    spec = r.schemes_not_covered if r else None
    if not spec:
        return None
    if any(w in text for w in spec["words"]) and not any(w in text for w in spec["except"]):
        return spec["note"]
    return None
