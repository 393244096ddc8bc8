"""Text normalisation shared by the index and the query side, so both see the same words.

`clean`: NFKC (full-width → half-width), zero-width and format characters dropped, traditional
characters to simplified (OpenCC), lower case, runs of punctuation and spaces folded to one.
`normalize`: `clean`, then Chinese numerals before a unit turned into digits (断保两年 → 断保2年,
五千元 → 5000元) and hospital grades written with digits into the handbooks' form (3级 → 三级).

`cn_to_int` is the project's one Chinese-numeral parser (intents parse money with it too). It is
ours rather than cn2an's: cn2an gives the same values (tests/test_normalize.py checks it against
cn2an) but costs 0.2 s to import, a sixth of the bot's start-up, for one small function."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


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
# Invisible format characters (Unicode category Cf in common use): zero-width spaces and joiners,
# direction marks and embeddings, isolates, the BOM, the soft hyphen. They cut words and numbers;
# the masking of personal numbers drops the same ones (bot.masking).
INVISIBLE = r"\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
# "？？？", "!!!", "。。。", "~~~": one is enough; a run of mixed marks keeps its first
_PUNCT_RUN_RE = re.compile(r"([!?,.;:~。，！？；：、…·—\-])[!?,.;:~。，！？；：、…·—\-]+")
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_t2s = None


def _converter():
    """OpenCC's converter (thread-safe), loaded the first time a text needs it (15 ms)."""
    global _t2s
    if _t2s is None:
        import opencc
        _t2s = opencc.OpenCC("t2s")
    return _t2s


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


# a stay said not to be ("不住院", "没住院", "不用住院", "没有住过院", "还没住院"): no stay, for every
# reader of the kind of care (the search's query, calc_kind, the story's care, the care a question
# before named). Not an A-not-A ("要不要住院", "住不住院", "有没有住院"), which asks whether there is one;
# nor a stay that must be, said with two denials ("不得不住院", "不能不住院", "不住院不行"): a stay.
# (No handbook page says one, so only questions are read for it.)
NO_STAY = re.compile(r"(?<![要用需住有])(?<!不得)(?<!不能)(?<!不可)(?:不|没|没有|未|莫|没得|莫得|无需|无须|不用|不需要|不必|用不着)"
                     r"(?:用|要|需要|去|曾)?住(?:院|过院|了院|的院|进医院)(?!不行|不可|不成|是不行)")


def without_no_stay(text: str) -> str:
    """`text` with each stay said not to be blanked, same length (amount_at and spans hold)."""
    return NO_STAY.sub(lambda m: " " * len(m.group(0)), text)


def to_simplified(text: str) -> str:
    """Traditional characters to simplified. GB2312 holds only simplified characters, so a text
    whose Chinese all encodes in it has nothing to convert (most messages, every entry)."""
    cjk = "".join(_CJK_RE.findall(text))
    try:
        cjk.encode("gb2312")
        return text
    except UnicodeEncodeError:
        return _converter().convert(text)


# How people ask, said another way, that the layers reading the message itself (its questions, a
# figure it checks) must read as the usual words: 几多 (四川, 湖北) is 多少, and 是不 before a figure is
# 是不是 ("一年能报好多钱 是不五百"), as it is before what is asked to be so ("是不涨到五百了", "是不
# 要交", "是不真的", "是不马上就能用", "是不还是四百块") — not a statement's 是不 ("还是不要交了",
# "不是不能报", "是不用交的", "是不要钱的"). The search's lexicon (corpus/data/lexicon.yaml) rewrites
# phrases for the search alone.
_ASKING_SAID = re.compile(r"几多|(?<![不还就也都总可倒于但正真却只算若即凡硬老])是不(?=[\d一二两三四五六七八九十百千]|"
                          r"要(?!钱|紧|求)|涨|真的|还是|马上|已经|就|只|每|都|又|再|元旦|低|高|直接|自动|必须|一定)")
_ASKING_MEANS = {"几多": "多少"}


def asking_words(text: str) -> str:
    return _ASKING_SAID.sub(lambda m: _ASKING_MEANS.get(m.group(0), "是不是"), text)


# A year said digit by digit, as people say years: 二五年 / 二六年度 / 零五年 (two digits: 2025, 2026,
# 2005), 二〇二六年 / 二零三零年 (four), 二五二六两年 / 二五、二六年 (a list). Two numerals with no 十 never
# count years (二十五年 does), so 二五年 is no 25 years. Left as counts: the neighbouring pairs that
# say a range of years (三四年, 五六年, 七八年, 一二年 …), and 二三 / 二四 after a word that counts
# (断了二三年, 这二四年).
_YEAR_DIGIT = "零〇一二三四五六七八九"
_PAIR_YEAR_RE = re.compile(r"[零〇][零〇一二三四五六七八九]|一[零〇一三四五六七八九]|二[零〇一二三四五六七八九]|三[零〇一二]|"
                           r"九[零〇一二三四五六七八九]")
