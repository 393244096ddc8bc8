"""Which place a question is about: a covered region (巴中 / 克拉玛依 / 长治, or one of their
counties), the province of one (四川: which part of it do we cover?), or another place whose own
policy is asked about (广州医保, 仪陇县医保局) — from the gazetteer of every Chinese place."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache, reduce
from pathlib import Path

import regions
from intents.people import KIN_LONG, KIN_SHORT, OWNER
from regions.gazetteer import SAID_OF_ONESELF, Mention, gazetteer

# Another place counts only when its own policy is asked about: the place, then (within a few
# characters) a policy word. "在北京住院能报吗" is a question on 异地就医 instead.
# (医疗救助 and the groups it serves, 低保 and 特困, are 医保 policy too: "广元低保户 医疗救助报好多";
# so is 长护险, "兰州的长护险多少钱一年"; and 生育 in its everyday words, "大同城区生娃 顺产医保报多少")
_POLICY = r"(医保|医疗保险|社保|政策|参保|居民|职工|合疗|合作医疗|新农合|农合|大病|慢病|慢性病|慢特病|特殊病|门慢|门特|门诊|住院|生育|报销|起付|学生|大学生|少儿|新生儿|城乡|两病|生娃|生孩子|生小孩|" \
          r"医疗救助|低保|特困|五保|救助|灵活就业|退休|异地安置|长护|长期护理|护理保险)"
# (a city's urban part said after it, "大同城区生娃医保报多少", "唐山市区的合疗": the city's own policy)
_POLICY_AFTER_PLACE = re.compile(r"^(?:[市省县区州]|自治区|城区|市区|主城区)?(?:的|这边|那边|这里|本地|当地|地区)?(?:\d{4}年度?)?.{0,4}?" + _POLICY)
# right after a doubtful name (交城|乡居民): only a policy word straight after makes it a place
_POLICY_RIGHT_AFTER = re.compile(r"^(?:[市省县区州]|的|这边)?" + _POLICY)
_CARE_THERE = ("在", "去", "到", "来", "从", "回", "跑")     # 在北京住院 / 跑北京看病: care elsewhere, not Beijing's policy
# ... unless it is about moving insurance away from there (the 克拉玛依 guide explains pausing
# the hometown's insurance).
_HOME_WORDS = ("老家", "家乡")
# ... but care at home ("回老家住院", "在家乡医院看的") moves nothing away: a home named as where care happens
_CARE_AT_HOME = re.compile(r"(?:在|回|去|到)(?:老家|家乡)(?:那边|这边|那里)?(?:的)?(?=住院|看病|看门诊|门诊|就医|就诊|急诊|医院|卫生院|拿药)")
_LEAVING = ("暂停", "停保", "停掉", "转移", "转出", "转入", "转到", "老家", "家乡", "生源地", "户籍地",
            "重复参保", "退费", "原参保地")


# Where the asker is insured, said outright: after the place, with no other place, care word or
# home (老家) between, a payment or a joining ("在重庆交的居民医保", "在成都上班 单位交的职工医保",
# "南充参的保"); or a school of the place ("石河子大学的"): its students join its scheme. Care
# there is 异地就医 for the asker's region; insurance there is that place's own policy.
_INSURED_WINDOW = 10
_INSURED_MARK = re.compile(r"(?:交|缴|买|参|办)(?:的|了)(?:是)?.{0,3}?(?:医保|医疗保险|保险|合疗|新农合|农合|社保|居民|职工)"
                           r"|参保|参的保|(?:交|缴)(?:居民|职工)?医保"
                           # a scheme paid for by its name ("在河南老家交新农合", "在达州买合疗")
                           r"|(?:交|缴|买)(?:城乡)?(?:居民医保|职工医保|合疗|新农合|农合)")
_SCHOOL_AFTER = re.compile(r"^(?:大学|学院|职业技术学院|师范)(?!生|.{0,6}医院)")
# a school's campus there ("石油大学北京本部", "昌平校区的", "石油大学(北京)本部"), not one gone to for a while
# ("去北京校区交流"); a school said to be there ("新疆大学在乌鲁木齐", "我们学校在成都") is asked about
_CAMPUS_AFTER = re.compile(r"^[)）]?(?:校本部|本部|主校区|新校区|老校区|校区|分校)")
# where to join, asked ("在哪里参保", "该在哪交")
_WHERE_TO_JOIN = re.compile(r"(?:哪里|哪儿|哪边|哪个地方|什么地方|啥地方|哪)(?:参保|参加|交|缴|买|上)")
# the school's scheme, named ("学校医保", "学生医保", "学校给交的医保")
_SCHOOL_SCHEME = re.compile(r"(?:学校|学生|大学生|校园)(?:的|里的?|里头的?|给交的|交的|统一交的)?(?:医保|医疗保险|居民医保)")
_SCHOOL_THERE = re.compile(r"(?:大学|学院|学校|校区)(?:是|就|也|都)?(?:在|位于)$")
# a country abroad whose own insurance is asked about ("美国的医保怎么报销"), not care there
_ABROAD_POLICY = re.compile(r"^(?:的|那边|那里|这边)?(?:的)?(?:医保|医疗保险|社保|医疗制度|医疗体系|保险制度)")
# ... or said of the asker's stay there, the insurance then pointed back to ("我在美国留学 那边的学生医疗保险
# 怎么报销", "在日本打工 当地的保险能报吗"): that country's own insurance, even after 在 (care there is not
# what is asked: no 医保 of home is named, only "there"'s)
_ABROAD_POLICY_THERE = re.compile(r"^[^，,。？?！!]{0,8}?[\s，,]*(?:那边|那里|当地|那儿)的?[^，,。？?！!\s]{0,4}?"
                                  r"(?:医保|医疗保险|社保|保险|医疗制度|医疗体系)")
# (nor a school said apart from the place: "家在河北 医保是学校交的" is the school's cover, paid where the school
# is — not "在河北学校交的", a school there)
_NOT_BETWEEN = re.compile(r"老家|家里|屋头|户籍|生源地|回|住院|看病|就医|门诊|急诊|治疗|手术|医院|"
                          r"[\s，,。；;！!？?](?:在|是|由)?(?:学校|校区)")
# ... but the place's own 老家 is the place: "在河南洛阳老家交的医保" is insurance in 洛阳
_HOME_OF_PLACE = re.compile(r"^(?:的)?(?:老家|家乡|家里|屋头)(?:那边|这边|那里)?(?:的)?$")
# ... unless it was so before (原来在浙江上班交的) or the insurance is being moved (转回来, 暂停)
_PAST = re.compile(r"原来|以前|之前|前面|过去|曾经|原先|早先|前几年|那几年")
_MOVING = re.compile(r"转移|转出|转入|转回|转到|转过来|转来|关系转|接续|暂停|停保|停掉|退费|重复参保|断")
# where the asker says they live, with nothing about care: "我们在广元旺苍，慢性病认定去哪个医院"
_SELF_THERE = re.compile(r"(?:我|我们|俺|俺们|咱|咱们|我家|我们家|俺家)(?:是|在|住在|家在)$")
_CLAUSE_END = re.compile(r"^(?:[市省县区州])?(?:的|人|这边|那边|这里|那里|这儿|那儿)?(?:[\s，,。.!！？?；;]|$)")
_CARE = re.compile(r"住院|看病|门诊|就医|急诊|治疗|手术|生病|病了|拿药|买药|备案|异地|报销|垫|结算|住一阵|过去|打工|上学|读书")
# a covered region named only as where care happens or as a landmark ("回巴中老家住院", "离巴中近")
_NEAR = ("离", "靠近", "挨着", "挨到", "挨倒", "挨近", "紧邻", "毗邻", "邻近", "隔壁")
# a place followed by its hospitals ("西安那边的医院", "宝鸡的大医院"): where care is, not where the asker is from
_HOSPITALS_THERE = re.compile(r"^(?:[市县区])?(?:那边|这边|那里|这里|那儿|当地)?(?:的)?(?:大|好)?(?:医院|卫生院|诊所|定点医院|定点医疗机构)")
_CARE_AFTER = re.compile(r"^(?:[市县区])?.{0,3}?(?:住院|看病|就医|门诊|急诊|治疗|手术|医院|看|拿药|"
                         r"生孩子|生娃|生小孩|生宝宝|分娩|生产|坐月子)")


@dataclass(frozen=True)
class RegionHit:
    region: str | None = None        # a covered region named in the text
    county: str | None = None        # its county, where named (恩阳区)
    unsupported: str | None = None   # an uncovered place the question is about, as written
    province: str | None = None      # the province of covered regions named alone (四川), as written
    province_regions: tuple[str, ...] = ()   # the covered regions in it (四川 → 巴中)
    said_province: str | None = None  # with `region` known otherwise: the province named beside it (新疆…)
    weak: bool = False               # `region` placed only by its weak cues (学长, 校医院 …): see `placing`
    gone_to: bool = False            # `region` named only as a place travelled to and cared in: see `placing`
    home_return: bool = False        # `region` named only as home gone back to for care: see `placing`


def placing(hit: RegionHit, known: str | None) -> RegionHit:
    """The hit as it places a question where `known` (the chat's default or the conversation's
    region) is the region otherwise: a region's weak cues (学长, 室友, 校医院 in a question on 医保)
    are weaker than any place known, so they place a question only where none is. So is a region
    named only as where the asker went and was treated ("去长治看亲戚 急诊住进长治的医院"): the place
    of cover decides the rules, and for one insured in `known` that stay is 异地就医."""
    if known and (hit.weak or hit.gone_to and hit.region != known):
        return RegionHit()
    # (so is home gone back to for care — "暑假回长治住院" — where `known` insures its students where they
    # study (克拉玛依's campus: away_on_holiday): a student of it is insured there, and home is 异地就医)
    if known and hit.home_return and hit.region != known and getattr(regions.get(known), "away_on_holiday", False):
        return RegionHit()
    return hit


@lru_cache(maxsize=1)
def _extra_aliases() -> list[tuple[str, str]]:
    """(alias, region) for the words the gazetteer does not know (石大, 校区, 巴中经开区), longest first."""
    rows = [(a, r.name) for r in regions.registry().values() for a in r.extra_aliases]
    return sorted(rows, key=lambda r: -len(r[0]))


def without_places(text: str) -> str:
    """`text` (folded) without the places it names, the registry's own words for them included
    (校区, 石大): the question to ask again of another place."""
    text = fold(text)
    for m in places_in(text):
        text = text.replace(m.written, "")
    for alias, _ in _extra_aliases():
        text = text.replace(alias, "")
    return text


def towns_as_counties(text: str) -> str:
    """`text` with each town of a covered county it names written as that county ("平昌白衣镇的" →
    "平昌县的", "曾口镇的老汉" → "巴州区的老汉"): the county places the question, and the town's own
    name, which no handbook uses, is no search word."""
    towns = gazetteer().towns
    for m in places_in(fold(text)):
        if m.written in towns and m.written in text:
            text = text.replace(m.written, m.places[0].name)
    return text


def fold(text: str) -> str:
    """Full-width forms folded (ＮＦＫＣ). Not the search's numeral folding: 三元区 and 万年县 would
    become 3元区 and 10000年县."""
    return unicodedata.normalize("NFKC", text)


# 医保 words whose last character, 保, may start a place's short name (医保定点 over 保定, 参保山 over 保山)
_ENDS_IN_PLACE = ("医保", "参保", "社保", "投保", "续保", "断保", "停保", "退保", "农保", "居保", "职保", "大病保")


def places_in(text: str) -> list[Mention]:
    """The gazetteer's mentions in `text` (folded), less the 医保 words that are short place names
    (克山病). A covered region's name that a common word starts inside (巴中|医疗 over 中医, 巴中|年轻人
    over 中年) is no longer doubtful where nothing before it could take its head into a word: at the
    start of a clause or after a word that introduces a place (是, 在, 去, 我们). The other reading
    (巴 | 中医) would leave 巴 standing alone; after 大巴, 下巴, 延长 it still stays doubtful.
    One message's texts are read for places a few times each (its region, the place of care, the
    premise, the forms): the last texts' mentions are kept (a fresh list each time; a Mention is frozen)."""
    return list(_places_in_kept(text)) if len(text) <= _KEPT_UP_TO else _places_in(text)


@lru_cache(maxsize=256)
def _places_in_kept(text: str) -> tuple[Mention, ...]:
    return tuple(_places_in(text))


def _places_in(text: str) -> list[Mention]:
    out = []
    landmarks = None            # (found once, for the first mention that needs them)
    for m in gazetteer().mentions(text):
        if m.written in regions.not_places():
            continue
        if landmarks is None:
            landmarks = _landmark_spans(text)
        if any(a <= m.start and m.end <= b for a, b in landmarks):
            continue        # 红塔大厦 (南江's office building) is no 红塔区 of 玉溪
        if text[m.start] == "保" and any(text[max(0, m.start - len(w) + 1):m.start + 1] == w for w in _ENDS_IN_PLACE):
            continue        # 医保|定点 is no 保定: the 医保 word takes the name's first character
        if m.doubtful and regions.of_place(m.places[0]) and _place_starts_here(text, m.start):
            m = Mention(m.written, m.start, m.end, m.places, False)
        if out and out[-1].end == m.start and _TOWN_AFTER.match(text, m.end) and regions.of_place(out[-1].places[0]):
            continue        # 通江沙河镇, 恩阳区沙河镇: a town of the covered county before it, not 河北's 沙河
        out.append(m)
    alone = _standing_alone(text, out)
    return sorted(out + alone + _opening_as_own(text, out + alone), key=lambda m: m.start)


# what makes the name before it a town's, not a county's or a city's (沙河镇, 江口乡, 兴隆街道)
_TOWN_AFTER = re.compile(r"镇|乡(?!下)|街道|村")


# after a covered county's short name that is an ordinary word too (长子 "eldest son"): a break, or
# a 医保 word straight after ("长子 俺爹…", "长子居民医保", "长子城乡居民") — never "我是长子", "长子的"
_ALONE_AFTER = re.compile(r"^(?:\s|" + _POLICY + r")")


