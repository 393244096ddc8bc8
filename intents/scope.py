"""Questions the handbooks cannot answer whatever the wording: other social insurances,
公积金, medical advice, chit-chat. Decided by topic words from intents/data/out_of_scope.yaml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.normalize import normalize
from corpus.yamlfile import read_yaml

TOPICS_FILE = Path(__file__).parent / "data" / "out_of_scope.yaml"


@dataclass(frozen=True)
class Topic:
    topic: str
    patterns: tuple[str, ...]
    unless: tuple[str, ...]
    regex: tuple[re.Pattern, ...] = ()
    # an insurance or claim that pays out itself: "住院能赔多少" after it asks what it pays
    pays_out: bool = False
    # the 医保 side said in a pattern, not one word (商业保险 had, asked whether 医保 must still be paid)
    unless_regex: tuple[re.Pattern, ...] = ()

    def excused(self, text: str) -> bool:
        return any(u in text for u in self.unless) or any(r.search(text) for r in self.unless_regex)

    def matches(self, text: str) -> bool:
        return any(p in text for p in self.patterns) or any(r.search(text) for r in self.regex)


@lru_cache(maxsize=1)
def topics() -> tuple[Topic, ...]:
    raw = read_yaml(TOPICS_FILE)
    # the words are read as the question is (normalised): "百万医疗" is matched as "100万医疗"
    words = lambda ws: tuple(normalize(str(w)) for w in ws or ())
    return tuple(Topic(t["topic"], words(t.get("patterns")), words(t.get("unless")),
                       tuple(re.compile(r) for r in t.get("regex") or ()), bool(t.get("pays_out")),
                       tuple(re.compile(r) for r in t.get("unless_regex") or ()))
                 for t in raw)


@lru_cache(maxsize=1)
def outside_words() -> frozenset[str]:
    """Every topic's words: each names a matter the handbooks do not cover (the search counts one
    that no entry found has as what the question asks about: corpus.search.Index.outside_words)."""
    return frozenset(p for t in topics() for p in t.patterns)


def pays_out(text: str) -> bool | None:
    """Whether the topic outside 医保 that `text` names pays out itself (a commercial insurance, a
    工伤 claim), so that a payout asked after it ("住院能赔多少") is of it; None when it names none."""
    topic = out_of_scope_topic(text)
    return None if topic is None else next(t.pays_out for t in topics() if t.topic == topic)


@lru_cache(maxsize=1)
def _topic_words_by_head() -> dict[str, tuple[str, ...]]:
    """Every topic's words, by their first character."""
    heads: dict[str, list[str]] = {}
    for t in topics():
        for p in t.patterns:
            heads.setdefault(p[:1], []).append(p)
    return {c: tuple(ps) for c, ps in heads.items()}


def _may_name_a_topic(text: str) -> bool:
    """Whether any topic's words or patterns are in `text`. Most questions name no topic, asked
    twice a question part: only the words starting with one of the text's characters are tried, not
    each topic's ~10 in turn (one regex of them all costs far more on a long message of 医保 words)."""
    heads = _topic_words_by_head()
    return any(p in text for c in {"", *text} for p in heads.get(c, ())) \
        or any(r.search(text) for t in topics() for r in t.regex)


def out_of_scope_topic(text: str) -> str | None:
    text = normalize(text)
    if not _may_name_a_topic(text):
        return None
    for t in topics():
        if t.matches(text) and not t.excused(text):
            return t.topic
    return None


# a question for an office's phone or address ("平顺县医保局电话多少", "医保中心在哪 联系方式")
# (a county's or city's 医保 itself, "南江县医保在哪儿办事", is its office; not its 医保卡, 医保码 or 目录;
# nor is the place one does 医保 business at, "平昌县办医保的地方在哪条街")
_OFFICE = r"医保局|医疗保障局|医保中心|医保经办|经办机构|医保窗口|医保服务窗口|医保部门|社保局|市民之家|政务服务中心|政务中心|" \
    r"(?<![校社小])[县区市]医保(?![卡码目钱个账凭电待报比政])|" \
    r"(?:办|办理)医保(?:业务|手续)?的(?:地方|地儿|窗口|大厅)"
CONTACT_WORDS = r"电话|联系方式|号码|热线|地址|在哪|在哪里|在哪儿|怎么走|什么地方|哪个地方|啥地方|位置"
_CONTACT = CONTACT_WORDS
# (whether an office is there, "经开区有没有医保窗口", "有没得单独的医保窗口", asks for it: its address)
_ASKS_CONTACT = re.compile(rf"(?:{_OFFICE}).{{0,8}}?(?:{_CONTACT})|(?:{_CONTACT}).{{0,6}}?(?:{_OFFICE})|"
                           rf"(?:有没有|有没得|有莫得|有无)(?:个|啥|一个)?(?:单独|专门|独立|自己)?的?(?:{_OFFICE})")