_FOUR_YEAR_RE = re.compile(r"(?:一九|二[零〇])[零〇一二三四五六七八九]{2}")
_YEAR_RUN = rf"[{_YEAR_DIGIT}]{{2,8}}"
# the years listed, then how many they are said again with 这 / 那 ("二五二六二七这三年没交", "二五、二六那两年"):
# read as years only when the count is the number of years listed (a count that differs says the run is none)
# (... or said again as a run, "二五二六二七连到三年都没交", "二五二六连着两年": 连到 / 连着 / 连续 / 一连 for 这)
_RESTATED_COUNT = r"(?:[这那]|连到|连着|连续|一连)\s*[一二两三四五六七八九十]\s*年"
_RESTATED_COUNT_RE = re.compile(r"\s*(?:[这那]|连到|连着|连续|一连)\s*([一二两三四五六七八九十])\s*年")
_SAID_YEARS_RE = re.compile(rf"(?<![{_YEAR_DIGIT}两十百千万\d])({_YEAR_RUN}(?:\s*[、,，和跟与及到至\-~～/]?\s*{_YEAR_RUN})*)"
                            rf"(?=\s*(?:年|两年|几年|{_RESTATED_COUNT}))")
_RUN_RE = re.compile(_YEAR_RUN)
_COUNTING_BEFORE = re.compile(r"[了过断有近快这那满几好]$")
_YEAR_VALUE = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0"}


def _run_years(run: str) -> list[str] | None:
    """The years a run of numerals says (二〇二六 → [2026], 二五二六 → [2025, 2026]), or None."""
    if len(run) == 4 and _FOUR_YEAR_RE.fullmatch(run):
        return ["".join(_YEAR_VALUE[c] for c in run)]
    if len(run) % 2:
        return None
    pairs = [run[i:i + 2] for i in range(0, len(run), 2)]
    if not all(_PAIR_YEAR_RE.fullmatch(p) for p in pairs):
        return None
    return [("19" if p[0] == "九" else "20") + "".join(_YEAR_VALUE[c] for c in p) for p in pairs]


# how many years a count said after a list of years says ("二五二六二七三年": 2025, 2026, 2027, three years)
_COUNT_VALUE = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}


def _years_then_count(run: str) -> tuple[list[str], str] | None:
    """A run of two-numeral years with the count of them said last, no stop between ("二五二六二七三"
    → 2025, 2026, 2027 and 三): read so only when the count is the number of years listed."""
    if len(run) < 5 or not len(run) % 2 or run[-1] not in _COUNT_VALUE:
        return None
    years = _run_years(run[:-1])
    if years is None or len(years) < 2 or _COUNT_VALUE[run[-1]] != len(years):
        return None
    return years, run[-1]


def _said_years(m: re.Match) -> str:
    group = m.group(1)
    runs = list(_RUN_RE.finditer(group))
    read = [_run_years(r.group()) for r in runs]
    counted = _years_then_count(runs[-1].group()) if read[-1] is None and m.string[m.end():].startswith("年") else None
    if counted:
        # the count kept apart from the last year, as said: 2025、2026、2027这三年
        read[-1] = counted[0][:-1] + [counted[0][-1] + "这" + counted[1]]
    if any(r is None for r in read):
        return group
    restated = _RESTATED_COUNT_RE.match(m.string, m.end())
    if restated and not m.string[m.end():].lstrip().startswith("年") \
            and cn_to_int(restated.group(1)) != sum(len(r) for r in read):
        return group
    if len(runs) == 1 and len(read[0]) == 1 and runs[0].group() in ("二三", "二四") \
            and _COUNTING_BEFORE.search(m.string[:m.start()]):
        return group                              # 断了二三年: two or three years
    out, at = [], 0
    for r, years in zip(runs, read):
        out.append(group[at:r.start()])
        out.append("、".join(years))
        at = r.end()
    out.append(group[at:])
    # (二五二六两年: the count kept apart from the last year, as 这 keeps it — 2026两年 read on as 20262年)
    return "".join(out) + ("这" if m.string[m.end():].lstrip().startswith("两年") and out[-1] == "" else "")