# ... or, at the very start of a message, with 的 and a break: the asker's place put first, as such
# messages put theirs ("长子的 居民医保在县里住院…", "屯留的 …"); an eldest son's is said within a
# sentence ("家里长子的医保") or with no break ("长子的医保")
_FIRST_THEN_BREAK = re.compile(r"^的(?:\s|[，,])")
_WHERE_FROM_BEFORE = re.compile(r"(?:我|俺|咱|我们|俺们|咱们)(?:是|在)$")
_WHERE_FROM_AFTER = re.compile(r"^(?:的|这边的?|那边的?)(?:\s|[，。,.！!？?；;]|$)|^(?:的)?" + _POLICY)


def _standing_alone(text: str, found: list[Mention]) -> list[Mention]:
    """A covered region's county whose short name is an ordinary word (长子县 written 长子), where it
    stands alone: at the start of the message or of a clause, followed by a break or a 医保 word."""
    out = []
    for name, places in regions.covered_ordinary():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            starts = at == 0 or not ("\u4e00" <= text[at - 1] <= "\u9fff")
            # "俺是长子的 城乡居民医保…", "我在长子 居民医保": whose place the asker says, in the frame a
            # place is said in (an eldest son is "俺是长子", never followed by 的 and a break)
            said = _WHERE_FROM_BEFORE.search(text[:at]) and _WHERE_FROM_AFTER.match(text[end:])
            first = at == 0 and _FIRST_THEN_BREAK.match(text[end:])
            if (said or first or starts and _ALONE_AFTER.match(text[end:])) and not any(m.start < end and at < m.end for m in found):
                out.append(Mention(name, at, end, places))
            at = text.find(name, end)
    return out


# ... and any place's short name that is an ordinary word too (平遥, 房山), only where a message opens
# with it as the asker's place, with 的 and a 医保 word straight after ("平遥的城乡居民医保住院咋报",
# "我是房山的 职工医保…"): that place's own policy is asked, which no handbook gives (the word's other
# meanings are not said so: "平安的保险", "合作医疗" have no 的 before the 医保 word, or no 医保 word)
_OWN_PLACE_OPENS = re.compile(r"^(?:(?:我|俺|咱|我们|俺们|咱们)(?:是|在))?$")
_OWN_PLACE_AFTER = re.compile(r"^的(?:这边的?|那边的?)?[\s，,]?" + _POLICY)


def _opening_as_own(text: str, found: list[Mention]) -> list[Mention]:
    """An uncovered place's short name that is an ordinary word, opening the message as the asker's
    place before its 医保 ("平遥的城乡居民医保…")."""
    # (only a name starting where an opening may end, "", "我是", "我们在", can open the message: the
    # names starting with those characters, in the gazetteer's order, not all of its ordinary words)
    by_first = _uncovered_ordinary(gazetteer())
    starts = {text[at] for at in range(min(len(text), _OWN_PLACE_OPENS_UP_TO + 1)) if _OWN_PLACE_OPENS.match(text[:at])}
    for _, name, places in sorted(c for first in starts for c in by_first.get(first, ())):
        at = text.find(name)
        if at >= 0 and _OWN_PLACE_OPENS.match(text[:at]) and _OWN_PLACE_AFTER.match(text[at + len(name):]) \
                and not any(m.start < at + len(name) and at < m.end for m in found):
            return [Mention(name, at, at + len(name), places)]
    return []


# the longest opening _OWN_PLACE_OPENS takes (我们是)
_OWN_PLACE_OPENS_UP_TO = 3


@lru_cache(maxsize=1)
def _uncovered_ordinary(gaz) -> dict[str, tuple[tuple[int, str, tuple], ...]]:
    """The gazetteer's ordinary-word short names `_opening_as_own` reads, by first character, each with
    its place in the gazetteer's order: a covered region's are read by `_standing_alone`, and a part of
    town or an employer (SAID_OF_ONESELF) is no place."""
    out: dict[str, list[tuple[int, str, tuple]]] = {}
    for k, (name, places) in enumerate(gaz.ordinary.items()):
        if name and not regions.of_place(places[0]) and name not in SAID_OF_ONESELF:
            out.setdefault(name[0], []).append((k, name, places))
    return {first: tuple(names) for first, names in out.items()}


# what may stand right before a place's name with nothing to join its first character into a word
_BEFORE_PLACE = frozenset("在去到回是从来住我俺咱们的和跟与及或、嫁调迁转")


def _place_starts_here(text: str, start: int) -> bool:
    if start == 0:
        return True
    before = text[start - 1]
    return before in _BEFORE_PLACE or not ("\u4e00" <= before <= "\u9fff")


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
    # 港澳台 people join 医保 here: no policy of theirs to refuse; and moving one's insurance away
    # from a place (老家, 暂停) is not a question on that place's policy
    away_from_care = _CARE_AT_HOME.sub("", text)      # (once: not per word of _LEAVING)
    leaving = any(w in away_from_care for w in _LEAVING)
    other = [m for m in mentions if m.places[0].mainland and regions.of_place(m.places[0]) is None
             and not _kin_place_beside_own_account(text, m) and not _works_there_home_scheme_asked(text, m, mentions)
             and not _going_to_work_there_own_cover_asked(text, m) and not _paid_at_home_school_asks_again(text, m)]
    # (a place where an earlier stage of study was insured, "高中时在河南交的 现在读大学", is none of these)
    insured = [m for m in other if not _earlier_study(text, m) and (
               _insured_there(text, m, mentions) or _fee_of_home_there(text, m)
               or _insured_at_home_there(text, m) or _scheme_of_place(text, m, mentions)
               or _married_there(text, m) or _kin_there_scheme(text, m))]
    # (a covered region's province said as one's home, "俺们四川老家的医保 慢特病在哪认定", with nothing
    # said of leaving it, is still asked about: which part of it is asked back, nothing refused)
    home_only = leaving and not any(w in text for w in _LEAVING if w not in _HOME_WORDS)
    asked = [m for m in other if _asked_about(text, m, mentions)
             and (not leaving or home_only and m.places[0].level == "province" and regions.in_province(m.places[0]))
             # (its office asked, whatever errand; not one gone to or come from, "从沈阳转到巴中去哪个窗口办")
             or not m.doubtful and _said_before(text, m.start) not in _CARE_THERE[1:] and _office_there(text, m, mentions)
             # (unless care there is asked too, "去郑州看病呢 郑州医保局电话多少": each part is read alone)
             and not any(o.places[0] == m.places[0] and _said_before(text, o.start) in _CARE_THERE[1:] for o in other)]
    # insured in a covered region's province (在四川交的) may be the region itself: it is asked
    in_province = [m for m in insured if m.places[0].level == "province" and regions.in_province(m.places[0])]
    insured = [m for m in insured if m not in in_province]
    asked += [m for m in in_province if m not in asked]
    # where the asker is from (河南的学生, 河北人) does not make a stay in a covered region another's
    # (... unless its scheme is said as that place's: "我是重庆的合疗 在巴中打工", or paid there: "合疗交的是
    # 广安的")
    elsewhere_insured = [o for o in insured + asked if not _FROM_AFTER.match(text, o.end)
                         or _scheme_of_place(text, o, mentions) or _paid_around(text, o)]
    # "涉县的，挨着黎城": the asker's own place is the uncovered one; a covered region named only as
    # its neighbour is a landmark, not where the asker is insured
    # (nor a place named as where the hospital is, "西安那边的医院离巴中近": care there, not a home)
    homes = [o for o in other if _said_before(text, o.start) not in _CARE_THERE and not o.doubtful
             and not _HOSPITALS_THERE.match(text[o.end:])]
    # "克拉玛依旁边奎屯市 居民医保交多少", "俺是长治隔壁邢台的": a covered region named only to place the
    # uncovered one beside it; the asker is in the neighbour
    near_home = next((o for m in mentions if regions.of_place(m.places[0]) and not m.doubtful
                      for o in other if o.start >= m.end and _NEIGHBOUR_BETWEEN.match(text[m.end:o.start])
                      and not o.doubtful), None)
    moved = _insured_now(text, mentions)
    stayed = _stayed_with_filing(text, mentions)
    # a campus elsewhere the asker studies at ("我在北京本部读书", "是昌平校区的"): the school's scheme is
    # where that campus is (学籍地); a covered region named after it ("…也要交克拉玛依的吗") is its scheme
    # asked of for a student the handbook (one campus's guide) does not cover — not that region's figures
    campus_away = next((o for o in insured if _CAMPUS_AFTER.match(text[o.end:]) and not o.doubtful
                        and _said_before(text, o.start) not in _CARE_THERE[1:]), None)
    if moved is not None:
        county = moved.places[0].name if moved.places[0].level == "county" else None
        return RegionHit(region=regions.of_place(moved.places[0]), county=county)
    for m in mentions:
        region = regions.of_place(m.places[0])
        if region and homes and _landmark(text, m) and not any(o.start > m.start for o in homes):
            return RegionHit(unsupported=homes[0].written)
        if region and homes and homes[0].start < m.start \
                and (_compared_with(text, m) or _compared_as_which(text, m, homes[0])):
            # "奎屯兵团第七师的医保跟克拉玛依一样不": the place asked about is the one named first; the covered
            # region is only what it is compared with — its figures are not that place's
            return RegionHit(unsupported=homes[0].written)
        later = next((o for o in homes if o.start > m.end and _compared_after_ours(text, o, m)), None) if region else None
        if later is not None:
            # "长治的医保是不是比上海的高": the same comparison said the other way round — it needs the
            # uncovered place's policy, which no handbook has
            return RegionHit(unsupported=later.written)
        if region and near_home is not None and near_home.start >= m.end \
                and _NEIGHBOUR_BETWEEN.match(text[m.end:near_home.start]):
            continue
        if region and _UNNAMED_NEIGHBOUR.match(text[m.end:]):
            continue
        if region and _asked_from_only(text, m) and any(
                regions.of_place(o.places[0]) not in (None, region) and not o.doubtful and not _asked_from_only(text, o)
                for o in mentions):
            # "咱们长治群 打听个巴中的", "我人在巴中 替在克拉玛依上学的孙子问": the region of the chat or
            # of where the asker sits, another covered region named as the one asked of — that one holds
            continue
        if region and (not m.doubtful or _POLICY_RIGHT_AFTER.match(text[m.end:])):
            if campus_away is not None and campus_away.start < m.start \
                    and getattr(regions.get(region), "away_on_holiday", False):
                # (only where the region's handbook is one campus's guide, 克拉玛依's: elsewhere, "在成都校区读书
                # 还要交巴中的合疗吗", the home region's own page on where a student joins answers — 学籍地)
                return RegionHit(unsupported=campus_away.written)
            if elsewhere_insured and (_only_care_there(text, m) or _origin_only(text, m) or _stays_there(text, m)
                                      or _back_to_live(text, m) or _rules_of_asked(text, m)):
                # "在重庆交的医保 回巴中老家住院": 巴中 is where care happens; "我老家是巴中的，在成都
                # 交的医保": where the asker is from, not where insured; "南充的合疗 在巴中打工 …
                # 南充医保咋报": where the asker stays, another place's own policy asked
                continue
            if _school_scheme_away(text, m, region, mentions):
                # "俺老家长治的 放假回去在县医院看了病 学校那个医保给报不": a covered region named as the
                # student's home or where care is, the school's scheme asked (its cues) — that scheme's
                # region is asked of, as for home care said of an uncovered place
                continue
            if region in stayed:
                # "我跟儿子在长治住 办了长期备案 在长治住院": where the asker stays and is treated, a filing
                # said: insured elsewhere (the region the message or the chat gives)
                continue
            if _stays_there(text, m) and _STAY_AFTER.match(text[m.end:]) and any(
                    o.start > m.start and not o.doubtful and regions.of_place(o.places[0]) not in (None, region)
                    and _SCHEME_RIGHT_AFTER.match(text[o.end:]) for o in mentions):
                # "我在长治打工的 先问下 巴中合疗…": a covered region said only as where the asker works or
                # stays, another covered region's scheme named after it — that scheme's region is asked of
                continue
            # (a county named only as a landmark, "离通江近的那家医院", places the region, not the county's own pages)
            county = m.places[0].name if m.places[0].level == "county" and not _landmark(text, m) else None
            return RegionHit(region=region, county=county, gone_to=_gone_to_only(text, mentions, region),
                             home_return=_home_return_only(text, mentions, region))
    if near_home is not None:
        return RegionHit(unsupported=near_home.written)
    if insured:
        return RegionHit(unsupported=insured[0].written)
    asked = [*asked, *(m for m in other if m not in asked
                       and (_says_lives_there(text, m, mentions) or _studies_in_province(text, m)))]
    asked = [m for m in mentions if m in asked]
    # a covered region's province (四川) is asked about only when nothing more precise is named
    # (四川绵阳 is 绵阳); any other place asked about outweighs a landmark (石油大学北京本部 is not
    # 克拉玛依's campus)
    elsewhere = [m for m in asked if not (m.places[0].level == "province" and regions.in_province(m.places[0]))]
    if elsewhere:
        return RegionHit(unsupported=elsewhere[0].written)
    for place in regions.abroad():
        at = text.find(place)
        if at >= 0 and (text[max(0, at - 1):at] not in _CARE_THERE and _ABROAD_POLICY.match(text[at + len(place):])
                        or _ABROAD_POLICY_THERE.match(text[at + len(place):])):
            return RegionHit(unsupported=place)
    for alias, region in _extra_aliases():
        at = text.find(alias)
        while at >= 0:
            if not any(m.start < at + len(alias) and at < m.end for m in mentions):   # 克市 in 图木舒克市
                return RegionHit(region=region)
            at = text.find(alias, at + 1)
    if asked:
        # "四川和山西的居民住院报销哪个高": each province named is asked about, with its covered regions
        provinces = list(dict.fromkeys(m.written for m in asked))
        covered = tuple(dict.fromkeys(r for m in asked for r in regions.in_province(m.places[0])))
        return RegionHit(province="、".join(provinces), province_regions=covered)
    cued = {name for name, cues in _cues() if _cued(text, cues, name, mentions)}
    if len(cued) == 1:
        name = cued.pop()
        return RegionHit(region=name, weak=not _cued(text, {**dict(_cues())[name], "weak": ()}, name, mentions))
    return RegionHit()


