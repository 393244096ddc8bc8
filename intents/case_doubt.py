"""A figure asserted or doubted right after a case was computed ("还是交500吗", "起付线不是300吗",
"听说是报八成", "1500对不对"): checked against *that* case — the figures its calculation used and gave,
and the policy rows its facts pick — never against the policy's general row, which may be another
case's (the on-time fee is not the late payer's, the 一级 deductible not the 二级 stay's).

The stateless check (intents.premise) reads only the message; this one is handed the case the form
kept (`form["last"]["case"]`: the calculation's name, inputs and result figures). It extracts the
doubted figures and compares them; calculators.figures knows where the policy states a figure."""
from __future__ import annotations

import re
from decimal import Decimal

from intents import premise
from intents.numbers import find_numbers

# the benefit each calculation is of (premise's areas): a doubt that names another benefit is not of the case
CALC_AREA = {"inpatient": "inpatient", "chain": "inpatient", "outpatient": "outpatient", "chronic": "chronic",
             "special": "special", "two_diseases": "two_diseases", "contribution": "contribution",
             "waiting_period": "waiting", "serious_illness": "serious", "maternity": "maternity",
             "assistance": "assistance"}

# which of a case's result figures a doubted figure is, by what its words make it (premise's topics)
_TOPIC_KEYS = {"deductible": ("deductible",), "ratio": ("ratio",), "cap": ("limit", "cap", "yearly_limit"),
               "limit": ("limit", "cap", "yearly_limit"), "standard": ("household", "personal"), "wait": ("months",)}
# a figure whose words name no quantity: the case's answer (what is paid in, what the fund pays, the wait)
_HEADLINE_KEYS = {"money": ("household", "personal", "fund_pays", "total", "assistance_pays"),
                  "ratio": ("ratio",), "months": ("months",)}
_ROLE = {"deductible": "起付线", "ratio": "报销比例", "limit": "年度支付限额", "cap": "年度最高支付限额",
         "yearly_limit": "年度支付限额", "household": "一共要交", "personal": "个人要交", "fund_pays": "医保能报",
         "total": "一共", "assistance_pays": "救助金额", "months": "等待期"}

# the facts of a case that pick its policy row (premise._fits reads them)
ROW_FACTS = ("insurance", "retired", "tier", "grade", "level", "filing", "elsewhere", "category", "diseases", "two")

# a bare figure doubted with nothing that names it ("不是500吗", "还是500吗", "听说是500", "500对不对", "是500吧"):
# the whole message is the doubt — what it doubts is the case just computed (the stateless readers take
# such a figure for a cost)
_FIG = r"(?P<fig>[\d.,]+\s*(?:万|千)?|[一二两三四五六七八九十百千万零点]+)\s*(?P<unit>%|％|成[一二三四五六七八九半]?|个月|元|块钱?|万元?)?"
_BARE_DOUBT = re.compile(
    r"^\s*(?:我|俺|咱)?(?P<heard>听说|听人说|听别人说|别人说|别个说|人家说|据说|记得|好像)?(?:的|是)?\s*"
    r"(?P<lead>还是|不是说?|也是|就是|是|才|只)?(?:要?交|要?缴|报|能报)?\s*" + _FIG +
    r"\s*(?P<tag>吗|嘛|吧|对不对|对吧|对吗|是不是|是吧|是吗|不)?[啊呀哦哈嘛呢噻]*\s*[？?。!！~～]*\s*$")


# the case's figure said to have been told wrong ("我看错了 能报的是…", "说错了"): a correction the form takes, no doubt
_CORRECTED = re.compile(r"(?<!对)不对|说错|看错|搞错|记错|弄错|打错|写错|更正|纠正|重新算|重算")


def bare_doubt(text: str) -> tuple[Decimal, str] | None:
    """The figure and its unit where the whole message doubts one bare figure; None otherwise."""
    m = _BARE_DOUBT.match(text or "")
    if m is None:
        return None
    lead, tag, heard = m.group("lead"), m.group("tag"), m.group("heard")
    # a doubt, not a correction: "不是八千" alone corrects the case's figure (a fact told), "不是八千吗" asks
    if not (heard or tag or lead == "不是说"):
        return None
    nums = [n for n in find_numbers(m.group("fig") + (m.group("unit") or "")) if n.value is not None]
    if len(nums) != 1:
        return None
    value, unit = nums[0].value, (m.group("unit") or "")
    if unit in ("%", "％"):
        return value / 100, "ratio"
    if unit.startswith("成"):
        tenth = {"半": 5, **{c: i for i, c in enumerate("一二三四五六七八九", 1)}}.get(unit[1:2], 0)
        return (value * 10 + tenth) / 100, "ratio"
    if unit == "个月":
        return value, "months"
    return value, "money"


def _said(value: Decimal, unit: str) -> str:
    from calculators.figures import say
    return say(value, unit)


def _case_words(case: dict) -> str:
    """The case in a few words, from the calculation's inputs (whose scheme, which hospital, late paid)."""
    from calculators.figures import SCHEME
    i = case.get("inputs") or {}
    words = []
    if i.get("late"):
        words.append("过了规定时间补缴当年的保费")
    if i.get("insurance") in SCHEME:
        words.append(SCHEME[i["insurance"]] + ("退休" if i.get("retired") else ""))
    if i.get("category") and i["category"] != "一般":
        from calculators.assistance import CATEGORY_WORDS
        words.append(CATEGORY_WORDS.get(i["category"], i["category"]))
    if i.get("tier"):
        words.append(f"{i['tier']}医疗机构")
    if i.get("diseases"):
        words.append("、".join(i["diseases"]))
    return "、".join(words)


