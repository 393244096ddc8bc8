"""The type of the asker's diabetes, told once in a conversation, for every later 两病 calculation.

Where a region gives 1型糖尿病 a yearly limit of its own, the 两病 form asks the type when it decides the
sum; a type the asker said in any earlier turn — with the disease ("我是2型糖尿病"), or alone right after
the disease was the topic ("二型的", answered by a handbook page) — is that fact, never asked again.
Only the asker's own case is held: a relative's type, or a type only supposed ("要是一型的呢"), is not."""
from __future__ import annotations

import re

from intents import acts, people

# the conversation's slot that holds it ("1型" / "其他", the form's own values)
HELD = "diabetes_type"
# a type said as a clause of its own, no disease named ("二型的", "是1型", "Ⅱ型糖尿病人"): a type only
# where the conversation's topic is a diabetes
_BARE_TYPE = re.compile(r"(?:^|[\s，,。])(?:我|俺)?(?:是|属于|就是)?(?:([1一Ⅰ]|I)|[2二Ⅱ]|II)型(?:的|糖尿病|糖)?"
                        r"(?=[\s，,。!！]|$)")
_OTHER_TYPE = re.compile(r"(?:不是|并非|非)(?:[1一Ⅰ]|I)型|其他类型|其它类型")
_SUPPOSED = re.compile(r"要是|如果|假如|假设|万一|的话")
# someone else named with no owner word, which `people.someone_else` needs ("隔壁王婶", "婶子", "舅舅也是"):
# the farther kin and people of the asker's life, said bare — their diabetes is not the asker's type
_OTHER_BARE = re.compile(rf"{people.BEYOND_NEAR_KIN}|隔壁|[婶叔伯舅姨姑]")


def of_another(text: str) -> bool:
    """Whether the message speaks of someone other than the asker, bare kin words and neighbours too."""
    return people.someone_else(text) or _OTHER_BARE.search(text) is not None


def type_told(text: str, ex, diabetes_topic: bool) -> str | None:
    """The type the message tells of the asker's own diabetes ("1型" / "其他"), or None. `ex`: the
    message's slots; `diabetes_topic`: a diabetes is what the conversation is about (the open form's
    disease, the question before) — where a bare "二型的" means the type."""
    if of_another(text) or _SUPPOSED.search(text) or acts.is_follow_up(text):
        return None
    if ex.get("diabetes_type") in ("1型", "其他"):
        return ex.get("diabetes_type")
    if ex.get("type1"):
        return "1型"
    if not (diabetes_topic or "糖尿病" in text):
        return None
    if _OTHER_TYPE.search(text):
        return "其他"
    bare = _BARE_TYPE.search(text)
    if bare is None:
        return None
    return "1型" if bare.group(1) else "其他"


def apply_held(slots: dict, held: dict, body: str, of_other: bool = False) -> None:
    """The type held by the conversation (`held`, its slots) put into a 两病 case of a diabetes that says
    none (`slots`, the form's), unless the message or the case (`of_other`) is someone else's."""
    told = held.get(HELD)
    if told not in ("1型", "其他") or slots.get("two") != "糖尿病" or "type1" in slots \
            or slots.get("diabetes_type") or of_another(body) or of_other or slots.get(_OF_ANOTHER):
        return
    slots["diabetes_type"] = told
    if told == "1型":
        slots["type1"] = True


# the form's mark that its case became another person's than the one whose type the conversation holds
_OF_ANOTHER = "_diabetes_of_another"
_MYSELF = re.compile(r"(?:我|俺)(?:自己|本人)")
# a type said of the person the message is about, after them ("我妈是1型的", "她二型"): no separator needed
_TYPE_OF_ANOTHER = re.compile(r"(?<![\d一二三四五六七八九十])(?:是|属于)?(?:([1一Ⅰ]|I)|[2二Ⅱ]|II)型(?:的|糖尿病|糖)?"
                              r"(?=[\s，,。!！]|$)")


def drop_for_another(slots: dict, new: dict, body: str, of_other: bool) -> None:
    """A case of the asker's or no one's (`of_other` False), open or offered for computing, taken up by a
    message of someone else's bill ("我爸也是糖尿病 药费1000"): the type the earlier words told is not that
    person's — dropped unless this message says it, so the 两病 form asks it where it decides the sum."""
    own = people.own_case_said(body) or _MYSELF.search(body) is not None
    # (and the other way: a relative's case told first, "我自己也…" next — the relative's type is not the asker's)
    if not (of_another(body) and not own and not of_other or of_other and own and not of_another(body)):
        return
    if "type1" not in new and "diabetes_type" not in new:
        slots.pop("type1", None)
        slots.pop("diabetes_type", None)
        # (the other person's own type said in this message, "我妈是一型的 也花了600": that type is theirs)
        said = _TYPE_OF_ANOTHER.search(body)
        if said is not None and not _SUPPOSED.search(body):
            slots["diabetes_type"] = "1型" if said.group(1) else "其他"
            if said.group(1):
                slots["type1"] = True
    # (the case is that person's now: the asker's held type is not put back by the next answer, "甲类")
    slots[_OF_ANOTHER] = True
