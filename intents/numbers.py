"""Numbers as residents type them: 5000, 5,000, 5千, 五千, 1.2万, 两万三, 一万二, 3w, 5k, 三四千."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "俩": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
            "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
CN_UNIT = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10000, "萬": 10000}
UNIT_WORD = {"万": 10000, "w": 10000, "W": 10000, "千": 1000, "k": 1000, "K": 1000, "百": 100}


def cn_to_int(s: str) -> int | None:
    """一万二 → 12000, 两万三 → 23000, 三千五 → 3500, 十五 → 15, 一百零五 → 105."""
    if not s or any(c not in CN_DIGIT and c not in CN_UNIT for c in s):
        return None
    total, section, digit, last_unit = 0, 0, None, None
    for c in s:
        if c in CN_DIGIT:
            digit = CN_DIGIT[c]
        else:
            u = CN_UNIT[c]
            if u == 10000:
                section = (section + (digit or 0)) or 1
                total += section * u
                section = 0
            else:
                section += (1 if digit is None else digit) * u
            digit, last_unit = None, u
    if digit is not None:
        # 一万二 / 三千五: a trailing digit right after a unit is one step below it
        if last_unit and s[-2] in CN_UNIT and last_unit >= 100:
            section += digit * last_unit // 10
        else:
            section += digit
    return total + section


@dataclass(frozen=True)
class Amount:
    value: Decimal
    start: int
    end: int
    approx: bool = False          # 五千左右, 大概三千, 五千多
    low: Decimal | None = None    # a range like 三四千: low..value
    explicit: bool = False        # carried a money word (元/块/万/千/¥), not just a bare number

    @property
    def is_range(self) -> bool:
        return self.low is not None


_ARABIC = r"(?P<num>\d+(?:[,，]\d{3})*(?:\.\d+)?)"
_CN = r"(?P<cn>[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟萬]+)"
_RANGE_CN = r"(?P<r1>[一二两三四五六七八九])(?P<r2>[二三四五六七八九])(?P<ru>[十百千万])"
MONEY_RE = re.compile(
    r"(?P<cur>[¥￥])?\s*(?:" + _RANGE_CN + "|" + _ARABIC + r"\s*(?P<u1>[万wWkK千百])?(?P<tail>\d)?|" + _CN + r")"
    r"\s*(?P<word>块钱|块|元|圆)?")
APPROX_BEFORE = ("大概", "大约", "约", "差不多", "将近", "接近", "估计", "可能", "左右")
APPROX_AFTER = ("左右", "多", "出头", "来块", "上下", "把块")


def find_numbers(text: str) -> list[Amount]:
    """Every number-looking span with its value; the caller decides what it is."""
    out: list[Amount] = []
    for m in MONEY_RE.finditer(text):
        explicit = bool(m.group("cur") or m.group("word"))
        low = None
        if m.group("r1"):
            unit = CN_UNIT[m.group("ru")]
            low, value = Decimal(CN_DIGIT[m.group("r1")] * unit), Decimal(CN_DIGIT[m.group("r2")] * unit)
            if value <= low:
                continue
            explicit = True
        elif m.group("num"):
            value = Decimal(m.group("num").replace(",", "").replace("，", ""))
            if m.group("u1"):
                unit = UNIT_WORD[m.group("u1")]
                value *= unit
                if m.group("tail"):                       # 1万2 → 12000, 3千5 → 3500
                    value += Decimal(m.group("tail")) * unit / 10
                explicit = True
        else:
            cn = m.group("cn")
            v = cn_to_int(cn)
            if v is None or v == 0 and cn not in ("零",):
                continue
            value = Decimal(v)
            if any(u in cn for u in "千万百仟萬佰"):
                explicit = True
        before = text[max(0, m.start() - 3):m.start()]
        after = text[m.end():m.end() + 2]
        approx = any(a in before for a in APPROX_BEFORE) or any(after.startswith(a) for a in APPROX_AFTER)
        out.append(Amount(value=value, start=m.start(), end=m.end(), approx=approx, low=low, explicit=explicit))
    return out