def _elsewhere(region: str, area: str, value: Decimal, unit: str, case: dict) -> str:
    """Where the policy states the doubted figure, for the case's benefit (the row most like the case):
    the asker's figure is placed, never left as if made up; "" where the policy states it nowhere there."""
    from calculators.figures import figures
    rows = [f for f in figures(region) if f.area == area and f.unit == unit and f.value == value]
    if not rows:
        return ""
    best = _closest(rows, case)
    i = case.get("inputs") or {}
    on_time = "（在规定时间内按时缴纳的标准）" if i.get("late") and best.topic == "standard" else ""
    return f"{_said(value, unit)}是{best.text}{on_time}。"


def _closest(rows: list, case: dict):
    """Of the policy rows holding a figure, the one most like the case (its scheme, its disease …)."""
    i = case.get("inputs") or {}
    diseases = i.get("diseases") or ()

    def likeness(f) -> int:
        # (the case's own disease weighs most: a figure of the same disease under the other scheme is the
        # likelier source of the asker's than another disease of the same scheme)
        return sum(2 * any(d in v for d in diseases) if k == "disease" else i.get(k) == v for k, v in f.facts.items())
    return max(rows, key=likeness)


def _role_of_bare(region: str, area: str, value: Decimal, unit: str, result: dict) -> str | None:
    """Which of the case's figures a bare figure doubts: the case's own figure of that value (its deductible),
    else the quantity the policy states that value as for the case's benefit (400 a fee standard: the fee
    the case computed; 1500 a disease's limit: the case's limit), else the case's answer."""
    keys = [k for k in _ROLE if isinstance(result.get(k), (int, float)) and Decimal(str(result[k])) == value
            and (unit == "ratio") == (k == "ratio")]
    if keys:
        return keys[0]
    from calculators.figures import figures
    rows = [f for f in figures(region) if f.area == area and f.unit == unit and f.value == value]
    topics = {f.topic for f in rows}
    for topic in topics:
        key = next((k for k in _TOPIC_KEYS.get(topic, ()) if k in result), None)
        if key is not None and len(topics) == 1:
            return key
    return next((k for k in _HEADLINE_KEYS[unit] if k in result), None)


def _sources(case: dict) -> list:
    from calculators.policy import Source
    out = []
    for s in case.get("sources") or []:
        try:
            out.append(Source(**s))
        except Exception:       # (a source the policy model no longer takes: the reply cites the rest)
            continue
    return out


def _line(value: Decimal, unit: str, key: str, case: dict, region: str, area: str) -> str:
    held = Decimal(str(case["result"][key]))
    words = _case_words(case)
    said = f"按您说的情况（{words}）" if words else "按您说的情况"
    role = _ROLE.get(key, "算下来")
    if held == value:
        return f"对，{said}{role}{_said(held, unit)}。"
    return f"不是{_said(value, unit)}：{said}{role}{_said(held, unit)}。" + _elsewhere(region, area, value, unit, case)


def _other_case_named(text: str, case: dict) -> bool:
    """Whether the message names a row fact of its own that is not the case's (职工 after a 居民 case)."""
    from intents.slots import extract
    said = extract(text).values
    inputs = case.get("inputs") or {}
    return any(said.get(k) is not None and inputs.get(k) is not None and said[k] != inputs[k]
               for k in ("insurance", "retired", "tier", "grade", "level", "filing", "category"))


def check(text: str, region: str, case: dict | None) -> premise.Verdict | None:
    """Each figure the message asserts or doubts checked against the case computed before; None when
    there is no case, the message names another benefit or another row, or a figure is none the case
    holds or picks (the stateless check, or the search, answers)."""
    if not case or not case.get("result") or region is None:
        return None
    area = CALC_AREA.get(case.get("name") or "")
    if area is None:
        return None
    named = premise._area(text, region)
    if named is not None and named != area and not (named == "inpatient" and not premise._STAY_NAMED.search(text)):
        # (起付线 alone names no stay: the case's own benefit's deductible — a 大病 case's, a 门特 case's)
        return None
    if _other_case_named(text, case) or _CORRECTED.search(text):
        return None
    from intents.years import years_asked
    if years_asked(text):
        return None           # (a year named is another dimension than the case's: the dated check answers)
    result = case["result"]
    lines: list[str] = []
    bare = bare_doubt(text)
    claims = premise.asserted(text)
    if bare is not None and not claims:
        value, unit = bare
        key = _role_of_bare(region, area, value, unit, result)
        if key is None:
            return None
        lines.append(_line(value, unit, key, case, region, area))
        if key == "fund_pays" and Decimal(str(result[key])) != value:
            # (a bare sum may be the bill corrected rather than a payout doubted: the way to say so, never guessed)
            lines.append(f"如果您是想更正费用金额，请说“费用是{_said(value, unit)}”，我重新算。")
    else:
        if not claims:
            return None
        from intents import forms
        if forms.states_a_fact(text):
            return None       # (a fact of the case told with it: the form recomputes, then checks the figure)
        rows_facts = {k: v for k, v in (case.get("inputs") or {}).items() if k in ROW_FACTS and v is not None}
        for a in claims:
            topic = premise._topic(a, text, area)
            key = next((k for k in _TOPIC_KEYS.get(topic or "", ()) if k in result), None) if topic else \
                next((k for k in _HEADLINE_KEYS.get(a.unit, ()) if k in result), None)
            if key is not None:
                lines.append(_line(a.value, a.unit, key, case, region, area))
                continue
            # a figure the calculation did not keep (a rate, a limit): the policy row the case's facts pick
            verdict = premise.check(text, region, {**rows_facts, "care_area": area})
            if verdict is None:
                return None
            return verdict
    correct = all(line.startswith("对") for line in lines)
    return premise.Verdict(text="\n".join(lines), sources=_sources(case), correct=correct, unplaced=[])
