"""Whether one named institution is on a list a page gives ("X医院能认定慢病不", "Y医院是不是国谈药的治疗机构").

The handbooks give institutions as lists under a heading ("通江县门诊慢病认定医疗机构：甲医院、乙医院、丙医院；
门诊特病认定医疗机构：甲医院、乙医院"). Asked whether one named institution can do what a list is for, the
page alone makes the asker read the list, and its other column, to find their answer. The answer for the
name is read from the lists, never guessed:
- only a list whose heading names what was asked counts (the disease class 慢病 / 特病, the 国谈 drugs, 认定 or
  治疗, where the question names them); a heading that names none of it (a county's name alone) answers nothing;
- the name is on such a list: yes, with the list's heading;
- it is only on the page's other list (门慢 but not 门特): not on the one asked, and the one it is on;
- it is on no list of the page, and named with the lists' own place ("通江县某某医院"): not on the handbook's
  list, the list may have changed since — a question about another place's hospital gets nothing here."""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.normalize import normalize
from regions.gazetteer import gazetteer

# what an institution's name ends with
_INSTITUTION_END = r"(?:医院|卫生院|保健院|卫生服务中心|服务中心)"
# a yes/no asked (能…不/吗, 可以…吗, 能不能, 是不是, 算不算, 在不在, 是否), and what asks for something else: a place
# to go to, a figure, a way ("去哪家医院认定" lists; it is no yes/no)
_WHETHER = re.compile(r"能不能|可不可以|能否|是不是|算不算|在不在|是否|有没有|(?:能|可以|可|行)[^，,。？?！!]{0,16}?"
                      r"(?:吗|么|嘛|不|没|没得|不嘛|不哦)(?:[？?！!。\s]|$)|(?:行|可以)不(?:行|可以)?|对不对")
_OTHER_ASK = re.compile(r"哪|多少|好多|几|什么|啥子?(?!的)|怎|咋|如何|啷个|为什么|还是")
# the dimensions a list is told apart by, each word a value of one: the disease class, the drugs, the role
_DIMENSIONS: dict[str, dict[str, re.Pattern[str]]] = {
    "class": {"慢病": re.compile(r"门慢|慢病|慢性病|门诊慢|慢特病|门诊慢特"),
              "特病": re.compile(r"门特|特病|特殊病|特殊疾病|门诊特|慢特病|门诊慢特|大病门诊")},
    "drugs": {"国谈": re.compile(r"国谈|谈判药|国家谈判|单行支付|特药")},
    "role": {"认定": re.compile(r"认定|鉴定|评定|申请|申报|办卡|办证"),
             "治疗": re.compile(r"治疗|用药|拿药|开药|取药|购药|买药|看病|就医|用(?:国谈|谈判|特)药")},
}
# (a list's heading is read with the 认定 word first: "国谈药品使用认定医疗机构" is a list of who 认定s)
_LIST = re.compile(r"^(?P<head>.*)[：:](?P<body>[^：:]*、[^：:]*)$")
_SENTENCE = re.compile(r"[。；;\n]+")
# what a list item carries that is not its name: a note in brackets ("二医院(精神病)"), the handbook's aside
_ITEM_NOTE = re.compile(r"[（(][^）)]*[）)]")
# the forms people write one name in: 中医医院 = 中医院; 县人民医院 = 县医院
_SPELLINGS = ((re.compile(r"中医医院"), "中医院"),)
_SHORT_COUNTY_HOSPITAL = re.compile(r"(?<=[县区])人民医院$")
# what may stand before a name said without its place ("在新区医院", "那个新区医院"): any other character
# ("第三人民医院", normalised "第3人民医院") makes it another institution's name
_BEFORE_NAME = re.compile(r"(?:^|[\s，,。！!？?、：:；;]|[在去到的了是那这个家边头里上])$")


@dataclass(frozen=True)
class _List:
    head: str                  # the heading as the page writes it ("通江县门诊慢病认定医疗机构")
    items: tuple[str, ...]     # the institutions as the page writes them
    values: dict[str, set[str]]  # per dimension the values the heading names


def _values(text: str) -> dict[str, set[str]]:
    found = {dim: {v for v, pat in vals.items() if pat.search(text)} for dim, vals in _DIMENSIONS.items()}
    if "认定" in found["role"]:
        found["role"] = {"认定"}
    return {dim: vs for dim, vs in found.items() if vs}


def _spelled(text: str) -> str:
    # (read as the question was: its numerals turned to digits, "第二人民医院" → "第2人民医院")
    text = normalize(text)
    for pat, to in _SPELLINGS:
        text = pat.sub(to, text)
    return text


def _lists(answer: str) -> list[_List]:
    lists = []
    # (a note in brackets may hold its own "；", "（手册原文如此；…）": taken out before the sentences are cut)
    for sentence in _SENTENCE.split(_ITEM_NOTE.sub("", answer)):
        m = _LIST.match(sentence.strip())
        if m is None:
            continue
        items = tuple(_ITEM_NOTE.sub("", i).strip() for i in m["body"].split("、"))
        if len(items) < 2 or not all(re.search(_INSTITUTION_END + "$", i) for i in items):
            continue
        head = m["head"].rsplit("：", 1)[-1].rsplit(":", 1)[-1]
        lists.append(_List(head, items, _values(head)))
    return lists


