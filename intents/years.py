"""Which year a question is about, and a note when it is not the year the handbook's figures are
for: the handbooks give one year's figures (regions.yaml: figures_year), and another year's may
differ. The engine adds the note to FAQ answers; a calculation form can add it to its result the
same way (`year_note(text, region)`), so that a year the asker named is never silently swapped."""
from __future__ import annotations

import re
from datetime import date

import regions
from corpus.normalize import normalize

_YEAR = re.compile(r"(?<!\d)(20[0-4]\d)\s*年")
_RELATIVE = {"大前年": -3, "上上年": -2, "前年": -2, "去年": -1, "明年": 1, "后年": 2, "大后年": 3}
# each word where it is said, the longest first ("大前年" is three years back, not 前年 after a 大); not the
# 前 of 以前 nor the 后 of 往后 / 以后 / 今后 ("以前年年都交", "往后年年都交": every year, none named)
_RELATIVE_SAID = re.compile(r"大前年|上上年|大后年|(?<![以往今之然])(?:前年|后年)|去年|明年")


def _relative(text: str, today: date | None) -> list[tuple[int, int, int]]:
    """(start, end, year) of each year `text` (normalised) says relative to today, in order."""
    found = list(_RELATIVE_SAID.finditer(text))
    if not found:
        return []
    # (today's date only where a year is said relative to it: asking the clock costs more than the
    # rest, in the several calls each reading of a message makes)
    year = (today or date.today()).year
    return [(m.start(), m.end(), year + _RELATIVE[m.group(0)]) for m in found]


def years_asked(text: str, today: date | None = None) -> list[int]:
    """The years a question names: 2024年, 二〇二四年, 去年 / 明年 (from today), in order."""
    text = normalize(text)
    found = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text)]
    found += [(at, year) for at, _, year in _relative(text, today)]
    return list(dict.fromkeys(y for _, y in sorted(found)))


def past_years_said(text: str, today: date | None = None) -> set[int]:
    """The years `text` says relative to today that are past ("去年", "前年"), as years."""
    text = normalize(text)
    return {year for at, end, year in _relative(text, today) if _RELATIVE[text[at:end]] < 0}


# a year that dates the asker's story, not the rules asked about: an event in it ("去年老伴走了",
# "2024年住院了") or its bills ("2023年住院的票据", "去年在外地看病的票")
# (a move told, "前年秋天跟儿子到深圳住", "去年搬到成都": when someone went to live somewhere, a fact of the story)
_EVENT = (r"(?:住院|看病|看门诊|就医|就诊|手术|生病|检查|治疗|参保|办理?)(?:了|过)|看了|病了|住的院|住了院|看的病|看的门诊|做的手术|查出|确诊|摔|出生|生了|生孩子了|"
          r"(?:到|去|来|搬到|搬去)[^，。,；;？?！!\d\s]{1,4}?(?:住|生活|定居|养老)(?!院)|搬家|搬过去|搬过来|"
          r"生娃了|花了|报了|交了|缴了|没交|没缴|断了|断保|办了|退休了|走了|去世|过世|死了|没了|离世")
# (an event asked of by its sum, "2024年合疗交了好多", asks that year's figure: the rule, not the story)
# (the month and day said of it: "去年12月在老家医院住的院")
_STORY_AFTER = re.compile(r"^(?:度|底|初|年初|年底|的时候|那会)?(?:\d{1,2}月(?:份|\d{1,2}[号日])?)?[^，。,；;？?！!\d]{0,5}?(?:" + _EVENT + r")"
                          r"(?!\s*(?:多少|好多|几多|几个|啥|什么|几))"
                          r"|^[^，。,；;？?！!\d]{0,8}?的(?:票据|发票|单据|票|费用|账单|医药费|住院费)")


# an illness said right after the year, as what befell someone ("前年脑梗 落下后遗症了", "去年得了糖尿病，"):
# an event of the story as much as 住院了 — the clause goes on, or ends, with no figure asked of it
_ILLNESS_LEAD = re.compile(r"^(?:度|底|初|年初|年底|的时候|那会)?[^，。,；;？?！!\d]{0,4}?(得了?|患了?|查出来?|确诊了?|发现)?$")
_ILLNESS_END = re.compile(r"^(?:了|过|之后|以后|过后|后(?!遗症)|住院|落下|留下)")
# (an illness said bare and then a pause, "2024年脑梗 门诊限额多少", may be what the year asks of: only one
# said as having befallen someone, "去年得了糖尿病，", ends its clause as the story)
_CLAUSE_ENDS = re.compile(r"^(?:$|[\s，,。；;])")


# (sudden illnesses and injuries the policies' disease lists do not name as such)
_ILLNESS_WORDS = ("中风", "脑梗", "心梗", "脑出血", "脑溢血", "骨折", "车祸", "癌症")


