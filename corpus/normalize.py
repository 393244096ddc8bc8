"""Text normalisation shared by the index and the query side, so both see the same words.

NFKC (full-width → half-width), lower case, Chinese numerals before a unit turned into
digits (断保两年 → 断保2年, 五千元 → 5000元), hospital grades written with digits turned
into the handbooks' form (3级 → 三级)."""
from __future__ import annotations

import re
import unicodedata

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000, "亿": 100000000}
_CN_NUM = "零〇一二两三四五六七八九十百千万亿"
# a numeral only counts as a number before one of these (so 两病, 一站式, 三甲 stay words)
_NUM_UNIT = r"(?=元|块|岁|个月|年|天|周|次|万|千|%|个人|人)"
_CN_NUMBER_RE = re.compile(rf"[{_CN_NUM}]+{_NUM_UNIT}")
_GRADE_RE = re.compile(r"([123])\s*级")
_GRADE_CN = {"1": "一", "2": "二", "3": "三"}
_SPACE_RE = re.compile(r"\s+")


def cn_to_int(s: str) -> int | None:
    """'两万三' → 23000, '一万二' → 12000, '十五' → 15, '三千五' → 3500, '二〇二六' → 2026."""
    if not s or any(ch not in _CN_NUM for ch in s):
        return None
    if all(ch in _DIGITS for ch in s):                      # digit by digit: 二〇二六
        return int("".join(str(_DIGITS[ch]) for ch in s))
    total, section, number, last_unit = 0, 0, 0, 1
    for ch in s:
        if ch in _DIGITS:
            number = _DIGITS[ch]
        else:
            unit = _UNITS[ch]
            if unit >= 10000:
                section = (section + number) * unit
                total += section
                section, number = 0, 0
            else:
                section += (number or 1) * unit
                number = 0
            last_unit = unit
    # a trailing digit after a unit is one step down: 两万三 = 23000, 三千五 = 3500
    if number and last_unit >= 10 and (section or total):
        number *= last_unit // 10
    return total + section + number


def _replace_cn_number(m: re.Match) -> str:
    value = cn_to_int(m.group(0))
    return str(value) if value is not None else m.group(0)


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = _SPACE_RE.sub(" ", text).strip()
    text = _CN_NUMBER_RE.sub(_replace_cn_number, text)
    text = _GRADE_RE.sub(lambda m: _GRADE_CN[m.group(1)] + "级", text)
    return text