def _place_prefix(name: str) -> str:
    """The place a name opens with ("通江县新区医院" → "通江县"), or ""."""
    gaz = gazetteer()
    for n in range(min(len(name) - 2, 6), 1, -1):
        if gaz.is_name(name[:n]):
            return name[:n]
    return ""


def _same_place(a: str, b: str) -> bool:
    gaz = gazetteer()
    pa, pb = gaz.named(a), gaz.named(b)
    return any(x.code == y.code or x.within(y.code) or y.within(x.code) for x in pa for y in pb)


def _named(question: str, item: str) -> bool:
    """Whether `question` names `item`: in full, or by its name after its place, where the question puts
    no other place before it ("新区医院" for 通江县新区医院; never 平昌县人民医院 for 通江县人民医院)."""
    q, full = _spelled(question), _spelled(item)
    forms = {full}
    if _SHORT_COUNTY_HOSPITAL.search(full):
        forms.add(_SHORT_COUNTY_HOSPITAL.sub("医院", full))
    if any(f in q for f in forms):
        return True
    place = _place_prefix(full)
    core = full[len(place):]
    if not place or len(core) < 3 or core.startswith("市"):
        return False
    for m in re.finditer(re.escape(core), q):
        before = q[:m.start()]
        said = next((before[-n:] for n in range(min(len(before), 6), 1, -1) if gazetteer().is_name(before[-n:])), "")
        if not said and (not before or _BEFORE_NAME.search(before)):
            return True
        if said and _same_place(said, place):
            return True
    return False


def _named_there(question: str, place: str) -> str | None:
    """An institution the question names with `place` before it ("通江县某某医院", "通江某某医院"), or None."""
    gaz = gazetteer()
    forms = {place, *(s for p in gaz.named(place) for s in (p.name, *p.shorts))}
    for form in sorted(forms, key=len, reverse=True):
        m = re.search(re.escape(form) + r"[\u4e00-\u9fff0-9]{1,8}?" + _INSTITUTION_END, question)
        if m:
            return m.group(0)
    return None


def _matches(lst: _List, asked: dict[str, set[str]]) -> bool:
    """Whether a list's heading names every dimension the question names, with a value asked."""
    return all(dim in lst.values and lst.values[dim] & vals for dim, vals in asked.items())


def _heads(lists: list[_List], first: _List) -> str:
    """The headings, each after the first given with the first's place where it names none."""
    place = _place_prefix(first.head)
    return "、".join(lst.head if lst is first or _place_prefix(lst.head) else place + lst.head for lst in lists)


def member_answer(question: str, answer: str) -> str | None:
    """The answer for the one institution `question` (normalised) asks about, read from the lists in
    `answer`: a sentence to say before the page, or None (no such ask, no list answering it)."""
    if not _WHETHER.search(question) or _OTHER_ASK.search(question):
        return None
    lists = _lists(answer)
    if not lists:
        return None
    asked = _values(question)
    if "role" not in asked and "class" not in asked and "drugs" not in asked:
        return None
    wanted = [lst for lst in lists if _matches(lst, asked)]
    if not wanted:
        return None
    names = [i for lst in lists for i in lst.items if _named(question, i)]
    # (the longest name the question holds: 市中心医院 within 巴中市中心医院 is that one)
    name = max(names, key=len) if names else None
    if name is not None:
        on = [lst for lst in wanted if name in lst.items]
        off = [lst for lst in wanted if name not in lst.items]
        elsewhere = [lst for lst in lists if lst not in wanted and name in lst.items]
        if on and not off:
            # ("可以" only to what the list is for, asked: "X医院能报慢病不" names no 认定 — the name being on
            # the 认定 list says nothing of whether the care is paid there; the fact of the list, no yes)
            yes = "可以。" if "role" in asked else ""
            return f"{yes}手册所列{_heads(on, lists[0])}中有{name}。"
        if on:
            return f"手册所列{_heads(on, lists[0])}中有{name}；{_heads(off, lists[0])}中没有它。"
        said = f"按手册，{_heads(off, lists[0])}中没有{name}"
        if elsewhere:
            said += f"（它列在{_heads(elsewhere, lists[0])}中）"
        return said + "。" + LIST_MAY_CHANGE
    place = _place_prefix(wanted[0].head) or _place_prefix(lists[0].head)
    other = _named_there(_spelled(question), place) if place else None
    if other is None or any(_spelled(other) == _spelled(i) for lst in lists for i in lst.items):
        return None
    return f"按手册，{_heads(wanted, lists[0])}中没有{other}。" + LIST_MAY_CHANGE


# (the handbooks' lists are the office's, published and revised by it: a name missing from the handbook's
# list is said so, and where the list stands now is the office's to say)
LIST_MAY_CHANGE = "名单以医保部门最新公布的为准，可向参保地医保经办机构确认。"