# when it is open, which the handbooks give beside the address ("办理时间（工作日）9:00-12:00")
HOURS_WORDS = r"几点|下班|开门|关门|办公时间|工作时间|办理时间|午休|中午休息|周末|周[六日天]|礼拜[六天日]|星期[六天日]"
# 上班 asked of an office ("几点上班", "啥时候上班"); alone it may say where one works ("我在通江上班")
ON_DUTY_ASKED = r"(?:几点|什么时候|啥时候)上班"
# (beside an office word, "医保窗口中午上班不", 上班 alone asks its hours)
_HOURS = rf"{HOURS_WORDS}|上班"
_ASKS_HOURS = re.compile(rf"(?:{_OFFICE}).{{0,8}}?(?:{_HOURS})")


_NAMES_OFFICE = re.compile(_OFFICE)


def names_office(text: str) -> bool:
    """Whether the text names a 医保 office ("经开区有没有医保窗口")."""
    return _NAMES_OFFICE.search(text) is not None


def asks_contact(text: str) -> bool:
    """Whether the question asks for a 医保 office's phone or address."""
    return _ASKS_CONTACT.search(text) is not None


def asks_office(text: str) -> bool:
    """Whether the question asks for a 医保 office's phone, address or opening hours."""
    return asks_contact(text) or _ASKS_HOURS.search(text) is not None


_STATES_CONTACT = re.compile(r"\d{3,4}-\d{7,8}|\d{7,}|12393|12345|[路街道]\d+号|大道|大厦|市民之家|政务服务中心")


def states_contact(answer: str) -> bool:
    """Whether an answer gives a phone number or an address."""
    return _STATES_CONTACT.search(answer) is not None


# ---- a named hospital's grade asked ------------------------------------------------------------
# The handbooks give the deductible and the rate by a hospital's tier (三级, 二级 …) and list hospitals
# for some errands (慢特病认定, 国谈药品), but never say which tier a hospital is: a hospital's grade asked
# ("巴中市中心医院是几级医院", "南江县人民医院是不是三甲") is not theirs to answer, nor to infer from its name.
_HOSPITAL_NAMED = re.compile(r"([\u4e00-\u9fff]{1,14}?(?:医院|卫生院|保健院))")
# a kind of hospital, no one hospital ("县医院", "乡镇卫生院", "这个医院"): what the tables' rows name
_HOSPITAL_KIND = re.compile(r"^(?:在|去|到|住|那|这)?(?:这个|那个|这家|那家|哪家|哪个|什么|啥|啥子|一般的?|普通的?|我住的?|住的)?"
                            r"(?:乡镇|乡|镇|社区|村|县|区|市|私立|民营|公立|私人|定点|专科|综合)?(?:的)?"
                            # (or a tier's, "三级医院", "几级医院", "同级医院": a row, or the grade asked)
                            r"(?:三甲|二甲|三乙|二乙|[一二三]级|几级|哪一?级|同级|上级|下级|高级别|低级别)?(?:的)?"
                            r"(?:医院|卫生院|保健院)$")
_GRADE_WORD = r"(?:三甲|二甲|三乙|二乙|三级|二级|一级)"
_GRADE_ASKED = re.compile(
    r"^(?:的)?(?:到底|究竟|现在|目前)?(?:是|算|属于|属|评的|评的是)?(?:不是)?"
    r"(?:几级|哪一?级|哪个级别|什么级别|啥级别|啥子级别|哪个等级|什么等级|啥等级|啥子等级|几甲|几级几等|几等)"
    r"|^(?:的)?(?:等级|级别)(?:是|是多少|是什么|是啥|呢|多少)"
    rf"|^(?:的)?(?:到底|究竟)?(?:是不是|算不算|属不属于){_GRADE_WORD}"
    rf"|^(?:的)?(?:到底|究竟)?(?:是|算|属于){_GRADE_WORD}(?:医院)?(?:吗|不|没|嘛|么|哦|哈|啊|呀|[？?])"
    # "是三级的嘛" ending the message asks the grade; with a figure asked after it, it is the asker's own
    # half-sure word for the tier ("人民医院是二级的嘛 住院报几成": computed at it, as said); "是三级的"
    # with no particle is a tier told
    rf"|^(?:的)?(?:到底|究竟)?(?:是|算|属于){_GRADE_WORD}(?:医院)?的(?:吗|不|没|嘛|么|哦|哈|啊|呀)[？?！!。. ]*$"
    rf"|^(?:到底|究竟)?(?:是|算)?{_GRADE_WORD}(?:医院)?还是{_GRADE_WORD}")


# the words of a clause before a hospital's name, no part of it ("合疗在县医院", "老汉住的乡镇卫生院",
# "我们这的镇卫生院"): the name starts after the last of them
_BEFORE_NAME = re.compile(r"^.*(?:在|去|到|住|的|是|那个|这个|那家|这家)")


