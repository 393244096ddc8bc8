"""Numbers as residents type them: 5000, 5,000, 5千, 五千, 1.2万, 两万三, 一万二, 3w, 5k, 5e3,
负五千, 三四千, 一万多, 万把块, 好几万 — and years (2020-2022年) told apart from amounts.

`find_numbers` only reads: each span gets its value (cn2an does the Chinese numerals) and what it
looks like (a year, approximate, a range, vague, with a money word). Whether a span is a cost, and
whether a value is acceptable, is decided by the slot extractor and the form's validation."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

UNIT = {"万": 10000, "w": 10000, "W": 10000, "千": 1000, "k": 1000, "K": 1000, "百": 100, "亿": 100_000_000}
CN_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True)
class Number:
    value: Decimal | None         # None when the number cannot be read or names no figure (好几万)
    start: int
    end: int
    raw: str = ""
    approx: bool = False          # 五千左右, 大概三千, 一万多, 万把块
    low: Decimal | None = None    # a lower bound: of a range (三四千), or the figure itself (一万多, 上万)
    explicit: bool = False        # carried a money word or unit (元/块/万/千/¥), not just a bare number
    year: bool = False            # 2025年, 2020-2022年: a year, never an amount
    age: bool = False             # 我妈七十多了, 老人今年85: a person's age, never an amount
    vague: bool = False           # 好几万, 几千: an amount with no figure to compute with
    negative: bool = False        # 负五千, -500

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.low != self.value

    @property
    def at_least(self) -> bool:
        """一万多, 上万, 万把块: the figure is a lower bound, safe to compute with."""
        return self.low is not None and self.low == self.value


_SIGN = r"(?P<sign>负|-|−|－)?"
_SCI = r"(?P<sci>\d+(?:\.\d+)?[eE][+-]?\d+)"
_ARABIC = r"(?P<num>\d+(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<units>[万wWkK千百亿]+)?(?P<tail>\d(?![\d.]))?"
_CN = r"(?P<cn>[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億]+(?:点[零〇一二三四五六七八九]+)?)"
_RANGE_CN = r"(?P<r1>[一二两三四五六七八九])(?P<r2>[二三四五六七八九])(?P<ru>[十百千万])"
_RANGE_AR = (r"(?!(?:19|20)\d\d\s*(?:-|~|～|到|至)\s*(?:19|20)\d\d)"
             r"(?P<a1>\d+(?:\.\d+)?)\s*(?:-|~|～|到|至)\s*(?P<a2>\d+(?:\.\d+)?)\s*(?P<au>[万wWkK千])?(?=\s*(?:块|元|万|千|左右|$|[，,。.!！?？ ]))")
_VAGUE = r"(?P<vague>(?:好|十)?几(?P<vu>[十百千万]+)|上(?P<su>[千万])|(?P<bu>[千万])把)"
NUMBER_RE = re.compile(
    r"(?P<cur>[¥￥])?\s*" + _SIGN + r"\s*(?:" + _SCI + "|" + _VAGUE + "|" + _RANGE_CN + "|" + _RANGE_AR + "|" + _ARABIC + "|" + _CN + r")"
    r"(?P<more>多|来)?\s*(?P<word>块钱|块|元|圆)?")
_YEAR_AFTER = re.compile(r"\s*(?:年|(?:、|,|，|-|—|–|~|～|到|至)\s*(?:19|20)\d\d)")
APPROX_BEFORE = ("大概", "大约", "约", "差不多", "将近", "接近", "估计", "可能", "左右", "大致", "估摸")
# "差不多花了六千", "大概一共用了3000": the hedge before the verb
_APPROX_VERB_BEFORE = re.compile(r"(?:大概|大约|差不多|将近|接近|估计|大致|估摸)(?:是|就是)?(?:一共|总共)?"
                                 r"(?:花|交|缴|付|用|掏|出|要)[了掉去]?(?:个)?$")
APPROX_AFTER = ("左右", "出头", "上下", "来块", "把块", "多块", "多一点", "不到")
# An age: a number a person "is" (我妈七十多了, 我爸今年92了, 老人今年85, 六十好几了, 年满60). Read from the
# words around the number only, so "住院花了七十多" stays money: 了 right after the number counts
# only when a person or 今年 comes shortly before it in the same clause.
MAX_AGE = 120
_PERSON = (r"(?:我?(?:妈|爸|娘|爹)|母亲|父亲|老人家?|老汉儿?|老爷子|老太太?|爷爷|奶奶|外公|外婆|姥姥|姥爷|公公|婆婆|"
           r"岳父|岳母|丈人|丈母娘|老伴|老公|老婆|媳妇|他|她|本人|孩子|娃儿?|儿子|女儿|闺女)")
_AGE_BEFORE = re.compile(rf"(?:{_PERSON}[^，。,；;！!？?\d]{{0,4}}|今年|年纪|年龄|年满|满|已经|都)$")
_AGE_AFTER = re.compile(r"(?:多|好几|几)?(?:岁|周岁)|(?:多|好几)?了|(?:多|好几)?(?:的人|的老人|高龄|老人)")
_AGE_ONLY_BEFORE = re.compile(r"(?:今年|年纪|年龄|年满)$")
_PIECE_AFTER = re.compile(r"[是儿去来的地都也还归]")
_MONEY_VERB_BEFORE = re.compile(r"(?:花|交|缴|付|报|掏|用|费|赔|出)[了掉去]?(?:个|大概|差不多|将近)?$")


def parse_chinese(s: str) -> Decimal | None:
    """Value of a Chinese (or mixed) numeral: 一万二 → 12000, 两万三 → 23000, 5千万亿 → 5e15.
    cn2an takes a millisecond or two a call, and the same few numerals (一, 两, 三千 …) come back
    in message after message: short ones are kept."""
    return _parse_chinese_kept(s) if len(s) <= 16 else _parse_chinese(s)


@lru_cache(maxsize=1024)
def _parse_chinese_kept(s: str) -> Decimal | None:
    return _parse_chinese(s)


def _parse_chinese(s: str) -> Decimal | None:
    import cn2an          # imported on first use: it takes 0.1 s, which start-up need not pay
    try:
        v = cn2an.cn2an(s, "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return Decimal(str(v))


def to_int(s: str) -> int | None:
    """A small count as written: "3", "三", "两", "十二"."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    v = parse_chinese(s)
    return int(v) if v is not None and v == v.to_integral_value() else None