# a relative said right before the place they are insured in or live in ("我爸妈在重庆参的保", "老婆是成都的",
# "娃儿在西安读书"): the place is the relative's, not the asker's
_KIN_BEFORE_PLACE = re.compile(rf"(?:(?:{OWNER})(?:{KIN_LONG}|{KIN_SHORT})|{KIN_LONG}|爸妈|父母|爹妈|爹娘|公婆|老人家?|娃)"
                               r"(?:们|两个|俩|两口子?)?(?:都|也|还|一直|现在|早就|前年|去年)?(?:是|在|住在|就在|"
                               # (moved there for good, by marriage or household: "女儿嫁到广东", "儿子搬去了深圳")
                               r"(?:远)?嫁(?:到|去|在|过去到?)|搬(?:到|去)(?:了)?|迁(?:到|去)|落户(?:到|在)?)$")
# the asker's own account asked about, to be used for them ("我医保账户的钱能不能转给他们", "我的医保钱包
# 能给老婆交居民医保不", "用我的医保卡给我妈拿药"): the asker's region's rule (家庭共济, 医保钱包), whoever
# the money is for
_OWN_ACCOUNT = re.compile(r"(?:我|俺|咱)(?:自己|本人)?(?:的)?(?:职工)?(?:医保|社保)?(?:的)?"
                          r"(?:个人账户|个账|账户|账上|卡里|卡上|医保卡|社保卡|钱包|医保钱包)|"
                          # (the asker's scheme said first, the account named after a verb: "我职工医保 想把个人
                          # 账户的钱转给…" — never a relative's own, "我妈的个人账户")
                          rf"(?:我|俺|咱)(?!(?:们)?(?:家|屋头|屋里)?的?(?:{KIN_LONG}|{KIN_SHORT}))[^，,。？?！!]{{0,8}}?"
                          r"(?:想|要|能|可以)?(?:把|拿|用)(?:我的?)?(?:个人账户|个账|账户|医保钱包|钱包)|"
                          # (… or the account's money named after the scheme told, "我是职工医保 个人账户的钱")
                          rf"(?:我|俺|咱)(?!(?:们)?(?:家|屋头|屋里)?的?(?:{KIN_LONG}|{KIN_SHORT}))[^，,。？?！!]{{0,10}}?"
                          r"(?:个人账户|个账)(?:的|里的?|里头的?)?(?:钱|余额|资金)")
# ... the relative said right after the place, as who is there ("转给在陕西交合疗的老妈", "给在外省的爸妈用")
_KIN_AFTER_PLACE = re.compile(rf"^(?:那边|那里|这边)?(?:[^，,。？?！!\s]{{0,6}}?的)?(?:{KIN_LONG}|{KIN_SHORT}|爸妈|父母|爹妈|老人家?|娃儿?)")


def relatives_place(text: str) -> str | None:
    """The uncovered place, as written, that is only where a relative is insured or lives beside a
    question on the asker's own account (`_kin_place_beside_own_account`): the relative's own side
    (their benefits, what their place accepts) is that place's to say. None where there is none."""
    text = fold(text)
    return next((m.written for m in places_in(text) if m.places[0].mainland and regions.of_place(m.places[0]) is None
                 and _kin_place_beside_own_account(text, m)), None)


# a relative said to be in another province in so many words ("给在外省的爸妈用", "我妈在省外")
_KIN_AWAY_SAID = re.compile(rf"(?:外省|省外|跨省)[^，,。？?！!\s]{{0,6}}?的?(?:{KIN_LONG}|{KIN_SHORT}|爸妈|父母|老人|娃儿?)|"
                            rf"(?:{KIN_LONG}|{KIN_SHORT}|爸妈|父母|老人|娃儿?)[^，,。？?！!\s]{{0,3}}?在(?:外省|省外)")


def kin_in_another_province(text: str, region: str | None) -> bool:
    """Whether the message places a relative in another province than `region`'s beside a question on the
    asker's own account: an uncovered place only theirs (`_kin_place_beside_own_account`) outside the region's
    province, or 外省 said of them."""
    folded = fold(text)
    own = regions.get(region)
    home = own.place.province_code if own is not None else None
    return any(m.places[0].mainland and regions.of_place(m.places[0]) is None and m.places[0].province_code != home
               and _kin_place_beside_own_account(folded, m) for m in places_in(folded)) \
        or (bool(_KIN_AWAY_SAID.search(folded)) and bool(_OWN_ACCOUNT.search(folded)))


def _kin_place_beside_own_account(text: str, m: Mention) -> bool:
    """Is an uncovered place only where a relative is insured or lives ("我爸妈在重庆参的保"), while the
    question is about the asker's own account (家庭共济, 医保钱包: "我医保账户的钱能不能转给他们用")?
    Then the place is no question on that place's policy: the asker's account follows the asker's
    region (the one named, or the chat's); the relative's own benefits are their place's."""
    after = _KIN_AFTER_PLACE.match(text[m.end:])
    # (the relative right after the place: "在陕西交合疗的老妈", or "重庆那边老妈" — there, said so)
    kin_there = after is not None and (text[max(0, m.start - 1):m.start] in ("在", "到") or after.group(0).startswith(("那边", "那里")))
    # (the account named with no owner opening the question, "个账能帮在西安的老爸…": the asker's own)
    return bool(_KIN_BEFORE_PLACE.search(text[:m.start]) or kin_there) \
        and bool(_OWN_ACCOUNT.search(text) or _ACCOUNT_UNOWNED.search(text))


# the account named with no owner, opening the question ("个账能帮…", "职工医保个人账户能给…"): the asker's own
_ACCOUNT_UNOWNED = re.compile(r"(?:^|[\s，,。？?！!])(?:职工)?(?:医保)?(?:的)?(?:个人账户|个账|个帐)")


# a place said only as where the asker works ("我在上海打工", "在深圳上班", "到广州务工")
_WORKS_AT = re.compile(r"^(?:[市县区])?(?:那边|这边|那里)?(?:打工|上班|务工|打零工|打临工|做工|工作)")
# ... and the scheme paid at home, said as home's ("屋头又给我交了合疗", "家里还交着居民医保", "老家交的新农合")
_HOME_PAID = re.compile(r"(?:屋头|屋里|家头|家里|老家|家乡)(?:那边|这边|人|的人)?[^，,。？?！!\s]{0,6}?(?:交|缴|买|参)"
                        r"[^，,。？?！!\s]{0,3}?(?:合疗|新农合|农合|合作医疗|城乡居民|居民医保)")
# ... then asked of: that home scheme again, or both schemes at once ("能不能两个都报", "多交的合疗咋办")
_HOME_OR_BOTH_ASKED = re.compile(r"两个|两份|两种|两边|两头|两样|重复|同时|都报|都能报|都享受|多交|退|"
                                 r"合疗|新农合|农合|合作医疗|城乡居民|居民医保")


def _works_there_home_scheme_asked(text: str, m: Mention, mentions: list[Mention] = ()) -> bool:
    """"我在上海打工 厂里头交了职工医保 屋头又给我交了合疗 能不能两个都报": an uncovered place said only as
    where the asker works (a migrant worker), the home's scheme said as home's and asked of (or both at
    once): the home region's question (one person joins one scheme, the extra one refunded), the region
    the message or the chat gives — not that place's policy. The place named again ("上海职工医保住院
    报多少") is another mention, still asked of — unless it only tells the scheme paid there ("在西安打工
    交了西安的职工医保"), the same story."""
    if text[max(0, m.start - 1):m.start] not in ("在", "到", "去") or not _WORKS_AT.match(text[m.end:]):
        return any(o.start < m.start and o.places[0] == m.places[0] and _works_there_home_scheme_asked(text, o)
                   for o in mentions) and bool(_PAID_THERE_TOLD.search(text[max(0, m.start - 6):m.start])) \
            and bool(_SCHEME_RIGHT_AFTER.match(text[m.end:]))
    if _HOME_SCHEME_PAYING.search(text, m.end):
        return True
    home = _HOME_PAID.search(text, m.end)
    return home is not None and bool(_HOME_OR_BOTH_ASKED.search(text, home.end()))


# the cover the asker holds here, named as the school's or this side's ("咱学校交的医保", "学校这边的医保",
# "我们这边交的合疗")
_OWN_COVER_HERE = re.compile(r"(?:咱|咱们|我们|我|在)?(?:学校|校区|学校这边|这边|这里)(?:给)?(?:交|缴|买|参)?(?:了|的)?的?"
                             r"(?:医保|保险|合疗|新农合|居民医保)")


def _going_to_work_there_own_cover_asked(text: str, m: Mention) -> bool:
    """"马上毕业了 去深圳上班 学校交的医保咋办": an uncovered place said only as where the asker is going to
    work, the cover asked of being the one held here (the school's, this side's): a question on that cover —
    what becomes of it when one leaves — which the handbook of here answers, not that place's policy."""
    return text[max(0, m.start - 1):m.start] in ("去", "到") and bool(_WORKS_AT.match(text[m.end:])) \
        and bool(_OWN_COVER_HERE.search(text, m.end))


# the school (or its class group) asking for the contribution again ("学校群里又让交", "辅导员还催着交",
# "学校这边也要交吗"): the school's scheme is the one asked of
_SCHOOL_ASKS_PAY = re.compile(r"(?:学校|校区|学院|班级|班里|班上|辅导员|班主任|班委|群里)[^，,。？?！!\s]{0,6}?"
                              r"(?:又|还|也|再)?(?:让|要|叫|通知|催|喊|说)(?:着|了)?(?:我们?|俺|大家)?(?:再|也|还)?(?:交|缴|买|参保|参加)")


def _paid_at_home_school_asks_again(text: str, m: Mention) -> bool:
    """"老家河北已经交了医保 辅导员又催着交 能只交长护险不": an uncovered place said only as where the
    asker's insurance was paid already (home), the school then asking for its own contribution: a question
    on the school's scheme (one person joins one scheme; what the school's side requires), which the
    campus's handbook answers — not that place's policy."""
    ask = _SCHOOL_ASKS_PAY.search(text, m.end)
    return ask is not None and (_paid_around(text, m) or bool(_HOME_RIGHT_AFTER.match(text[m.end:]))
                                or text[max(0, m.start - 2):m.start] in ("老家", "家乡", "家里"))


# ... the home scheme named before its paying is asked ("屋头合疗还交不交", "老家的新农合还要交吗")
_HOME_SCHEME_PAYING = re.compile(r"(?:屋头|屋里|家头|家里|老家|家乡)(?:那边|这边)?的?(?:合疗|新农合|农合|合作医疗|城乡居民医保|居民医保)"
                                 r"(?:还|也|又)?(?:要|得|用)?(?:交|缴|买|续)")
# the scheme told as paid at the place ("交了西安的职工医保", "单位给买的深圳的医保")
_PAID_THERE_TOLD = re.compile(r"(?:交|缴|买|参)(?:了|的|着)(?:是)?$")


# between a region's city and one of its counties written as that county's address ("巴中恩阳区",
# "巴中市的南江县", "巴中下面的平昌"): the county is the place meant
_CITY_TO_COUNTY = re.compile(r"^(?:市)?(?:的|下面的?|下头的?|里的?|这边的?|那边的?)?\s*$")


def county_after_city(text: str) -> str | None:
    """The county of a covered region written straight after the region's city ("巴中恩阳区医保窗口在哪":
    恩阳区), which is the place meant where a county's own row is asked (its office); None where there
    is none (the city alone, or another place after it)."""
    text = fold(text)
    mentions = places_in(text)
    for city, after in zip(mentions, mentions[1:]):
        region = regions.of_place(city.places[0])
        if region and city.places[0].level != "county" and not city.doubtful and not after.doubtful \
                and after.places[0].level == "county" and regions.of_place(after.places[0]) == region \
                and _CITY_TO_COUNTY.match(text[city.end:after.start]):
            return after.places[0].name
    return None


# a place named as where one studies ("在新疆上大学"): the school may be another of that place's
# (schools of other names too, "在四川读技校", "在成都上职校": the school's cover is paid there as a university's)
_STUDIES_THERE = re.compile(r"^.{0,2}?(?:上大学|读大学|念大学|上大专|读大专|念大专|上中专|读中专|念中专|上学|读书|念书|读研|上的大学|读的大学"
                            r"|(?:上|读|念)的?(?:技校|技工学校|职校|职高|中职|高职|卫校|专科))")


def _studies_in_province(text: str, m: Mention) -> bool:
    """"在新疆读大学 医保交多少": a covered region's province named as where the asker studies. A
    student joins the scheme where the school is (学籍地), so the question is on that province's
    scheme: which part of it the bot covers is asked back, as for the province named alone (the
    words name no school of the covered region: the province has others)."""
    return m.places[0].level == "province" and bool(regions.in_province(m.places[0])) \
        and text[max(0, m.start - 1):m.start] in ("在", "") and bool(_STUDIES_THERE.match(text[m.end:]))


def _cued(text: str, cues: dict, name: str, mentions: list[Mention]) -> bool:
    """Do the region's cues (学校医保; 学长 … in a question on 医保; its own product, 巴惠保) place the
    text there, with no place named that says otherwise (its own province: another school of 新疆; a place of study)?"""
    if any(w in text for w in cues.get("unless") or ()):
        return False
    # (an institution of the region's own tables, "四川友好医院": the province in its name is no place said)
    within = [(m.start(), m.end()) for w in cues.get("institutions") or () for m in re.finditer(re.escape(w), text)]
    if not (within or any(w in text for w in (*(cues.get("words") or ()), *(cues.get("products") or ())))
            or any(w in text for w in cues.get("weak") or ()) and any(w in text for w in cues.get("weak_needs") or ())
            or bool(landmarks_in(text, cues))
            or _school_topic(name).search(text)):
        return False
    province = regions.get(name).place.province_code
    return not any((m.places[0].code == province or _STUDIES_THERE.match(text[m.end:]))
                   and not any(s <= m.start < e for s, e in within) for m in mentions)