def _hospitals(text: str) -> list[tuple[str, int]]:
    """Every hospital said, by its name as written without the words before it, and where it ends;
    a kind of hospital ("县医院", "乡镇卫生院", "这个医院") as None."""
    found = []
    for m in _HOSPITAL_NAMED.finditer(text):
        name = _BEFORE_NAME.sub("", m.group(1)) or m.group(1)
        found.append((None if _HOSPITAL_KIND.match(name) else name, m.end()))
    return found


def hospital_named(text: str) -> str | None:
    """The first hospital named by its own name ("在市中心医院住院" → 市中心医院), not a kind of hospital
    ("合疗在县医院住院": a row of the tables); None where there is none."""
    return next((name for name, _ in _hospitals(text) if name), None)


def hospital_grade_asked(text: str) -> str | None:
    """The hospital, as written, whose grade the question asks ("巴中市中心医院是几级医院" → 巴中市中心医院);
    None when none is asked, or only a kind of hospital ("县医院算几级", "老汉住的乡镇卫生院算几级": a row
    of the tables)."""
    for name, end in _hospitals(text):
        if name and _GRADE_ASKED.match(text[end:].lstrip(" ，,")):
            return name
    return None


# a figure that hangs on the tier of the hospital asked ("起付线好多", "报几成", "报销比例"), not whether
# the care is paid at all ("能报销不")
_TIER_FIGURE = re.compile(r"起付|起伏线|门槛|比例|报(?:销)?(?:得到)?(?:多少|好多|几多|几成|百分之|[百千]分之)")
# what makes a hospital's name its own ("市中心医院", "南江县人民医院", "通江县中医医院", "妇幼保健院",
# "第二人民医院"), not a kind of hospital said with a word before it ("县级医院", "外地大医院", "省外医院")
_NAME_MARKER = re.compile(r"(?:中心|人民|中医|中西医|妇幼|第[一二三四五六七八九十\d]{1,2}|附属|骨科|肿瘤|精神|儿童|妇产|"
                          r"口腔|眼科)(?:医院|医医院|保健院)$")
# a move between hospitals ("从县医院转到市中心医院"): the transfer's own rule is asked
_TRANSFER = re.compile(r"转院|转诊|转(?:到|去|回|往|入|上)")
# care whose figures the handbooks give by another measure than the tier (a birth's 定额, 大病保险 on the
# year's total, the chronic diseases' own limits): the tier is not what the figure hangs on
_NOT_BY_TIER = re.compile(r"生娃|生孩子|生小孩|生了|顺产|剖|分娩|生育|产检|流产|引产|大病|慢病|慢特病|特病|两病|救助")


# the county's hospital said by its place, no name of its own ("县医院", "县里的医院", "县城那个医院", "区医院"):
# a place, not a tier — a county's hospital may be of any tier
_COUNTY_HOSPITAL = re.compile(r"(?:县|区)(?:里|城|上|头)?(?:的|那个|这个|那家|这家)?(?:人民)?医院")


_SCHEME_BEFORE = re.compile(r"(?:.*(?:医保|合疗|农合|新农合|保险))?[\u4e00-\u9fff]{0,4}")


def tier_figure_asked(text: str) -> bool:
    """Whether `text` asks a figure that hangs on a hospital's tier ("起付线好多", "报几成")."""
    return _TIER_FIGURE.search(text) is not None


def county_hospital_tier_unsaid(text: str) -> str | None:
    """The county's hospital said by its place ("合疗住县医院起付线几多" → 县医院) where a figure that hangs on
    its tier is asked: the words as said. None otherwise (a hospital named by its own name, two hospitals, a
    transfer, care not paid by tier; whether a tier is said too, and whether the region's table has a county
    column of its own, are the caller's to read)."""
    said = _COUNTY_HOSPITAL.search(text)
    named = hospital_named(text)
    # (the name read may hold the scheme or the county said just before it, "职工医保县医院", "通江县医院": the
    # county's hospital still, no name of its own)
    if said is None or len(_hospitals(text)) > 1 \
            or (named not in (None, said.group()) and not _SCHEME_BEFORE.fullmatch(named[:-len(said.group())] or "-")) \
            or not _TIER_FIGURE.search(text) or _TRANSFER.search(text) or _NOT_BY_TIER.search(text):
        return None
    return said.group()


def hospital_tier_unsaid(text: str) -> str | None:
    """The one hospital named by its own name where a figure that hangs on its tier is asked and no tier
    is said of it ("在市中心医院住院起付线好多" → 市中心医院): the tier is the asker's to say, no handbook
    lists it. None otherwise (a transfer, two hospitals, care not paid by tier; whether a tier is said too
    is the caller's to read)."""
    found = _hospitals(text)
    if len(found) != 1 or found[0][0] is None or not _NAME_MARKER.search(found[0][0]) \
            or not _TIER_FIGURE.search(text) or _TRANSFER.search(text) or _NOT_BY_TIER.search(text):
        return None
    return found[0][0]