# Years said in four numerals each (二〇二五, 二零二五二零二六, 一九九八) are years even with no 年 after
# them ("二零二五二零二六都没交"): no sum of money nor count is said 二零二五 (that is 两千零二十五), and
# two or more of them run together are never one number.
_FOUR_YEAR_RUN_RE = re.compile(r"(?<![零〇一二三四五六七八九两十百千万\d])((?:(?:一九|二[零〇])[零〇一二三四五六七八九]{2})"
                               r"(?:\s*[、,，和跟与及到至\-~～/]?\s*(?:一九|二[零〇])[零〇一二三四五六七八九]{2})*)"
                               r"(?![零〇一二三四五六七八九十百千万])")


def _four_years(m: re.Match) -> str:
    group = m.group(1)
    out, at = [], 0
    for r in _FOUR_YEAR_RE.finditer(group):
        between = group[at:r.start()]
        out.append(between if between or not out else "、")
        out.append("".join(_YEAR_VALUE[c] for c in r.group()))
        at = r.end()
    return "".join(out) + group[at:]


# Years in two numerals each, run together with no 年 after them, one after another ("二五二六二七都交了" after
# "从二五年开始"): two or more years in a row are years — no sum is said so (两千五百二十六 is), and a run of
# numerals each one more than the last is no phone or card number said aloud either. Not before a unit or
# a count (二五二六块, 二五二六号, 二五二六个): a figure of its own.
_YEARS_IN_ORDER_RUN_RE = re.compile(r"(?<![零〇一二三四五六七八九两十百千万\d])((?:[零〇一二三][零〇一二三四五六七八九]){2,8})"
                                    r"(?![零〇一二三四五六七八九十百千万亿\d]|\s*(?:年|块|元|圆|角|毛|分|号|个|次|天|月|日|岁|人|%|点|W|w|k|K)"
                                    # (a count said after it that _said_years left unread: the run is no years)
                                    rf"|\s*(?:两年|几年|{_RESTATED_COUNT}))")


def _years_in_order(m: re.Match) -> str:
    years = _run_years(m.group(1))
    if not years or any(int(b) != int(a) + 1 for a, b in zip(years, years[1:])):
        return m.group(1)
    return "、".join(years)


def said_years(text: str) -> str:
    """Years said digit by digit written as years: 二五年没交 → 2025年没交, 把二六年的交了 → 把2026年的
    交了, 二零三零年 → 2030年, 二零二五二零二六都没交 → 2025、2026都没交, 二五二六二七都交了 → 2025、2026、
    2027都交了. A year is never a count of years nor an amount (断保 25 年 was read of "二五年没交")."""
    if "二" in text or "一九" in text:
        text = _FOUR_YEAR_RUN_RE.sub(_four_years, text)
    text = _SAID_YEARS_RE.sub(_said_years, text) if "年" in text else text
    # (after the years said with 年, whose runs keep a count said after them: 二五二六两年 → 2025、2026这两年)
    return _YEARS_IN_ORDER_RUN_RE.sub(_years_in_order, text) if "二" in text else text


# a year named in words, its number glossed in brackets after it ("今年（2025年）退休", "去年(2024年)没交"): the
# number is the year meant, written alone, as if said so ("2025年退休") — the bracket cut the year from its
# verb for every reader after (a retiring year, a year without cover)
_GLOSSED_YEAR_RE = re.compile(r"(?:今年|去年|前年|明年|后年|本年|当年|上一?年|下一?年)\s*[(（]\s*((?:19|20)\d\d)\s*年?\s*(度)?\s*[)）]")


def glossed_years(text: str) -> str:
    return _GLOSSED_YEAR_RE.sub(lambda m: m.group(1) + "年" + (m.group(2) or ""), text) if "年" in text else text


# a stay counted inside its verb (住了两回院, 住过3次院, 住第二次院): 住院 whole, then the count, as the pages on a
# second stay say it (一年住院2次, 第二次住院; 回 counts a stay as 次 does) — cut apart, 两回 and 院 found the
# outpatient page's 第二次 instead. Read so in the question only: the pages never split the verb, and the join
# applied to them moved the index (last round's lexicon step, backed out)
# (one stay, 住过一次院, is the earlier stay a calculation's form reads as told: left as said)
_COUNTED_STAY_RE = re.compile(r"住[了过]?(第)?((?!1(?!\d))\d+|(?!一[回次])[一两二三四五六七八九十几好]+)[回次]院")


def _counted_stay(m: re.Match) -> str:
    return f"第{m.group(2)}次住院" if m.group(1) else f"住院{m.group(2)}次"