def _illness_after(rest: str) -> bool:
    """Whether `rest` (the text after a year) opens with an illness that befell someone, its clause
    going on with what followed or ending there."""
    from intents.slots import _SEQUELA_GAP, diseases_said
    head = _SEQUELA_GAP.sub("后遗症", rest[:16])
    rest = _SEQUELA_GAP.sub("后遗症", rest)
    for word in [*(w for w, _, _ in diseases_said(head)), *(w for w in _ILLNESS_WORDS if w in head)]:
        at = head.find(word)
        lead = _ILLNESS_LEAD.match(head[:at]) if at >= 0 else None
        after = rest[at + len(word):]
        if lead and (_ILLNESS_END.match(after) or (lead.group(1) and _CLAUSE_ENDS.match(after))):
            return True
    return False


def story_years(text: str, today: date | None = None) -> list[int]:
    """The years that only date the asker's story (an event, its bills), not a rule: the rules
    asked about are today's, so no other year's note is due for them."""
    text = normalize(text)
    marks = [(m.end(), int(m.group(1))) for m in _YEAR.finditer(text)]
    marks += [(end, year) for _, end, year in _relative(text, today)]
    years: dict[int, bool] = {}
    for end, year in marks:
        years[year] = years.get(year, True) and bool(_STORY_AFTER.match(text[end:]) or _illness_after(text[end:]))
    return [y for y, story in years.items() if story]


def without_years(text: str) -> str:
    """The question with the years it names taken out ("2023年的门诊统筹" → "的门诊统筹"): the
    handbook's entries are about their own year, and a year they do not mention only weakens the
    match."""
    text = normalize(text)
    text = _YEAR.sub("", text)
    return _RELATIVE_SAID.sub("", text)


def year_note(text: str, region: str | None, answer: str | None = None, today: date | None = None) -> str | None:
    """A note when `text` asks about another year than the one `region`'s handbook gives figures
    for; None when it does not, or when `answer` itself speaks of the year asked."""
    r = regions.get(region)
    if r is None:
        return None
    figures = r.handbook.figures_year
    story = story_years(text, today)
    # (a span the answer states, "以上比例为2024—2026年度的": a year within it is one the answer speaks of)
    spans = re.findall(r"(?<!\d)(20\d\d)\s*年?\s*[—–~至到-]\s*(20\d\d)\s*年", answer or "")
    paid_back = paid_back_years(text, region, today)
    asked = [y for y in years_asked(text, today) if y != figures and not (answer and f"{y}" in answer)
             and y not in story and y not in paid_back and not any(int(a) <= y <= int(b) for a, b in spans)]
    rule = repaid_at_paying_year(region) if paid_back and not asked else None
    if rule is not None and not (answer and rule.partition("（")[0] in answer):
        # "补交2024年的": not another year's rule asked — the handbook's rule on what a 补缴 costs, said
        return (f"（补交{min(paid_back)}年的：手册写明{rule}，"
                f"按补交时当年的个人缴费标准交，不是按{min(paid_back)}年的。）")
    if not asked:
        return None
    year = asked[0]
    office = r.office_name or "当地医保经办机构"
    # the years the answer itself states (2025年度 1070元, 2026年度 1100元) are the ones it gives
    # (a span named as that span, not as its last year, nor again by a year within it: "2025年度为14448元"
    # beside "2024—2026年度的赔付比例")
    stated = sorted({int(y) for y in re.findall(r"(?<!\d)(20\d\d)\s*年", answer or "")
                     if not any(int(a) <= int(y) <= int(b) for a, b in spans)}) + [int(a) for a, _ in spans]
    said = {int(a): f"{a}—{b}" for a, b in spans}
    given = "、".join(said.get(y, str(y)) for y in sorted(stated)) if stated else str(figures)
    if figures is None:
        dated = r.handbook.latest_dated
        since = f"，其中最近的规定是{dated}年起实行的；" if dated else "，"
        return f"（{r.name}的材料没有注明这些数字适用的年份{since}{year}年的标准请向{office}确认。）"
    # the handbook's edition too (巴中's is of 2025-11 with 2026's figures): the year a reader knows it by
    edition = _edition(r.handbook.published)
    if year < figures:
        return f"（手册给出的是{given}年的标准{edition}；{year}年的标准可能不同，往年的情况请咨询{office}。）"
    return f"（手册给出的是{given}年的标准{edition}；{year}年的标准可能调整，请以{office}公布的为准。）"


def _edition(published: str | None) -> str:
    """"，手册是2025年11月印发的" from the registry's YYYY-MM; nothing where the handbook gives no date."""
    m = re.fullmatch(r"(\d{4})-(\d{2})", published or "")
    return f"，手册是{m.group(1)}年{int(m.group(2))}月印发的" if m else ""


