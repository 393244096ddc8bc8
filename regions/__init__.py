"""The region registry: which regions the bot covers, their handbooks, names, counties and
offices, read from the one data file `regions/data/regions.yaml`; their provinces and counties
from the gazetteer of every Chinese place (`regions.gazetteer`).

This is the bottom layer: it imports nothing of the project's, and everything else (corpus,
intents, calculators, bot) reads regions from here, never from a list of its own."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from regions import diskcache
from regions.gazetteer import Place, gazetteer

DATA_DIR = Path(__file__).parent / "data"
REGIONS_FILE = DATA_DIR / "regions.yaml"


@dataclass(frozen=True)
class Handbook:
    key: str                 # bazhong, karamay, changzhi: the file names under corpus/ and calculators/
    title: str               # how a source line names it
    published: str | None    # YYYY-MM as printed on the handbook, where it says
    figures_year: int | None = None   # the year its figures are for (2026年度), where it says
    latest_dated: int | None = None   # with no figures year: the latest year a rule in it is dated
                                      # from (长治: "2024年1月1日起"), so the material is at least that recent


@dataclass(frozen=True)
class Region:
    name: str                # 巴中: the key every module uses
    code: str                # its division code in the gazetteer (511900)
    label: str               # how the bot names it in a list of choices
    handbook: Handbook
    names: tuple[str, ...]   # the region itself (巴中, 巴中市, 克市)
    extra_aliases: tuple[str, ...] = ()   # words that place a question there besides the gazetteer's
    office: str | None = None          # where to ask, with address and phone
    office_name: str | None = None     # the office's name alone, as it signs staff answers
    schemes_not_covered: dict | None = None   # {words, except, note}: a scheme its handbook leaves out
    cues: dict | None = None           # {words, products, weak, unless}: how its askers name it without a place name
    # who its whole handbook is for (克拉玛依's guide: 学生): said in a question, no topic of one page
    everyone: tuple[str, ...] = ()
    # parts of the region (巴中经开区) whose office the handbook's table of offices does not list
    unlisted_areas: tuple[str, ...] = ()
    # the corpus entry of the region's own (city-level) office in the handbook's table of offices
    office_entry: str | None = None
    # whether its insured students' home is away from where they are insured (克拉玛依's campus), so a
    # holiday at home is care elsewhere
    away_on_holiday: bool = False
    # how care in another city of its own province is said to the search, where its handbook sets that care
    # apart from care out of the province (长治: 省内异地 stays need no filing, 省内 visits are paid as at home):
    # "省内外地", its pages' words; elsewhere such care is 外地 like any other
    in_province_as: str = "外地"

    @property
    def place(self) -> Place:
        return gazetteer().places[self.code]

    @property
    def province(self) -> str:
        """四川: a province is not the region (四川 ≠ 巴中)."""
        return gazetteer().province(self.place).short

    @property
    def counties(self) -> tuple[Place, ...]:
        return _counties_within(self.code)

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every word that places a question there: its names, its counties, landmarks."""
        words = [*self.names, self.place.name, *self.place.shorts, *self.extra_aliases]
        for c in self.counties:
            words += [c.name, *c.shorts]
        return tuple(dict.fromkeys(words))


@lru_cache(maxsize=None)
def _counties_within(code: str) -> tuple[Place, ...]:
    """A region's counties, found once: a scan of the whole gazetteer, and the search asks for
    them (through `aliases`) on every question."""
    return tuple(p for p in gazetteer().places.values() if p.level == "county" and p.within(code))


@lru_cache(maxsize=1)
def _raw() -> dict:
    return diskcache.kept("regions", [REGIONS_FILE], _parse, diskcache.installed("yaml", "pyyaml"))


def _parse() -> dict:
    import yaml
    with open(REGIONS_FILE, encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@lru_cache(maxsize=1)
def registry() -> dict[str, Region]:
    """Covered regions by name, in the file's order."""
    out = {}
    for name, spec in _raw()["covered"].items():
        out[name] = Region(
            name=name, code=str(spec["code"]), label=spec.get("label") or name,
            handbook=Handbook(**spec["handbook"]), names=tuple(spec["names"]),
            extra_aliases=tuple(spec.get("aliases") or ()), office=spec.get("office"),
            office_name=spec.get("office_name"), schemes_not_covered=spec.get("schemes_not_covered"),
            cues=spec.get("cues"), everyone=tuple(spec.get("everyone") or ()),
            unlisted_areas=tuple(spec.get("unlisted_areas") or ()), office_entry=spec.get("office_entry"),
            away_on_holiday=bool(spec.get("away_on_holiday")), in_province_as=spec.get("in_province_as") or "外地")
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


def resolve(name: str | None) -> str | None:
    """The covered region a name given for it means (a /region command, a batch line's `region`):
    巴中, 巴中市, 恩阳区, 长治市, 克市, 石大克拉玛依 …; None for anything else (四川, 成都, "")."""
    text = unicodedata.normalize("NFKC", name or "").strip()
    if text in registry():
        return text
    found: set[str] = set()
    for alias, region in _alias_rows():
        if alias in text:
            found.add(region)
            text = text.replace(alias, "")
    return found.pop() if len(found) == 1 and not _FILLER.sub("", text) else None


# what may stand around a region's names in a name given for it: "克拉玛依（石大）", "巴中 的"
_FILLER = re.compile(r"[\s()（）·、,，.。的]+")


@lru_cache(maxsize=1)
def _alias_rows() -> tuple[tuple[str, str], ...]:
    """(alias, region) for every word that places a question in a covered region, longest first."""
    rows = [(a, r.name) for r in registry().values() for a in r.aliases]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


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


def abroad() -> tuple[str, ...]:
    """Places abroad as people name them (泰国, 欧洲): the gazetteer holds only China's."""
    return tuple(_raw().get("abroad") or ())


def not_places() -> frozenset[str]:
    """Short place names that are 医保 words here (克山病, 惠民保): never a place."""
    return frozenset(_raw().get("not_places") or ())


@lru_cache(maxsize=1)
def covered_ordinary() -> tuple[tuple[str, tuple[Place, ...]], ...]:
    """The short names of covered regions' places that are ordinary words too (长子 "eldest son"),
    with their places: counted as places only where they stand alone. Found once: the gazetteer
    lists such names for the whole country."""
    return tuple((name, places) for name, places in gazetteer().ordinary.items() if of_place(places[0]))


def of_place(place: Place) -> str | None:
    """The covered region a place is, or is part of (恩阳区 → 巴中); None for any other place,
    a covered region's province included (四川 ≠ 巴中)."""
    # (kept by the place's code, which alone decides it: every mention of every reading of a
    # message asks, dozens of times a message, of the same few places)
    found = _OF_PLACE.get(place.code, _NOT_KEPT)
    if found is _NOT_KEPT:
        found = _OF_PLACE[place.code] = next((r.name for r in registry().values() if place.within(r.code)), None)
    return found


_OF_PLACE: dict[str, str | None] = {}
_NOT_KEPT = object()


def in_province(province: Place) -> tuple[str, ...]:
    """The covered regions inside a province (四川 → 巴中)."""
    return tuple(r.name for r in registry().values() if r.place.within(province.code))


def place_words() -> tuple[str, ...]:
    """Place names for the search's segmenter: the covered regions' words and every province's
    and city's names."""
    words = [a for r in registry().values() for a in r.aliases]
    for p in gazetteer().places.values():
        if p.level != "county":
            words += [p.name, *p.shorts]
    return tuple(dict.fromkeys(words))
