"""Personal numbers out of text before anything is stored or answered: 身份证号, mobile numbers, bank cards.

A 医保 question never needs them to be answered, so they are replaced by a label rather than
partly kept (a kept prefix of an ID still tells the birthplace). People write them in many ways,
and each must be caught: full-width or circled digits, zero-width characters inside, grouped by
spaces, dashes, dots or slashes, glued to Latin letters (sfz510102…, wx138…), or read out digit
by digit in Chinese numerals (幺三八…, 五一〇一〇二…). So the text is folded first (NFKC, zero-width
characters dropped, every digit made ASCII), numbers are found on the folded text, and the
matching stretch of the original text is replaced; everything else stays as the person wrote it."""
from __future__ import annotations

import re
import unicodedata

from corpus.normalize import INVISIBLE

ID_LABEL = "[身份证号]"
PHONE_LABEL = "[手机号]"
CARD_LABEL = "[银行卡号]"

# digits as read out one by one (两 is not: 两千 is a quantity, never a digit read out)
_CN_DIGITS = {"〇": "0", "零": "0", "洞": "0", "一": "1", "幺": "1", "壹": "1", "二": "2", "贰": "2", "三": "3",
              "叁": "3", "四": "4", "肆": "4", "五": "5", "伍": "5", "六": "6", "陆": "6", "七": "7", "柒": "7",
              "八": "8", "捌": "8", "九": "9", "玖": "9"}
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
# what may stand between the digits of one number (any space: NBSP, thin and narrow spaces too)
_SEP = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000\-_.·•/\\,，、:：*~+()（）]{1,3}"
_RUN = re.compile(rf"\d+(?:{_SEP}\d+)*(?:(?:{_SEP})?[Xx](?![A-Za-z]))?")
_GROUP = re.compile(r"\d+|[Xx]")
# cheap first look: seven digit-like characters close together, or no number worth masking here
_CANDIDATE = re.compile(rf"\d(?:(?:{_SEP})?\d){{6,}}")
_FAST = str.maketrans(_CN_DIGITS)

_SUM = re.compile(r"(?<=\d)(\s+)\+(\s+)(?=\d)")
_MOBILE = re.compile(r"1[3-9]\d{9}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ID_BODY = re.compile(r"\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]")


def mask(text: str | None) -> str:
    """The text with every 身份证号, mobile number and bank-card number replaced by a label."""
    if not text:
        return text or ""
    if not _CANDIDATE.search(_INVISIBLE.sub("", text).translate(_FAST)):
        return text
    folded, origin = _fold(text)
    # "60000 + 70000 + 242719.20 = …" is a sum (a calculation's working), not one number grouped by
    # "+": a plus with space on both sides stops a run (same length, so `origin` still lines up)
    folded = _SUM.sub(lambda m: m.group(1) + "⊕" + m.group(2), folded)
    spans = []
    for run in _RUN.finditer(folded):
        spans.extend(_numbers_in(run))
    out, last = [], 0
    for start, end, label in spans:    # folded positions → the original text's
        if label == PHONE_LABEL and start and folded[start - 1] == "+":
            start -= 1                 # +86…: the plus goes with the number
        a, b = origin[start], origin[end - 1] + 1
        out.append(text[last:a])
        out.append(label)
        last = b
    out.append(text[last:])
    return "".join(out)


def _fold(text: str) -> tuple[str, list[int]]:
    """The text with zero-width characters dropped and every character NFKC-folded, each digit as
    ASCII; and for each folded character the index of the original one it came from."""
    chars, origin = [], []
    for i, c in enumerate(text):
        if unicodedata.category(c) == "Cf":     # every invisible format character, listed or not
            continue
        f = _CN_DIGITS.get(c) or (c if c.isascii() else unicodedata.normalize("NFKC", c))
        for d in f:
            chars.append(str(unicodedata.decimal(d)) if d.isdecimal() and not d.isascii() else d)
            origin.append(i)
    return "".join(chars), origin


def _numbers_in(run: re.Match) -> list[tuple[int, int, str]]:
    """(start, end, label) of each personal number in a run of digit groups: the whole run when it
    is one number, else the longest stretches of whole groups that are one (two phone numbers in
    a row, a number after a date)."""
    groups = [(g.start() + run.start(), g.end() + run.start(), g.group()) for g in _GROUP.finditer(run.group())]
    found, i = [], 0
    while i < len(groups):
        for j in range(len(groups), i, -1):
            label = _label("".join(g[2] for g in groups[i:j]), [g[2] for g in groups[i:j]])
            if label:
                found.append((groups[i][0], groups[j - 1][1], label))
                i = j
                break
        else:
            i += 1
    return found


def _label(digits: str, groups: list[str]) -> str | None:
    n = len(digits)
    if digits[-1] in "Xx":
        return ID_LABEL if n == 18 and digits[:-1].isdigit() else None
    if _MOBILE.fullmatch(digits[-11:]) and (n == 11 or digits[:-11] in ("86", "086", "0086")):
        return PHONE_LABEL
    if n == 18 and _ID_BODY.fullmatch(digits):
        return ID_LABEL
    if n == 15 and len(groups) == 1:
        return ID_LABEL      # the old 15-digit ID
    if len(groups) > 1 and all(_YEAR.fullmatch(g) for g in groups) and groups == sorted(set(groups)):
        return None          # "2025 2026 2027 2028年都交了": years in a row, no card (none starts 19 or 20)
    if len(groups) > 1 and all(len(g) >= 3 and g[0] != "0" and g.endswith("00") for g in groups):
        return None          # "基数3500 4000 4200 5000": round figures said as a list, no card
    if 16 <= n <= 19 and (len(groups) == 1 or all(len(g) == 4 for g in groups[:-1])
                          or (all(len(g) >= 3 for g in groups) and _luhn(digits))):
        return CARD_LABEL
    if n > 19 and len(groups) == 1:
        return CARD_LABEL    # a long account number: nothing a question needs
    return None


def _luhn(digits: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        v = int(d) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0