def _landmark_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a covered region's office landmark (the cues' `landmarks`)."""
    return [(m.start(), m.end()) for _, c in _cues() for w in c.get("landmarks") or () if w in text
            for m in re.finditer(re.escape(w), text)]


def landmarks_in(text: str, cues: dict | None = None) -> list[str]:
    """The landmarks of a region's offices (the streets and buildings of its handbook's table of
    offices, `landmarks` in the registry's cues) that `text` names beside an office word
    (`landmark_needs`): of the region whose `cues` are given, else of any region."""
    found: list[str] = []
    for c in ([cues] if cues is not None else [c for _, c in _cues()]):
        marks = [w for w in c.get("landmarks") or () if w in text]
        if marks and any(w in text for w in c.get("landmark_needs") or ()):
            found += marks
    return found


@lru_cache(maxsize=8)
def _school_topic(name: str) -> re.Pattern:
    """The school named straight before one of its benefits ("学校两病", "学校的普通门诊"); a pattern
    that never matches where the region has no such cue."""
    cues = regions.get(name).cues or {}
    schools, topics = cues.get("school") or (), cues.get("school_topics") or ()
    if not schools or not topics:
        return re.compile(r"(?!)")
    alt = lambda ws: "|".join(map(re.escape, sorted(ws, key=len, reverse=True)))
    return re.compile(rf"(?:{alt(schools)})(?:的|这边的?|那边的?|这个|里的?)?(?=(?:医保的?)?(?:{alt(topics)}))")


def without_school(text: str, region: str) -> str:
    """The question without the school named before one of its benefits ("学校门诊慢病报几成" →
    "门诊慢病报几成"), once that has placed it in the region: the school says whose benefit, and as a
    search word it pulls toward pages on the school (a clinic beside it, where to pay)."""
    return _school_topic(region).sub("", text) if region in regions.covered() else text


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, dict], ...]:
    """(region, {words, unless}): how a region's askers name it without a place (学校医保 for the
    克拉玛依 students' guide), from the registry."""
    return tuple((r.name, r.cues) for r in regions.registry().values() if r.cues)


# who is from the province, and how it is said: "俺们四川这边", "我是山西的", "新疆的"
_PROVINCE_BEFORE = re.compile(r"(?:俺们|我们|咱们|俺|我|咱)?(?:是|在)?$")
_PROVINCE_AFTER = re.compile(r"^(?:省|自治区)?(?:的|这边|那边|这里|本地|当地|人)?")


def without_province(text: str, province: str) -> str:
    """The text without the province named alone and the words that only say one is from it
    ("俺们四川这边 医保码咋激活" → "医保码咋激活"): what is asked, read as with no place named.
    Several provinces ("四川、山西", as `detect_region` names them) go with the words joining them
    ("四川和山西的…")."""
    if "、" in province:
        for one in province.split("、"):
            text = _JOINED_PROVINCE.sub("", without_province(text, one))
        return text
    at = text.find(province)
    if at < 0:
        return text
    start = at - len(_PROVINCE_BEFORE.search(text[:at]).group(0))
    inside = _WITHIN_PROVINCE.match(province[-1:] + text[at + len(province):])
    if inside and any(m.start == at + len(province) for m in places_in(text)):
        inside = None          # ("四川内江的…": 内 begins a place of the province, 内江, not 省内)
    if inside:
        # "四川省内异地住院要备案吗": within the province is what is asked (省内, not 跨省), kept
        rest = text[at + len(province) + inside.end() - 1:]
        return (text[:start] + "省内" + rest).strip(" ，,。")
    end = at + len(province) + len(_PROVINCE_AFTER.match(text[at + len(province):]).group(0))
    return (text[:start] + text[end:]).strip(" ，,。") or text


# a province said with 内 ("四川省内", "新疆区内", "四川内"), matched from the province's last character on
_WITHIN_PROVINCE = re.compile(r"^.(?:省|自治区|区)?内(?!容)")


# what joined a province to the one taken away before it ("四川和山西" → "和山西" → "和")
_JOINED_PROVINCE = re.compile(r"^(?:和|与|跟|同|及|还有|还是|或者?)(?:的)?")


# a clause that only says where the asker is insured: "我是克拉玛依校区参保的", "俺们是长治的"
_CLAUSES = re.compile(r"[^，,。；;！!？?\s]+")
_STATEMENT_FILLER = re.compile(r"我们|俺们|咱们|我家|我|俺|咱|家里|都|是|在|的|这边|那边|参保|参的保|交的|缴的|买的|办的|"
                               r"医保|人|[市县区]")
_INSURED_SAID = re.compile(r"参保|参的保|(?:交|缴|买|办)的")
_SCHEME_OR_GROUP_WORDS = re.compile(r"城乡居民医保|居民医保|职工医保|合疗|新农合|农合|居民|职工|学生|大学生|退休")


def without_place_statement(text: str) -> str:
    """The question without a clause that only says where the asker is insured ("寒假在老家看了门诊，
    我是克拉玛依校区参保的，回学校能报不" → without the middle): the region is read from it apart,
    and its words (参保, 校区) only weaken the match of what is asked. The scheme it names stays
    ("长治交的合疗" → "合疗")."""
    out, cut = [], False
    cues = [w for _, c in _cues() for w in c.get("words") or ()]
    for m in _CLAUSES.finditer(fold(text)):
        clause = m.group(0)
        said = next((w for w in cues if w in clause), None)
        mentions = places_in(clause)
        # (with the place it is, named too: "克拉玛依学校医保，门诊慢病报几成")
        named = [x.written for x in mentions if regions.of_place(x.places[0])]
        if said and not _STATEMENT_FILLER.sub("", reduce(lambda c, w: c.replace(w, ""), named, clause.replace(said, ""))) \
                and detect_region(text).region:
            # "学校医保，去年的票今年还能报吗": the clause only names the scheme by its cue
            cut = True
            continue
        extra = [a for a, _ in _extra_aliases() if a in clause]
        covered = bool(extra) or any(regions.of_place(x.places[0]) for x in mentions)
        # said to be insured there (参保, 交的), and no county named: a county's office or hospital
        # list may be what is asked about
        if covered and _INSURED_SAID.search(clause) and not any(x.places[0].level == "county" for x in mentions) \
                and not detect_region(clause).unsupported:
            residue = clause
            for x in mentions:
                residue = residue.replace(x.written, "")
            for a in extra:
                residue = residue.replace(a, "")
            schemes = _SCHEME_OR_GROUP_WORDS.findall(residue)
            residue = _SCHEME_OR_GROUP_WORDS.sub("", residue)
            if not _STATEMENT_FILLER.sub("", residue):
                out.append(" ".join(schemes))
                cut = True
                continue
        out.append(clause)
    return "，".join(c for c in out if c) if cut else text


def without_county_said(text: str) -> str:
    """The question without its first clause where that only names a covered region's county as the
    asker's place ("通江的 县医院开了转诊单 …", "恩阳 镇上的便民服务中心 …"): the region is read from it apart, and the
    county's name, which only its own office's or hospitals' pages say, weakens the match of a page
    on what is asked. Unchanged when there is none."""
    folded = fold(text)
    first = _CLAUSES.search(folded)
    if first is None or first.end() == len(folded):
        return text
    clause = first.group(0)
    mentions = places_in(clause)
    counties = [x for x in mentions if x.places[0].level == "county" and regions.of_place(x.places[0])]
    if counties and len(counties) == len(mentions) \
            and not _STATEMENT_FILLER.sub("", reduce(lambda c, x: c.replace(x.written, ""), counties, clause)):
        return folded[first.end():].strip(" ，,。；;") or text
    return text


# a hospital of the place named right after it (its level or name between, nothing of insurance)
# (not the hospitals a place designates for an errand of its own, "广安的门慢认定医院": its policy)
_HOSPITAL_AFTER = re.compile(r"^(?:市|的)?(?:(?!医保|参保|合疗|居民|职工|政策|认定|门慢|门特|慢病|慢特病|特病)[^，。,？?\s]){0,6}?"
                             r"(?:医院|卫生院|诊所|医疗机构)")


# "在外头重庆住院", "去外地成都看病": 外头 says elsewhere again, the place after it is still where care is
_OUTSIDE_BEFORE = re.compile(r"(?:外头|外面|外边|外地|外省|外市|外县)$")


def _with_outside(text: str, start: int) -> int:
    """Where a place starting at `start` is said, an 外头 / 外地 right before it included."""
    m = _OUTSIDE_BEFORE.search(text, 0, start)
    return m.start() if m is not None else start


def _said_before(text: str, start: int) -> str:
    """The character before a place, an 外头 / 外地 between them skipped."""
    start = _with_outside(text, start)
    return text[max(0, start - 1):start]


def _asked_about(text: str, m: Mention, mentions: list[Mention] = ()) -> bool:
    """Is the place's own policy asked about (广州医保), rather than care there (在广州住院)? A
    school said to be there ("新疆大学在乌鲁木齐") places its students' insurance there, unless a covered
    region is named (the 巴中 parent of a student in 成都). Places written together (达州宣汉的) are
    read as one: what follows the last is said of the first."""
    if _SCHOOL_THERE.search(text[:m.start]):
        return True
    if _said_before(text, m.start) in _CARE_THERE and not (
            _said_before(text, m.start) == "在" and _ENROLS_THERE.match(text[m.end:]) and not _CARE_TOPIC.search(text)):
        return False
    if _LIVING_BEFORE.search(text[:m.start]) and _CARE_TOPIC.search(text):
        # "老两口长住深圳 住院前要不要备案": where the asker lives, and care there asked of — not that
        # place's own policy
        return False
    if any(o.written == m.written and o.start < m.start and _said_before(text, o.start) in _CARE_THERE
           and (_CARE_TOPIC.search(text[max(0, o.start - 5):o.start]) or _CARE_TOPIC.search(text[o.end:o.end + 4]))
           for o in mentions):
        # named again after it was named as where care happens ("备案在重庆，重庆三级医院住院"; not "我在
        # 北京上班，北京职工医保…"): still the place of care, not its own policy asked
        return False
    end = m.end
    for o in mentions:
        if o.start == end:
            end = o.end
    after = text[end:]
    if _HOSPITAL_AFTER.match(after):
        return False        # "重庆三级医院住院", "成都华西医院看的": a hospital there, care there
    if _CLASSED_AFTER.match(after):
        return False        # "上海算省外吧": the place of care sorted into the asker's own table's columns
    if (_POLICY_RIGHT_AFTER if m.doubtful else _POLICY_AFTER_PLACE).match(after):
        return True
    if not m.doubtful and _OWN_FILING_AFTER.match(after):
        return True
    # the place as the topic of the clause ("郑州的新生儿怎么上医保", "我们深圳这边 退休了还要交吗"):
    # the clause asks about insurance there, and nothing in the text is about care
    if m.doubtful or not (m.start == 0 or _TOPIC_BEFORE.search(text[:m.start])):
        return False
    topic = _TOPIC_AFTER.match(after)
    if topic is None:
        return False
    clause = _CLAUSE_BREAK.split(after[topic.end():], maxsplit=1)[0]
    # (its fee asked in figures, "湖南那边一年要交好多钱", is its policy too)
    return bool(re.search(_POLICY + "|上保|交费|缴费|交钱|" + _FEE_ASKED.pattern, clause)) and not _CARE_TOPIC.search(text)


# a place sorted as outside or inside the asker's own region ("上海算省外", "绵阳属于省内吧", "西安是不是市外"):
# the place is where care happens, and the asker's own table's column for it is asked, not the place's policy
_CLASSED_AFTER = re.compile(r"^(?:[市省县区])?(?:的话)?(?:应该)?(?:算|属于|是|算是|算不算|属不属于|是不是|归)(?:作|为)?"
                            r"(?:省外|市外|外省|外市|异地|跨省|省内|市内|区外)")


# the place's own filing of care elsewhere, said as the place's ("昆明的异地备案以后报销比例降多少"): its
# insured's rule, not care there (that is said with 在 / 去 before the place, read above)
_OWN_FILING_AFTER = re.compile(r"^(?:[市省县区州]|自治区)?(?:的|这边的?|那边的?|当地的?|本地的?)(?:异地|备案)")
# the place's own office asked where it is ("昌吉的异地备案窗口在哪", "沈阳的医保暂停要去哪个窗口办"): however
# the question moves insurance away (暂停), what it asks is an office of that place, which no handbook lists
_OFFICE_WORDS = r"(?:窗口|医保局|医疗保障局|医保中心|医保经办|经办机构|经办中心|办事大厅|服务大厅|政务服务中心|政务中心|" \
                r"市民之家|社保局)"
_OFFICE_AFTER_PLACE = re.compile(r"^(?:[市省县区州]|自治区)?(?:的|这边的?|那边的?|当地的?)?"
                                 r"(?P<between>[^，,。；;！!？?\s]{0,10}?)" + _OFFICE_WORDS)
_OFFICE_ANYWHERE = re.compile(_OFFICE_WORDS)
_OFFICE_WHERE = re.compile(r"在哪|哪里|哪儿|哪个|哪条|哪边|什么地方|啥地方|地址|电话|怎么走|位置")
_NOT_AN_OFFICE_BETWEEN = re.compile(r"住院|看病|就医|门诊|急诊|治疗|手术|医院|卫生院|诊所|药店|银行|学校|大学")