# a rule the answer says is in force from a date ("2024年1月1日起，省内异地住院免备案", "自2025年1月起…"): before
# that date another rule held, which the handbook does not state
_RULE_STARTS = re.compile(r"(20\d\d)\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?\s*(?:起|开始)")
# ... and a year asked as the time before it ("2024年以前", "2024年之前的")
_BEFORE_SAID = re.compile(r"^(?:度)?(?:以前|之前|前(?![往去])|以往)")


def before_rule_start(text: str, answer: str | None, today: date | None = None) -> tuple[str, str] | None:
    """(the time asked, as said; the start the answer states) when `text` asks about a time before every rule
    `answer` says is in force from a date, and the answer says nothing of that time itself; None otherwise.
    A year that dates the asker's story (2023年住的院) is the case, not the rules asked about."""
    starts = [(int(m.group(1)), m.group(0)) for m in _RULE_STARTS.finditer(answer or "")]
    if not starts:
        return None
    first, since = min(starts)
    t = normalize(text)
    story = set(story_years(t, today))
    # (only the time before asked as such, "2024年以前": a year alone, "2023年…免备案吗", is answered by the
    # start the page names; nor where the page says what the rule replaced, "2024年起，不再执行…")
    if "不再" in (answer or ""):
        return None
    rest = _RULE_STARTS.sub("", answer or "")
    for m in _YEAR.finditer(t):
        year = int(m.group(1))
        if year in story or year > first or f"{year}" in rest:
            continue
        if _BEFORE_SAID.match(t[m.end():]):
            return (f"{year}年以前", since)
    return None


# What years a page's facts are dated for, read from the page's own words (the handbook's data, not a list in
# code): a year that heads a figure ("2025年度为14448元", "2026年城乡居民医保集中征缴期为…", "到2035年达到…"), a
# span ("以上比例为2024—2026年度的"), a date a rule holds from ("2021年4月1日起实施"). A year inside a date
# ("2025年10月20日至…") is the window's day, not the year the figure is for.
_SPAN = re.compile(r"(?<!\d)(20\d\d)\s*年?\s*度?\s*[—–~至到-]\s*(20\d\d)\s*年")
_DATE_OR_START = re.compile(r"(?<![\d如])(20\d\d)\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?\s*(起|开始|以来|实施|施行)?")
# a year that labels a figure: "2025年度…", "2025年，…", "2026年城乡居民医保集中征缴期为…", "到2035年达到…"
# (not a year a base is taken from, "按2022年机关事业单位、企业…平均水平为基数")
_LABEL = re.compile(r"度|\s*[，,]|[^，,。；;、（(）)\d]{0,14}?(?:为|是|达到)")
# an aside in brackets ("（2026年度集中缴费期为…）" beside the waiting period's rule) dates the aside, not the page
_ASIDE = re.compile(r"[（(][^）)]*[）)]")


def page_years(answer: str) -> tuple[set[int], set[int], list[tuple[int, int]]]:
    """(the years the page labels its figures with, the years its rules hold from, its spans of years)."""
    answer = normalize(answer or "")
    spans = [(int(a), int(b)) for a, b in _SPAN.findall(answer)]
    labels, starts = set(), set()
    plain = _ASIDE.sub("", _SPAN.sub("", answer))
    for m in _DATE_OR_START.finditer(plain):
        year = int(m.group(1))
        if m.group(2):
            starts.add(year)
        elif "月" not in m.group(0) and _LABEL.match(plain, m.end()):
            labels.add(year)
    return labels, starts, spans


# "那会的报销比例", "当时的标准是多少": a figure of the time the asker's story is set in, asked as that time's
_THEN_ASKED = re.compile(r"(?:那会儿?|那时候?|当时|那阵子?|那几年)(?:的|是|候的)?[^，。；;？?！!]{0,8}?"
                         r"(?:比例|标准|政策|规定|多少|好多|几多|几种|几个|起付|报销)")
# a figure stated (a rate, a sum, a count of kinds, of years), what a past year's rule may have differed in
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|元|万元|种|年|个月|天|类)")


# whether the rule held then ("2023年也免备案吗", "那时候要不要备案"): the date it holds from answers it (not then)
_WHETHER = re.compile(r"(?:吗|不|没|么|嘛|没有)\s*[？?]?\s*$|是不是|能不能|要不要|有没有|用不用|需不需要|可不可以")
# a start that says what it replaced ("2024年起，不再执行50元/次的限额"): the time before it is said too
_REPLACED = re.compile(r"(?:起|开始)[，,]?\s*(?:不再|取消)")


