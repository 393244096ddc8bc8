"""Which place a question is about: a covered region (巴中 / 克拉玛依 / 长治, or one of their
counties), the province of one (四川: which part of it do we cover?), or another place whose own
policy is asked about (广州医保, 仪陇县医保局) — from the gazetteer of every Chinese place."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regions
from regions.gazetteer import Mention, gazetteer

# Another place counts only when its own policy is asked about: the place, then (within a few
# characters) a policy word. "在北京住院能报吗" is a question on 异地就医 instead.
_POLICY = r"(医保|医疗保险|社保|政策|参保|居民|职工|合疗|新农合|农合|大病|慢病|慢特病|门诊|住院|生育|报销|起付|学生|大学生|少儿|城乡|两病)"
_POLICY_AFTER_PLACE = re.compile(r"^(?:[市省县区州]|自治区)?(?:的|这边|那边|这里|本地|当地|地区)?(?:\d{4}年度?)?.{0,4}?" + _POLICY)
# right after a doubtful name (交城|乡居民): only a policy word straight after makes it a place
_POLICY_RIGHT_AFTER = re.compile(r"^(?:[市省县区州]|的|这边)?" + _POLICY)
_CARE_THERE = ("在", "去", "到", "来", "从", "回")     # 在北京住院: care elsewhere, not Beijing's policy
# ... unless it is about moving insurance away from there (the 克拉玛依 guide explains pausing
# the hometown's insurance).
_LEAVING = ("暂停", "停保", "停掉", "转移", "转出", "转入", "转到", "老家", "家乡", "生源地", "户籍地",
            "重复参保", "退费", "原参保地")


@dataclass(frozen=True)
class RegionHit:
    region: str | None = None        # a covered region named in the text
    county: str | None = None        # its county, where named (恩阳区)
    unsupported: str | None = None   # an uncovered place the question is about, as written
    province: str | None = None      # the province of covered regions named alone (四川), as written
    province_regions: tuple[str, ...] = ()   # the covered regions in it (四川 → 巴中)


@lru_cache(maxsize=1)
def _extra_aliases() -> list[tuple[str, str]]:
    """(alias, region) for the words the gazetteer does not know (石大, 校区, 巴中经开区), longest first."""
    rows = [(a, r.name) for r in regions.registry().values() for a in r.extra_aliases]
    return sorted(rows, key=lambda r: -len(r[0]))


def fold(text: str) -> str:
    """Full-width forms folded (ＮＦＫＣ). Not the search's numeral folding: 三元区 and 万年县 would
    become 3元区 and 10000年县."""
    return unicodedata.normalize("NFKC", text)


def places_in(text: str) -> list[Mention]:
    """The gazetteer's mentions in `text` (folded), less the 医保 words that are short place names
    (克山病)."""
    return [m for m in gazetteer().mentions(text) if m.written not in regions.not_places()]


def detect_region(text: str) -> RegionHit:
    """The region (or the uncovered place, or the province) a message is about. One message is
    read by several parts (the place, the form, the offer, the premise check), so the last few
    answers are kept; a long message is read afresh rather than kept."""
    return _detect_region(text) if len(text) > _KEPT_UP_TO else _detect_region_kept(text)


_KEPT_UP_TO = 500


@lru_cache(maxsize=64)
def _detect_region_kept(text: str) -> RegionHit:
    return _detect_region(text)


def _detect_region(text: str) -> RegionHit:
    text = fold(text)
    mentions = places_in(text)
    for m in mentions:
        region = regions.of_place(m.places[0])
        if region and (not m.doubtful or _POLICY_RIGHT_AFTER.match(text[m.end:])):
            county = m.places[0].name if m.places[0].level == "county" else None
            return RegionHit(region=region, county=county)
    # 港澳台 people join 医保 here: no policy of theirs to refuse; and moving one's insurance away
    # from a place (老家, 暂停) is not a question on that place's policy
    leaving = any(w in text for w in _LEAVING)
    asked = [] if leaving else [m for m in mentions if m.places[0].mainland and _asked_about(text, m)]
    # a covered region's province (四川) is asked about only when nothing more precise is named
    # (四川绵阳 is 绵阳); any other place asked about outweighs a landmark (石油大学北京本部 is not
    # 克拉玛依's campus)
    elsewhere = [m for m in asked if not (m.places[0].level == "province" and regions.in_province(m.places[0]))]
    if elsewhere:
        return RegionHit(unsupported=elsewhere[0].written)
    for alias, region in _extra_aliases():
        at = text.find(alias)
        while at >= 0:
            if not any(m.start < at + len(alias) and at < m.end for m in mentions):   # 克市 in 图木舒克市
                return RegionHit(region=region)
            at = text.find(alias, at + 1)
    if asked:
        return RegionHit(province=asked[0].written, province_regions=regions.in_province(asked[0].places[0]))
    return RegionHit()


def _asked_about(text: str, m: Mention) -> bool:
    """Is the place's own policy asked about (广州医保), rather than care there (在广州住院)?"""
    if text[max(0, m.start - 1):m.start] in _CARE_THERE:
        return False
    after = text[m.end:]
    return bool((_POLICY_RIGHT_AFTER if m.doubtful else _POLICY_AFTER_PLACE).match(after))


def elsewhere_named(text: str) -> tuple[int, int] | None:
    """Where the text names a place of care outside every covered region ("在绵阳住院", "去北京301",
    "回河南老家"): the span of the first such place, or None. Whose insurance it is does not
    change: care there is 异地就医 for the asker's region."""
    found = elsewhere_place(text)
    return found[:2] if found else None


def elsewhere_place(text: str) -> tuple[int, int, str] | None:
    """As elsewhere_named, with the division code of the province the place is in (北京 → 110000)."""
    text = fold(text)
    for m in places_in(text):
        place = m.places[0]
        # a covered region's province (在四川住院) may be the region itself: not taken as elsewhere
        if place.mainland and regions.of_place(place) is None and not m.doubtful \
                and not (place.level == "province" and regions.in_province(place)):
            return m.start, m.end, place.code[:2] + "0000"
    return None


_CARE_WORDS = re.compile(r"^[^，。,？?]{0,8}?(?:住院|住|看病|看门诊|就医|就诊|治疗|看)")


def covered_care_place(text: str) -> str | None:
    """The covered region whose place is named as where care happens ("在恩阳区住院", "回巴中看病"),
    or None."""
    text = fold(text)
    for m in places_in(text):
        region = regions.of_place(m.places[0])
        if region and not m.doubtful and text[max(0, m.start - 1):m.start] in _CARE_THERE \
                and _CARE_WORDS.match(text[m.end:]):
            return region
    return None


def outside_province(province_code: str, region: str | None) -> bool | None:
    """Is a place in the province `province_code` outside the covered region's province (北京 for
    长治: yes; 太原: no)? None when the region is unknown."""
    r = regions.get(region)
    return None if r is None else r.code[:2] != province_code[:2]


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