def _office_there(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Is the place's own office asked where it is (its window, its 医保局), not an office asked of
    care there? What comes between names no hospital or care."""
    end = m.end
    for o in mentions:                  # 新疆昌吉: the places written together
        if o.start == end:
            end = o.end
    office = _OFFICE_AFTER_PLACE.match(text[end:])
    return office is not None and not _NOT_AN_OFFICE_BETWEEN.search(office.group("between")) \
        and not any(end < o.start < end + office.end() for o in mentions) \
        and _OFFICE_WHERE.search(text[end:]) is not None


# before a place named as the clause's topic: nothing, a break, or who says it ("我们", "俺是")
_TOPIC_BEFORE = re.compile(r"(?:^|[\s，,。；;！!？?])(?:我|我们|俺|俺们|咱|咱们|我家|我们家)?(?:是|在)?$")
# (or a break: "奎屯市 娃儿上小学 居民医保咋交")
_TOPIC_AFTER = re.compile(r"(?:[市省县区州]|自治区|城区|市区|主城区)?(?:的|这边|那边|这里|那里|本地|当地|人|(?=[\s，,]))")
_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?]")
# living in a place, said before it ("长住深圳", "住在广州", "定居昆明")
_LIVING_BEFORE = re.compile(r"(?:长住|常住|长期住|住在|住|生活在|定居在?|待在|呆在)$")
# signing up there said after 在 ("在成都那边上合疗是啥子规定", "想在深圳参保"), no care told: that place's own
# enrolment, which no handbook gives — not care there (nor one told done, "在成都参保的": where the asker was insured)
_ENROLS_THERE = re.compile(r"^(?:[市县区])?(?:那边|这边|那里|当地)?(?:给[^，,。？?\s]{1,3})?"
                           r"(?:上|参加|参|买|办)(?:合疗|新农合|医保|居民医保|城乡居民医保|保)(?![的了过])")
_CARE_TOPIC = re.compile(r"住院|看病|看门诊|门诊|就医|就诊|急诊|治疗|手术|医院|卫生院|诊所|备案|异地|转诊|生病|病了|拿药|买药|旅游|出差")


# a gap in cover named so ("断保一年", "断缴")
_GAP_SAID = re.compile(r"断(?:保|缴)")


def _moves(text: str, mentions: list[Mention]) -> bool:
    """Does the text move the insurance from place to place (转出, 暂停, 断了 …)? A gap in cover said of one
    uncovered place alone, no covered region named ("我表姐在达州参保的 断保一年呢"), moves nothing: it is
    that place's own rule on gaps asked."""
    if not any(regions.of_place(o.places[0]) for o in mentions):
        text = _GAP_SAID.sub("", text)
    return bool(_MOVING.search(text))


def _insured_there(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Does the text say the asker is insured in this place (not only cared for there)?"""
    if _PAST.search(text[:m.start]) or _moves(text, mentions) or _earlier_study(text, m):
        return False
    after = text[m.end:]
    if _SCHOOL_AFTER.match(after):
        return True
    if any(o.start == m.end and o.places[0].level == "province" and _SCHOOL_AFTER.match(text[o.end:])
           for o in mentions):
        # "在乌鲁木齐新疆大学": a school named by its province, written right after its city — the
        # school's students are insured in the city (学籍地), not the province at large
        return True
    if _CAMPUS_AFTER.match(after) and text[max(0, m.start - 1):m.start] not in _CARE_THERE[1:]:
        return True
    if _STUDIES_THERE.match(after) and text[max(0, m.start - 1):m.start] in ("在", "") and _SCHOOL_SCHEME.search(text) \
            and not _WHERE_TO_JOIN.search(text):
        # "我在乌鲁木齐上大学 学校医保住院报多少": the school's scheme is where the school is (学籍地), so
        # the place studied in is where the asker is insured — not only where care would be (unless where
        # to join is what is asked, "在武汉读大学 大学生医保在哪里参保": the national rule, 学籍地)
        return True
    if _paid_around(text, m):
        # "医保也是在广州交的", "交的是广州的职工医保": the payment said around the place
        return True
    window = after[:_INSURED_WINDOW]
    mark = _INSURED_MARK.search(window)
    if mark is None:
        return False
    between = window[:mark.start()]
    if _filed_for_care_there(text, m, mentions, between):
        return False
    if _WHERE_ASKED.search(between):
        # "去北京读研 医保在哪参保": where to join is asked, nothing said of being insured there
        return False
    nxt = [o for o in mentions if o.start >= m.end]
    return not (_NOT_BETWEEN.search(between) and not _HOME_OF_PLACE.match(between)) \
        and not (nxt and nxt[0].start < m.end + mark.start()) \
        and not any(a in between for a, _ in _extra_aliases())


# an earlier stage of study, said before the place, and a later one said in the message ("本科在南京交的 现在读研",
# "高中在老家参的保 现在上大学"): the insurance there was that stage's, not the asker's now
# (the stage said right before the place, as when: "本科在", "高中的时候是在" — not "高中同学在", a person)
_STAGE_WHEN = r"(?:的时候|时候|时|那会儿?|期间|阶段)?(?:家里|家人|爸妈|父母)?(?:是|就|都)?在$"
_EARLIER_STAGES = ((re.compile(r"(?:本科|读大学|上大学)" + _STAGE_WHEN), re.compile(r"读研|研[一二三]|研究生|硕士|博士|读博")),
                   (re.compile(r"(?:高中|初中|中专)" + _STAGE_WHEN), re.compile(r"大学|大[一二三四]|本科|大专|读研|研究生|校区|来[^，,。？?\s]{0,6}(?:上学|读书)")))


def _earlier_study(text: str, m: Mention) -> bool:
    before = text[max(0, m.start - 10):m.start]
    return any(earlier.search(before) and later.search(text) for earlier, later in _EARLIER_STAGES)


# a filing for care elsewhere said as done ("办了长期备案的", "备了案", "已经异地备案"), not asked ("要备案不")
_FILED = re.compile(r"(?:办了|办过|办的|做了|做过|已经|已|有)[^，,。？?！!\s]{0,6}?备案|备案(?:了|过|的)|备了案|备过案")
# a stay said between the place and the scheme paid ("在成都打工 参的是居民医保", "在深圳住 交的合疗")
_STAY_BETWEEN = re.compile(r"^(?:[市县区])?(?:那边|这边|那里)?(?:打工|上班|务工|打零工|打临工|做工|工作|住(?!院)|长住|常住|生活|带娃|带孙子)")


def _filed_for_care_there(text: str, m: Mention, mentions: list[Mention], between: str) -> bool:
    """"我在成都打工 参的是城乡居民医保 在成都住院 办了长期备案的": a scheme paid said after a stay in an
    uncovered place (work, living), and a filing for care elsewhere said as done, the care there (the
    place named again as where care happens, or no other place named): one files 异地就医 only for care
    outside the place one is insured in, so the asker is insured at home and the place is where care
    happened. (A payment said straight after the place, "在成都交的医保", is still insurance there.)"""
    if not _STAY_BETWEEN.match(between) or not _FILED.search(text):
        return False
    care_again = any(o.places[0] == m.places[0] and o.start > m.start and _said_before(text, o.start) in _CARE_THERE
                     and _CARE_WORDS.match(text[o.end:]) for o in mentions)
    return care_again or all(o.places[0] == m.places[0] for o in mentions)


# where asked, right before the joining ("在哪参保", "去哪里交医保")
_WHERE_ASKED = re.compile(r"(?:哪|哪里|哪儿|哪个地方|什么地方|啥地方|啥子地方)$")


# a scheme named as a place's own, right after it ("我是重庆的合疗", "成都的医保拿回通江能报不"), not its
# hospitals, offices, cards or codes ("重庆的医保定点医院", "广州的医保码在巴中能用不"), nor a home's scheme
# being left ("老家辽宁的医保要怎么停")
_SCHEME_OF_PLACE = re.compile(r"^(?:[市省县区])?(?:的|那边的?|那里的?)(?:城乡居民医保|居民医保|职工医保|合疗|新农合|农合|医保|社保)"
                              r"(?!定点|医院|药店|机构|码|卡|电子|钱包|局|中心|窗口)")


def _scheme_of_place(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """"我是重庆的合疗 在巴中打工住院了": the asker's scheme said as an uncovered place's own — insurance
    there (its own benefits, not the covered region's), unless it was so before or is being moved.
    Read only beside a covered region named (where care or the claim is): with none, the place is
    what is asked of already, the first of places written together ("巴州轮台县的医保")."""
    return bool(_SCHEME_OF_PLACE.match(text[m.end:])) and not _PAST.search(text[:m.start]) \
        and not _moves(text, mentions) and any(regions.of_place(o.places[0]) for o in mentions) \
        and not _ORIGIN_BEFORE.search(text[max(0, m.start - 4):m.start]) \
        and not any(w in text for w in _LEAVING if w not in _HOME_WORDS)


# moved for good to a place by marriage or household ("俺闺女嫁到太原了", "户口迁到西安了")
_SETTLED_TO = re.compile(r"(?:嫁到|嫁去|嫁过去到|迁到|迁去|落户到?)$")


def _married_there(text: str, m: Mention) -> bool:
    """"俺闺女嫁到太原了 她那边新农合门诊一年能报多少": married or moved to an uncovered place, then a
    scheme asked of: that place's scheme (where the person now lives and joins), not a stay there for
    care. Only where no covered region is said as where the scheme is paid ("医保还在长治交"):
    then that region is found first."""
    return bool(_SETTLED_TO.search(text[max(0, m.start - 4):m.start])) \
        and bool(_OWN_SCHEME.search(text[m.end:]) or _THERE_POLICY.search(text[m.end:])) \
        and not _HOME_ELSEWHERE.search(text[m.end:])


# a relative's stay in a place said, then a scheme pointed back to through them ("他们那的职工医保",
# "她那儿的新农合"): that place's own scheme
_THEIR_SCHEME = re.compile(r"^(?P<between>[^，,。？?！!]{0,8}?)[\s，,]*(?:(?:他|她|他们|她们|人家)(?:那边|那里|那儿|那头|那)|那边|那里|那儿|当地)"
                           r"的[^，,。？?！!\s]{0,2}?(?:合疗|新农合|农合|合作医疗|城乡居民|居民医保|职工医保|医保|社保)"
                           r"(?!定点|医院|药店|机构|码|卡|电子|钱包|局|中心|窗口)"
                           # (its benefits asked: paying into it, "那边的合疗能交不", may be the asker's
                           # account paying for the relative — the asker's region's rule)
                           r"[^，,。？?！!]{0,8}?(?:报|住院|门诊|起付|比例|限额|待遇|慢病|大病|生育|生孩子)")


def _kin_there_scheme(text: str, m: Mention) -> bool:
    """"我儿子在西安 他那边的新农合看门诊咋报", "闺女在昆明打工 她们那的职工医保住院报多少": a relative
    said to be in an uncovered place, then the scheme asked of pointed back to as theirs there — that
    place's own scheme (where the relative is insured), not care there for the asker's region; its
    figures are not the covered region's. Not where care there, going home or a filing is said (care
    elsewhere of a scheme at home), nor of its cards and offices."""
    scheme = _THEIR_SCHEME.match(text[m.end:])
    # (care there said before the pointer, "我爸在重庆住院 他那边的医保能报不", is care elsewhere)
    return scheme is not None and not _CARE_TOPIC.search(scheme.group("between")) \
        and bool(_KIN_BEFORE_PLACE.search(text[:m.start])) \
        and not _HOME_ELSEWHERE.search(text[m.end:]) and not _PAST.search(text[:m.start])


# the place pointed back to, then its policy ("她那边两病高血压", "那里的慢病"): what is asked is of that place
_THERE_POLICY = re.compile(r"(?:那边|那里|那儿|当地)(?:的)?[^，,。？?！!\s]{0,3}?" + _POLICY)


# a contribution asked ("一个人交多少钱", "两个人一共交好多"), of no care
_FEE_ASKED = re.compile(r"(?:交|缴)[^，。,？?！!；;]{0,8}?(?:多少|好多|几多)|(?:多少|好多|几多)钱")
_HOME_RIGHT_AFTER = re.compile(r"^(?:[市省县区])?(?:的)?(?:老家|家乡)")


def _fee_of_home_there(text: str, m: Mention) -> bool:
    """"我爸妈在河南老家 医保一个人交多少钱": the place's own 老家, its contribution asked with nothing of
    care or of moving the insurance: that place's scheme, as a payment there said outright is."""
    return bool(_HOME_RIGHT_AFTER.match(text[m.end:])) and bool(_FEE_ASKED.search(text)) \
        and not _CARE.search(text) and not _MOVING.search(text) and not _PAST.search(text[:m.start])


# the scheme said as the home's own ("交的是老家的合作医疗", "在老家交的合疗", "老家那边的医保")
_HOME_SCHEME = re.compile(r"(?:老家|家乡)(?:那边|那里|那儿)?(?:的)?(?:合作医疗|医保|医疗保险|合疗|新农合|农合|居民医保|职工医保|社保)"
                          r"|(?:老家|家乡)(?:那边|那里|那儿)?(?:交|缴|参|买)(?:的|了)")


def _insured_at_home_there(text: str, m: Mention) -> bool:
    """"我爸在河南老家种地 交的是老家的合作医疗 他那边住院报多少": the place named as 老家, and the
    insurance said as 老家's: insurance there, whatever is asked of it (not a move of it, nor one before,
    nor one paid twice, school and home, which the campus's own pages answer)."""
    return bool(_HOME_RIGHT_AFTER.match(text[m.end:])) and bool(_HOME_SCHEME.search(text, m.end)) \
        and not _MOVING.search(text) and not _PAST.search(text[:m.start]) and "重复" not in text \
        and not _JOINING_AT_HOME.search(text, m.end)


# the home's scheme wanted, not held ("想参加老家的居民医保", "打算回去交老家的合疗"): a move home (a graduate's,
# whose school scheme is paused first — the campus's page), not insurance there
_JOINING_AT_HOME = re.compile(r"(?:想|要|打算|准备|回去|再)(?:回去|回来)?(?:参加|参保|交|缴|买)[^，,。？?！!\s]{0,2}?(?:老家|家乡)")


def _says_lives_there(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """"我们在广元旺苍，…" / "俺是营山的，…" with nothing about care in the message: where the asker
    lives, so the question is on that place's own policy."""
    province_alone = m.places[0].level == "province" and regions.in_province(m.places[0]) \
        and _CLAUSE_END.match(text[m.end:]) is not None
    if province_alone and _OPENS_WITH_IN.search(text[:m.start]):
        # "在四川 门慢怎么认定": the same, the asker left unsaid (a clause of its own, opening the message or
        # a clause, only 在 before the province)
        return True
    if not (_SELF_THERE.search(text[:m.start]) or _HOME_THERE.search(text[:m.start])):
        return False
    if province_alone:
        # "我在新疆，门诊慢病报几成": a covered region's province said alone as where the asker is, in a
        # clause of its own (not "我在新疆住院"): which part of it is asked back
        return True
    end, last = m.end, m
    for o in mentions:                  # 广元旺苍: the places written together
        if o.start == end:
            end, last = o.end, o
    if _CLAUSE_END.match(text[end:]) and _OWN_SCHEME.search(text[end:]) and not _HOME_ELSEWHERE.search(text) \
            and not (m.places[0].level == "province" and regions.in_province(m.places[0])):
        # "我在达州 合疗住院报销比例多少", "我在重庆 屋头老人的合疗住院啷个报": where the asker is, said in a
        # clause of its own, then a scheme asked about with nothing said of insurance elsewhere (异地,
        # 备案, 老家): that place's scheme, whatever care it is about
        return True
    if _FROM_THERE.search(text[:m.start]) and _CLAUSE_END.match(text[end:]) and _OFFICE_ANYWHERE.search(text[end:]) \
            and _OFFICE_WHERE.search(text[end:]) and not _NOT_AN_OFFICE_BETWEEN.search(text[end:]) \
            and not (m.places[0].level == "province" and regions.in_province(m.places[0])):
        # "我是昌吉的 备案去哪个窗口": where the asker is from, in a clause of its own, then an office asked for
        # where it is, with no care or hospital said: the asker's own office (where one files, pauses, asks), that place's
        return True
    if (_HOME_THERE.search(text[:m.start]) or _WORKS_THERE.match(text[end:])) and not _HOME_ELSEWHERE.search(text):
        # "我屋头在广元 住院报好多", "我在成都上班 住院报销比例多少": the asker's home or work is there,
        # nothing said of insurance elsewhere: that place's scheme, whatever care is asked about
        return True
    if _CARE.search(text) and not _OUR_OWN.search(text[m.end:]):
        return False
    # a county (旺苍, 营山) is where one lives; a big city (我们在北京) may be where one stays a while
    return last.places[0].level == "county" and bool(_CLAUSE_END.match(text[end:]))


# where the asker is from (not only where they are now: "我在深圳，暂停医保去哪个窗口办" may pause another's)
_FROM_THERE = re.compile(r"(?:我|我们|俺|俺们|咱|咱们)是$")
# 在 alone opening the message or a clause, before a province said in a clause of its own
_OPENS_WITH_IN = re.compile(r"(?:^|[\s，,。；;！!？?])在$")
# home said outright (not only 在): 我家在, 我屋头在, 俺们家住在
_HOME_THERE = re.compile(r"(?:我|我们|俺|俺们|咱|咱们)(?:家|屋头|屋里|家里)(?:是|在|住在|就在)$")
# work there, in a clause of its own: "我在成都上班", "我们在西安工作的", "我在杭州灵活就业" (flexible
# employment is work there as much)
_WORKS_THERE = re.compile(r"^(?:[市县区])?(?:上班|工作|灵活就业)(?:的|呢)?(?:[\s，,。；;！!？?]|$)")
# a scheme named (the asker's own, where nothing says it is elsewhere's)
_OWN_SCHEME = re.compile(r"合疗|新农合|农合|居民医保|职工医保|城乡居民|居民|职工")
_HOME_ELSEWHERE = re.compile(r"异地|备案|转诊|外地|外省|老家|家乡|回去|回来|回到|户口|户籍|参保地")
# the asker's own place's rule asked ("俺们这儿居民医保住院起付线多少"), whatever care it is about
_OUR_OWN = re.compile(r"(?:我们|俺们|咱们|我|俺|咱)(?:这儿|这边|这里|当地|本地|那儿|那边|那里)")


# where one's insurance or household moved to ("调到巴中单位上班", "现在转到巴中参保了", "嫁到通江了")
_MOVED_TO = re.compile(r"(?:转到|调到|嫁到|迁到|转入|调入|迁入|转去|调去|嫁去|迁去|嫁过去到|落户到?)$")


# "医保还是在巴中交的": the scheme named before the place it is paid in
# (home said between, "合疗是在老家达州交的": the place is home's, where the scheme is paid all the same)
_INSURED_BEFORE = re.compile(r"(?:医保|合疗|社保|保险|农合)(?:还是|也是|都是|一直|是|都|还)?在(?:老家|家乡)?$")
# "交的是长治的职工医保", "买的是重庆的合疗", "单位交的西安职工医保": the payment said before the place, the scheme after it
# (or the scheme used, "用的克拉玛依医保", "刷的是长治的医保卡": the cover the care is paid by)
_PAID_BEFORE = re.compile(r"(?:(?:交|缴|买|参)的(?:是|就是|还是|都是)?|(?:用|刷)的(?:是|就是|还是|都是)?)$")
_SCHEME_RIGHT_AFTER = re.compile(r"^(?:[市省县区])?(?:的|那边的?)?(?:城乡居民医保|居民医保|职工医保|合疗|新农合|农合|医保|社保|医疗保险)")
# ... or the scheme said before the payment, the place closing the clause ("合疗交的是南充的", "医保买的是重庆的")
_SCHEME_PAID_BEFORE = re.compile(r"(?:医保|合疗|社保|保险|农合)(?:也|都|还|一直)?(?:交|缴|买|参)的(?:是|就是|还是|都是)$")
_CLAUSE_ENDS_AFTER = re.compile(r"(?:[市省县区])?(?:的|那边的?)?(?:[\s，,。；;！!]|$)")


def _paid_around(text: str, m: Mention) -> bool:
    """Is the place said as where the scheme is paid, with the scheme or the payment said before it
    ("医保也是在广州交的", "交的是长治的职工医保", "合疗在巴中 住院咋报", "医保买的是重庆的": the clause
    ending at the place),
    not after it as _INSURED_MARK reads?"""
    return bool(_INSURED_BEFORE.search(text[max(0, m.start - 8):m.start])
                and re.match(r"(?:[市县区])?(?:交|缴|参|买|的?(?:[\s，,。；;]|$))", text[m.end:])
                or _PAID_BEFORE.search(text[max(0, m.start - 4):m.start]) and _SCHEME_RIGHT_AFTER.match(text[m.end:])
                or _SCHEME_PAID_BEFORE.search(text[max(0, m.start - 8):m.start]) and _CLAUSE_ENDS_AFTER.match(text, m.end))


def _insured_now(text: str, mentions: list[Mention]) -> Mention | None:
    """With two covered regions named, the one the asker is insured in now: said so ("我的医保还是在
    巴中交的"), not before ("之前在长治交了8年"), or the one moved to ("从长治调到巴中"); None when the
    text says neither, or names one region only."""
    ours = [m for m in mentions if regions.of_place(m.places[0]) and not m.doubtful and not _landmark(text, m)]
    if len({regions.of_place(m.places[0]) for m in ours}) < 2:
        return None
    now = [m for m in ours if (_INSURED_MARK.search(text[m.end:m.end + _INSURED_WINDOW]) or _paid_around(text, m))
           and not _PAST.search(text[max(0, m.start - 4):m.start])]
    moved = [m for m in ours if _MOVED_TO.search(text[max(0, m.start - 4):m.start])]
    # "我是巴中通江的 在克拉玛依校区读书 医保在学校交的": paid at the school, whose place is named as where one
    # studies — insured there (学籍地), the home region only where care happens
    school = [m for m in ours if _CAMPUS_AFTER.match(text[m.end:]) or _STUDIES_THERE.match(text[m.end:])] \
        if _PAID_AT_SCHOOL.search(text) or _WHICH_COVER_ASKED.search(text) else []
    # "在南江的医院能刷克拉玛依的医保吗": the cover used at a hospital named as that region's — insured there
    used = [m for m in ours if _USED_BEFORE.search(text[max(0, m.start - 3):m.start])
            and _SCHEME_RIGHT_AFTER.match(text[m.end:])]
    now += [m for m in used if m not in now]
    found = {regions.of_place(m.places[0]) for m in now} or {regions.of_place(m.places[0]) for m in moved} \
        or {regions.of_place(m.places[0]) for m in school}
    if len(found) != 1:
        return None
    return next(m for m in [*now, *moved, *school] if regions.of_place(m.places[0]) in found)


# which cover applies, asked ("用哪边医保", "算哪里的医保"): where one studies is where a student joins (学籍地)
_WHICH_COVER_ASKED = re.compile(r"(?:哪边|哪里|哪个地方|哪儿)的?(?:医保|合疗|保险)|用哪个医保")
# a cover used at the desk, the place right after ("刷克拉玛依的医保", "用长治的医保卡")
_USED_BEFORE = re.compile(r"(?:刷|用|拿)(?:着|了)?$")
# the scheme paid at or through the school ("医保在学校交的", "学校统一交的医保")
_PAID_AT_SCHOOL = re.compile(r"(?:医保|合疗|保险|社保)(?:是|都|也|一直)?(?:在|由|跟着?|通过)学校(?:统一)?(?:交|缴|买|参|办)|"
                             r"学校(?:统一|给|帮|代)(?:我们?)?(?:交|缴|买|办|参)")


# between a covered region and the uncovered place it is named to locate ("克拉玛依旁边奎屯市", "长治隔壁的邢台")
# ... and a covered region named to locate a place not named at all ("长治旁边的县", "巴中隔壁那个县城"): the
# asker's place may be in the region or not — where is asked, not the region's figures given
_UNNAMED_NEIGHBOUR = re.compile(r"^(?:[市县区])?(?:的)?(?:旁边|隔壁|附近|边上|周边|挨着|紧邻|邻近|毗邻)(?:的|那个|这个|那|一个)?"
                                r"(?:县城|县|市|地方|乡镇)")
_NEIGHBOUR_BETWEEN = re.compile(r"^(?:[市县区])?(?:的)?(?:旁边|隔壁|附近|边上|旁|周边|挨着|挨到|紧邻|邻近|毗邻|跟前|边边上?)"
                                r"(?:的|那个|这个)?(?:地方|城市)?(?:的|是|叫)?$")


# a place named after another as its neighbour, the clause ending there ("广安的… 就在巴中隔壁嘛")
_NEIGHBOUR_AFTER = re.compile(r"^(?:[市县区])?(?:的)?(?:隔壁|旁边|附近|边上|跟前|周边)(?:嘛|的|呀|啊|哈|吧|呢|噻|哦)*"
                              r"(?:[\s，,。！!？?]|$)")


def _landmark(text: str, m: Mention) -> bool:
    """Is a place named only as a neighbour ("挨着黎城", "离巴中近", "就在巴中隔壁")?"""
    before = text[max(0, m.start - 2):m.start]
    return any(before.endswith(w) for w in _NEAR) or _NEIGHBOUR_AFTER.match(text[m.end:]) is not None


# a place named only as what another is compared with ("…的医保跟克拉玛依一样不", "和巴中比哪个报得多")
_COMPARED_BEFORE = ("跟", "和", "与", "同", "比")
_COMPARED_AFTER = re.compile(r"^(?:[市县区])?(?:的|那边的?|这边的?)?[^，,。？?！!\s]{0,6}?"
                             r"(?:一样|相同|不同|不一样|差不多|有区别|有啥区别|有什么区别|区别|比)")
# which of the two is asked ("和巴中合疗哪个报得多"), or 比 before the place and the word said of it after
# ("比长治高") — read so only when the other place is named with its own scheme ("成都医保", "上海的医保"),
# since "成都住院比巴中住院报得多吗" compares care there with care at home, a question the handbook answers
_WHICH_AFTER = re.compile(r"^(?:[市县区])?(?:的|那边的?|这边的?)?[^，,。？?！!\s]{0,6}?(?:哪个|哪边|哪里的|谁)")
_HIGHER_AFTER = re.compile(r"^(?:[市县区])?(?:的|那边的?|这边的?)?[^，,。？?！!\s]{0,6}?"
                           r"(?:高|低|多|少|好|强|差|划算|便宜|贵)")
_OWN_SCHEME_AFTER = re.compile(r"^(?:[市省县区州]|自治区)?(?:的|那边的?|这边的?|当地的?)?"
                               r"(?:医保|医疗保险|社保|合疗|合作医疗|新农合|农合|居民医保|职工医保|政策)")


def _compared_with(text: str, m: Mention) -> bool:
    """Is a place named only as what is compared ("跟克拉玛依一样不", "和巴中的有区别吗")?"""
    return text[max(0, m.start - 1):m.start] in _COMPARED_BEFORE and _COMPARED_AFTER.match(text[m.end:]) is not None


def _compared_as_which(text: str, m: Mention, home: Mention) -> bool:
    """Is a covered region named only to ask which of two schemes pays more ("重庆医保跟巴中合疗哪个报得高",
    "北京的医保是不是报得比长治多"), the other place named with its own scheme?"""
    before = text[max(0, m.start - 1):m.start]
    after = text[m.end:]
    return _OWN_SCHEME_AFTER.match(text[home.end:]) is not None and (
        before in _COMPARED_BEFORE and _WHICH_AFTER.match(after) is not None
        or before == "比" and _HIGHER_AFTER.match(after) is not None)


# care had in the place named after it ("和西安住院哪个报得多"): care there, not that place's scheme
_CARE_RIGHT_AFTER = re.compile(r"^(?:[市县区])?(?:的|那边的?)?[^，,。？?！!\s]{0,3}?(?:住院|看病|就医|看门诊|门诊|医院|生娃|买药)")


def _compared_after_ours(text: str, other: Mention, ours: Mention) -> bool:
    """Is an uncovered place named after a covered region's own scheme only to ask which of the two pays
    more ("巴中合疗和重庆合疗哪个划算", "长治的医保是不是比上海的高") — not care had there?"""
    before = text[max(0, other.start - 1):other.start]
    after = text[other.end:]
    return _OWN_SCHEME_AFTER.match(text[ours.end:]) is not None and _CARE_RIGHT_AFTER.match(after) is None and (
        before in _COMPARED_BEFORE and _WHICH_AFTER.match(after) is not None
        or before == "比" and _HIGHER_AFTER.match(after) is not None)


def _only_care_there(text: str, m: Mention) -> bool:
    """Is a covered region named only as where care happens or as a landmark ("回巴中老家住院",
    "离巴中近")? Not covered_care_place's reading, on purpose: this one decides the question's
    region, so the care must follow the place closely (_CARE_AFTER); with covered_care_place's wider
    window "在巴中乡镇卫生院住院…报好多" would lose 巴中, the region it asks about."""
    if _landmark(text, m):
        return True
    before = text[max(0, m.start - 2):m.start]
    if before in _TAKEN_BACK and _CLAIM_AFTER.match(text[m.end:]):
        # "成都的医保拿回通江能报不": the region is where the bills are taken to be claimed, not the scheme's
        return True
    return before[-1:] in _CARE_THERE and bool(_CARE_AFTER.match(text[m.end:]))


_TAKEN_BACK = ("拿回", "拿到", "带回", "带到")

# a trip there: gone or come to the place ("去长治看我妹", "来克拉玛依旅游"), or taken into its hospital
# ("住进长治一家医院", "送到长治的医院")
_GONE_TO_BEFORE = re.compile(r"(?:去|来|到|跑|住进|住到|送到|送进|转到)$")
# ... for a visit, a trip or care, nothing said of living, working or studying there
_TRIP_AFTER = re.compile(r"^(?:[市县区])?(?:的)?[^，,。？?！!\s]{0,6}?(?:看|探亲|走亲戚|旅游|旅行|玩|耍|出差|办事|住院|就医|就诊|急诊|治疗|手术|"
                         r"医院|卫生院|一家|[一二三]级|三甲|二甲|那家)")

# ... living or working there said after it (not a stay in hospital, "住了院")
_LIVES_AFTER = re.compile(r"^(?:[市县区])?[^，,。？?！!\s]{0,6}?(?:住(?!院|了院|过院|进|到)|打工|上班|务工|做工|工作|带娃|带孙)")


def _gone_to_only(text: str, mentions: list[Mention], region: str) -> bool:
    """Is the covered region named only as where the asker (or the patient) travelled and was treated —
    each mention of it after a going (去, 来, 住进) and before a visit or the care — with no payment,
    joining, home, stay or school said of it? Then it is no region of cover: for one insured elsewhere
    (the chat's region) the stay is 异地就医 (see `placing`)."""
    ours = [m for m in mentions if regions.of_place(m.places[0]) == region and not m.doubtful]
    gone = [m for m in ours if _GONE_TO_BEFORE.search(text[max(0, m.start - 2):m.start])]
    # (said again as where the care was, "去克拉玛依看娃 在克拉玛依住院": the same trip)
    return bool(gone) and all(
        (m in gone or text[max(0, m.start - 1):m.start] == "在") and _TRIP_AFTER.match(text[m.end:])
        and not _INSURED_MARK.search(text[m.end:m.end + _INSURED_WINDOW])
        and not _LIVES_AFTER.match(text[m.end:]) and not _STUDIES_THERE.match(text[m.end:])
        and not _CAMPUS_AFTER.match(text[m.end:])
        and not _ORIGIN_BEFORE.search(text[max(0, m.start - 4):m.start])
        and not _SCHEME_RIGHT_AFTER.match(text[m.end:])
        for m in ours)
_CLAIM_AFTER = re.compile(r"^(?:[市县区])?.{0,3}?报")


# going back home, said before the place ("回长治", "放假回巴中", "暑假回到长治", "回老家巴中")
_BACK_BEFORE = re.compile(r"回(?:到|去)?(?:老家|家乡|家)?$")
_GOING_HOME = re.compile(r"回(?:家|老家|家乡|户籍地|去)|返乡")


def _home_return_only(text: str, mentions: list[Mention], region: str) -> bool:
    """Is the covered region named only as the asker's home ("俺是长治的", "老家巴中") and as where they go
    back to for care ("回长治住院", "回巴中看病") — no scheme, payment or school said of it? For a student
    insured where they study, that is care away from cover (see `placing`)."""
    ours = [m for m in mentions if regions.of_place(m.places[0]) == region and not m.doubtful]
    back = [m for m in ours if _BACK_BEFORE.search(text[max(0, m.start - 4):m.start])]
    # (or home said, and going home said apart from it: "我家是巴中的 放假回家看病")
    home_gone = bool(ours) and bool(_GOING_HOME.search(text)) and bool(_CARE.search(text[_GOING_HOME.search(text).end():]))
    if not (back and any(_CARE_WORDS.match(text[m.end:]) or _CARE.search(text[m.end:]) for m in back) or home_gone):
        return False
    return all(
        (m in back or _SELF_THERE.search(text[:m.start]) or _HOME_THERE.search(text[:m.start])
         or _ORIGIN_BEFORE.search(text[max(0, m.start - 4):m.start]) or _HOME_RIGHT_AFTER.match(text[m.end:]))
        and not _SCHEME_RIGHT_AFTER.match(text[m.end:])
        and not _INSURED_MARK.search(text[m.end:m.end + _INSURED_WINDOW])
        and not _STUDIES_THERE.match(text[m.end:]) and not _CAMPUS_AFTER.match(text[m.end:])
        for m in ours)


# the scheme said as paid at home, home unnamed ("医保是老家交的", "合疗在屋头买的", "户籍地参的保")
_PAID_AT_HOME = re.compile(r"(?:医保|合疗|新农合|农合|社保|保险|居民医保)(?:还是|也是|都是|是|还|都|一直)?(?:在)?"
                           r"(?:老家|家乡|屋头|屋里|家里|户籍地|户口所在地|生源地)(?:那边|那里)?(?:交|缴|买|参|办)|"
                           r"(?:老家|家乡|屋头|屋里|户籍地|生源地)(?:那边|那里)?(?:交|缴|买|参|办)(?:的|了|着)"
                           r"(?:是)?(?:医保|合疗|新农合|农合|居民医保|社保|保)")


def insured_at_home_away(text: str, region: str | None) -> bool:
    """"我在长治上班 医保是老家交的 住院起付线多少": the region named only as where the asker works, lives or
    studies, the scheme said as home's with home unnamed — where they are insured is not the region, and
    which region it is nobody said (the region's own figures would be another scheme's)."""
    text = fold(text)
    if region is None or not _PAID_AT_HOME.search(text):
        return False
    mentions = [m for m in places_in(text) if not m.doubtful]
    ours = [m for m in mentions if regions.of_place(m.places[0]) == region]
    return bool(ours) and len(ours) == len(mentions) and all(
        (_STAY_AFTER.match(text[m.end:]) or _STUDIES_THERE.match(text[m.end:]))
        and text[max(0, m.start - 1):m.start] == "在" for m in ours)


# a covered region named as the chat's group ("巴中群", "长治的医保群里", "克拉玛依这个群"; "这群是巴中的")
_GROUP_AFTER = re.compile(r"^(?:[市县区])?(?:的|这个|这边的?|那个)?(?:医保|参保|社保)?(?:交流|咨询|服务|问答|业务)?群")
_GROUP_BEFORE = re.compile(r"群(?:里|里面|里头)?(?:是|都是|就是)$")
# ... or as where the asker sits while asking for someone else ("我在巴中帮娃问", "人在长治 替老家亲戚问")
_ON_BEHALF_AFTER = re.compile(r"^(?:[市县区])?(?:这边|这里|那边)?[\s，,]*(?:帮|替|代)")


def _asked_from_only(text: str, m: Mention) -> bool:
    """Is a place named only as the chat's group or as where the asker sits asking on another's behalf
    — where the question comes from, not what it is about?"""
    return bool(_GROUP_AFTER.match(text[m.end:]) or _GROUP_BEFORE.search(text[max(0, m.start - 6):m.start])
                or text[max(0, m.start - 1):m.start] == "在" and _ON_BEHALF_AFTER.match(text[m.end:]))


# a stay said after a place ("在长治住", "在克拉玛依女儿那住了一阵", "在长治煤矿打工"), not a school's
_STAY_AFTER = re.compile(r"^(?:[市县区])?[^，,。？?！!\s]{0,6}?(?:住(?!院)|打工|上班|务工|做工|工作|带娃|带孙)")
# a filing for care elsewhere said as done or not done ("办了长期备案", "没备案也不是急诊"), not asked of
_FILING_TOLD = re.compile(r"(?:没|莫|没有|未|莫得|没得)(?:办|有|办过)?(?:任何|啥|啥子)?(?:异地)?(?:就医)?备案|"
                          + _FILED.pattern)
# care said at the place just named ("在那边三级医院住院", "在当地住院")
_CARE_AT_THAT_PLACE = re.compile(r"在(?:那边|那里|那儿|当地|那)[^，,。？?！!\s]{0,8}?(?:住院|看病|看门诊|就医|就诊|急诊|医院|卫生院)")


def _stayed_with_filing(text: str, mentions: list[Mention]) -> set[str]:
    """The covered regions named only as where the asker stays ("我跟儿子在长治住", "在克拉玛依女儿那住了
    一阵") and is treated (the region named again there, or "在那边住院"), a filing for care elsewhere
    said as done or not ("办了长期备案", "没备案"): one files only for care outside one's own region, so
    the asker is insured elsewhere and the region is the place of care. A payment said there ("在长治
    打工 交的长治职工医保") or a school there (学籍地) is insurance there: not read so."""
    if not _FILING_TOLD.search(text):
        return set()
    out = set()
    for region in {regions.of_place(m.places[0]) for m in mentions} - {None}:
        ours = [m for m in mentions if regions.of_place(m.places[0]) == region and not m.doubtful]
        stays = [m for m in ours if _stays_there(text, m) and _STAY_AFTER.match(text[m.end:])
                 and not _STUDIES_THERE.match(text[m.end:]) and not _CAMPUS_AFTER.match(text[m.end:])]
        if not stays or len(ours) != len(stays) + sum(1 for m in ours if m not in stays and _only_care_there(text, m)):
            continue
        if any(m not in stays for m in ours) or _CARE_AT_THAT_PLACE.search(text, stays[0].end):
            out.add(region)
    return out


def _stays_there(text: str, m: Mention) -> bool:
    """Is a place named only as where the asker is or goes ("在巴中打工", "去长治上学"), with no
    payment or joining said of it ("在巴中上班 单位交的职工医保" is insurance there)? Going back
    (回巴中上班) is coming home, not a stay."""
    return text[max(0, m.start - 1):m.start] in ("在", "去", "到", "来") \
        and not _INSURED_MARK.search(text[m.end:m.end + _INSURED_WINDOW])


def _school_scheme_away(text: str, m: Mention, region: str, mentions: list[Mention]) -> bool:
    """Is a covered region named only as the asker's home or where care is ("俺家是长治的", "回长治在县医院
    看门诊"), while the scheme asked is another region's school scheme, by its own words ("学校的医保", not
    the weak cues)? Not a school there ("在巴中读大专": the school's scheme is where the school is)."""
    if _STUDIES_THERE.match(text[m.end:]) or _CAMPUS_AFTER.match(text[m.end:]):
        return False
    before = text[max(0, m.start - 1):m.start]
    # (home said, "巴中老家", or gone back to, "回巴中"; or care there, in the wider window of covered_care_place)
    if not (_HOME_THERE.search(text[:m.start]) or _origin_only(text, m) or before == "回"
            or _HOME_RIGHT_AFTER.match(text[m.end:])
            or before in _CARE_THERE and _CARE_WORDS.match(text[m.end:])):
        return False
    return any(name != region and cues.get("school") and _cued(text, {**cues, "weak": ()}, name, mentions)
               for name, cues in _cues())


# going back to live in a place ("退休回巴中住", "回长治养老"), not to be treated there
_BACK_TO_LIVE_AFTER = re.compile(r"^(?:[市县区])?(?:老家)?(?:来|去)?(?:住(?!院)|养老|定居|生活|长住|常住|带孙|带娃)")


def _back_to_live(text: str, m: Mention) -> bool:
    """Is a place named only as where the asker goes back to live ("退休后回巴中住")? With a scheme paid
    elsewhere said, it is where the asker will stay, not where the asker is insured."""
    return text[max(0, m.start - 1):m.start] == "回" and bool(_BACK_TO_LIVE_AFTER.match(text[m.end:]))


# a covered region named only as whose rules or benefits are asked for ("按巴中的报不", "享受得到长治那边的待遇吗",
# "照长治的标准算吗"): beside a scheme paid elsewhere, whether that region's rules reach someone insured
# elsewhere — which the region's handbook (for its own insured) does not say
_RULES_OF_BEFORE = re.compile(r"(?:按|按照|照|依照|享受|享)$")
_RULES_OF_AFTER = re.compile(r"^(?:[市县区])?(?:的|那边的?|这边的?|本地的?|当地的?)"
                             r"(?:标准|政策|待遇|规定|比例|办法|报|来|算|走)")


def _rules_of_asked(text: str, m: Mention) -> bool:
    """Is a place named only as whose rules are to apply ("按巴中的报", "享受长治的待遇")?"""
    return bool(_RULES_OF_BEFORE.search(text[max(0, m.start - 2):m.start])) and bool(_RULES_OF_AFTER.match(text[m.end:]))


def _origin_only(text: str, m: Mention) -> bool:
    """Is a place named only as where the asker comes from ("老家是巴中的", "巴中人")?"""
    return bool(_ORIGIN_BEFORE.search(text[max(0, m.start - 4):m.start])) or \
        bool(re.match(r"人(?!民)|籍", text[m.end:]))


_ORIGIN_BEFORE = re.compile(r"(?:老家|家乡|户口|祖籍|户籍)(?:是|在)?$")
# coming back from a place ("从深圳赶回来", "从外省跑回家"): the place left, never where the care then was
_CAME_BACK_AFTER = re.compile(r"[^，。,；;？?\s]{0,4}?回(?:来|到|家|老家|去)")
_FROM_AFTER = re.compile(r"人(?!民)|籍|的(?![^，。,；;]{0,4}(?:医院|卫生院|诊所|三甲|二甲|三级|二级|时候|那边|这边|住院|看病|就医))")


@lru_cache(maxsize=1)
def _hospitals() -> list[tuple[re.Pattern, str]]:
    """(name, city code) of the hospitals known by a short name alone (华西, 湘雅): regions/data/hospitals.tsv."""
    rows = []
    for line in (Path(regions.__file__).parent / "data" / "hospitals.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, code, _ = line.split("\t")
            rows.append((re.compile(name), code))
    return rows


def _hospital_place(text: str) -> tuple[int, int, str] | None:
    """The first hospital named by its short name alone ("转诊到华西"), where it is: (span, province code)."""
    hits = [(m.start(), m.end(), code[:2] + "0000") for pattern, code in _hospitals() for m in pattern.finditer(text)]
    return min(hits) if hits else None


@lru_cache(maxsize=256)
def elsewhere_place(text: str) -> tuple[int, int, str] | None:
    """Where the text names a place of care outside every covered region ("在绵阳住院", "去北京301",
    "回河南老家"): the span of the first such place and the division code of its province (北京 →
    110000), or None. Whose insurance it is does not change: care there is 异地就医 for the asker's
    region. (Asked of one message's texts two or three times each — its region, the readings, the
    premise: kept per text; the answer is an immutable tuple.)"""
    text = fold(text)
    for m in places_in(text):
        place = m.places[0]
        if _FROM_AFTER.match(text, m.end):
            continue        # where the asker is from (河南人, 老家是河北的, 河南的学生), not where care was
        if text[max(0, m.start - 1):m.start] == "从" and _CAME_BACK_AFTER.match(text, m.end):
            continue        # where the asker came back from ("我从深圳赶回来 把我妈送到乡卫生院"), not where care was
        # a covered region's province (在四川住院) may be the region itself: not taken as elsewhere
        if place.mainland and regions.of_place(place) is None and not m.doubtful \
                and not (place.level == "province" and regions.in_province(place)):
            hospital = _hospital_place(text)
            return hospital if hospital and hospital[0] < m.start else (m.start, m.end, place.code[:2] + "0000")
    return _hospital_place(text)      # none of them is in a covered region


def elsewhere_is_city(text: str) -> bool:
    """Is the place of care elsewhere_place finds a city (太原, 大同), not a county nor a province? A
    hospital placed in a city with no county named is the city's or the province's (省、市级), as tables
    by 县级 / 省市级 column read it."""
    hit = elsewhere_place(text)
    return hit is not None and any((m.start, m.end) == hit[:2] and m.places[0].level == "city"
                                   for m in places_in(fold(text)))


_CARE_WORDS = re.compile(r"^[^，。,？?]{0,8}?(?:住院|住|看病|看门诊|就医|就诊|治疗|看|医院|卫生院|诊所|拿药|开药|刷医保|刷卡|直接结算)")


# a covered place said as where the filing was made ("在长治办了备案 去北京住院"): the region of cover, not of care
_FILED_THERE = re.compile(r"^[^，。,？?]{0,4}?(?:办理?|做|申请)?了?(?:异地)?(?:就医)?(?:转诊)?备案|^[^，。,？?]{0,2}?备了案")


# ... or as where the cover was paid ("合疗在巴中交的 在这边住院", "在长治参的保"): the region of cover too —
# the care words after it ("在这边住院") are the clause that follows, where the asker is
_PAID_THERE = re.compile(r"^(?:的)?(?:医保|合疗|新农合|社保)?(?:交|缴|买|参)(?:保|的保)?(?:的|了|过)")


# a hospital's place named as where a referral was written ("在巴中县医院开了转诊单 转到西安…"): the stay
# referred is elsewhere, the place the patient is sent to — not the place that wrote the paper
_REFERRAL_WRITTEN_AFTER = re.compile(r"[^，。,；;？?]{0,10}?(?:开了|开的|开过|开具了?|开|给开了?)(?:个|张|一张)?(?:转院|转诊)(?:单|证明|手续|介绍信)?"
                                     r"[^。；;？?]{0,12}?(?:转到|转去|转往|转至|去|到)")


def covered_care_place(text: str) -> str | None:
    """The covered region whose place is named as where care happens ("在恩阳区住院", "回巴中看病"),
    or None: where a stay was (intents.slots), read more widely than _only_care_there, which
    decides the question's region."""
    text = fold(text)
    for m in places_in(text):
        region = regions.of_place(m.places[0])
        if region and not m.doubtful and text[max(0, m.start - 1):m.start] in _CARE_THERE \
                and _CARE_WORDS.match(text[m.end:]) and not _FILED_THERE.match(text[m.end:]) \
                and not _PAID_THERE.match(text[m.end:]) and not _REFERRAL_WRITTEN_AFTER.match(text, m.end):
            return region
    return None


def covered_home_at(text: str, at: int) -> str | None:
    """The covered region named right at `at` ("老家巴中", "家乡恩阳"): where the home just said is,
    or None."""
    folded = fold(text)
    for m in places_in(folded):
        if m.start == at and not m.doubtful:
            return regions.of_place(m.places[0])
    return None


def as_elsewhere(text: str, region: str | None, province: bool = False) -> str:
    """The text with another covered region named as where care happens ("在长治住院" asked by one
    insured in 巴中) said as 外地: for the asker it is 异地就医 like any other place, and a covered
    region's name is no search word (the region filter reads it). `province`: 外省 where the place is
    outside the asker's province — for the forms, which read 省外 from it (长治's 一类省外 column; a bare
    外地 lost it), not the search (巴中's pages say 市外, which 外地 finds). Unchanged when there is none."""
    if region is None:
        return text
    folded = fold(text)
    out = folded
    for m in reversed(places_in(folded)):
        other = regions.of_place(m.places[0])
        if other and other != region and not m.doubtful \
                and folded[max(0, m.start - 1):m.start] in _CARE_THERE and _CARE_WORDS.match(folded[m.end:]):
            out = out[:m.start] + ("外省" if province and outside_province(m.places[0].code, region) else "外地") \
                + out[m.end:]
    return out if out != folded else text


def care_elsewhere_said(text: str, region: str | None = None, known=None, in_province: str = "外地") -> str:
    """The text with an uncovered place named as where care happens ("去北京看病住院", "在郑州看门诊")
    said as 外地 (外省 when it is outside the asker's region's province), as the handbooks say it:
    for the search, which has no entry on 北京 and reads the name only as a word no entry shares.
    Unchanged when there is none. (The forms read the place itself: 省内 or 省外 decides their rule.)
    `known(name)`: a place some entry names (乌鲁木齐 in the 克拉玛依 guide's page on which 就医地 to
    pick) stays as written: that page is about it. `in_province`: the word for a city of the region's own
    province (`in_province_word`: 长治's 省内外地), where the search reads it as the pages of that case say it."""
    folded = fold(text)
    out = folded
    for m, word in reversed(_care_elsewhere(folded, region, in_province)):
        if known is not None and known(m.written):
            continue
        # (an 外头 / 外地 before the place is said again by the word put for it: "在外头重庆住院" → "在外地住院")
        out = out[:_with_outside(folded, m.start)] + word + out[m.end:]
    for place in regions.abroad():
        # (a country abroad named as where care happened, "去泰国旅游 在那边住了院": 境外, the pages' word —
        # the gazetteer knows no such place, and the search reads its name as a word no entry shares)
        at = out.find(place)
        while at >= 0:
            end = at + len(place)
            if out[max(0, at - 1):at] in _CARE_THERE and (_CARE_WORDS.match(out[end:]) or _TRIP_WORDS.match(out[end:])) \
                    and not _ABROAD_POLICY.match(out[end:]):
                out = out[:at] + "境外" + out[end:]
            at = out.find(place, at + 1)
    r = regions.get(region) if region else None
    if r is not None:
        # (the asker's own region left, care told after it: "出了长治看病", "离开巴中去住院" — care 外地,
        # the pages' word; the region's name is the region filter's, no search word)
        out = _region_left(r.aliases).sub("去外地", out)
    if r is not None and r.away_on_holiday and not _AWAY_SAID.search(out) and _COMPARED_WITH_HOME.search(out):
        # (a student insured where they study, care "回家" compared with the campus's — at home, which is 外地 to
        # the campus: "回家看病报销比例跟在学校一样不" is asked of care elsewhere, the pages' word, never of the
        # campus's own rates; a holiday's care asked of alone keeps its own pages)
        out = _HOME_CARE.sub(lambda m: m.group(0) + "在外地", out)
    return out if out != folded else text


@lru_cache(maxsize=16)
def _region_left(aliases: tuple[str, ...]) -> re.Pattern:
    """The region of `aliases` said left, care told after it (`care_elsewhere_said`): built once per
    region, not joined and looked up again on each of a message's readings."""
    return re.compile(r"(?<![没不])(?:出了|离开)(?:" + "|".join(map(re.escape, sorted(aliases, key=len, reverse=True)))
                      + r")(?:市|地区|这边)?(?=[^，。,？?]{0,8}?(?:住院|看病|就医|就诊|看门诊|治疗|拿药|开药))")


# care at the asker's home, going back to it ("回家住院", "回老家看病", "回去看病")
_HOME_CARE = re.compile(r"(?<![不没别])回(?:老家|家|去)(?=[^，。,？?\s]{0,2}?(?:住院|看病|就医|就诊|看门诊|开药|拿药))")
_AWAY_SAID = re.compile(r"外地|外省|异地")
_COMPARED_WITH_HOME = re.compile(r"一样|相同|不同|区别|差别|差不多")


# a trip there ("在成都耍的时候", "去重庆出差", "来北京旅游"): whatever care followed was 外地 — the pages'
# word for it, the handbook's "因工作、旅游等原因异地急诊抢救"
_TRIP_WORDS = re.compile(r"^[^，。,？?]{0,3}?(?:耍|玩|旅游|旅行|出差|探亲|走亲戚|办事|看亲戚)")


def _care_elsewhere(folded: str, region: str | None, in_province: str = "外地") -> list[tuple[Mention, str]]:
    out = []
    for m in places_in(folded):
        place = m.places[0]
        if regions.of_place(place) is None and place.mainland and not m.doubtful \
                and not (place.level == "province" and regions.in_province(place)) \
                and _said_before(folded, m.start) in _CARE_THERE \
                and (_CARE_WORDS.match(folded[m.end:]) or _TRIP_WORDS.match(folded[m.end:])) \
                and not _FROM_AFTER.match(folded, m.end):
            out.append((m, "外省" if outside_province(place.code, region) else in_province))
        elif region is not None and regions.of_place(place) is None and place.mainland and not m.doubtful \
                and not (place.level == "province" and regions.in_province(place)) \
                and _said_before(folded, m.start) in _CARE_THERE and _STUDIES_THERE.match(folded[m.end:]):
            # (a school there is one 外地 too, the pages' word, for an asker whose region is known:
            # "娃儿在成都读大学 医保在哪交" is the page on 在外地读大学's 医保, which names no city)
            out.append((m, "外地"))
        elif regions.of_place(place) is None and place.mainland and not m.doubtful and _CARD_OF_PLACE.match(folded[m.end:]):
            # (a code from there is one from 外地, the pages' word, in or out of the province)
            out.append((m, "外地"))
        elif region is not None and regions.of_place(place) is None and place.mainland and not m.doubtful \
                and _said_before(folded, m.start) in ("从", "在") and _COVER_OR_RECOGNISED_THERE.match(folded[m.end:]) \
                and (place.level != "province" or not regions.in_province(place)):
            # (cover moved from there, or a 慢特病 recognised there, "从浙江把医保转回来了 在浙江认定的慢病认不认": where
            # it came from is 外省 or 外地 to the pages — their rules on transfers and recognition name no city)
            out.append((m, "外省" if outside_province(place.code, region) else "外地"))
    return out


@lru_cache(maxsize=1)
def _abroad_care_re() -> re.Pattern:
    names = "|".join(map(re.escape, sorted({"国外", "境外", "海外", *regions.abroad()}, key=len, reverse=True)))
    return re.compile(r"(?:出国|(?:[在去到来从]|回)(?:" + names + r"))(?=[^，。,？?]{0,8}?(?:住院|住|看病|看门诊|就医|就诊|治疗|看|医院|"
                      r"诊所|拿药|开药|急诊|手术|生病|病了|旅游|旅行|出差|读书|留学|交换|打工|玩|耍))")


def care_abroad_said(text: str) -> bool:
    """Does `text` tell care abroad ("去泰国旅游 在那边住了院", "在国外做了手术")? The case of the 境外 page: a
    reading of the message that drops it asks of care at home or elsewhere in China, another rule."""
    return _abroad_care_re().search(fold(text)) is not None


def in_province_word(region: str | None) -> str:
    """How the region's handbook says care in another city of its own province (regions.yaml
    in_province_as: 长治's 省内外地, whose 省内 visits and stays have rules of their own), else 外地."""
    r = regions.get(region)
    return r.in_province_as if r is not None else "外地"


def relative_elsewhere_said(text: str, region: str | None) -> str:
    """The text with a place outside the region's province, named as where a relative is in a question
    on the 职工's account ("个账能给在西安的老爸交居民医保不", "我爸妈在贵州 我的个人账户能给他们交合疗吗"),
    said as 外省: the pages' word — 家庭共济 holds only 省内 (巴中 第七章 二问), the 医保钱包 across
    provinces (第一章 三十四), and the city is no page's word; a place in the region's own province ("我爸妈在
    南充"), likewise, as 省内 — the 家庭共济 page's case, never the wallet's 跨省 one. Unchanged when there is none."""
    if region is None:
        return text
    folded = fold(text)
    if not _ACCOUNT_SAID.search(folded):
        return text
    out = folded
    for m in reversed(places_in(folded)):
        place = m.places[0]
        if regions.of_place(place) is None and place.mainland and not m.doubtful \
                and outside_province(place.code, region) is not None \
                and not (place.level == "province" and not outside_province(place.code, region)) \
                and (_KIN_RIGHT_AFTER_PLACE.match(folded[m.end:]) or _KIN_BEFORE_PLACE.search(folded[:m.start])):
            out = out[:m.start] + ("外省" if outside_province(place.code, region) else "省内") + out[m.end:]
    return out if out != folded else text


# cover moved from somewhere, or a 慢特病 recognised there, said after the place ("从浙江那边把医保转回来", "在成都认定的
# 慢病", "在西安评的特病", "从深圳转过来的") — not cover held there ("在浙江交的医保": that place's own, asked of)
_COVER_OR_RECOGNISED_THERE = re.compile(r"^(?:[省市县区])?(?:那边|那里|那儿|那头)?(?:把(?:医保|社保|合疗|参保关系|关系)[^，。,？?！!\s]{0,4}?(?:转|迁)"
                                        r"|(?:转|迁)(?:过来|回来|到|回)"
                                        r"|(?:办|认定|鉴定|评|批)(?:的|了|过)?[^，。,？?！!\s]{0,2}?(?:门慢|门特|慢病|特病|慢特病|慢性病|门诊慢))")
# the 职工's account, or the pooling it does for family ("个人账户", "个账", "卡里的钱", "家庭共济")
_ACCOUNT_SAID = re.compile(r"个人账户|个账|个帐|医保余额|账户[里上]|卡[里上](?:面|头)?的?钱|家庭共济|共济")
# a relative said right after the place ("西安那边老爸", "广东的儿子", "成都我姐")
_KIN_RIGHT_AFTER_PLACE = re.compile(rf"^(?:[市省县区])?(?:那边|那里|那儿|那头)?的?(?:(?:{OWNER})?(?:{KIN_LONG}|{KIN_SHORT})|爸妈|父母|爹妈|老人)")


# the national code taken out there ("深圳的医保码能在巴中用不"): one from 外地, used where the asker is
# (a card issued there is not: using it elsewhere is 异地就医, the forms' and the filing pages' matter)
_CARD_OF_PLACE = re.compile(r"^(?:[市省县区])?(?:的|那边的|办的|开的|激活的)?(?:医保码|医保电子凭证|电子医保凭证|电子医保码|电子凭证)")


def outside_province(province_code: str, region: str | None) -> bool | None:
    """Is a place in the province `province_code` outside the covered region's province (北京 for
    长治: yes; 太原: no)? None when the region is unknown."""
    r = regions.get(region)
    return None if r is None else r.code[:2] != province_code[:2]


def outside_every_province(province_code: str) -> bool:
    """Is a place in the province `province_code` outside every covered region's province (内蒙古, 北京:
    yes; 太原, 成都: no)? Then care there is 外省 for any asker, whichever region they are insured in."""
    return all(outside_province(province_code, r) for r in regions.covered())


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
