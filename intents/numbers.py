"""Numbers as residents type them: 5000, 5,000, 5千, 五千, 1.2万, 两万三, 一万二, 3w, 5k, 5e3,
负五千, 三四千, 五六年, 十五六天, 一万多, 二十多万, 万把块, 好几万 — and years (2020-2022年), ages
and labels (北京301, 市二医院, 13812345678, 2-28, 发烧39度, 第三) told apart from amounts.

`find_numbers` only reads: each span gets its value (cn2an does the Chinese numerals) and what it
looks like (a year, approximate, a range, vague, with a money word). Whether a span is a cost, and
whether a value is acceptable, is decided by the slot extractor and the form's validation."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from intents import people

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
    label: bool = False           # digits that name a thing, never an amount: 北京301, 第三人民医院, 市二医院,
                                  # a phone (打114, 13812345678), an ID or card number, a date (2-28),
                                  # a reading (发烧39度, 血压160)

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.low != self.value

    @property
    def at_least(self) -> bool:
        """一万多, 上万, 万把块: the figure is a lower bound, safe to compute with."""
        return self.low is not None and self.low == self.value


_SIGN = r"(?P<sign>负|-|−|－)?"
_SCI = r"(?P<sci>\d+(?:\.\d+)?[eE][+-]?\d+)"
# (a thousands separator groups three digits after one to three: "2025，2026" is two years, not 2025202)
_ARABIC = r"(?P<num>\d{1,3}(?:[,，]\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<units>[万wWkK千百亿]+)?(?:(?<=[万wW])(?P<kt>\d)[千kK](?P<kr>\d百|零?\d{1,3}(?![\d.年]))?|(?P<tail>(?<=[万wWkK千百亿])\d(?![\d.])|(?<=[万wW])零?\d{3,4}(?![\d.年])|(?<=[千kK])零?\d{2,3}(?![\d.年])))?"
_CN = r"(?P<cn>[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億]+(?:点[零〇一二三四五六七八九]+)?)"
# 三四千, 七八万, 五六(年), 十五六(天), 二十五六(万), 三四十(万): two neighbouring digits are a range, read
# from its lower bound — never the concatenated 56 that cn2an makes of 五六
_RANGE_CN = (r"(?<![零〇一二两三四五六七八九十百千万])(?P<rt>[一二两三四五六七八九]?十)?(?P<r1>[一二两三四五六七八九])"
             r"(?P<r2>[两二三四五六七八九])(?P<rs>十)?(?P<ru>[百千万]?)(?![零〇一二两三四五六七八九十百千])")
# (the unit after the range's upper bound is both bounds', whatever follows it: "10-20万这段" is 10万 to 20万,
# not 20; a dash of any width parts the bounds, "10—20万")
_RANGE_AR = (r"(?!(?:19|20)\d\d\s*(?:-|—|–|~|～|到|至)\s*(?:19|20)\d\d)"
             r"(?P<a1>\d+(?:\.\d+)?)\s*(?:-|—|–|~|～|到|至)\s*(?P<a2>\d+(?:\.\d+)?)\s*"
             r"(?:(?P<au>[万wWkK千])|(?=\s*(?:块|元|万|千|左右|$|[，,。.!！?？ ])))")
_VAGUE = r"(?P<vague>(?:好|[一二两三四五六七八九]?十)?几(?P<vu>[十百千万]+)|上(?P<su>[千万])|(?P<bu>[千万])把)"
NUMBER_RE = re.compile(
    r"(?P<cur>[¥￥])?\s*" + _SIGN + r"\s*(?:" + _SCI + "|" + _VAGUE + "|" + _RANGE_CN + "|" + _RANGE_AR + "|" + _ARABIC + "|" + _CN + r")"
    r"(?P<more>多|来)?(?P<mu>(?<=多|来)[万千百亿wWkK])?\s*(?P<word>块钱|块|元|圆)?")
# what follows a year written bare: 年, another year, or cover not paid ("2025没交", "2026也没缴")
_YEAR_AFTER = re.compile(r"\s*(?:年|(?:、|,|，|-|—|–|~|～|到|至|和|跟|与)?\s*(?:19|20)\d\d(?!\d)|"
                         r"(?:都|也|就)?(?:没有?|未|莫得?|没得|冇)(?:交|缴|参保|参加|买|续))")
# right after a bare year, the cover of that year ("2026医保个人交多少", "2025合疗交了没"; not "花了2000医保报多少")
_COVER_AFTER = re.compile(r"的?(?:医保|合疗|新农合|城乡居民医保|居民医保|职工医保|医疗保险|保费|医保费)")
APPROX_BEFORE = ("大概", "大约", "约", "差不多", "将近", "接近", "估计", "可能", "左右", "大致", "估摸")
# "差不多花了六千", "大概一共用了3000": the hedge before the verb
_APPROX_VERB_BEFORE = re.compile(r"(?:大概|大约|差不多|将近|接近|估计|大致|估摸)(?:是|就是)?(?:一共|总共)?"
                                 r"(?:花|交|缴|付|用|掏|出|要)[了掉去]?(?:个)?$")
APPROX_AFTER = ("左右", "出头", "上下", "来块", "把块", "多块", "多一点", "不到")
# An age: a number a person "is" (我妈七十多了, 七十几了, 我爸今年92了, 老人今年85, 六十好几了, 年满60). Read from the
# words around the number only, so "住院花了七十多" stays money: 了 right after the number counts
# only when a person or 今年 comes shortly before it in the same clause.
MAX_AGE = 120
_PERSON = people.AGE_PERSON      # (the asker too: "本人60了")
_AGE_BEFORE = re.compile(rf"(?:{_PERSON}[^，。,；;！!？?\d]{{0,4}}|今年|年纪|年龄|年满|满|已经|都)$")
_AGE_AFTER = re.compile(r"(?:多|好几|几)?(?:岁|周岁)|(?:多|好几|几)?了|(?:多|好几|几)?(?:的人|的老人|高龄|老人)")
_YEARS_OLD = re.compile(r"(?:多|好几|几)?(?:岁|周岁)")
_AGE_ONLY_BEFORE = re.compile(r"(?:今年|年纪|年龄|年满)$")
_PIECE_AFTER = re.compile(r"[是儿去来的地都也还归算报办结合]")
_PIECE_BEFORE = re.compile(r"[那这哪]$")
# the 角 said after 块 / 元 with no unit of its own, as people say prices ("一块五", "三块5", "十二元五角"):
# tenths of a yuan — never a new number (五 alone read on as 5 yuan, or the 1.5 read as 1)
# (a digit with a measure of its own counts something else: 五口人, 三位老人, 三盒, 五成; after 毛 / 角 a digit, its
# 分 said or not, is hundredths: 两块五毛五, 两块八毛九分)
_TENTHS_AFTER = re.compile(r"([一二三四五六七八九]|\d)(?:(?:毛|角)(?:([一二三四五六七八九]|\d)分?)?)?"
                           r"(?![\d.零〇一二两三四五六七八九十百千万亿块元月号日年天次个人岁口位名户家项种成倍张份回趟遍级档类折分盒瓶片粒支袋包针剂贴周])")
_TENTH = {**{c: i for i, c in enumerate("一二三四五六七八九", 1)}, **{str(i): i for i in range(1, 10)}}
# a sum said as more than a figure ("自己掏的还超过五万", "花了不止两万", "已经超了三万"): that figure is its lower
# bound, as 一万多 is — never the sum itself (a rule's threshold is read by the slot rules, not here)
_MORE_THAN_BEFORE = re.compile(r"(?:超过|超出|超了|不止|多于|高于|大于)(?:了)?$")
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
    if count_range(s):
        return None                                 # 五六: five or six, not 56
    v = parse_chinese(s)
    return int(v) if v is not None and v == v.to_integral_value() else None


def _arabic(m: re.Match) -> Decimal:
    value = Decimal(m.group("num").replace(",", "").replace("，", ""))
    units = m.group("units") or ""
    mult = Decimal(1)
    for u in units:
        mult *= UNIT[u]
    value *= mult
    if m.group("kt"):
        # 1万3千5 → 13500, 1万5千5百 → 15500, 1万3千500 → 13500: the thousands (and hundreds) after 万
        value += Decimal(m.group("kt")) * 1000
        rest = (m.group("kr") or "").lstrip("零")
        if rest.endswith("百"):
            value += Decimal(rest[:-1]) * 100
        elif len(rest) == 1 and not (m.group("kr") or "").startswith("零"):
            value += Decimal(rest) * 100
        elif rest:
            value += Decimal(rest)
        return value
    tail = (m.group("tail") or "").lstrip("零")
    if tail and units and len(tail) == 1:           # 1万2 → 12000, 3千5 → 3500
        value += Decimal(tail) * UNIT[units[-1]] / 10
    elif tail and units and Decimal(tail) < UNIT[units[-1]]:
        value += Decimal(tail)                      # 4万4448 → 44448, 1万2000 → 12000, 3千500 → 3500
    return value


def find_numbers(text: str) -> list[Number]:
    """Every number-looking span with its value; the caller decides what it is."""
    # (the slot readers ask this of one message's texts several times over: the last texts' numbers
    # are kept, a new list of them handed out each time)
    return list(_numbers_kept(text))


@lru_cache(maxsize=256)
def _numbers_kept(text: str) -> tuple[Number, ...]:
    return tuple(_find_numbers(text))


# a run of fives typed alone ("555", "5555555"): 呜呜呜, crying, in chat — said as its own word, bare, after a
# pause and before the message's end or another pause
_CRYING = re.compile(r"5{3,}")
_CRYING_AROUND = re.compile(r"\s*(?:$|[，,。.!！~～…?？])")
_CRYING_BEFORE = frozenset(" \t，,。.!！~～…?？")


def _find_numbers(text: str) -> list[Number]:
    out: list[Number] = []
    taken = 0                                             # (the 五 of 一块五, read with it)
    for m in NUMBER_RE.finditer(text):
        if m.start() < taken:
            continue
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
            read = _range_of(m)
            if read is None:
                continue                                  # 三八, 五三: not neighbouring digits
            low, value = read
            explicit = bool(m.group("ru")) or explicit
        elif m.group("a1"):
            mult = Decimal(UNIT[m.group("au")]) if m.group("au") else Decimal(1)
            low, value = Decimal(m.group("a1")) * mult, Decimal(m.group("a2")) * mult
            # (a band from nothing, "0到10万", is a range: its 0 is no phone's area code)
            if value <= low or (value > low * 20 and low != 0) or (m.group("a1").startswith("0") and m.group("a1") != "0"):
                continue                                  # 0827-5775700 is a phone number, not a range
            explicit = explicit or bool(m.group("au"))
        elif m.group("num"):
            if _CRYING.fullmatch(m.group("num")) and not (m.group("units") or m.group("word") or m.group("cur")) \
                    and _CRYING_AROUND.match(text, m.end()) and (m.start("num") == 0 or text[m.start("num") - 1] in _CRYING_BEFORE) \
                    and not _MONEY_VERB_BEFORE.search(text[:m.start("num")].rstrip()):
                continue                                  # "求大佬算一下 555": 呜呜呜 typed, no figure
            value = _arabic(m)
            explicit = explicit or bool(m.group("units"))
            digits = m.group("num")
            if not m.group("units") and re.fullmatch(r"(?:19|20)\d\d", digits) and not m.group("word") \
                    and (_YEAR_AFTER.match(text, m.end()) or re.search(r"(?<!\d)(?:19|20)\d\d\s*(?:、|,|，|-|—|–|~|～|到|至|和|跟|与|\s)\s*$",
                                                                       text[max(0, m.start() - 8):m.start()])
                         or (re.fullmatch(r"20[1-3]\d", digits) and _COVER_AFTER.match(text, m.end("num"))
                             and not _MONEY_VERB_BEFORE.search(text[max(0, m.start() - 8):m.start()]))):
                year = True
        else:
            cn = m.group("cn")
            if cn in ("零", "〇") or set(cn) <= set("十百千万亿拾佰仟萬億") \
                    and not (cn[0] in "十拾" and (len(cn) > 1 or m.group("more") or m.group("word"))):
                continue                                  # 万 alone, 千 alone: a unit word, not a number
                                                          # (十来万, 十万, 十块 are: ten of them)
            if cn[0] in "万萬" and not m.group("word"):
                continue                                  # 万一 (in case), 万万: no number opens with its unit
            if set(cn) <= set("壹贰叁肆伍陆柒捌玖") and not m.group("word"):
                continue                                  # 陆陆续续, 队伍: capitals with no unit or 元 are words
            if cn == "一" and m.group("word") == "块" and (_PIECE_AFTER.match(text, m.end())
                                                        or _PIECE_BEFORE.search(text, 0, m.start())):
                continue                                  # 一块是自费, 一块儿去, 大病那一块: a part, not one yuan
            value = parse_chinese(cn)
            explicit = explicit or any(u in cn for u in "千万百亿仟萬佰億")
            if value is not None and re.fullmatch(r"[二〇零一三四五六七八九]{4}", cn) and text[m.end():m.end() + 1] == "年":
                year = True                               # 二〇二五年
        end = m.end()
        if m.group("word") in ("块", "元") and value is not None and value == value.to_integral_value() \
                and not m.group("more") and (tenths := _TENTHS_AFTER.match(text, end)):
            value += Decimal(_TENTH[tenths.group(1)]) / 10          # 一块五: 1.5 yuan
            if tenths.group(2):
                value += Decimal(_TENTH[tenths.group(2)]) / 100     # 两块五毛五: 2.55
            end = taken = tenths.end()
            raw = text[m.start():end].strip()
        if m.group("mu") and value is not None:          # 二十多万, 20多万, 十来万: the unit after 多 / 来
            value *= UNIT[m.group("mu")]
            explicit = True
        label = not year and not m.group("word") and not m.group("cur") and _is_label(text, m)
        age = not year and not label and value is not None and 0 < value <= MAX_AGE and not m.group("word") \
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
            or bool(_APPROX_VERB_BEFORE.search(text[max(0, m.start() - 8):m.start()])) \
            or (before.endswith("小") and value is not None and value >= 100)    # 小一万: nearly that much
        more_than = bool(_MORE_THAN_BEFORE.search(text[max(0, m.start() - 4):m.start()]))
        approx = approx or more_than
        if (m.group("more") or more_than or after.startswith(("出头", "多块", "多一点"))) and value is not None and low is None:
            low = value                                   # 一万多, 一万出头, 超过五万: at least 一万
        out.append(Number(value=value, start=m.start(), end=end, raw=raw, approx=approx, low=low,
                          explicit=explicit, year=year, vague=vague, negative=negative, age=age,
                          label=label))
    return out


# Digits that name a thing. A hospital: 北京301, 301医院, 第三人民医院, 市二医院, 解放军总医院第三医学中心.
_HOSPITAL_AFTER = re.compile(r"(?:人民|中医|中心|妇幼|附属|第[一二三四五六七八九十\d]+)?(?:医院|院(?!费)|医学中心|医疗中心|附院|门诊部)")
_GO_BEFORE = re.compile(r"(?:去|在|到|转|住进|进|送)[^\d，。,；;！!？?]{0,6}$")
_STAY_AFTER = re.compile(r"\s*(?:住院|住了|住过|就诊|看病|看的|看了|治疗|做的?手术|花|开|拿|检查)")
# A number named by what it is: a phone, an ID, a card or bill number, a room or bed
_ID_BEFORE = re.compile(r"(?:(?:电话|手机|号码|热线|拨打?|打)(?:了|过|的)?|尾号|身份证|证号|卡号|住院号|编号|单号|账号|帐号|社保号|医保号|"
                        r"工号|病房|床号?|房间|门牌|邮编|验证码|密码|0\d{2,3}\s*[-—－])(?:是|为|：|:)?\s*$")
_ID_AFTER = re.compile(r"\s*(?:热线|服务热线|电话|客服|号码)")
# A reading, not a cost: 发烧39度, 血压160, 血糖12
_READING_BEFORE = re.compile(r"(?:体温|发烧|烧到|高烧|低烧|(?<!高)血压|高压|低压|收缩压|舒张压|(?<!高)血糖|心率|心跳|血脂|尿酸|血氧|身高|体重|"
                             # 上回量一百七, 测出来160, 测了几回都是一百六: a reading taken, not a sum paid
                             # (量过一回150, 测了两次: taken once or twice, still a reading)
                             r"(?:(?<![用数剂总药流容])量|(?<![预检监观推评])测)(?:了|过|的|出来|出|到|起)?(?:[一两几]?(?:回|次|下))?"
                             r"(?:[^，,。；;\d\s费钱元块]{0,4}?(?:都是|都有|是|有))?)"
                             r"(?:是|有|到了?|都)?\s*$")
# A count of things, or a place in a building: 20盒药, 12楼, 101床, 3号楼, 5斤
_THING_AFTER = re.compile(r"\s*(?:盒|片|粒|支|瓶|袋|针|剂|包|楼|层|床|号楼|号床|栋|单元|室|病区|病房|斤|公斤|kg|KG|cm|厘米|公里|米(?!\d))")
# A date: 2-28, 3/15, 2025-3-15 (the month 1–12, the day 1–31; never 5-10万, a range of money)
_DATE = re.compile(r"(?<![\d.])(?:(?:19|20)\d\d\s*[-/.]\s*)?(?:1[0-2]|0?[1-9])\s*[-/]\s*(?:3[01]|[12]\d|0?[1-9])"
                   r"(?![\d.]|\s*(?:万|千|百|元|块|[wWkK]|左右))"
                   # 12.25住院, 10.8出院: with a dot only when a day's event follows (1.5万 is money)
                   r"|(?<![\d.])(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])(?=\s*(?:号|日|那天|当天|住|出院|入院|办|去|看|做|开始))")


def _is_label(text: str, m: re.Match) -> bool:
    """Whether the digits at `m` name a thing (a hospital, a phone, an ID, a date, an ordinal, a
    reading) rather than count money. A money word or ¥ is checked by the caller."""
    start = m.start("sign") if m.group("sign") else m.start()
    before = text[max(0, start - 10):start]
    after = text[m.end():m.end() + 8]
    if m.group("units") or m.group("mu") or m.group("ru") or m.group("au") or m.group("vague"):
        return False                                   # 5万, 三四千: a unit says it is an amount
    if _MONEY_VERB_BEFORE.search(before):
        return False                                   # 花了301: paid, whatever follows
    if before.endswith("第"):
        return True                                    # 第三, 第2次, 第301
    if _HOSPITAL_AFTER.match(after):
        return True                                    # 301医院, 第三人民医院, 市二医院
    if _GO_BEFORE.search(before) and _STAY_AFTER.match(after) and m.group("num"):
        return True                                    # 去北京301住院
    at = m.start("num") if m.group("num") else start          # 0827-12345: the part after the dash too
    if _ID_BEFORE.search(text[max(0, at - 10):at]) or _READING_BEFORE.search(before) or after.startswith(("度", "℃")) \
            or _THING_AFTER.match(after) or _ID_AFTER.match(after):
        return True
    digits = m.group("num") or ""
    if re.fullmatch(r"\d+", digits) and (len(digits) >= 9 or len(digits) >= 3 and digits.startswith("0")
                                         or re.fullmatch(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])", digits)):
        return True                                    # 13812345678, 0827…, 20250312: no one's bill
    return any(d.start() <= start < d.end() for d in _DATE.finditer(text, max(0, start - 12), min(len(text), m.end() + 12)))


def _range_of(m: re.Match) -> tuple[Decimal, Decimal] | None:
    """(low, high) of 三四千 / 五六 / 十五六 / 二十五六万 / 三四十: the digits one or two apart."""
    a, b = CN_DIGIT[m.group("r1")], CN_DIGIT[m.group("r2")]
    if not 0 < b - a <= 2 or (m.group("rt") and m.group("rs")):
        return None
    tens = m.group("rt")
    base = (CN_DIGIT.get(tens[0], 1) * 10) if tens else 0
    if m.group("rs"):
        a, b = a * 10, b * 10                       # 三四十: 30 to 40
    unit = UNIT.get(m.group("ru") or "", 1)
    return Decimal((base + a) * unit), Decimal((base + b) * unit)


def count_range(s: str) -> tuple[int, int] | None:
    """(low, high) when a count is said as a range — 五六, 十五六, 三四十, 两三 — else None."""
    m = re.fullmatch(_RANGE_CN, s.strip())
    read = _range_of(m) if m else None
    return (int(read[0]), int(read[1])) if read else None


def _is_age(text: str, m: re.Match) -> bool:
    """Whether the number at `m` is someone's age: 七十多了 / 85岁 after a person or 今年, or a number
    right after 今年 / 年满 ("老人今年85，住院…")."""
    before = text[max(0, m.start() - 10):m.start()]
    after = text[m.end():m.end() + 4]
    if _MONEY_VERB_BEFORE.search(before):
        return False                                  # 他住院花了90: paid, whatever follows
    if _AGE_AFTER.match(after) and _AGE_BEFORE.search(before):
        return True
    if _YEARS_OLD.match(after):
        return True                                   # "85岁的退休职工": 岁 is said of no sum of money
    # (nor a count of things after 今年: "今年三级医院", "三甲", "二级乙等", "两回": a level or a count, no age)
    return bool(_AGE_ONLY_BEFORE.search(before)) and not re.match(r"\s*(?:元|块|万|千|年|个月|月|天|次|级|甲|乙|等|类|档|回|趟|道|遍|周|号|家|倍|成)", after)