def _arabic(m: re.Match) -> Decimal:
    value = Decimal(m.group("num").replace(",", "").replace("，", ""))
    units = m.group("units") or ""
    mult = Decimal(1)
    for u in units:
        mult *= UNIT[u]
    value *= mult
    if m.group("tail") and units:                   # 1万2 → 12000, 3千5 → 3500
        value += Decimal(m.group("tail")) * UNIT[units[-1]] / 10
    return value


def find_numbers(text: str) -> list[Number]:
    """Every number-looking span with its value; the caller decides what it is."""
    out: list[Number] = []
    for m in NUMBER_RE.finditer(text):
        raw = m.group(0).strip()
        explicit = bool(m.group("cur") or m.group("word"))
        low = None
        vague = year = False
        value: Decimal | None
        if m.group("sci"):
            try:
                value = Decimal(m.group("sci"))
            except InvalidOperation:
                value = None
        elif m.group("vague"):
            unit = m.group("vu") or m.group("su") or m.group("bu")
            if m.group("bu") or m.group("su"):           # 万把块 ≈ 一万, 上万 ≥ 一万
                value = low = Decimal(UNIT[unit[0]])
            else:                                        # 好几万: no figure at all
                value, vague = None, True
            explicit = True
        elif m.group("r1"):
            unit = {"十": 10, "百": 100, "千": 1000, "万": 10000}[m.group("ru")]
            low, value = Decimal(CN_DIGIT[m.group("r1")] * unit), Decimal(CN_DIGIT[m.group("r2")] * unit)
            if value <= low:
                continue
            explicit = True
        elif m.group("a1"):
            mult = Decimal(UNIT[m.group("au")]) if m.group("au") else Decimal(1)
            low, value = Decimal(m.group("a1")) * mult, Decimal(m.group("a2")) * mult
            if value <= low or value > low * 20 or m.group("a1").startswith("0"):
                continue                                  # 0827-5775700 is a phone number, not a range
            explicit = explicit or bool(m.group("au"))
        elif m.group("num"):
            value = _arabic(m)
            explicit = explicit or bool(m.group("units"))
            digits = m.group("num")
            if not m.group("units") and re.fullmatch(r"(?:19|20)\d\d", digits) and not m.group("word") \
                    and (_YEAR_AFTER.match(text, m.end()) or re.search(r"(?:19|20)\d\d\s*(?:、|,|，|-|—|–|~|～|到|至)\s*$",
                                                                       text[max(0, m.start() - 8):m.start()])):
                year = True
        else:
            cn = m.group("cn")
            if cn in ("零", "〇") or set(cn) <= set("十百千万亿拾佰仟萬億"):
                continue                                  # 万 alone, 千 alone: a unit word, not a number
            if cn == "一" and m.group("word") == "块" and _PIECE_AFTER.match(text, m.end()):
                continue                                  # 一块是自费, 一块儿去: a part, not one yuan
            value = parse_chinese(cn)
            explicit = explicit or any(u in cn for u in "千万百亿仟萬佰億")
            if value is not None and re.fullmatch(r"[二〇零一三四五六七八九]{4}", cn) and text[m.end():m.end() + 1] == "年":
                year = True                               # 二〇二五年
        age = not year and value is not None and 0 < value <= MAX_AGE and not m.group("word") \
            and not m.group("cur") and _is_age(text, m)
        negative = bool(m.group("sign")) and not year
        if m.group("sign") == "-" and m.start("sign") > 0 and re.match(r"[\d年]", text[m.start("sign") - 1]):
            negative = False                              # 2020-2022: a span of years, not a minus sign
        if negative and value is not None:
            value = -value
        before = text[max(0, m.start() - 3):m.start()]
        after = text[m.end():m.end() + 3]
        approx = bool(m.group("more")) or low is not None or any(a in before for a in APPROX_BEFORE) \
            or any(after.startswith(a) for a in APPROX_AFTER) \
            or bool(_APPROX_VERB_BEFORE.search(text[max(0, m.start() - 8):m.start()]))
        if (m.group("more") or after.startswith(("出头", "多块", "多一点"))) and value is not None and low is None:
            low = value                                   # 一万多, 一万出头: at least 一万
        out.append(Number(value=value, start=m.start(), end=m.end(), raw=raw, approx=approx, low=low,
                          explicit=explicit, year=year, vague=vague, negative=negative, age=age))
    return out


def _is_age(text: str, m: re.Match) -> bool:
    """Whether the number at `m` is someone's age: 七十多了 / 85岁 after a person or 今年, or a number
    right after 今年 / 年满 ("老人今年85，住院…")."""
    before = text[max(0, m.start() - 10):m.start()]
    after = text[m.end():m.end() + 4]
    if _MONEY_VERB_BEFORE.search(before):
        return False                                  # 他住院花了90: paid, whatever follows
    if _AGE_AFTER.match(after) and _AGE_BEFORE.search(before):
        return True
    return bool(_AGE_ONLY_BEFORE.search(before)) and not re.match(r"\s*(?:元|块|万|千|年|个月|月|天|次)", after)