# ... and so a visit counted inside its verb (看过一次门诊, 看了两回门诊): 看门诊 whole, as the pages say it, the count
# after (one visit, no fact of any case, goes) — cut apart, 看 and 门诊 apart found no page on a visit, and 看过,
# jieba's word, is no page's: read as an unknown word, the question was about something no page names
# (a count asked or vague, 看了几回门诊, 好几次: said as it is — 门诊几次 would read as a question of its own)
_COUNTED_VISIT_RE = re.compile(r"看([了过])?((?!1(?!\d))\d+|[一两二三四五六七八九十]+)[回次](?:的)?门诊")


def _counted_visit(m: re.Match) -> str:
    return "看门诊" if m.group(2) == "一" else f"看门诊{m.group(2)}次"


def as_read(text: str) -> str:
    """One script, years said as years, and a stay or visit counted inside its verb written whole (住了两回院 →
    住院两次, 看过一次门诊 → 看过门诊): the text every layer after the edge reads (the engine's answer and explain, the
    service's follow-up check)."""
    text = glossed_years(said_years(to_simplified(text)))
    text = _COUNTED_VISIT_RE.sub(_counted_visit, text) if "门诊" in text else text
    return _COUNTED_STAY_RE.sub(_counted_stay, text) if "院" in text else text


# full-width digits, Latin letters and the percent sign ("２５年", "７５％"): typed so by some input methods
_WIDE_FIGURES = {c: chr(c - 0xFEE0) for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF05]}


def half_width_figures(text: str) -> str:
    """`text` with its full-width digits, letters and ％ as ASCII, and nothing else changed: the readers
    of years, sums and months look for ASCII digits, and a message typed full-width ("２５年２６年都没交")
    must read as the same figures. (Not the whole NFKC: full-width punctuation — "，", "？" — is what
    the clause splitters and many patterns look for.)"""
    return text.translate(_WIDE_FIGURES) if not text.isascii() else text


def clean(text: str) -> str:
    """Script and noise only: what a clause splitter may see (punctuation kept, folded). A message's
    clauses are cleaned by several readers in turn (the splitter, the slots, normalize): a short
    text's result is kept for the next (as normalize's are: a few dozen, about a message's)."""
    return _clean_kept(text) if len(text or "") <= NORMALIZED_CHARS else _clean(text)


def _clean(text: str) -> str:
    text = _INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", text or ""))
    text = glossed_years(said_years(to_simplified(text).lower()))
    text = _PUNCT_RUN_RE.sub(r"\1", text)
    return _SPACE_RE.sub(" ", text).strip()


def normalize(text: str) -> str:
    # a message's clauses and readings are normalised by several layers in turn (the lexicon,
    # the year, scope and small-talk checks): a short text's result is kept for the next layer
    # (a few dozen, about one message's worth: not a memory of earlier messages)
    return _normalize_kept(text) if len(text or "") <= NORMALIZED_CHARS else _normalize(text)


# how long a text may be for its normalised form to be kept, and how many are kept
NORMALIZED_CHARS = 200
NORMALIZED_KEPT = 64


# A date said in numerals, 一月一号 / 十二月三十一日 / 三月份, written as the entries write it (1月1号,
# 3月份): "是不是一月一号就能报了" meets the entry saying 1月1日. A month alone (一月) may count months.
_CN_DATE_RE = re.compile(r"([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})(?=[号日])|(?=份))")


def _said_date(m: re.Match) -> str:
    month, day = cn_to_int(m.group(1)), cn_to_int(m.group(2)) if m.group(2) else None
    if month is None or not 1 <= month <= 12 or (m.group(2) and (day is None or not 1 <= day <= 31)):
        return m.group(0)
    return f"{month}月{day if day is not None else ''}"


def _normalize(text: str, cleaned=clean) -> str:
    text = cleaned(text)
    if "月" in text:
        text = _CN_DATE_RE.sub(_said_date, text)
    text = _CN_RUN_RE.sub(_replace_cn_number, text)
    text = _GRADE_RE.sub(lambda m: _GRADE_CN[m.group(1)] + "级", text)
    return text


_normalize_kept = lru_cache(maxsize=NORMALIZED_KEPT)(_normalize)
_clean_kept = lru_cache(maxsize=NORMALIZED_KEPT)(_clean)


# how many of the corpus's own texts' normalised forms are kept: every entry's question, and staff's
CORPUS_TEXTS_KEPT = 4096


@lru_cache(maxsize=CORPUS_TEXTS_KEPT)
def normalize_corpus_text(text: str) -> str:
    """normalize() of a text of the corpus (an entry's question), not of a message: the entries
    found for a message are read again and again, message after message, and kept apart here they
    neither cost their normalisation each time nor push the message's own texts out of normalize's
    few dozen (nor their cleaned forms clean's)."""
    return _normalize(text, _clean)
