"""Which covered region (巴中 / 克拉玛依 / 长治) a question is about, and whether it names
a place the handbooks do not cover."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

REGIONS_FILE = Path(__file__).resolve().parent.parent / "corpus" / "data" / "regions.yaml"
REGIONS = ("巴中", "克拉玛依", "长治")

# Naming another place is fine when the question is about moving insurance away from it
# (the 克拉玛依 guide explains pausing the hometown's insurance) or about care elsewhere.
_ABOUT_ELSEWHERE = ("暂停", "停保", "停掉", "转移", "转出", "转入", "转到", "异地", "老家", "家乡",
                    "生源地", "户籍地", "备案", "外地", "省外", "市外", "重复参保", "退费")


@dataclass(frozen=True)
class RegionHit:
    region: str | None = None        # a covered region named in the text
    county: str | None = None        # its county, where named (巴中's five)
    unsupported: str | None = None   # an uncovered place the question is about


@lru_cache(maxsize=1)
def _config() -> dict:
    return yaml.safe_load(REGIONS_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _alias_table() -> list[tuple[str, str]]:
    """(alias, region), longest alias first so 克拉玛依区 wins over 克拉玛依."""
    rows = [(a, region) for region, spec in _config()["covered"].items() for a in spec["aliases"]]
    return sorted(rows, key=lambda r: -len(r[0]))


def aliases() -> list[str]:
    """Every place word the bot knows, for the segmenter's dictionary."""
    cfg = _config()
    return [a for a, _ in _alias_table()] + list(cfg["not_covered"])


def detect_region(text: str) -> RegionHit:
    region = county = None
    for alias, r in _alias_table():
        if alias in text:
            region = r
            for name, forms in _config()["covered"][r].get("counties", {}).items():
                if any(f in text for f in forms):
                    county = name
            break
    unsupported = None
    if region is None:
        for place in _config()["not_covered"]:
            if place in text and not any(w in text for w in _ABOUT_ELSEWHERE):
                unsupported = place
                break
    return RegionHit(region=region, county=county, unsupported=unsupported)


def office(region: str | None) -> str | None:
    if region in _config()["covered"]:
        return _config()["covered"][region]["office"]
    return None


def all_offices() -> str:
    return "；".join(f"{r}：{spec['office']}" for r, spec in _config()["covered"].items())


def scheme_not_covered(text: str, region: str | None) -> str | None:
    """A note when the question is about an insurance scheme the region's handbook leaves out
    (克拉玛依's guide is for students: no 职工医保)."""
    spec = _config()["covered"].get(region or "", {}).get("schemes_not_covered")
    if not spec:
        return None
    if any(w in text for w in spec["words"]) and not any(w in text for w in spec["except"]):
        return spec["note"]
    return None
