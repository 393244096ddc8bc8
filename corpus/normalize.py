"""Text normalisation shared by the index and the query side, so both see the same words.

NFKC (full-width → half-width), lower case, Chinese numerals before a unit turned into
digits (断保两年 → 断保2年, 五千元 → 5000元), hospital grades written with digits turned
into the handbooks' form (3级 → 三级)."""
from __future__ import annotations

import re
import unicodedata

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "俩": 2, "三": 3, "叁": 3,
           "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
           "九": 9, "玖": 9}
CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10000, "萬": 10000,
          "亿": 100000000}
_CN_NUM = "".join(CN_DIGITS) + "".join(CN_UNITS)
# a numeral only counts as a number before one of these (so 两病, 一站式, 三甲 stay words)
_NUM_UNIT_RE = re.compile(r"元|块|岁|个月|年|天|周|次|万|千|%|个人|人")
_CN_RUN_RE = re.compile(rf"[{_CN_NUM}]+")
# no one types a figure this large; a long 亿亿亿… chain would exceed str()'s 4300-digit limit
_MAX_NUMBER = 10 ** 16
_GRADE_RE = re.compile(r"([123])\s*级")
_GRADE_CN = {"1": "一", "2": "二", "3": "三"}
_SPACE_RE = re.compile(r"\s+")


def cn_to_int(s: str) -> int | None:
    """两万三 → 23000, 一万二 → 12000, 三千五 → 3500, 十五 → 15, 一百零五 → 105, 二〇二六 → 2026."""
    if not s or any(c not in CN_DIGITS and c not in CN_UNITS for c in s):
        return None
    if all(c in CN_DIGITS for c in s):                        # digit by digit: 二〇二六
        return int("".join(str(CN_DIGITS[c]) for c in s))
    total, section, digit, last_unit = 0, 0, None, None
    for c in s:
        if c in CN_DIGITS:
            digit = CN_DIGITS[c]
            continue
        unit = CN_UNITS[c]
        if unit >= 10000:
            section = (section + (digit or 0)) or 1
            total = (total + section) * unit if unit > 10000 else total + section * unit
            section = 0
        else:
            section += (1 if digit is None else digit) * unit
        digit, last_unit = None, unit
    if digit is not None:
        # 一万二 / 三千五: a trailing digit right after a unit is one step below it
        if last_unit and s[-2] in CN_UNITS and last_unit >= 100:
            section += digit * last_unit // 10
        else:
            section += digit
    return total + section


def _replace_cn_number(m: re.Match) -> str:
    """The longest start of a run of numerals that a unit follows (五千元 whole, 一万两病 → 1万两病)
    becomes digits. One pass from the end: a lookahead pattern, [numerals]+(?=unit), would
    backtrack through the whole run at every position, quadratic in a long run."""
    run = m.group(0)
    for end in range(len(run), 0, -1):
        if _NUM_UNIT_RE.match(m.string, m.start() + end):
            value = cn_to_int(run[:end])
            return (run[:end] if value is None or value >= _MAX_NUMBER else str(value)) + run[end:]
    return run


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = _SPACE_RE.sub(" ", text).strip()
    text = _CN_RUN_RE.sub(_replace_cn_number, text)
    text = _GRADE_RE.sub(lambda m: _GRADE_CN[m.group(1)] + "级", text)
    return text