# a year named as what is paid back ("补交2024年的", "2023年的合疗还能补缴不", "2024年的交好多 我想给我娘补交"): the
# year of a gap in cover, not a year whose rule is asked — where the region's policy prices a 补缴 at the paying
# year's standard (巴中: 补缴费用参照当年参保地个人缴费标准执行), the rule answering it is today's
_PAID_BACK = re.compile(r"补交|补缴|补上|补齐|补足|补起|补回")
# (not a payment back said not to be needed, "学制年度内调标准的不用补缴")
_NO_PAYING_BACK = re.compile(r"(?:不|不用|不需要?|无需|不再|免)(?:再)?(?:补交|补缴)")


def repaid_at_paying_year(region: str | None) -> str | None:
    """The region's rule that a 补缴 is paid at the standard of the year it is paid in, as the handbook says
    it, with where ("…执行（第三章 十问）"); None where its policy states none (克拉玛依's late fee, 长治: no
    such rule stated)."""
    from calculators.policy import policy_for
    if region not in regions.covered():
        return None
    wp = policy_for(region).waiting_period
    if wp is None or wp.repair_fee_source is None or not wp.repair_fee_rule:
        return None
    return f"{wp.repair_fee_rule}（{wp.repair_fee_source.section}）"


def paid_back_years(text: str, region: str | None, today: date | None = None) -> set[int]:
    """The past years `text` names in a message about paying back (a 补缴 of them) where `region`'s policy
    says a 补缴 is paid at the standard of the year it is paid in; empty elsewhere (a region that states no
    such rule: the year stays asked, and unanswered)."""
    t = normalize(text)
    if not _PAID_BACK.search(t) or _NO_PAYING_BACK.search(t) or repaid_at_paying_year(region) is None:
        return set()
    now = (today or date.today()).year
    return {y for y in years_asked(t, today) if y < now}


def year_not_given(text: str, region: str | None, answer: str | None,
                   today: date | None = None) -> tuple[int, str, bool] | None:
    """(the year asked, the years the page gives its figure for as said, whether the page dates it) when
    `text` asks a fact of a year the page does not give it for: the page dates its figure by other years (2027's window of a page of
    2026's; 2030's 缴费年限 of a page of 2025's and 2035's), the year is before the date its rule holds from,
    not asked as whether the rule held then ("2023年也免备案吗": its start answers that), or — a page dating
    nothing — the year is past, before the handbook's edition (the material states the rules of its day).
    None where the page gives that year, states its rule as lasting from a date before it, or no year is asked (a year of the story is not asked; "那会的比例" asks the story's own)."""
    r = regions.get(region)
    if r is None or not answer:
        return None
    t = normalize(text)
    story = story_years(t, today)
    # (a year to come said relative to today, "明年的医保几时交", stays with the year note: to one who read the
    # handbook as it came out, 明年 was its own year — only a year written out is taken as another)
    written = {int(m.group(1)) for m in _YEAR.finditer(t)}
    to_come = {y for at, end, y in _relative(t, today) if _RELATIVE[t[at:end]] > 0}
    paid_back = paid_back_years(t, region, today)
    asked = [y for y in years_asked(t, today) if y not in story and y not in paid_back and (y in written or y not in to_come)]
    if not asked and _THEN_ASKED.search(t):
        asked = [y for y in story if y < (today or date.today()).year]
    if not asked:
        return None
    year = asked[0]
    labels, starts, spans = page_years(answer)
    if year in labels or any(a <= year <= b for a, b in spans):
        return None
    said = "、".join([*(f"{a}—{b}" for a, b in spans), *map(str, sorted(labels))])
    if starts and year < min(starts, default=0) and year < (today or date.today()).year and not _WHETHER.search(t) \
            and not _REPLACED.search(normalize(answer)) \
            and not re.search(rf"(?<!\d){year}\s*年", _RULE_STARTS.sub("", normalize(answer))):
        # (nor where the page says what the rule replaced, "2024年起，不再执行…", or speaks of the year besides)
        return year, f"{min(starts)}年起", True
    if labels or spans:
        if re.search(rf"(?<!\d){year}\s*年", normalize(answer)):
            return None         # (the year is a day the page names, "2026年1月10日": the page speaks of it)
        # a rule held from a date before the year and no figure dated after that date: it lasts ("2024年起…")
        lasting = [s for s in starts if s <= year and not any(y > s for y in labels) and not any(b > s for _, b in spans)]
        return None if lasting else (year, f"{said}年", True)
    if starts:
        return None
    # a page dating nothing: the rules of the handbook's day; a year before it is past and not stated
    edition = int(r.handbook.published[:4]) if r.handbook.published else r.handbook.latest_dated
    # (a page that names any year, "2022年9月以后取消", speaks of time itself: it is read as it says)
    if edition and year < edition and _FIGURE.search(normalize(answer)) and not _YEAR.search(normalize(answer)):
        given = f"{r.handbook.figures_year}年" if r.handbook.figures_year else "现行"
        return year, f"{given}的标准{_edition(r.handbook.published)}", False
    return None
