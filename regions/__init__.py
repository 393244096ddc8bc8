"""The region registry: which regions the bot covers, their handbooks, names, counties and
offices, read from the one data file `regions/data/regions.yaml`.

This is the bottom layer: it imports nothing of the project's, and everything else (corpus,
intents, calculators, bot) reads regions from here, never from a list of its own."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).parent / "data"
REGIONS_FILE = DATA_DIR / "regions.yaml"


@dataclass(frozen=True)
class Handbook:
    key: str                 # bazhong, karamay, changzhi: the file names under corpus/ and calculators/
    title: str               # how a source line names it
    published: str | None    # YYYY-MM as printed on the handbook, where it says


@dataclass(frozen=True)
class Region:
    name: str                # 巴中: the key every module uses
    province: str            # 四川: a province is not the region (四川 ≠ 巴中)
    label: str               # how the bot names it in a list of choices
    handbook: Handbook
    names: tuple[str, ...]   # the region itself (巴中, 巴中市, 克市)
    aliases: tuple[str, ...]  # every word that places a question there: names, counties, landmarks
    counties: dict[str, tuple[str, ...]] = field(default_factory=dict)   # county → its written forms
    office: str | None = None          # where to ask, with address and phone
    office_name: str | None = None     # the office's name alone, as it signs staff answers
    schemes_not_covered: dict | None = None   # {words, except, note}: a scheme its handbook leaves out


@lru_cache(maxsize=1)
def _raw() -> dict:
    with open(REGIONS_FILE, encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@lru_cache(maxsize=1)
def registry() -> dict[str, Region]:
    """Covered regions by name, in the file's order."""
    out = {}
    for name, spec in _raw()["covered"].items():
        out[name] = Region(
            name=name, province=spec["province"], label=spec.get("label") or name,
            handbook=Handbook(**spec["handbook"]), names=tuple(spec["names"]), aliases=tuple(spec["aliases"]),
            counties={c: tuple(forms) for c, forms in (spec.get("counties") or {}).items()},
            office=spec.get("office"), office_name=spec.get("office_name"),
            schemes_not_covered=spec.get("schemes_not_covered"))
    return out


def covered() -> tuple[str, ...]:
    """The covered regions' names: 巴中, 克拉玛依, 长治."""
    return tuple(registry())


def national() -> str:
    """The region key of content that holds everywhere (全国)."""
    return _raw()["national"]


def national_hotline() -> str:
    return str(_raw()["national_hotline"])


def get(name: str | None) -> Region | None:
    return registry().get(name or "")


def handbooks() -> dict[str, str]:
    """Handbook key → title, for every covered region."""
    return {r.handbook.key: r.handbook.title for r in registry().values()}


def region_of_handbook(key: str) -> str | None:
    return next((r.name for r in registry().values() if r.handbook.key == key), None)


def labels_line(sep: str = "、") -> str:
    """巴中、克拉玛依（石油大学克拉玛依校区）、长治: what the bot says it covers."""
    return sep.join(r.label for r in registry().values())


def names() -> frozenset[str]:
    """The covered regions' own names (巴中, 克市 …), without their counties and landmarks."""
    return frozenset(n for r in registry().values() for n in r.names)


def office(region: str | None) -> str | None:
    r = get(region)
    return r.office if r else None


def office_name(region: str | None) -> str | None:
    """The office's name without its address or phone, as it signs staff answers."""
    r = get(region)
    return r.office_name if r else None


def all_offices() -> str:
    return "；".join(f"{r.name}：{r.office}" for r in registry().values() if r.office)


def not_covered_places() -> tuple[str, ...]:
    return tuple(_raw().get("not_covered") or ())
