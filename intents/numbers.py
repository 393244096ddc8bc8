"""Numbers as residents type them: 5000, 5,000, 5千, 五千, 1.2万, 两万三, 一万二, 3w, 5k, 三四千."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from corpus.normalize import CN_DIGITS, CN_UNITS, cn_to_int

UNIT_WORD = {"万": 10000, "w": 10000, "W": 10000, "千": 1000, "k": 1000, "K": 1000, "百": 100}


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
            unit = CN_UNITS[m.group("ru")]
            low, value = Decimal(CN_DIGITS[m.group("r1")] * unit), Decimal(CN_DIGITS[m.group("r2")] * unit)
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
