"""Figures the asker asserts rather than reports: "起付线是不是500", "一年最多报10万吧",
"报销90%是吧", "是不是要花够800才起报", "初次参保3个月就能享受了？".

One rule, used twice: the slot extractor never takes an asserted figure for a cost, and the engine
checks each asserted figure against the handbook (confirmed, or corrected with the handbook's
figure). This module only finds them; calculators.figures knows the handbook's figures."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from intents import people
from intents.numbers import find_numbers, to_int

Unit = Literal["money", "ratio", "months", "days"]

# a figure put as "isn't it …?": one doubt, opened by 不是 and closed by 吗 / 嘛 — at a clause's end
# ("起付线不是五百吗 …", "不是报七成嘛"), or mid-message where what it holds is a figure ("三级医院起付线
# 不是五百吗我屋头…"); the words a figure's check strips before it (_ONLY_BEFORE) open with it too
_DOUBT_OPEN = "不是"
_DOUBTED = (_DOUBT_OPEN + r"(?:[^，。,；;？?！!\s]{1,10}?[吗嘛](?=\s|[？?，,。！!~～]|$)"
            r"|[^，。,；;？?！!\s]{0,8}?[\d十百千万成%％][^，。,；;？?！!\s]{0,3}?吗)")

# a figure told as what a rule was ("去年是14000", "以前只有五百", "往年的标准是三百八"): the words, the copula,
# then the figure (not a date: "去年是3月交的")
# (and a year written out, "二四年是一万三千多", "2025年度的是14448": a figure told as that year's — a premise, never a bill)
_PAST_WORDS = (r"(?:去年|前年|上一?年度?|往年|以前|之前|原来|过去|早先|以往|早些年|前几年"
               r"|(?<![\d〇零一二三四五六七八九十])(?:20\d\d|\d\d|(?:二[〇零])?[〇零一二三四五六七八九]{2})\s*年度?)(?:的)?(?:标准|数|数字|规定)?"
               r"(?:都|也|还)?(?:是|为|只有|只要|才|就是|要)")
_PAST_TOLD = _PAST_WORDS + r"\s*[\d一二两三四五六七八九十百千万](?![\d.]*\s*(?:月|号|日|年|岁|次|回|天))"
_PAST_TOLD_BEFORE = re.compile(_PAST_WORDS + r"\s*$")


def _told_as_past(text: str, a: "Assertion") -> bool:
    """Whether the figure is told as what the rule was ("去年是X"), not asserted of it now."""
    return bool(_PAST_TOLD_BEFORE.search(text[max(0, a.start - 14):a.start]))


# the asker checks something: 是不是 / 对吧 / 是吧 / 对吗 / …吗 / …吧 / a bare "？" / 听说
MARKER = re.compile(r"是不是|是否|是吧|对吧|对吗|对不对|是吗|没错吧|对么|是么|吧\s*[？?。!！~～]*\s*$|吧\s*[？?，,。！!\s]|吗[啊呀哦哈嘛]*\s*[？?。!！~～]*\s*$|嗦\s*[？?。!！~～]*\s*$|"
                    r"[？?]\s*$|(?:对不|是不)[啊呀哦哈嘛呢]*\s*[？?。!！~～]*\s*$|中不中|听说|据说|好像|记得|不是说|以前说|之前说|原来说|听[^，。？?\d]{1,4}说|(?:别人|别个|人家|有人)说|"
                    # what someone the asker knows said ("室友说…"), and a doubt said after it ("真的假的")
                    r"(?:室友|同学|朋友|邻居|学长|学姐|亲戚|同事|熟人)说|真的假的|是真是假|"
                    # a rule remembered, asked whether it still holds ("以前一天只能报50块 现在还有这限制不")
                    r"(?:现在|如今|今年|目前)(?:还|也还|仍然|依然)(?:有|是|这样|这么|那样|那么|这个|那个|在)|记不清|记不得|"
                    # a figure put as "isn't it …?" (_DOUBTED)
                    + _DOUBTED + "|" +
                    # a figure told as what the rule was ("去年是X", "以前只有X", "原来的标准是X"): a figure of the
                    # rule told beside the question of what it is now, never the asker's cost
                    _PAST_TOLD + "|" +
                    # a figure asked about with the dialect's closing 不 ("起付线要重新交700不": …吗)
                    # (... with the particle a filler closes it with: "…也是30万不啊")
                    # (... the figure pointed at by its noun before the 不: "还是75%那个标准不", "400这个标准不")
                    r"[\d十百千万成%％]\s*(?:元|块钱?|万元?)?\s*(?:的?(?:那|这)(?:个|几个|几档|几段|样)?(?:比例|标准|档|数|规定)?)?"
                    r"\s*不[啊呀哦哈嘛呢]*\s*[？?。!！~～]*\s*$|"
                    # two figures offered to choose from ("交400还是1200", "报六成还是七成")
                    r"[\d十百千万成%％]\s*(?:元|块钱?|万元?)?\s*还是\s*[\d一二两三四五六七八九]")
# two figures offered as the alternatives of one rule: "今年交多少 400还是1200"
ALTERNATIVE_AFTER = re.compile(r"^\s*(?:元|块钱?|万元?)?\s*还是\s*[\d一二两三四五六七八九]")
ALTERNATIVE_BEFORE = re.compile(r"[\d十百千万成%％]\s*(?:元|块钱?|万元?)?\s*还是\s*$")     # (个人还是400: "still")
RULE_IN_CLAUSE = re.compile(r"起付|比例|限额|封顶|标准|报|交|缴|赔|等待期")
# words that make the figure after them a rule (a threshold, a rate, a limit, a standard, a wait)
RULE_BEFORE = re.compile(r"(?:起付线|起付标准|起付|门槛费?|起点|比例|报销|给报|能报|只报|就报|报|赔付?|限额|封顶线?|最多|最高|"
                         r"上限|标准|个人(?:要)?(?:交|缴)|单位(?:要)?(?:交|缴)|一年(?:要)?(?:交|缴)|要(?:交|缴)|交|缴|"
                         r"降低?|减少?|提高|增加|能加|可以加|会加|再加|多加|等待期|等|定额|花满|满|超过|自付到|出|掏|扣|"
                         # a sum the fund gives ("产前检查是不是补五百"): a subsidy's figure
                         r"补助?|补贴|"
                         # a figure per year or month checked ("两病糖尿病一年360对吧"): a limit or a standard
                         r"一年|每年|年度|一个月|每个?月)"
                         r"[^，。,；;0-9一二两三四五六七八九十百千万]{0,3}$")
# …a threshold phrase after the figure: 花够800才起报, 超过1万的部分才报, 3个月就能享受
RULE_AFTER = re.compile(r"^\s*(?:元|块钱?|万元?)?\s*(?:以上|以下)?(?:的部分)?\s*(?:才|就|(?:以后|之后|后)(?:才|就)?)(?:能|可以|开始)?(?:报|赔|享受|用|报销)|^\s*(?:内|以内)(?:参保|缴费|交)")
# a fact of the asker's own case, not a rule: 花了5000, 报了3000, 自付了2000, 已经交了400
# a period after which the asker did something ("过了90天才交的", "断了3个月才去交"): the case told; a
# rule's wait asserted says what can then be done ("3个月才能报")
LATE_TOLD = re.compile(r"(?:以后|之后|后)?才(?!能|可以|可|会|算|开始|有|享受|报|生效)")
STATED = re.compile(r"(?:能报|可以报|可报|符合报销)的(?:费用|部分|医疗费用?|钱)(?:是|有|为)?\s*$|"
                    # (the bill's part that counts, "能报的费用3500元": the asker's cost, not a payout checked)
                    r"(?:(?:还要|还得|还需要?|仍要|仍需)(?:自己)?(?:出|掏|付|自付)|花了|花费了?|用了|报了|赔了|补了|出了|自付了|自费了|掏了|交了|缴了|一共|总共|合计|医药费|费用是|费用为)"
                    r"[^，。,；;]{0,2}$|"
                    # the asker's own bill by what it paid for, the figure right after it ("一年药钱900块",
                    # "药费花了600"; not "产前检查费是500吗", a rule's figure checked)
                    r"(?:药钱|药费|住院费)(?:花了|用了|有|共|一共|总共)?\s*$|"
                    # ... or by whose it is and what it bought, then its period ("我降压药一年花300", "俺妈吃药
                    # 每个月180"; not "两病糖尿病一年360对吧", a limit checked with no one's care named)
                    r"(?:我|俺|我妈|我爸|俺妈|俺爹|老人|老汉|老妈)[^，。,；;\d是]{0,6}?(?:药|看病|门诊|拿药|吃药|开药)"
                    r"[^，。,；;\d]{0,2}?(?:一年|每年|全年|一个月|每个?月)\s*$")
# a room or office the papers are handed to ("材料交到702了", "送到305室"): a place, not a figure
ROOM_AFTER = re.compile(r"\s*(?:室|办公室|房间|号楼|号房|栋|楼)")
HANDED_TO = re.compile(r"(?:交|送|递|移交|拿|放)到\s*$")
PAPERS = re.compile(r"材料|资料|票据|发票|单据|单子|证明|表格?")
# papers handed in straight to a number, no 到 between ("发票还能交702吗", "材料送702"): the room they go to
PAPERS_HANDED = re.compile(r"(?:" + PAPERS.pattern + r")[^，。,；;？?！!\s\d]{0,4}?(?:交|送|递|移交|拿|放)(?:去|给)?\s*$")
BOUND_AFTER = re.compile(r"^\s*(?:元|块钱?|万元?)?\s*(?:以内|以下|以上|之内|之间|到(?!底)|至)")
# a thing named by its price ("只交53的长护险", "400的那个"): the figure labels what is asked about, no
# rule's figure asserted (the question is the yes/no about it)
_NAMED = r"(?:元|块钱?)?的(?:那个|这个|那种|这种)?(?:长护险|长护|医保|保险|档次?|那个|这个)"
NAMED_BY_PRICE = re.compile(r"\s*" + _NAMED)
DATE_AFTER = re.compile(r"\s*(?:月|号|日|年|点|岁|级|次|周|号)")
# (or a new level said to be reached, "居民医保涨到五百了": the standard itself, not a rise by it, which
# 涨了五百 would be)
COPULA = re.compile(r"(?:是|为|要|涨到|涨成|调到|调整到|调成|变成|升到)[^，。,；;]{0,2}$")
# (a benefit named is a policy's figure too: "两病高血压是不是200块", "门诊慢病是不是报500")
POLICY_NOUN = re.compile(r"起付|比例|限额|封顶|标准|保险|险|医保|合疗|农合|费|待遇|等待期|补助|救助|定额|最多|最高|"
                         r"两病|高血压|糖尿病|门诊|慢病|慢性病|特病|住院|产前|产检|生育|顺产|剖腹产|剖宫产")
# the check said after the figure ("产前检查500是吧", "补五百是不是", "是500对吧"): the tag stands for the
# copula, the figure is asserted of the benefit named before it, as "是不是500" asserts it (a bare 吧 or
# 吗 is left out: "住院大概3000吧" is a cost guessed, not a rule checked)
TAG_AFTER = re.compile(r"^\s*(?:元|块钱?|万元?)?\s*(?:是不是|是吧|对吧|对吗|对不对|是吗|没错吧|对么|是么|对不|是不)")
# (nor a sum a change is by, "医保涨了五百是不是真的": how much it rose, not to what)
_GUESSED = re.compile(r"大概|大约|差不多|估计|左右|可能|涨|降|加|减|多了|少了|提高|增加|上调|下调")
_UNIT_AFTER = re.compile(r"^\s*(?:(?P<pct>%|％)|(?P<cheng>成(?:(?P<tenth>[一二三四五六七八九])(?![成%％十百千万元块个])|(?P<half>半))?)"
                         r"|(?P<months>个月|个多月)|(?P<days>天|个工作日|日内))")
_TENTHS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}


@dataclass(frozen=True)
class Assertion:
    value: Decimal
    unit: Unit
    start: int
    end: int
    context: str          # the words that say what the figure is (back to the previous figure or clause)


# a clause that only checks what was said before it ("…，对吧", "…，是不是哦", "…，真的吗")
CHECK_TAG = re.compile(r"^\s*(?:是不是|是吧|对吧|对吗|对不对|中不中|是吗|没错吧|对么|是么|真的吗|是真的吗|是不是真的|是这样吗|真的假的|是真是假|"
                       r"是这样的吗|对不|是不)[啊呀哦哈吧嘛呢]*\s*[？?。!！~～]*\s*$")
_CLAUSE_END = re.compile(r"[，。,；;！!？?\n]")
# a yes-or-no asked of a deed of its own, closed by 吗 ("还能用原来的吗", "可以报销吗"): no check of a figure
# told before it (not "还是这样吗", "是500吗": what was said, checked)
_OWN_YES_NO = re.compile(r"^\s*(?:还|也|那|都)?(?:能|可以|会|要|用|得)(?![是])[^，。,；;？?！!\d是]{1,10}吗[啊呀哦哈嘛]*\s*[？?。!！~～]*\s*$")
# a clause telling what was heard, with a claim of its own after the hearsay ("听说一直交的话比例还会提高")
_HEARD_OWN = re.compile(r"^\s*(?:听说|据说|听[^，。？?\d]{1,4}说|(?:别人|别个|人家|有人)说)[^，。,；;？?！!\d]{4,}$")
# a space between two Chinese words: where a message without punctuation ends a clause (same length)
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff\d%）)])\s(?=[\u4e00-\u9fff])")


def _checked_clause(text: str, start: int) -> bool:
    """Whether the clause holding text[start] checks something: it or a clause before it in its
    sentence carries a marker, or a clause after it only checks ("起付线是500，对吧"). A figure in a story clause of a message whose
    question is elsewhere ("我爸合疗每年自己掏400块，我的个人账户能不能给他交？") is the asker's fact."""
    bounds = [m.start() for m in _CLAUSE_END.finditer(text)]
    if not any(0 < b < len(text.rstrip("，。,；;！!？?~～ \n")) for b in bounds):
        spaced = _SPACED.sub("，", text)   # "…自付5万 大病起付线是1万吧 …": clauses told apart by spaces
        if spaced == text or _checked_clause(spaced, start):
            return True                   # one clause: as a whole
        # a figure's own clause unchecked is the story's only where the check holds a figure of its
        # own ("…自付5万 大病起付线是1万吧"); "…封顶11万 没记错吧" checks the figure before it
        marked = [c for c in _CLAUSE_END.split(spaced) if MARKER.search(c)]
        if marked and all(_OWN_YES_NO.search(c) and len(MARKER.findall(c)) == 1 for c in marked):
            # ("…单位说一个月扣200扣了以后老家的卡 还能刷吗": the clause that asks asks a yes-or-no of
            # its own, closed by 吗 alone — the story's figure is the asker's fact, nothing checked)
            return False
        if marked and all(_HEARD_OWN.search(c) and len(MARKER.findall(c)) == 1 for c in marked):
            # ("孩子慢病报60% 听说一直交比例还会提高 最多提几个点": what was heard is a claim of its own, told after the
            # figure — the figure before it is the asker's fact, not what the hearsay doubts)
            return False
        return not any(re.search(r"[\d一二两三四五六七八九十百千万]", c) for c in marked)
    # the sentence up to the figure's clause: "是不是先自己出100，剩下的报90%" checks both
    begin = max([m.end() for m in re.finditer(r"[。！!？?\n]", text) if m.end() <= start], default=0)
    # (a space typed between two clauses ends one there too: "我们村里好多人都在问这个，俺们村好几个人都说…最多报
    # 30万 俺们长治的也是30万不" checks the second 30万, not the one heard in the clause before)
    text = _SPACED.sub("，", text)
    bounds = [m.start() for m in _CLAUSE_END.finditer(text)]
    end = min([b for b in bounds if b >= start], default=len(text))
    if MARKER.search(text[begin:end + 1]):
        return True
    later = [c for c in _CLAUSE_END.split(text[end + 1:]) if c.strip()]
    return any(CHECK_TAG.match(c) for c in later)


# a sum said as what is to be refunded ("合疗交的400块钱还退得到不", "那400能退回来吗"): the asker's own
# payment, whose refund is asked — no figure of a rule checked
_REFUND_AFTER = re.compile(r"\s*(?:元|块钱?)?[^，。,；;？?\d]{0,4}?(?:退|要回来|拿回来|返还)")


# a clause that only checks the figure after it ("是不是1000"), and a question asking a figure before it
_BARE_CHECK = re.compile(r"^\s*(?:是不是|是否|是|就是|应该是|难道是)\s*$")
# (a spoken particle may close the question: "最多能报好多哦", "报几成嘛")
_FIGURE_ASKED = re.compile(r"(?:多少|好多|几多|几成|几个点)[钱块元]?[哦噢啊呀嘛呢哈喃嘞噻]*\s*$")
# ... or a rule named alone, as the topic of what is heard after it ("大额补助封顶 听人说只有20万")
_RULE_NAMED_ALONE = re.compile(r"(?:封顶线?|限额|上限|起付线|起付标准|报销比例)[哦噢啊呀嘛呢哈]*\s*$")
# ... a run that only tells the figure as heard ("听说只有五十万", "听人说才两千", "好像就是10万")
# (who it was heard from as 四川 and 山西 say it too: "听别个说", "听人家说")
_HEARD_ONLY = re.compile(r"^\s*(?:我|俺|咱)?(?:听说|据说|听人说|听别人说|听别个说|听人家说|人家说|别人说|别个说|好像|记得)(?:的)?"
                         r"(?:只有|只|才|就是?|也就|是|有|要)?\s*$")
# ... and a clause that only recalls the figure after it ("俺记得是一百块", "好像是五百")
_RECALLED = re.compile(r"^\s*(?:我|俺|咱)?(?:记得|记到|好像|印象中|听说)(?:是|有|要)?\s*$")


def asserted(text: str) -> list[Assertion]:
    """The figures the asker asserts about a rule, in order; empty when the message checks nothing.
    A message's texts are read for them by several layers (the split into parts, the premise check,
    the calculation's kind, the readings): a short text's are kept (a fresh list each time; an
    Assertion is frozen)."""
    return list(_asserted_kept(text)) if len(text) <= _KEPT_UP_TO else _asserted(text)


# how long a text may be for its assertions to be kept (a message, not a pasted page)
_KEPT_UP_TO = 200


@lru_cache(maxsize=64)
def _asserted_kept(text: str) -> tuple[Assertion, ...]:
    return tuple(_asserted(text))


def _asserted(text: str) -> list[Assertion]:
    if not MARKER.search(text):
        return []
    out: list[Assertion] = []
    prev_end = 0
    taken = 0                     # the end of the last figure read (八成五's 五 is read with it)
    for n in find_numbers(text):
        if n.year or n.age or n.value is None or n.start < taken:
            continue
        if not _checked_clause(text, n.start):
            continue
        unit_m = _UNIT_AFTER.match(text[n.end:])
        end = n.end + (unit_m.end() if unit_m else 0)
        taken = end
        clause_start = max(text.rfind(c, 0, n.start) for c in "，。,；;？?！!") + 1
        if clause_start > 1 and _BARE_CHECK.match(text[clause_start:n.start]) and text[clause_start - 1] in "？?，," \
                and _FIGURE_ASKED.search(text[:clause_start - 1]):
            # "门诊一年最多报多少？是不是1000" (or after a comma, "大病一年最多报多少，是不是20万"): a check in a
            # clause of its own, just after the question asking that figure — the figure of the rule that
            # question names
            clause_start = max(text.rfind(c, 0, clause_start - 1) for c in "，。,；;？?！!") + 1
        elif clause_start > 1 and _RECALLED.match(text[clause_start:n.start]) and text[clause_start - 1] in "？?" \
                and POLICY_NOUN.search(text[max(text.rfind(c, 0, clause_start - 1) for c in "，。,；;？?！!") + 1:clause_start]):
            # "两病还有起付线吧？俺记得是一百块": a figure recalled in a clause of its own, just after the
            # question naming the rule — that rule's figure, not a sum of the asker's
            clause_start = max(text.rfind(c, 0, clause_start - 1) for c in "，。,；;？?！!") + 1
        # "一年住院最高能报好多 听说只有五十万": a figure heard, in a clause (or a run after a space) that
        # only recalls it, just after a question asking a figure — that figure's rule, checked
        heard_at = max(text.rfind(c, 0, n.start) for c in " \u3000，。,；;？?！!") + 1
        before_heard = text[:heard_at - 1].rstrip(" \u3000，。,；;？?！!")
        heard = heard_at > 1 and bool(_HEARD_ONLY.match(text[heard_at:n.start])) \
            and bool(_FIGURE_ASKED.search(before_heard) or _RULE_NAMED_ALONE.search(before_heard))
        context = text[max(prev_end, clause_start, n.start - 16):n.start]
        last_end, prev_end = prev_end, end
        unit: Unit
        value = n.value
        if (unit_m and unit_m.group("pct")) or text[max(0, n.start - 3):n.start] in ("百分之", "百分比"):
            unit = "ratio"          # 90%, or said 百分之九十
            value = value / 100
        elif unit_m and unit_m.group("cheng"):
            # 八成五 is 85%, 七成半 75%
            unit, value = "ratio", value / 10 + (Decimal(_TENTHS[unit_m.group("tenth")]) / 100 if unit_m.group("tenth")
                                                 else Decimal("0.05") if unit_m.group("half") else 0)
        elif unit_m and unit_m.group("months"):
            unit = "months"
        elif unit_m and unit_m.group("days"):
            unit = "days"
        else:
            unit = "money"
            if not n.explicit and value < 10:
                prev_end = last_end   # (its words stay the next figure's: "一年360" is a yearly figure)
                continue              # 一型, 一次: a bare small number is no rule's figure
        if unit == "money" and NAMED_BY_PRICE.match(text, n.end):
            continue                  # 只交53的长护险: the thing named by its price
        if unit == "money" and DATE_AFTER.match(text, n.end):
            continue                  # 2月底, 12月31号: a date, not a figure
        if unit == "money" and (ROOM_AFTER.match(text, n.end) or PAPERS_HANDED.search(text[clause_start:n.start]) or (
                HANDED_TO.search(text[clause_start:n.start]) and PAPERS.search(text[clause_start:n.start]))):
            continue                  # 材料交到702了, 发票还能交702吗, 702室: where papers go, not a figure
        threshold = bool(RULE_AFTER.match(text[end:]))
        if unit == "money" and not threshold and BOUND_AFTER.match(text[end:]):
            continue                  # 10万以内是不是报50%: a segment of a table named, not a figure checked
        if unit == "money" and _REFUND_AFTER.match(text, end):
            continue                  # 交的400块钱还退得到不: the sum paid, whose refund is asked
        if STATED.search(context) and not threshold:
            continue                  # 花了5000: the asker's own cost (but 花了200以上的部分才报 is a rule)
        if unit == "money" and _ELIGIBLE_TOLD.search(context) and not threshold and not TAG_AFTER.match(text[end:]):
            continue                  # 能报的是一万二, 目录内的有8000: the bill's eligible part told, a fact of the case
        if unit in ("days", "months") and LATE_TOLD.match(text, end):
            continue                  # 出生过了90天才交的: when the asker did it, not a rule's period
        # (one of two figures offered, "交多少 400还是1200", in a clause that names the rule)
        offered = (ALTERNATIVE_AFTER.match(text[end:]) or ALTERNATIVE_BEFORE.search(text[:n.start])) \
            and RULE_IN_CLAUSE.search(text[clause_start:n.start])
        if unit != "ratio" and not (threshold or offered or heard or RULE_BEFORE.search(context) or (unit == "days" and text[end:end + 1] == "内")
                                    or (COPULA.search(context) and POLICY_NOUN.search(context))
                                    or (TAG_AFTER.match(text[end:]) and POLICY_NOUN.search(context)
                                        and not _GUESSED.search(context[-4:]))):
            if not n.explicit and value < 10:
                prev_end = last_end   # "一个月250是吧": a period that says what the next figure is
            continue                  # 住院3000, 怀孕5个月: no rule named
        out.append(Assertion(value=value, unit=unit, start=n.start, end=end, context=context))
    # a wait said as 半年 ("断保了是不是要等半年才能报"): six months, checked like "6个月"
    for m in _HALF_YEAR.finditer(text):
        if any(a.start <= m.start() < a.end for a in out) or not _checked_clause(text, m.start()):
            continue
        clause_start = max(text.rfind(c, 0, m.start()) for c in "，。,；;？?！!") + 1
        context = text[max(clause_start, m.start() - 16):m.start()]
        if re.search(r"(?:等待期|等)[^，。,；;]{0,3}$", context):
            out.append(Assertion(value=Decimal(6), unit="months", start=m.start(), end=m.end(), context=context))
    return sorted(out, key=lambda a: a.start)


# the part of a bill the asker says is eligible ("能报的是一万二", "可报销的部分有8000", "目录内的一共9000"): their
# case's figure, never a result asserted to check (that is said with a tag after it: "能报的是一万二吧")
_ELIGIBLE_TOLD = re.compile(r"(?:(?:能|可以|可)报(?:销)?的(?:部分|费用|钱|金额)?|(?:目录内|范围内|合规)(?:的)?(?:部分|费用|钱|金额)?)"
                            r"(?:是|有|为|一共|总共|共)?\s*$")


# (not 上半年 / 下半年 / 大半年 / 一年半, a part of a year named)
_HALF_YEAR = re.compile(r"(?<![上下大前后过多\d一二两三四五六七八九十])半年(?![度底初末])")


# the words of a check around an asserted figure: 只, 就, 才 before it; 元 after; the check itself
_CHECK_WORDS = re.compile(r"是不是|是否|是吧|对吧|对吗|对不对|中不中|是吗|没错吧|对么|是么|听说|据说|好像|不是说|听[^，。？?\d]{1,4}说|(?:别人|别个|人家|有人)说|[吧吗嗦]\s*(?=[？?，,。！!\s]|$)")
# (and the check said as a doubt just before it, "起付线不是三百吗": the figure asked, "起付线多少")
_ONLY_BEFORE = re.compile(r"(?:只|就|才|不就是|" + _DOUBT_OPEN + r")$")
_UNIT_WORD_AFTER = re.compile(r"^\s*(?:元|块钱?|万元?|块)")


_PRICE_LABEL = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(?=" + _NAMED + r")(?:元|块钱?)?的")


def without_price_labels(text: str) -> str:
    """The text without a price that only names a thing ("只交53的长护险" → "只交长护险"): the figure
    is no entry's word, and the question is about the thing. Unchanged when none is said."""
    return _PRICE_LABEL.sub("", text)


def without_assertions(text: str) -> str:
    """The question the asker checks: the figures asserted asked instead, without the words of the
    check ("统筹区外不备案只降10%对吧" → "统筹区外不备案降多少"): what the search should match; the figure is
    compared apart (or the handbook's figure in the answer says whether it holds). Unchanged when
    the message asserts nothing."""
    found = asserted(text)
    if not found:
        return text
    out = text
    for a in reversed(found):
        start, end = a.start, a.end
        unit = _UNIT_WORD_AFTER.match(out[end:])
        end += unit.end() if unit else 0
        only = _ONLY_BEFORE.search(out[:start])
        start -= len(only.group(0)) if only else 0
        out = out[:start] + "多少" + out[end:]
    return re.sub(r"\s+", " ", _CHECK_WORDS.sub("", out)).strip(" ，,。？?") or text


def spans(text: str) -> list[tuple[int, int]]:
    """Where asserted figures are, so that the slot extractor leaves them alone."""
    return [(a.start, a.end) for a in asserted(text)]


# ---- a payment deadline the asker asserts ----------------------------------------------

_MONTH = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九元])"     # 元月: January
_DAY = r"(?P<d>[12][0-9]|3[01]|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])"
_DATE = re.compile(_MONTH + r"\s*月\s*(?:(?P<end>底|末|份底|份末)|" + _DAY + r"\s*(?:号|日))")
# the date is a last day: 截止 / 为止 / 最晚 around it, or paying "before it" is said to be fine
_DEADLINE_AROUND = re.compile(r"截止|截至|为止|结束|最晚|最迟|(?:交|缴|参保)[费钱]?(?:能|可以)?(?:到|至)\s*$")
_BEFORE_IS_FINE = re.compile(r"^\s*(?:之前|以前|前)\s*(?:交|缴)[^，。,；;]{0,4}?(?:都|也)(?:不影响|行|可以|没事|没问题|来得及|算)"
                             r"|^\s*(?:之前|以前|前)[^，。,；;]{0,6}?(?:不影响|来得及|没问题|都行|都可以)")
_DEADLINE_CHECK = re.compile(MARKER.pattern + r"|吧|不影响|来得及|没问题|都行|都可以")
# ... or the last day named as a noun earlier in the date's clause ("截止日期是不是12月31号", and the students'
# ddl / deadline, the lexicon's 截止日期, which this layer reads before the lexicon does)
_DEADLINE_NOUN = re.compile(r"截止|截至|ddl|deadline", re.IGNORECASE)
# ... of the residents' yearly payment: not the staff's monthly one, nor when cover starts, nor a newborn's
# (出生90天内, counted from the birth: "刚出生的娃交合疗 截止日期是不是6月1号" is no claim on the window)
_NOT_THE_WINDOW = re.compile(r"职工|单位|每月|按月|欠费|补缴|几号开始|开始用|能用|生效|享受|等待期多|待遇从|报销材料|交材料|交资料|发票|票据|单据|灵活就业|长护|"
                             r"新生儿|出生|刚生")
# the other deadlines the handbooks give (报销材料 by 次年6月底, 备案): not the payment window's
_OTHER_DEADLINE = re.compile(r"报|材料|申请|备案|票据|发票|认定")


def _cn_int(s: str) -> int:
    """A month or day as the date pattern reads it: the project's numeral reader, and 元 (元月) 1."""
    return 1 if s == "元" else to_int(s)


def deadline_asserted(text: str) -> tuple[int, int | None, bool] | None:
    """(month, day or None for 月底, whether only paying before it is said to be fine) when the
    asker asserts the last day to pay ("缴费到12月31号截止对吗", "3月底之前交都不影响吧"); None
    otherwise."""
    paying = re.search(r"交|缴|参保", text) or (_DEADLINE_NOUN.search(text) and not _OTHER_DEADLINE.search(text))
    if not paying or not _DEADLINE_CHECK.search(text) or _NOT_THE_WINDOW.search(text):
        return None
    for m in _DATE.finditer(text):
        around = text[max(0, m.start() - 6):m.end() + 6]
        # "交到3月底": paying up to the date (the `$` form holds only right before it)
        clause = re.split(r"[，。,；;？?！!]", text[:m.start()])[-1]
        deadline = _DEADLINE_AROUND.search(around) or _DEADLINE_AROUND.search(text[max(0, m.start() - 6):m.start()]) \
            or _DEADLINE_NOUN.search(clause)
        fine = _BEFORE_IS_FINE.match(text[m.end():])
        if deadline or fine:
            return _cn_int(m.group("m")), (None if m.group("end") else _cn_int(m.group("d"))), not deadline
    return None


# the date is the first day to pay ("是不是十一月一号才开始交", "10月份开始收吧")
_START_AFTER = re.compile(r"\s*(?:份)?\s*(?:才|就)?(?:开始|起)(?:交|缴|收|征收|征缴|参保)")
# ... not one's own payment told ("我9月开始交的医保 现在能报销吗"): someone before the date in its clause,
# with no check between ("我想问是不是十一月一号才开始交", "我记得是十一月…" are still the window asserted)
_SOMEONE_BEFORE = re.compile(r"(?:我|俺|咱|他|她)(?:们|家)?(?P<between>[^，,。；;？?！!\s]{0,8})$")


def start_asserted(text: str) -> tuple[int, int | None] | None:
    """(month, day or None for the month's first) when the asker asserts the first day of the
    payment window ("是不是十一月一号才开始交"); None otherwise."""
    if not MARKER.search(text) or _NOT_THE_WINDOW.search(text):
        return None
    for m in re.finditer(_MONTH + r"\s*月\s*(?:" + _DAY + r"\s*(?:号|日))?", text):
        someone = _SOMEONE_BEFORE.search(text, 0, m.start())
        if someone and not MARKER.search(someone.group("between")):
            continue
        if _START_AFTER.match(text, m.end()):
            return _cn_int(m.group("m")), (_cn_int(m.group("d")) if m.group("d") else None)
    return None


# the days left to the window's end asked, with today's date said ("今天12月20号 集中缴费截止还有几天")
_DAYS_LEFT_ASKED = re.compile(r"(?:还(?:有|剩)?|剩下?|差)\s*(?:几|多少|好多|几多)\s*天|(?:几|多少|好多)天(?:后|以后|之后)?(?:截止|结束|截至)")
_TODAY = re.compile(r"(?:今天|今儿个?|今日|现在|目前)(?:是)?\s*" + _MONTH + r"\s*月\s*" + _DAY + r"\s*(?:号|日)")


def days_to_deadline(text: str, region: str):
    """The days from today, said as a date, to the region's 集中缴费期's last day: the calculation, or None
    — no today said, no days asked, or not the payment window (the staff's monthly fee, a newborn's days)."""
    from calculators.window import days_left
    today = _TODAY.search(text)
    if not today or not _DAYS_LEFT_ASKED.search(text) or _NOT_THE_WINDOW.search(text) \
            or not (re.search(r"交|缴|参保", text) or _DEADLINE_NOUN.search(text)) or _OTHER_DEADLINE.search(text):
        return None
    p = _policy(region)
    if p is None:
        return None
    import regions
    return days_left(p, regions.get(region).label, _cn_int(today.group("m")), _cn_int(today.group("d")))


def check_deadline(text: str, region: str) -> Verdict | None:
    """An asserted payment deadline, or first day to pay, against the region's 集中缴费期 (its policy file)."""
    import regions
    from calculators.policy import policy_for
    from calculators.window import check_deadline as against_window
    from calculators.window import check_start
    said = deadline_asserted(text)
    if said is None:
        start = start_asserted(text)
        found = check_start(policy_for(region), regions.get(region).label, *start) if start else None
        return None if found is None else Verdict(text=found.text, sources=found.sources, correct=found.correct, unplaced=[])
    found = against_window(policy_for(region), regions.get(region).label, *said)
    return None if found is None else Verdict(text=found.text, sources=found.sources, correct=found.correct, unplaced=[])


# ---- two years' figures side by side ------------------------------------------------------

# which part of the residents' 筹资 is asked (first match wins)
_FUNDING_PARTS = [("total", "筹资总额", r"筹资|总额|一共|总共"), ("subsidy", "财政补助", r"财政|补助|补贴|政府"),
                  ("personal", "个人缴费", r"个人|自己|交多少|缴多少|交费|缴费|交好多|要交")]
_COMPARED = re.compile(r"各|分别|差|涨|降|多了|少了|多多少|少多少|变化|变了|区别|不一样|一样|相比|比")
# another figure than the 筹资 compared across years ("2025年没报过 2026年大病保险限额是不是多了 多好多")
_ANOTHER_FIGURE = re.compile(r"大病|限额|封顶|起付|报销|住院|门诊|报过|报了")


# the change between the years asked ("多了多少", "涨了好多", "差多少"), not only each year's figure
_DIFFERENCE_ASKED = re.compile(r"(?:多|少|涨|降|增加|减少|提高|差)了?(?:多少|好多|几多|几百)|相差|差距|差额")


@dataclass
class YearsCompared:
    """Two years' 筹资 part asked with the change between them: computed (calculators.contribution)."""
    first: int
    second: int
    key: str


def compare_years(text: str, region: str) -> Verdict | YearsCompared | None:
    """Two years' 筹资 of the residents' scheme asked side by side ("2025年和2026年筹资总额各是多少，
    差了多少"): each year's figure from the policy file and the difference; None when the question
    is not that, or names a year the handbook gives no figure for (the year note then says so)."""
    import regions
    from calculators.figures import money
    from calculators.policy import policy_for
    from intents.years import years_asked
    years = years_asked(text)
    p = policy_for(region)
    resident = p.contributions.resident if p and p.contributions else None
    if resident is None or not resident.funding:
        return None
    if len(years) == 1:
        return _one_year(text, region, years[0], resident)
    if len(years) < 2 or not _COMPARED.search(text) or _ANOTHER_FIGURE.search(text):
        return None
    if any(y not in resident.funding for y in years[:2]):
        return None
    part = next(((key, name) for key, name, rx in _FUNDING_PARTS if re.search(rx, text)), None)
    if part is None:
        return None
    key, name = part
    first, second = sorted(years[:2])
    if _DIFFERENCE_ASKED.search(text):
        # how much it changed: a difference worked out, by the calculator (its working shown)
        return YearsCompared(first, second, key)
    a, b = getattr(resident.funding[first], key), getattr(resident.funding[second], key)
    said = (f"{regions.get(region).label}城乡居民医保每人{name}：{first}年度{money(a)}，{second}年度{money(b)}，"
            + ("两年相同。" if a == b else f"{second}年度比{first}年度{'多' if b > a else '少'}{money(abs(b - a))}。"))
    if key == "total":
        parts = [f"{first}年度个人缴费{money(resident.funding[first].personal)}、财政补助{money(resident.funding[first].subsidy)}",
                 f"{second}年度个人缴费{money(resident.funding[second].personal)}、财政补助{money(resident.funding[second].subsidy)}"]
        said += "（其中" + "；".join(parts) + "。）"
    return Verdict(text=said, sources=[resident.funding_source or resident.source], correct=True, unplaced=[])


# a question on what is paid in (not on what is paid back): one year's 筹资 asked alone
# (the residents' scheme only: 职工's years of paying, a waiting period after a gap are other rules)
_PAYING_IN = re.compile(r"(?:筹资|财政补|政府补|国家补|交|缴)[^，。,；;？?]{0,6}?(?:多少|好多|几多|几百|标准|总额)")
_NOT_PAYING_IN = re.compile(r"报|住院|门诊|起付|大病|慢病|慢性病|特病|生育|封顶|限额|比例|职工|退休|单位|灵活就业|"
                            r"等待期|待遇|断|没交|没缴|未交|补交|补缴|漏交|年限|多少年|好多年|几年")


def _one_year(text: str, region: str, year: int, resident) -> Verdict | None:
    """One year's 筹资 of the residents' scheme asked ("2025年个人交了多少"), a year the handbook gives
    besides the one its figures are for: that year's figure from the policy file. None for the
    figures' own year (the entry answers it) or a year the handbook does not give (the year note)."""
    import regions
    from calculators.figures import money
    from intents.years import story_years
    r = regions.get(region)
    if year not in resident.funding or r is None or year == r.handbook.figures_year:
        return None
    if not _PAYING_IN.search(text) or _NOT_PAYING_IN.search(text) or year in story_years(text):
        return None
    part = next(((key, name) for key, name, rx in _FUNDING_PARTS if re.search(rx, text)), None)
    if part is None:
        return None
    f = resident.funding[year]
    # each part's share of the total, as the handbook states it beside the sums (400/1070 = 37.38%)
    said = (f"{r.label}城乡居民医保{year}年度每人筹资总额{money(f.total)}，其中个人缴费{money(f.personal)}"
            f"（占筹资总额的{_share(f.personal, f.total)}）、财政补助{money(f.subsidy)}"
            f"（占{_share(f.subsidy, f.total)}）。")
    return Verdict(text=said, sources=[resident.funding_source or resident.source], correct=True, unplaced=[])


# the state's part of the 筹资 asked ("政府补多少", "财政给每个人补了好多"), beside the 筹资 itself
_SUBSIDY_ASKED = re.compile(r"(?:政府|财政|国家)[^，。,；;？?]{0,6}?(?:补|给|出)[^，。,；;？?]{0,6}?(?:多少|好多|几多|几百)"
                            # who pays the rest of it ("剩下那800谁给出的", "其余的是哪个出"): the state's part asked
                            r"|(?:剩下|剩余|其余|其他的|另外|差的)[^，。,；;？?]{0,6}?(?:谁|哪个|哪里|哪儿|哪家)[^，。,；;？?]{0,2}?"
                            r"(?:给|出|补|掏|付|负担|承担)")
_FUNDING_SAID = re.compile(r"筹资")
# the asker's own fee told, a sum paid ("我一年交400", "自己缴了四百")
_FEE_TOLD = re.compile(r"(?:交|缴|出)(?:了|的是|的)?\s*(?:\d|[一二三四五六七八九两几])")


def _funded_group(text: str) -> bool:
    """A group whose fee is subsidised said ("低保户 交100 国家补好多"): its 资助, not the 筹资's parts."""
    from intents.slots import extract
    return extract(text).get("category") not in (None, "一般")


def _sums_said(text: str) -> list:
    """The sums a question says, years aside ("一共"'s 一 and "一个人"'s are no sum): each must be a
    figure the policy has for the calculation to answer it."""
    from intents.years import without_years
    return [n.value for n in find_numbers(without_years(text)) if n.value is None or n.value >= 10]


def funding_split(text: str, region: str):
    """One year's 筹资 asked with the state's part of it ("个人筹资一共多少 学生自己出多少 政府补多少"):
    the calculation of its parts from the policy file, or None — the question is not that, names
    two years (compare_years), a year the handbook gives no 筹资 for, or a figure the policy does not
    have (then the premise check corrects it)."""
    from calculators.contribution import funding_split as split
    from intents.years import years_asked
    if not _SUBSIDY_ASKED.search(text) or _NOT_PAYING_IN.search(text):
        return None
    # (or, instead of the word 筹资, the asker's own yearly fee told as the handbook's figure, "合疗我一
    # 年交400 国家给补多少": the state's part of the same 筹资 is asked — not a subsidised group's 资助)
    fee_told = _FEE_TOLD.search(text) is not None and not _funded_group(text)
    if not _FUNDING_SAID.search(text) and not fee_told:
        return None
    p = _policy(region)
    resident = p.contributions.resident if p and p.contributions else None
    if resident is None or not resident.funding:
        return None
    import regions
    r = regions.get(region)
    years = years_asked(text)
    if len(years) > 1:
        return None
    year = years[0] if years else (r.handbook.figures_year if r is not None else None)
    if year not in resident.funding:
        return None
    f = resident.funding[year]
    said = _sums_said(text)
    if any(v not in (f.total, f.personal, f.subsidy) for v in said):
        return None
    if not _FUNDING_SAID.search(text) and f.personal not in said:
        return None
    return split(p, year)


# the 大病 deductible asked as a figure ("大病保险起付线是好多"), no bill of the asker's
# (or the group's being lower heard on the way, and then the figure itself asked, "听说大病保险起付线比一般人
# 低 具体是好多" — not how much lower, "低好多", which the entry's 降低50% answers; 起伏线 as often typed)
# (... the lower said without a comparison, and the figure asked in a clause of its own: "听说他的大病保险起伏线要低些
# 到底是好多钱")
# (二次报销 / 二次报账: the people's name of 大病保险, corpus/data/lexicon.yaml — not 第二次报销, a second claim)
_SERIOUS_THRESHOLD_ASKED = re.compile(r"(?:大病|(?<!第)二次报(?:销|账)?)[^，。,；;？?]{0,8}?(?:起付|门槛|起伏线)(?:[^，。,；;？?]{0,6}?(?:比[^，。,；;？?]{0,5}?)?(?:低|少)"
                                      r"[^。；;？?]{0,4}?(?:具体|到底|究竟|实际)[^，。,；;？?]{0,4}?(?:多少|好多|几多)|"
                                      r"[^，。,；;？?]{0,6}?(?:多少|好多|几多|是啥|是什么|咋个算))")


def group_threshold(text: str, region: str):
    """A group's own 大病 deductible asked ("我是低保户 大病保险起付线是好多"): its calculation from the
    policy file, or None — no group of its own said, a bill told, a figure the policy does not have,
    or the 职工 scheme (大病保险 is the residents')."""
    from calculators.serious_illness import group_for, group_threshold as threshold, section
    from calculators.common import NotListed
    from calculators.policy import policy_for
    from intents.slots import extract
    if not _SERIOUS_THRESHOLD_ASKED.search(text) or "职工" in text:
        return None
    category = extract(text).get("category")
    if category in (None, "一般"):
        return None
    try:
        p = policy_for(region)
        si = section(p)
    except (KeyError, NotListed):
        return None
    ordinary = si.groups.get("一般")
    _, g, _ = group_for(si, category)
    said = _sums_said(text)
    if any(v not in (g.deductible, ordinary.deductible if ordinary else None) for v in said):
        return None
    return threshold(p, category)


# what is left of the basic fund's yearly limit asked, after what it paid ("还能报多少", "还剩多少额度")
_ROOM_ASKED = re.compile(r"还(?:能|可以|可)?再?报(?:多少|好多|几多)|还剩(?:下)?(?:多少|好多|几多)|剩(?:下)?(?:多少|好多)额度|额度还(?:有|剩)(?:多少|好多)")
_BASIC_SAID = re.compile(r"基本医保|基本医疗|统筹|基金")
_NOT_BASIC_ROOM = re.compile(r"大病|门诊|慢病|慢特|特病|两病|救助|大额|公务员|生育|花了|总共花|合规|自付|自费")
# a year before this one said ("去年已经报了六万", "上一年门诊统筹报了250"): a sum it paid then takes nothing
# off this year's limit — no room computed from it (the limit's rule or a question back instead)
_ANOTHER_YEAR = re.compile(r"去年|前年|往年|上一?年(?!纪)|上个?年度|头一?年")


_CLAUSE_OF = re.compile(r"[^\s，,。；;！!？?]+")
_ASKER_SAID = re.compile(r"(?:我|俺)")


def _room_of_another(text: str) -> bool:
    """Whether the room is asked by one person of a sum paid told of another ("我爸今年统筹报了十二万 我还能
    报多少", "我今年报了十二万 我老婆还能报多少"): one clause the asker's own (我, no one else named), the
    other naming someone else. A clause naming no one is the person before it."""
    clauses = _CLAUSE_OF.findall(text)
    at = next((i for i, c in enumerate(clauses) if _ROOM_ASKED.search(c)), None)
    if not at:
        return False
    asked, paid = clauses[at], [c for c in clauses[:at] if re.search(r"报|支付|用", c)]

    def mine(c: str) -> bool:
        return bool(_ASKER_SAID.match(c)) and not people.someone_else(c)
    return bool(paid) and (mine(asked) and any(people.someone_else(c) for c in paid)
                           or people.someone_else(asked) and all(mine(c) for c in paid))


def cap_room(text: str, region: str, facts: dict):
    """The room left of the basic fund's yearly inpatient limit, asked with what it already paid this
    year ("今年基本医保已经报了六万 还能报多少"): the calculation, or None — no sum paid said, no bill
    but what was paid, the scheme not said where the limits differ, or another fund asked of."""
    from calculators.inpatient import cap_room as room
    used = facts.get("reimbursed") or facts.get("used_this_year")
    if used is None or not _ROOM_ASKED.search(text) or not _BASIC_SAID.search(text) or _NOT_BASIC_ROOM.search(text) \
            or _ANOTHER_YEAR.search(text) or _room_of_another(text):
        # (each person's yearly limit is their own: another's sum paid leaves the asker's room unknown)
        return None
    p = _policy(region)
    if p is None:
        return None
    insurance = facts.get("insurance")
    if insurance is None:
        caps = {plan.annual_cap.amount for plan in (p.inpatient or {}).values() if plan.annual_cap}
        if len(caps) != 1 or len(p.inpatient or {}) != 1:
            return None         # (the scheme decides the limit: the form asks it)
        insurance = next(iter(p.inpatient))
    return _computed(room, p, insurance=insurance, used=used)


def room_of_another(text: str, region: str, facts: dict):
    """The room asked by one person of a sum paid told of another (`_room_of_another`): the NotListed to say
    — each person's yearly limit is their own, stated from the policy, and the asker's own sum paid is what
    the room needs — or None."""
    from calculators.common import NotListed
    from calculators.inpatient import INSURANCE_WORDS, listed_cap
    from calculators.money import num
    used = facts.get("reimbursed") or facts.get("used_this_year")
    if used is None or not _ROOM_ASKED.search(text) or not _BASIC_SAID.search(text) or _NOT_BASIC_ROOM.search(text) \
            or _ANOTHER_YEAR.search(text) or not _room_of_another(text):
        return None
    p = _policy(region)
    insurance = facts.get("insurance")
    if p is None or insurance not in (p.inpatient or {}):
        return None
    try:
        plan = listed_cap(p, insurance=insurance)
    except NotListed as e:
        return e
    return NotListed(f"住院统筹基金的年度最高支付限额是每个参保人各自计算的（{p.region}{INSURANCE_WORDS.get(insurance, insurance)} "
                     f"{num(plan.annual_cap.amount)} 元/年），您说的已报金额是另一个人的，不占用这个人的额度。"
                     "请告诉我要算的这个人本人今年统筹基金已经报了多少，我再帮您算还剩多少。",
                     plan.annual_cap.source, ruled=True)


# 门诊统筹's own room asked: the visits' fund named, no other one ("今年门诊报过三百了 还剩多少能报")
_OUTPATIENT_SAID = re.compile(r"门诊")
# (what this bill gets asked, "那这次还能报多少" after a visit's sum: that bill with the limit's room, which
# the form computes — not the room alone)
_THIS_BILL = re.compile(r"这次|这回|这一次|这一回|本次|这趟|这笔")
_NOT_OUTPATIENT_ROOM = re.compile(r"住院|大病|慢病|慢性病|慢特|特病|两病|救助|大额|公务员|生育|花了|总共花|合规|自付|自费")


def outpatient_room(text: str, region: str, facts: dict, held: dict | None = None):
    """The room left of 门诊统筹's yearly limit, asked with what it already paid this year: the
    calculation, or None — no sum paid said, no 门诊 said (nor computed just before), a bill told, another
    fund asked of, or the scheme unknown (`held`: the facts the conversation keeps — its scheme,
    and the calculation just made)."""
    from calculators.outpatient import outpatient_room as room
    held = held or {}
    used = facts.get("reimbursed") or facts.get("used_this_year")
    outpatient = facts.get("used_for") == "门诊" or _OUTPATIENT_SAID.search(text) \
        or (held.get("calc") == "outpatient" and facts.get("used_for") is None)
    if used is None or not outpatient or facts.get("amount") is not None or not _ROOM_ASKED.search(text) \
            or _NOT_OUTPATIENT_ROOM.search(text) or _THIS_BILL.search(text) or _ANOTHER_YEAR.search(text):
        return None
    p = _policy(region)
    if p is None:
        return None
    insurance = facts.get("insurance") or held.get("insurance")
    if insurance is None:
        return None             # (the scheme decides the limit: asked, never one taken)
    retired = bool(facts.get("retired") or held.get("retired"))
    return _computed(room, p, insurance=insurance, used=used, retired=retired)


# a monthly 门诊慢病 limit asked by the month and for the whole year ("限额一个月多少 一年加起来多少")
_MONTH_ASKED = re.compile(r"(?:一个月|每个?月|月)[^，。,；;？?]{0,4}?(?:多少|好多|几多)")
_YEAR_SUM_ASKED = re.compile(r"(?:一年|全年|一整年|每年)[^，。,；;？?]{0,6}?(?:多少|好多|几多)")
_CHRONIC_LIMIT = re.compile(r"(?:门慢|慢病|慢性病|慢特病)[^，。,；;？?]{0,8}?限额|限额标准")
# the year's most asked alone of a disease's 门诊慢病 ("冠心病门慢 全年顶破天报好多"): where the handbook gives the
# limit by the month, the year's is twelve of it (the question names no month)
_CHRONIC_SAID = re.compile(r"门慢|慢病|慢性病|慢特病")
_YEAR_MOST_ASKED = re.compile(r"(?:一年|全年|一整年|每年)[^，。,；;？?]{0,6}?(?:最多|最高|封顶|顶天)[^，。,；;？?]{0,4}?(?:多少|好多|几多)")
# the 慢病 told begun within the year ("今年3月才认定的", "5月份批下来的"): not the twelve months the year's figure
# counts — how a part year is limited the handbook does not say, so the month's limit is the answer (its page)
_BEGUN_IN_YEAR = re.compile(r"\d{1,2}\s*月份?[^，。,；;？?\d]{0,4}?(?:才)?(?:认定|鉴定|审批|批下来|批的|批了|办下来|办好|办的|办了|开始享受|开始报)")


def monthly_limit_year(text: str, region: str, facts: dict):
    """A disease's monthly 门诊慢病 limit asked for a month and for the year, with no bill: the
    calculation (the month's figure, twelve of them), or None — no disease or scheme said where it
    decides the figure, a bill told, or a region whose limits are by the year."""
    from calculators.chronic import monthly_limit_year as year_of
    diseases = facts.get("diseases") or []
    asked_both = _CHRONIC_LIMIT.search(text) and _MONTH_ASKED.search(text) and _YEAR_SUM_ASKED.search(text)
    year_alone = _CHRONIC_SAID.search(text) and _YEAR_MOST_ASKED.search(text)
    if len(diseases) != 1 or facts.get("amount") is not None or not (asked_both or year_alone) \
            or _BEGUN_IN_YEAR.search(text):
        return None
    p = _policy(region)
    insurance = facts.get("insurance")
    if p is None or insurance is None:
        return None             # (the schemes' limits differ: the rule's page gives both)
    return _computed(year_of, p, insurance=insurance, disease=diseases[0])


# the two schemes' limits set against each other ("职工和居民一年最多能报的差多少", "限额差好多")
_LIMIT_WORDS = re.compile(r"限额|最多(?:能|可以)?报|最高(?:能|可以)?报|封顶")
_GAP_ASKED = re.compile(r"(?:相?差|差距|差别|多出|少了)(?:好多|多少|几多|有好多|有多少|是好多|是多少|多大)|(?:多|少)(?:好多|多少|几多)")


def limit_gap(text: str, region: str, facts: dict):
    """One disease's 门诊慢病 limits of 职工 and 居民, both named, and how far apart they are asked, with
    no bill: the calculation (each limit and the difference), or None."""
    from calculators.chronic import limit_gap as gap_of
    from intents.slots import BOTH_SCHEMES_NOTE, scheme_read
    diseases = facts.get("diseases") or []
    if len(diseases) != 1 or facts.get("amount") is not None or not _LIMIT_WORDS.search(text) \
            or not _GAP_ASKED.search(text) or BOTH_SCHEMES_NOTE not in scheme_read(text).notes:
        return None
    p = _policy(region)
    return None if p is None else _computed(gap_of, p, disease=diseases[0])


def birth_allowance_when(text: str, region: str):
    """When the 生育津贴 can be had, asked by one who pays 生育保险 on their own with the months told
    ("打零工的 生育险2025年6月起交 9月生的 生育津贴几月能领"): the calculation from the rule, or None."""
    from calculators.birth_allowance import birth_allowance_from
    from intents.birth_allowance import facts
    told = facts(text)
    p = _policy(region) if told else None
    return None if p is None else _computed(birth_allowance_from, p, **told)


# the people insured in a scheme told by count ("职工参保8万人", "城乡居民50万人"), and the 医疗救助 fund's
# matching share asked ("财政要配套多少医疗救助资金")
_INSURED_COUNT = re.compile(r"(职工|城乡居民|居民)[^，。；;\d一二两三四五六七八九十]{0,6}?"
                            r"(\d+(?:\.\d+)?\s*万?|[一二两三四五六七八九十百千万]+)\s*(?:多)?(?:个)?人")
_MATCHING_ASKED = re.compile(r"配套[^，。；;]{0,10}?(?:多少|好多|几多)|(?:多少|好多|几多)[^，。；;]{0,10}?配套")
# the share of the state or the province asked ("国家省里配套多少"): the handbook says only 国省投入为主, no figure —
# never the 市、县 share computed in its place
_UPPER_SHARE_ASKED = re.compile(r"(?:国家|中央|国省|国、省|省里|省上|省级|省财政|省政府)[^，。；;市县区]{0,8}?(?:配套|出|投|拿|给)")


def assistance_matching(text: str, region: str):
    """The 医疗救助 fund's yearly share the local treasuries put in, asked with the people insured told by
    scheme: the calculation from the policy file's figures, or None."""
    from calculators.assistance import matching_funds
    from intents.numbers import find_numbers
    if not _MATCHING_ASKED.search(text) or "救助" not in text or _UPPER_SHARE_ASKED.search(text) or "多" in "".join(
            m.group(0)[-2:] for m in _INSURED_COUNT.finditer(text)):
        return None
    people: dict[str, int] = {}
    for m in _INSURED_COUNT.finditer(text):
        said = [n for n in find_numbers(m.group(2)) if n.value is not None and not n.year]
        scheme = "职工" if m.group(1) == "职工" else "居民"
        if not said or scheme in people:
            return None
        people[scheme] = int(said[0].value)
    p = _policy(region) if people else None
    return None if p is None else _computed(matching_funds, p, people=people)


def _policy(region: str | None):
    """The region's policy file, or None: no region known, or one without a file."""
    from calculators.policy import policy_for
    try:
        return policy_for(region)
    except KeyError:
        return None


def _computed(calc, *args, **kwargs):
    """`calc`'s calculation, or None where the region's file does not list it (NotListed) or the
    facts said do not fit it (BadInput): the rule's page answers then."""
    from calculators.common import BadInput, NotListed
    try:
        return calc(*args, **kwargs)
    except (NotListed, BadInput):
        return None


# the basic fund's yearly inpatient limit asked, with no bill ("住院一年最多报多少钱（封顶线）")
_CAP_ASKED = re.compile(r"(?:一年|每年|年度|全年|一个年度)[^，。,；;？?]{0,8}?(?:最多|最高)[^，。,；;？?]{0,6}?(?:报|支付|付|给|赔)"
                        r"|封顶|最高支付限额|年度(?:最高)?限额")


def cap_not_listed(text: str, region: str, facts: dict):
    """The basic fund's yearly inpatient limit asked where the region's handbook lists none for the
    scheme (克拉玛依's table leaves the 普通住院 row's 年度限额 blank): the NotListed to say honestly, or
    None — another fund or a bill named, the scheme not said where the region has several, or a
    limit the policy file has (the handbook's entry answers it)."""
    from calculators.common import NotListed
    from calculators.inpatient import listed_cap
    if "住院" not in text or not _CAP_ASKED.search(text) or _NOT_BASIC_ROOM.search(text) \
            or facts.get("amount") is not None:
        return None
    p = _policy(region)
    if p is None:
        return None
    plans = p.inpatient or {}
    insurance = facts.get("insurance")
    if insurance is None:
        if len(plans) != 1:
            return None
        insurance = next(iter(plans))
    if insurance not in plans:
        return None
    try:
        listed_cap(p, insurance=insurance)
    except NotListed as e:
        return e
    return None


# 医疗救助 asked as what it pays ("医疗救助能再报多少比例", "救助咋报"), not as help with the fee
_ASSISTANCE_PAYS = re.compile(r"救助(?!对象)[^，。,；;？?]{0,8}?(?:报|赔|比例|给|补|支付|多少|好多|几成)")
_ASSISTANCE_FEE = re.compile(r"资助|缴费|交钱|交费|参保|等待期|认定|申请|材料|哪些人|什么人|对象是")


def assistance_not_listed(text: str, region: str, facts: dict):
    """医疗救助's payout asked, with no bill told, where the region's handbook gives no rule for it
    (克拉玛依's lists only the help with the fee): the NotListed to say honestly, or None."""
    from calculators.common import NotListed, open_section
    from calculators.policy import policy_for
    if not _ASSISTANCE_PAYS.search(text) or _ASSISTANCE_FEE.search(text) or facts.get("amount") is not None:
        return None
    try:
        open_section(policy_for(region), "assistance", "医疗救助的报销比例和限额")
    except KeyError:
        return None
    except NotListed as e:
        return e
    return None


# a 职工's fees in arrears, asked from when cover stops ("单位拖欠 从欠费第几个月开始就用不成了")
# (or a gap told of one paying for oneself, "个体户自己交职工医保 断了几个月莫交": the same months in arrears)
_ARREARS_SAID = re.compile(r"欠费|欠缴|拖欠|欠着|欠了|拖着没交|没给(?:我们|我|[^，。,；;？?]{0,4}?)[交缴]|停缴|断缴|断交|"
                           r"断了?(?:几个月|\d{1,2}个月|[一两二三四五六七八九十]个月)?(?:没|莫|没有)[交缴]|"
                           # (the employer said not to pay from a month on, "公司打3月起就没交了": its fees owed)
                           r"(?:单位|公司|老板|厂里|用人单位)[^，。,；;？?]{0,10}?(?:就|都|也|一直)?(?:没|莫|没有|不)(?:再|给我?)?[交缴]")
_STOPS_ASKED = re.compile(r"(?:第几个月|几月份?|哪个月|多久|好久|什么时候|啥时候|几个月)[^，。,；;？?]{0,12}?"
                          r"(?:用不[了成到起]|不能(?:用|报)|报不(?:了|成|到)|停|暂停|没得待遇|享受不)")
_STAFF_SAID = re.compile(r"职工|单位|公司|老板|厂里|用人单位")
_BEGAN = re.compile(r"(?:从|自)?(?:今年)?(\d{1,2}|[一二三四五六七八九十]|十[一二])月份?(?:开始|起)?[^，。,；;？?]{0,8}?(?:欠|没(?:给[^，。]{0,4})?交|拖|停)")


def arrears_suspension(text: str, region: str, facts: dict):
    """From when a 职工's cover stops for fees in arrears, asked with no months of arrears counted
    (the rules on paying back turn on those): the month of arrears the handbook names, and the
    calendar month where the asker says when the arrears began. None otherwise."""
    from calculators.common import NotListed
    from calculators.policy import policy_for
    from calculators.waiting_period import arrears_suspension as suspension
    if not (_ARREARS_SAID.search(text) and _STOPS_ASKED.search(text) and _STAFF_SAID.search(text)) \
            or facts.get("insurance") == "居民" or facts.get("arrears_months") is not None:
        return None
    m = _BEGAN.search(text)
    start = None
    if m:
        start = to_int(m.group(1))
        if start is None or not 1 <= start <= 12:
            return None
    try:
        return suspension(policy_for(region), start_month=start)
    except (KeyError, NotListed):
        return None


# the years of 职工 contributions a retiring asker lacks ("累计交了十八年 在巴中交了十二年 还差几年")
_RETIRE_SHORT = re.compile(r"退休[^？?]*(?:差|够不够|够没够|够了没|够不|不够|还要交|还要补|满没满|满不满|还缺|一次性补|补齐|补足|补够|"
                           # (whether to go on paying, with the years paid told: "退休了还交不交", "还要不要接着缴")
                           r"还(?:要|得|用|需要)?(?:不要|不用|不需要)?(?:继续|接着)?(?:交|缴)(?:不交|不缴|吗|不|没)|"
                           r"还要不要(?:继续|接着)?(?:交|缴)|要不要(?:继续|接着)(?:交|缴)|"
                           # (whether the 退休待遇 is had, "2025年退休能不能享受退休待遇": the same minimums)
                           r"(?:能不能|能否|可不可以|可以|能)享受)")
_N_YEARS = r"(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*年"
_HERE = r"本市|本地|这边|这里|我们这"


@lru_cache(maxsize=1)
def _local_years() -> re.Pattern:
    """Years paid in the city ("在巴中交了十二年", "本市缴了10年"): the covered regions' names from the
    registry, with the words for here."""
    import regions
    here = "|".join(sorted(regions.names(), key=len, reverse=True)) + "|" + _HERE
    # (the city named with no 在 before it, "巴中缴了十年", opening its clause)
    return re.compile(r"(?:在(?:" + here + r")|本市|本地|(?:^|(?<=[\s，,。；;]))(?:" + here + r"))"
                      r"[^，。,；;？?]{0,4}?(?:只)?(?:交|缴)(?:了|过)?(?:的)?\s*" + _N_YEARS)
# every year said paid in the city ("一直在巴中交的", "都是在本市缴的"): its years are the total too
_ALL_HERE = r"(?:一直|都|全都|全部|一直都|从来都)(?:是)?在"
@lru_cache(maxsize=1)
def _all_here_years() -> re.Pattern:
    """Years said all paid in the city, its name and the count perhaps a clause apart."""
    import regions
    here = "|".join(sorted(regions.names(), key=len, reverse=True)) + "|" + _HERE
    return re.compile(_ALL_HERE + r"(?:" + here + r")[^。；;？?\d]{0,6}?(?:交|缴)(?:了|过)?(?:的)?[\s，,]*"
                      r"(?:(?:都|一共|总共)?(?:交|缴)(?:了|过)?(?:的)?)?\s*" + _N_YEARS)


@lru_cache(maxsize=1)
def _all_here_said() -> re.Pattern:
    """All the years said paid in the city, with no count of its own ("都是在巴中交的", "一直在本地缴")."""
    import regions
    here = "|".join(sorted(regions.names(), key=len, reverse=True)) + "|" + _HERE
    return re.compile(_ALL_HERE + r"(?:" + here + r")[^。；;？?\d]{0,4}?(?:交|缴)(?!\s*\d)")


_TOTAL_YEARS = re.compile(r"(?:累计|一共|总共|合计|加起来)[^，。,；;？?]{0,6}?(?:交|缴)?(?:了|过)?\s*" + _N_YEARS)
# years paid outside the city ("在外地缴过15年", "在外省缴过十年"): with the city's own and no total said,
# the two are the total (第二章 二十一问: 缴费年限累计计算)
_ELSEWHERE_YEARS = re.compile(r"(?:在)?(?:外地|外省|外市|省外|市外|异地|其他地方|别的地方|别处)[^，。,；;？?]{0,4}?"
                              r"(?:交|缴)(?:了|过)?(?:的)?\s*" + _N_YEARS)
# (the year of retiring said with 到龄 / 满龄 between: "2025年满龄办退休")
_RETIRE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年?(?:\s*[)）])?(?:就|要|准备|该)?(?:到龄|满龄|到年龄|到年纪|到点|到)?(?:就|要|该)?(?:办)?退休|"
                          r"退休[^，。]{0,3}?((?:19|20)\d\d)")


_YEARS_PAID_AFTER = re.compile(r"[^，。,；;？?\d]{0,4}?(?:交|缴)(?:了|过)?(?:的)?\s*" + _N_YEARS)


def _named_elsewhere_years(text: str) -> re.Match | None:
    """Years paid in a place named outside every covered region ("在成都交了10年"): the years' match."""
    import regions
    from intents.regions import fold, places_in
    folded = fold(text)
    for m in places_in(folded):
        place = m.places[0]
        # (a covered region's province, "在四川交了10年", may be the city itself: not taken as elsewhere)
        if m.doubtful or regions.of_place(place) is not None \
                or (place.level == "province" and regions.in_province(place)):
            continue
        found = _YEARS_PAID_AFTER.match(folded, m.end)
        if found:
            return found
    return None


# years paid elsewhere said not moved to the city: not in the 累计 total (第二章 二十一问: 转入后累计计算)
_NOT_TRANSFERRED = re.compile(r"(?:没有?|未|还没有?)(?:办)?(?:转|接续|转移)|转不(?:过来|了|回来|进来)|(?:不能|没法|不让)转")
_CLAUSE_CUT = re.compile(r"[\s，,。；;！!？?]")
_SELF_OPENS = re.compile(r"^(?:我|俺|咱)(?!们)")


def _payer(m: re.Match) -> str:
    """Who the clause of a match says paid: another person named ("我老公", "他"), the asker ("我在…"),
    or, where the clause names no one, whoever a clause before it named (the asker where none did)."""
    cut = _CLAUSE_CUT.search(m.string, m.start())
    for clause in reversed(_CLAUSE_CUT.split(m.string[:cut.start() if cut else len(m.string)])):
        other = people.OTHER_PERSON.search(clause) or people.THIRD.search(clause)
        if other:
            return other.group(0)
        if _SELF_OPENS.match(clause):
            return "我"
    return "我"


def _one_payer(away: re.Match, local: re.Match | None) -> bool:
    """Whether the years elsewhere and the city's are said of one person."""
    return local is None or _payer(away) == _payer(local)


# the years paid said roughly ("交了十几年", "缴了二十多年"; "交了快二十年", "不到二十年": under the count said)
_ROUGH_YEARS = re.compile(r"(?:交|缴)(?:了|过)?(?:的)?\s*(?:有)?\s*(?:(?P<tens>[一二两三四五六七八九]?十|[1-9]0)\s*(?:几|多)|"
                          r"(?:快|将近|接近|不到|没到|不满|还差点)\s*(?P<under>\d{1,2}|[一二两三四五六七八九十]{1,3}))\s*年")


def _rough_years(text: str) -> tuple[int | None, int, str] | None:
    """(least, most, the words) of years paid said roughly; least None where only a top is said."""
    m = _ROUGH_YEARS.search(text)
    if m is None:
        return None
    said = m.group(0).lstrip("交缴了过的有 ")
    if m.group("tens"):
        tens = to_int(m.group("tens"))
        return (tens + 1, tens + 9, said) if tens else None
    under = to_int(m.group("under"))
    return (None, under - 1, said) if under and under > 1 else None


# the lacking years paid at once, its cost asked ("补齐的话得补多少", "补缴要交多少钱"), and the year's minimum
# monthly base the asker states for it ("最低缴费基数按3500")
# (a fee asked alone, "每月交多少", is no lump: the lacking years named by 补 or 一次性)
_LUMP_ASKED = re.compile(r"补(?:缴|交|齐|足|够)[^。？?]{0,24}?(?:多少|好多|几多)|补(?:齐|足|够|上)?(?:的话)?(?:要|得|需要)?(?:交|缴)?(?:多少|好多|几多)|"
                         r"一次性(?:补缴|补交|补|交|缴)(?:清|齐|完)?(?:的话)?(?:要|得|需要)?(?:交|缴)?(?:多少|好多|几多)")
# (supposed, or said by the month: "基数假设每月4800", "基数要是每月5000")
_LUMP_BASE = re.compile(r"基数(?:假如|如果|要是|假设|就|算)?(?:是|为|按|有)?(?:一个月|每个?月|月)?\s*(\d{3,6}|[一二两三四五六七八九][千万][一二两三四五六七八九百千零]*)(?:元|块)?")


def retirement_years(text: str, region: str):
    """The years of contributions a 职工 retiring in a year named lacks, with the years paid said:
    the calculation for the year the handbook states fully (巴中 2025), or None (no year, no years
    paid, or a year whose minimum the handbook does not give: the rule answers it)."""
    from calculators.common import NotListed
    from calculators.contribution import retirement_years_short
    from calculators.policy import policy_for
    if not _RETIRE_SHORT.search(text) or "居民" in text:
        return None
    y = _RETIRE_YEAR.search(text)
    local = _local_years().search(text)
    total = _TOTAL_YEARS.search(text)
    every = _all_here_years().search(text)
    if total is None and every is not None and (local is None or local.start() >= every.start() - 4):
        # "一直在巴中交的 交了18年" (the clauses apart, "…交的，交了18年"): the city's years are all there are
        local = total = every
    away = (_ELSEWHERE_YEARS.search(text) or _named_elsewhere_years(text)) if total is None and local is not None else None
    rough = _rough_years(text) if total is None and away is None and every is None else None
    if y is not None and rough is not None:
        # "交了十几年": no count to compute exactly — what the rough count settles (at least how many more years,
        # where even its top is under the minimum) and the years asked, never the rule alone
        return _retirement_rough(region, int(y.group(1) or y.group(2)), rough,
                                 to_int(local.group(1)) if local and local.group(0) not in rough[2] else None)
    if y is None or (total is None and away is None):
        return None
    if away is not None and (_NOT_TRANSFERRED.search(text) or not _one_payer(away, local)):
        # years elsewhere said not moved to the city ("外地的没转过来"), or another person's ("我老公在外地交了
        # 15年 我在巴中交了6年"): no total of the asker's own to compare — the rule answers
        return None
    n_away = to_int(away.group(1)) if away else None
    n_local = to_int(local.group(1)) if local else None
    n_total = to_int(total.group(1)) if total else (n_away + n_local if n_away is not None and n_local is not None else None)
    if n_local is None and total is not None and away is None and _all_here_said().search(text, total.end()):
        # "总共缴了17年 全是在本市缴的": the total said, then all of it the city's — the city's years are the total
        n_local = n_total
    if n_total is None or (local and n_local is None) or (n_local is not None and n_local > n_total):
        return None
    try:
        p = policy_for(region)
        ry = p.contributions.staff.retirement_years if p.contributions and p.contributions.staff else None
        if ry is None or int(y.group(1) or y.group(2)) != ry.year:
            return None     # (a year whose minimum the handbook does not state fully: its rule, said as it is)
        base = _LUMP_BASE.search(text) if _LUMP_ASKED.search(text) else None
        return retirement_years_short(p, retire_year=ry.year, total=None if away else n_total, local=n_local,
                                      elsewhere=n_away, lump_base=Decimal(to_int(base.group(1))) if base and to_int(base.group(1)) else None,
                                      lump_asked=bool(_LUMP_ASKED.search(text)))
    except (KeyError, NotListed):
        return None


def _retirement_rough(region: str, year: int, rough: tuple[int | None, int, str], local: int | None):
    from calculators.common import NotListed
    from calculators.contribution import retirement_years_rough
    from calculators.policy import policy_for
    try:
        p = policy_for(region)
        ry = p.contributions.staff.retirement_years if p.contributions and p.contributions.staff else None
        if ry is None or year != ry.year:
            return None     # (a year whose minimum the handbook does not state fully: its rule, said as it is)
        least, most, said = rough
        return retirement_years_rough(p, retire_year=year, least=least, most=most, said=said, local=local)
    except (KeyError, NotListed):
        return None


def _share(part: float, total: float) -> str:
    """A part's share of the total in per cent, to two places, as the handbook writes it."""
    return f"{100 * part / total:.2f}%"


# ---- checking asserted figures against the region's policy -----------------------------

# what part of the policy the message is about (first match wins: 门诊慢病 before 门诊 …)
AREAS = [
    ("serious", r"(?<!门诊)大病|二次报销"),
    # the 职工's fund above the basic one (巴中 职工大额医疗费用补助, 长治 大额补充医疗保险): a cap of its own
    # (its 门诊 row, 限额600元/年, is the 门诊 table's: not this area where 门诊 is named — see _area)
    ("large_medical", r"大额"),
    ("two_diseases", r"两病"),
    ("chronic", r"慢病|慢性病|门慢|慢特病"),
    ("special", r"特病|门特|特殊疾病|门诊特殊"),
    ("tilt", r"倾斜救助|倾斜"),             # (倾斜救助's own threshold and limit, before the 常规 rows)
    ("assistance", r"救助"),
    ("maternity", r"生育|顺产|剖腹产|剖宫产|难产|生娃|生孩子|分娩|产检|产前检查|多胞胎|双胞胎|流产|引产|终止妊娠"),
    ("waiting", r"等待期|享受待遇|就能享受|才能享受|初次参保|新生儿|出生|(?:第一次|首次|初次)参(?:保|加)|"
                # a period said before the cover holds ("3个月后就能报了吧"): a wait, whatever the words before
                r"(?:个月|半年)(?:以后|之后|后)?(?:才|就)(?:能|可以)(?:报|用|享受)"),
    ("outpatient", r"门诊"),
    ("contribution", r"筹资|缴费|交费|保费|个人交|单位交|一年交|要交|缴纳|长护|交\s*\d|交[一二三四五六七八九]|交多少|交的|"
     # (the fee taken from a wage, "工资里每月扣2%": paid in, as 交 is)
     r"(?:每个?月|工资里?|工资上|个人)[^，。,；;\d]{0,3}扣\s*[\d一二两三四五六七八九]"),
    ("inpatient", r"住院|起付线|医院"),
]
# a cap named by the words a step of it follows ("大病限额每年加5千", "封顶线再加"): the step, not the cap
_CAP_NAMED = r"限额|封顶线?|额度|上限"
# what the figure is, from the words just before it (or a threshold phrase after it)
TOPICS = [
    ("deductible", r"起付|门槛|起点|花满|才开始|以上的部分|超过|自付到|先自己出|先自己掏|先自付|掏"),
    ("cut", r"降低|减少|少报|降了"),
    # (涨到 / 提高到 / 调成 name the new level itself, not a step: "是不是涨到五百了" is the standard)
    ("step", r"降(?![到至成为])|减(?![到至成为])|提高(?![到至成为])|增加(?![到至成为])|多给|(?<!最)多报|涨(?![到至成为])|"
             r"每年加|一年加|能加|可以加|会加|再加|多加|加多少|"
             # (a cap named, then "加": "大病限额加5千" is the yearly step of the cap, not the cap)
             # ("限额是不是加8000": the check's words between)
             rf"(?:{_CAP_NAMED})(?:每年|一年)?(?:是不是|是)?(?:都|就|会|能|可以|再)?加(?![到至成为])"),
    ("cap", r"最多|最高|封顶|限额|上限|年(?:能|可以|只|就|总共|一共|最多)?报"),
    ("standard", r"交|缴"),
]
# a share said of what one pays in (按8%交, 缴费比例, 费率) or of what is paid back (报销比例, 报90%)
RATE_BEFORE = re.compile(r"费率|缴费比例|缴纳比例|缴费基数|(?:交|缴)[^报，。,]{0,3}$")
# "按8%": of what one pays in only where the message is about paying in (or names nothing else);
# of a benefit ("大病保险还是按六成报") it is the share paid back
PAID_BY = re.compile(r"按[^报，。,]{0,3}$")
RATE_AFTER = re.compile(r"^\s*(?:的)?(?:交|缴)")
# the verb after the figure, past the other shares listed with it ("按六成、七成、八成五报")
_MORE_SHARES = r"(?:\s*[、，,和或跟及]?\s*[\d.一二两三四五六七八九十点]+\s*(?:%|％|成)[一二三四五六七八九\d]?)*"
REFUND_AFTER = re.compile(r"^" + _MORE_SHARES + r"\s*(?:的)?(?:比例)?(?:报|赔|给报|支付)")
REFUND_WORDS = re.compile(r"报|比例|赔|给付|支付")
# (compiled here: re's own cache of 512 patterns overflows with the project's, and these were compiled again)
# (the 个人账户 first: its 个人 is no payer — what goes into the account, 划入, is its own rate)
PAYER = [("account", re.compile(r"个人账户|个账|账户|划入|划拨|划到|划进|(?<!计)划(?!算)")),
         ("employer", re.compile(r"单位")), ("employee", re.compile(r"个人|自己")), ("flexible", re.compile(r"灵活就业")),
         ("maternity", re.compile(r"生育"))]


@dataclass(frozen=True)
class Verdict:
    text: str                 # "不是500：巴中城乡居民医保在三级医疗机构住院的起付线是700元。"
    sources: list             # calculators.policy.Source, one per figure cited
    correct: bool
    unplaced: list            # asserted figures found wrong that no row of the policy file holds at all
                              # (职工's 66万 total with its supplements): a rule the file may lack
    dated: bool = False       # the figures cited name the years the handbook states them for (no year note)
    unknown_year: int | None = None   # a year asked that the figures' own years do not cover: not known
    ruled: bool = False       # ... though the rule that sets each year's figure is said (起付线 = 上年收入的50%)
    asks: tuple = ()          # the facts of the asker's case that decide which row the figure is (tier, …),
                              # asked back: the figure holds for some rows the case may be, not all


# the benefits whose names people say in other words too ("二病" for 两病, "大病险", "门特"): their
# words are the synonym groups of the search (corpus/data/synonyms.yaml) that one of them heads or holds
_NAMED_AREAS = ("serious", "two_diseases", "chronic", "special")


@lru_cache(maxsize=1)
def _areas() -> list[tuple[str, re.Pattern]]:
    from corpus.segment import DATA_DIR, load_synonyms
    table = load_synonyms(DATA_DIR / "synonyms.yaml")
    out = []
    for name, rx in AREAS:
        words = rx.split("|")
        if name in _NAMED_AREAS:
            heads = {table[w] for w in words if w in table}
            words += sorted((w for w, head in table.items() if head in heads and w not in words), key=len, reverse=True)
        out.append((name, re.compile("|".join(words))))
    return out


def _area(text: str, region: str | None = None) -> str | None:
    area = next((name for name, rx in _areas() if rx.search(text)
                 and not (name == "large_medical" and _NOT_LARGE_MEDICAL.search(text))), None)
    if area == "outpatient" and region is not None:
        # "恶性肿瘤门诊", "透析门诊": a disease the region lists among its 门诊慢病 (or 门特) is that
        # benefit's, not the 普通门诊 rows'
        from calculators.policy import policy_for
        from intents.slots import diseases_said
        said = {word for word, _, _ in diseases_said(text)}
        policy = policy_for(region) if said else None
        for name in ("chronic", "special") if said else ():
            part = getattr(policy, name, None)
            if part is not None and any(w in said for d in part.diseases for w in (d.name, *d.aliases)):
                return name
    return area


# the funds paying after the basic one, named: in a 门诊 question, their own rows of the 门诊 table
# (巴中 第二章 三十九问: 公务员医疗补助 限额700元/年, 职工大额 限额600元/年), which the policy file does not hold
_FUND_ABOVE_NAMED = re.compile(r"大额|公务员")
# the 大额 fund's rows of other benefits (门诊统筹's 大额 row, 门特), named: that benefit's figure
_NOT_LARGE_MEDICAL = re.compile(r"门诊|门特|慢病|慢特|两病")


# the 筹资 named beside a figure, and the state's part of it
_FUNDING_NAMED = re.compile(r"筹资|总额|合计|加起来")
_SUBSIDY_NAMED = re.compile(r"(?:政府|财政|国家)[^，。,；;\d]{0,3}(?:补|给|出|贴)")
# whose payment a figure is, said beside it ("个人交", "我们自己交", "学生缴"): the personal standard
_PAYER_NAMED = re.compile(r"个人|自己|学生|我们|咱们|俺们|(?:交|缴)(?:费|的|了)?")


# where one clause of unpunctuated speech ends and the next begins
_SPOKEN_BREAK = re.compile(r"[\s\u3000]+")


def _last_named(rx: re.Pattern, text: str) -> int:
    """Where the last of `rx`'s words in `text` starts; -1 where it names none."""
    return max((m.start() for m in rx.finditer(text)), default=-1)


def _topic(a: Assertion, text: str, area: str | None) -> str | None:
    after = text[a.end:a.end + 12]
    if a.unit == "months":
        # a step of the wait per year: paid back (补一年就少等一个月), or added (每多断一年多等一个月)
        if re.search(r"补|修复", a.context) and re.search(r"少等|减少?|少(?:了)?$|短", a.context + after[:4]):
            return "repair"
        if re.search(r"(?:每|多)断", a.context) and re.search(r"多等|加|增加|多(?:了)?$|长", a.context + after[:4]):
            return "per_gap"
        return "wait"
    if a.unit == "days":
        return "days"
    if area == "maternity" and a.unit == "money" and re.search(r"产前|产检", a.context):
        # the 产前检查费 subsidy: its own figure, not a delivery's; after a pregnancy ended early the
        # handbook gives other sums (终止妊娠), which the file lists apart: the entry answers
        return None if re.search(r"流产|引产|终止妊娠|小产|胎停", text) else "prenatal"
    if area == "contribution" and re.search(r"长护", text):
        return "extra"
    if a.unit == "ratio":
        # a share is of the quantity the words around it name: what one pays in (按8%交), a cut of
        # the rate (降10%), or the rate paid back (报90%, 按90%报); words naming none of them: no verdict
        if area != "contribution" and REFUND_AFTER.match(after):
            return "ratio"
        if area == "contribution" or RATE_BEFORE.search(a.context) or RATE_AFTER.match(after) \
                or (area is None and PAID_BY.search(a.context)):
            return "rate"
        if re.search(r"降低?|减少?|少报", a.context):
            return "cut"
        if re.search(r"提高|增加|多报", a.context):
            return "step"
        if area is not None or REFUND_WORDS.search(a.context):
            return "ratio"
        return None
    if RULE_AFTER.match(after) or re.search(TOPICS[0][1], a.context):
        return "deductible"
    if area in ("contribution", None):
        # the year's 筹资 or the state's part of it, named ("筹资是1200", "政府补800"): its own row,
        # never the personal standard's — unless a payer is named after it, nearer the figure: that
        # figure is what the payer pays ("筹资是啥 学生不是交400吗", "政府补多少 个人交400对吧")
        payer = _last_named(_PAYER_NAMED, a.context)
        if _last_named(_FUNDING_NAMED, a.context) > payer:
            return "funding"
        if _last_named(_SUBSIDY_NAMED, a.context) > payer:
            return "subsidy"
    # the words nearest the figure say what it is ("大病限额每年加4000": a step of the cap, not the cap)
    # (read first within the clause a space closes: "说是又涨了 是不是涨到五百了" checks the standard,
    # not a yearly step — the rise was told, the level is asked; words there naming nothing, "…最多报
    # 多少 听我表哥说是15万", leave it to the words before)
    spoken = a.context.rsplit(" ", 1)[-1]
    said = []
    for near in (spoken, a.context):
        said = sorted(((max(m.end() for m in re.finditer(rx, near)), -i, name)
                       for i, (name, rx) in enumerate(TOPICS[1:]) if re.search(rx, near)), reverse=True)
        if near is not spoken and re.search(r"[\u4e00-\u9fff]{2}", spoken):
            # (a rise or a cut is said with its figure: one told in a clause before is the story)
            said = [s for s in said if s[2] not in ("step", "cut")]
        if said:
            break
    for _end, _i, name in said:
        if name == "standard" and (area not in ("contribution", None) or re.search(r"(?:交|缴)[^交缴]*(?:报|赔)", a.context)):
            continue          # 连续交医保…是不是多报4000: what is paid back, not what is paid in
        return "step" if name == "cut" else name
    return {"maternity": "limit", "two_diseases": "limit", "contribution": "standard", "chronic": "limit"}.get(area)


def _fits(f, facts: dict) -> bool:
    """Does the figure's row agree with what the asker said (and the defaults assumed)?"""
    ff = f.facts
    for key in ("insurance", "two", "kind", "drug_class"):
        if key in ff and facts.get(key) is not None and ff[key] != facts[key]:
            return False
    if "retired" in ff and ff["retired"] is not None and facts.get("retired") is not None and ff["retired"] != facts["retired"]:
        return False
    if "filing" in ff and ff["filing"] != (facts.get("filing") or ("市内" if not facts.get("elsewhere") else ff["filing"])):
        return False
    named = facts.get("tier") if f.area == "outpatient" else facts.get("row")
    if "tier" in ff and named is not None and ff["tier"] != named:
        return False
    if "category" in ff and f.area in ("contribution", "assistance") and ff["category"] != (facts.get("category") or "一般"):
        return False
    # (no category said: the ordinary insured person's row, as for the contribution; the 特困 rows
    # are said beside a figure that is theirs)
    if "categories" in ff and (facts.get("category") or "一般") not in ff["categories"]:
        return False
    if "gap" in ff and ff["gap"] != facts.get("gap", ff["gap"]):
        return False
    if "payer" in ff and facts.get("payer") and ff["payer"] != facts["payer"]:
        return False
    if ff.get("payer") == "account" and facts.get("payer") != "account":
        return False          # (a rate paid in, the payer unsaid, is no rate of what the account receives)
    if "upto" in ff and facts.get("segment_upto") is not None and ff["upto"] != facts["segment_upto"]:
        return False
    if "lower" in ff and facts.get("segment_from") is not None and ff["lower"] != facts["segment_from"]:
        return False
    if "disease" in ff and (not facts.get("diseases") or not any(d in ff["disease"] for d in facts["diseases"])):
        return False
    if "chronic_group" in ff and ff["chronic_group"] != (facts.get("chronic_group") or ""):
        return False          # (a group with a rate of its own, 一类病种, only where it is named)
    if ff.get("civil_servant") and not facts.get("civil_servant"):
        return False
    if (ff.get("extra") or ff.get("late")) and not facts.get(next(k for k in ("extra", "late") if ff.get(k))):
        return False
    if not _lump_fits(f, facts.get("lump")):
        return False
    return True


def _label(figs: list) -> str:
    """One label for figures of one value: the parts they share; the parts that differ are dropped
    and said to be the same."""
    parts = figs[0].parts
    if len(figs) == 1 or any(len(f.parts) != len(parts) for f in figs):
        return figs[0].text
    kept, differ = [], []
    for i, part in enumerate(parts):
        values = list(dict.fromkeys(f.parts[i] for f in figs))
        if len(values) == 1:
            kept.append(part)
        elif len(values) == 2:
            differ.append("、".join(v.strip("在的，") for v in values if v) + "相同")
        else:
            differ.append("各档相同")
    if not kept:
        # (rows sharing no part of their label — the employer's rate and the lump's, both 7% — each named)
        return "、".join(dict.fromkeys(f.text for f in figs))
    return "".join(kept) + (f"（{'；'.join(differ)}）" if differ else "")


def _closest(pool: list, value: Decimal, found: list):
    """Where else the asserted figure appears (50% is another row's ratio), the row most like the asker's."""
    others = [f for f in pool if f.value == value and f not in found]
    if not others:
        return None
    ref = found[0].facts
    return max(others, key=lambda f: sum(f.facts.get(k) == v for k, v in ref.items()))


def _siblings(pool: list, found: list, elsewhere, unit: str, topic: str | None) -> str:
    """The rest of a short table the asker mixed two rows of ("两病" 高血压200、糖尿病300 and both
    500): its other rows beside the correction, so the figure they may mean is there too."""
    rest = [f for f in pool if f not in found and f is not elsewhere]
    if not rest or len(pool) > 4:
        return ""
    return "".join(f"；{f.text}是{_say(f.value, unit, topic or '')}" for f in rest)


def _other_categories(pool: list, found: list, facts: dict, unit: str, topic: str | None) -> str:
    """A figure corrected with the ordinary insured person's row because no category was said
    (大病保险起付线): the other categories' rows of the same figure beside it (特困、低保 …), one of
    which may be the asker's."""
    if facts.get("category") or not found or any("categories" not in f.facts for f in found):
        return ""
    rest = _siblings(pool, found, None, unit, topic)
    return f"（{rest.lstrip('；')}。）" if rest else ""


# who pays the 职工 contribution: one payer's rate corrected comes with the others' ("个人是不是交3%")
_SPLIT_PAYERS = ("employer", "employee", "flexible")


def _split_of_contribution(pool: list, found: list, unit: str) -> str:
    """A contribution rate corrected for one payer: the other payers' rates beside it, as the
    policy file gives them (the asker's figure is often the whole, or another payer's, mixed up)."""
    if not found or any(f.facts.get("payer") not in _SPLIT_PAYERS for f in found):
        return ""
    others = [f for f in pool if f not in found and f.facts.get("payer") in _SPLIT_PAYERS
              and f.facts.get("insurance") == found[0].facts.get("insurance")]
    return "（" + "；".join(f"{f.text}是{_say(f.value, unit, '')}" for f in others) + "。）" if others else ""


def _serious_cap_beside(region: str, value: Decimal, found: list) -> tuple[str, object]:
    """A basic inpatient cap corrected upward of the figure said ("住院封顶是10万吧" where it is 7万): the
    residents' 大病保险 cap beside it, which pays above it — the sum people often have in mind."""
    from calculators.figures import figures
    if found and value > max(f.value for f in found) and all(f.facts.get("insurance") == "职工" for f in found):
        # ... and the 职工's: what pays above the basic fund's cap (大额医疗补助 / 大额补充医疗保险)
        return _staff_supplement_beside(region)
    if not found or any(f.facts.get("insurance") not in (None, "居民") for f in found) or value <= max(f.value for f in found):
        return "", None
    caps = [f for f in figures(region) if f.area == "serious" and f.topic == "cap" and f.facts.get("group") == "一般"]
    if len(caps) != 1:
        return "", None
    return f"（基本医保之外，{caps[0].text}是{_say(caps[0].value, 'money', 'cap')}。）", caps[0].source


def _staff_supplement_beside(region: str) -> tuple[str, object]:
    from calculators.policy import policy_for
    plan = policy_for(region).inpatient.get("职工")
    if plan is None:
        return "", None
    if plan.large_medical is not None:
        name, cap, source = "职工大额医疗费用补助", plan.large_medical.cap.amount, plan.large_medical.cap.source
    elif plan.supplement is not None:
        name, cap, source = plan.supplement.name, plan.supplement.cap, plan.supplement.source
    else:
        return "", None
    return f"（超出基本医保年度限额的部分，由{name}按比例支付，{name}的年度最高限额是{_say(cap, 'money', 'cap')}。）", source


def _say(value: Decimal, unit: str, topic: str) -> str:
    from calculators.figures import say
    if topic == "deductible" and value == 0:
        return "不设起付线（0元）"
    return say(value, unit)


_OUT_OF_PROVINCE_SAID = re.compile(r"省外|外省|出省|跨省")


def _context(text: str, region: str, facts: dict) -> dict:
    """The facts a figure's row is matched on: the slots, plus what the words say about the row."""
    from calculators.hospital import row_for
    from calculators.policy import policy_for
    facts = dict(facts)
    if facts.get("tier"):
        facts["row"] = row_for(policy_for(region), tier=facts.get("tier"), grade=facts.get("grade"),
                               level=facts.get("level")).row
    elif (facts.get("level") or ("省外" if _OUT_OF_PROVINCE_SAID.search(text) else None)) == "省外":
        # a stay out of the province, no hospital named: where the region's table has one 省外 column (长治's
        # 一类省外), its row is the one the figure is checked against — never all five tiers' figures at once
        facts["row"] = row_for(policy_for(region), tier=None, level="省外").row
    if facts.get("two") == "糖尿病" and facts.get("type1"):
        facts["two"] = "1型糖尿病"
    from intents.slots import _IN_A_ROW
    if re.search(r"(?:不|没|没有|从不|从没)断", text) or _IN_A_ROW.search(text):
        facts["gap"] = False          # 一直交不断, 没断过保: years in a row
    elif re.search(r"断保|断缴|没交|没参保|降", text):
        facts["gap"] = True
    elif re.search(rf"连续|零报销|没报过|提高|增加|(?:{_CAP_NAMED}|每年|一年|能|会|再|多|(?:{_CAP_NAMED})是不是)加(?![入上起])", text):
        facts["gap"] = False
    for n in find_numbers(text):          # 10万以内 / 20万以上: which 分段 of a table
        bound = re.match(r"\s*(?:元|块)?\s*(以内|以下|以上)", text[n.end:])
        if bound and n.value:
            facts["segment_upto" if bound.group(1) != "以上" else "segment_from"] = n.value
    if (band := _BAND_NAMED.search(text)) and (low := to_int(band.group(1))) is not None \
            and (high := to_int(band.group(2))) is not None and low < high:
        # a band named by both ends ("5到15万那一段", "十万至二十万之间"): the 万 said once is both ends'
        facts["segment_from"], facts["segment_upto"] = Decimal(low) * 10000, Decimal(high) * 10000
    if _PAYS_ALONE.search(text):
        facts["pays_alone"] = True
    facts["extra"] = bool(re.search(r"长护", text))
    facts["late"] = bool(_LATE.search(text))
    facts["lump"] = _lump_paid(text)
    facts["chronic_group"] = _chronic_group(text, policy_for(region))
    return facts


def _chronic_group(text: str, policy) -> str | None:
    """The group of 门诊慢病 the words name ("一类慢病", or a disease of it: 恶性肿瘤), where the
    region's diseases are grouped; None otherwise."""
    ch = policy.chronic
    if ch is None or not ch.group_ratio:
        return None
    said = re.search(r"([一二三])类(?:病种|慢病|慢性病|门诊慢|慢特病|的)", text)
    if said:
        return said.group(1) + "类"
    groups = {d.group for d in ch.diseases if d.group and any(w in text for w in (d.name, *d.aliases))}
    return groups.pop() if len(groups) == 1 else None


# paying after the time set: 补缴, 过了…才交, 错过了集中缴费期, 缴费期过了 (the handbook's late standard
# and waiting period are then the rule, never the ordinary standard confirmed)
# a band of a table named by its two ends, 万 said after the second (or both): the part of a bill between them
_BAND_NAMED = re.compile(r"(\d{1,3}|[零一二两三四五六七八九十]{1,3})\s*万?\s*(?:元|块)?\s*(?:到|至|-|—|~|～)\s*"
                         r"(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*万\s*(?:元|块)?\s*(?:之间|的?(?:那一?|这一?)?段|的?部分)")
_LATE = re.compile(r"补缴|补交|晚交|迟交|(?:之后|以后)(?:才|再)?(?:交|缴)|过了.{0,8}(?:才|再)(?:交|缴)|过了时间|错过[^，。？?]{0,6}(?:缴费|交费|集中|时间|期)|"
                   r"(?:缴费期|集中期|截止(?:日期|时间)?)(?:都|已经)?(?:过了|过后|之后|以后|结束)|过了(?:集中)?(?:缴费期|集中期|截止)")


# which payment a rate paid in is of, where the words name one apart from the monthly contribution: a
# student's years of study paid at once (趸缴: a sum, no rate), the years lacking at retirement paid at once
# (一次性补缴不足年限: a rate of its own), or a 补缴 that says neither (arrears at the month's rates, or the lump)
_STUDY_LUMP = re.compile(r"趸缴|趸交|按学制|学制(?:内)?一次性|(?:大学生|新生|学生)[^，。,；;？?]{0,6}?一次性")
_RETIREMENT_LUMP = re.compile(r"一次性(?:补缴|补交|补齐|补足|补够|补上|缴清|交清|缴足|交足|缴齐|交齐|补)|"
                              r"补(?:缴|交|齐|足|够|上)[^，。,；;？?]{0,6}?(?:年限|年头|年数|不足|差的|缺的)|不足年限|"
                              r"(?:差|缺|少|不够)(?:的)?(?:几|\d{1,2}|[一二两三四五六七八九十]{1,3})?年[^，。,；;？?]{0,8}?补|"
                              r"(?:年限|年头)(?:不够|不足|没够|没满|差)[^。？?]{0,16}?补|"
                              r"退休[^。？?]{0,12}?补(?!助|贴|充)|补(?:缴|交|齐|足|够|上)[^。？?]{0,12}?退休")
_ARREARS_LUMP = re.compile(r"欠费|欠缴|欠了|断缴|断交|停缴|中断|漏缴|漏交|没交的")
_SOME_LUMP = re.compile(r"补缴|补交")


def _lump_paid(text: str) -> str | None:
    """"study", "retirement", "arrears" or "unclear" (a 补缴 that names neither), None for no such payment."""
    if _STUDY_LUMP.search(text):
        return "study"
    if _RETIREMENT_LUMP.search(text):
        return "retirement"
    if _SOME_LUMP.search(text):
        return "arrears" if _ARREARS_LUMP.search(text) else "unclear"
    return None


def _lump_fits(f, asked: str | None) -> bool:
    """A contribution rate's row against the payment the words name: the retirement lump's rate only for
    that lump and that lump only against it; a student's 趸缴 against no rate (it is the standard, times
    the years); a 补缴 naming neither against every row, the lump's with them (which one decides: asked)."""
    if f.topic != "rate" or f.area != "contribution":
        return True
    own = f.facts.get("lump")
    if asked == "study":
        return False
    if asked == "retirement":
        return own == "retirement"
    return asked == "unclear" or own is None


# one who pays alone at the 灵活就业 rate (the handbook's row names both: 灵活就业人员和领取失业保险金的人员)
_PAYS_ALONE = re.compile(r"失业金|失业保险金")
# the employer's rate named only as what the asker's own likens to ("跟单位一样交7%"): the asker's own payment
_LIKE_EMPLOYER = re.compile(r"(?:跟|和|同|像|与)(?:我们|人家|别人)?(?:的)?单位(?:上班的|上的|的)?(?:一样|差不多|那样)")


_BOTH_HAD = re.compile(r"同时|都有|都得|两个都|两种都|又有|加上|还有|和|跟|与|及")


def _own_two(spoken: str, context: str) -> str | None:
    """The one 两病 disease the figure's own words name (its clause first), unless they say both are had."""
    for words in (spoken, context):
        named = {d for d in ("高血压", "糖尿病") if d in words}
        if named:
            return named.pop() if len(named) == 1 and not _BOTH_HAD.search(words) else None
    return None


def _retiree_rule(region: str) -> tuple[str, object] | None:
    """The handbook's rule on a retiree's 职工 fee (巴中 十八问: none once the years are met), with its source;
    None where the policy file gives none."""
    from calculators.policy import policy_for
    contributions = policy_for(region).contributions
    staff = contributions.staff if contributions else None
    if staff is None or not staff.retired_fee:
        return None
    rule = staff.retired_fee
    # (the rule's own subject, "…人员中，", is who the asker already is: said from what it rules)
    return rule.split("人员中，", 1)[-1], staff.retired_fee_source


def _payer_named(context: str) -> str | None:
    """The payer the words nearest the figure name: "我是单位职工 个人交2%" is the employee's part (个人, said last),
    not the employer's (单位, said of where the asker works); at one place the longer word's (个人账户, not 个人)."""
    said = [(max(m.start() for m in rx.finditer(context)), -i, name) for i, (name, rx) in enumerate(PAYER) if rx.search(context)]
    return max(said)[2] if said else None


def _asker_payer(payer: str | None, facts: dict, context: str) -> str | None:
    """Whose row a rate paid in is, where the words near the figure say 个人 / 自己 (or nothing, or liken it to
    the employer's) and the message tells the asker pays alone — 灵活就业 ("我跑滴滴的 … 个人只交2%吧") or on
    失业金: their own row (9%), never the employee's 2% confirmed for them."""
    if facts.get("flexible") or facts.get("pays_alone"):
        if payer in (None, "employee") or (payer == "employer" and _LIKE_EMPLOYER.search(context)):
            return "flexible"
    return payer


def _rows(region: str, facts: dict, unit: str, topic: str | None, area: str | None, context: str):
    """(the rows a figure could be, the pool they were chosen from), grouped by value."""
    from calculators.figures import figures
    payer = _asker_payer(_payer_named(context), facts, context)
    same = {"cap": ("cap", "limit"), "limit": ("cap", "limit")}.get(topic, (topic,))
    if topic == "standard":
        # the late standard is a row of the table too: paid late, it is the row (its own fit says so);
        # else it is said beside a wrong figure that is it ("1200元是…以后缴纳…的个人缴费标准")
        same = ("standard", "late")
    pool = [f for f in figures(region) if f.unit == unit and (topic is None or f.topic in same)
            and (area is None or f.area == area)]
    # (the ordinary residents' standard is not the late payer's: said beside, never confirmed)
    ordinary = topic == "standard" and facts.get("late") and any(f.topic == "late" for f in pool)
    if area is None and len({f.area for f in pool}) > 1:
        # no benefit named ("一年报400对吧" with 二病 unread): a figure of the same kind in several
        # benefits is no candidate (住院's cap is not the 两病 cap); the entry found answers instead
        pool = []
    by_value: dict[Decimal, list] = {}
    for f in pool:
        if ordinary and f.topic != "late" and f.facts.get("insurance") == "居民":
            continue
        if _fits(f, {**facts, "payer": payer}):
            by_value.setdefault(f.value, []).append(f)
    return by_value, pool


# the facts a row of the policy file depends on, as the question that asks the asker for it
_DECIDING_FACT = {"tier": "在哪一级医院", "segment": "费用在哪一段", "upto": "费用在哪一段",
                  "lower": "费用在哪一段", "category": "属于哪类人员（如低保、特困）", "categories": "属于哪类人员（如低保、特困）",
                  "group": "属于哪类人员（如低保、特困）", "retired": "在职还是退休", "filing": "有没有备案、备的哪种",
                  "disease": "是哪种病", "kind": "是哪种情况", "drug_class": "是甲类还是乙类药", "two": "是高血压还是糖尿病",
                  "gap": "有没有断保", "chronic_group": "是哪类病种",
                  "lump": "补缴的是退休时不足的缴费年限（一次性补缴），还是平时欠下的医保费",
                  "payer": "是单位职工（单位、个人各交一部分），还是灵活就业人员（或领取失业保险金的人员）"}
# the payers of a contribution's rate that are a case of the asker's: an employee (whose employer pays its own
# part beside theirs) or one who pays alone as 灵活就业 — "按9%交吗" with neither said holds for one of them only
_PAYER_CASES = {"employer", "employee", "flexible"}


def _deciding_keys(figs: list) -> list[str]:
    """The facts of the asker's case `figs`' rows differ in: what the asker would have to say to pick one.
    None where the rows are of different quantities (a standard and the 筹资 it is part of) or differ only
    in who pays (the employer's and the employee's parts of one contribution: no case of the asker's)."""
    if len({(f.area, f.topic) for f in figs}) > 1:
        return []
    payers = {f.facts.get("payer") for f in figs}
    return [k for k in dict.fromkeys(k for f in figs for k in f.facts)
            if k in _DECIDING_FACT and len({repr(f.facts.get(k)) for f in figs}) > 1
            # (who pays decides only where one who pays alone, 灵活就业, is a row beside the employee's:
            # the employer's and the employee's parts alone are one contribution, no case of the asker's)
            and (k != "payer" or {"flexible", "employee"} <= payers)]


_BANDS = {"segment", "lower", "upto"}


def _open_rows(a: Assertion, by_value: dict, claims: list) -> list[str]:
    """The facts of the asker's case that decide whether `a` is the asker's row — none where it holds
    whatever the case: rows of a layer paid on top of the others (长治's 再报销 after 大病) are no case the
    asker's may be; figures said together that are every row's value each name their own row ("6成、7成、
    8成五"); and the first band of a table paid band by band (0 to 10万) is where every bill starts — its
    rate is every bill's, the higher bands' rates said beside it."""
    figs = [f for fs in by_value.values() for f in fs]
    layered = [f for f in figs if f.facts.get("segment") == "second"]
    if layered and any(f.facts.get("segment") != "second" for f in by_value[a.value]):
        figs = [f for f in figs if f not in layered]
    keys = _deciding_keys(figs)
    if not keys:
        return []
    said = {c.value for c in claims if c.unit == a.unit}
    if {f.value for f in figs} <= said:
        return []
    if keys == ["payer"] and (len(said) > 1 or a.value not in {f.value for f in figs if f.facts.get("payer") in _PAYER_CASES}):
        return []             # (several parts said, "单位交7 个人交2": each names its own row)
    if set(keys) <= _BANDS and all(f.facts.get("lower") == 0 for f in by_value[a.value]) \
            and len(said) == 1:
        return []
    return keys


def _deciding(figs: list, region: str) -> str:
    """The question that asks the facts `figs`' rows differ in."""
    keys = _deciding_keys(figs)
    asks = list(dict.fromkeys(_DECIDING_FACT[k] for k in keys if k in _DECIDING_FACT))
    if "tier" in keys:
        from calculators.policy import policy_for
        # (the tiers as the rows name them; a table by 收费标准 class, 长治's: the hospital's grade and where
        # it is decide the row)
        tiers = list(dict.fromkeys(f.facts["tier"] for f in figs if f.facts.get("tier")))
        classed = policy_for(region).hospital_classes is not None and all(f.area == "inpatient" for f in figs)
        said = "是哪家医院、几级几等（收费标准属于哪类）" if classed \
            else f"在哪一级医院（{'、'.join(tiers[:-1])}还是{tiers[-1]}）" if len(tiers) > 1 else "在哪一级医院"
        asks = [said if a == _DECIDING_FACT["tier"] else a for a in asks]
    return "、".join(asks)


def _one_row_of_several(a: Assertion, by_value: dict, topic: str | None, region: str) -> str:
    """A figure that holds for some rows the asker's case may be and not for others: the rows with it,
    labelled, then the others, then what decides — never a plain 对 nor a 不是."""
    said = _say(a.value, a.unit, topic or "")
    held = _said({a.value: by_value[a.value]}, a.unit, topic)
    rest = _said({v: fs for v, fs in by_value.items() if v != a.value}, a.unit, topic)
    ask = _deciding([f for fs in by_value.values() for f in fs], region)
    return (f"要看您的具体情况，{said}只是其中一种：" + "；".join(held) + "。其他情况不同：" + "；".join(rest) + "。"
            + (f"请问您{ask}？" if ask else "请问您是哪种情况？"))


def _said(by_value: dict, unit: str, topic: str | None) -> list[str]:
    # (each scheme's row only where one or two figures are said: a whole table's would bury the figure)
    return [f"{_label(fs)}是{_say(v, unit, topic or '')}" + (f"（{row}）" if (row := _rows_of(fs, len(by_value) <= 2)) else "")
            for v, fs in by_value.items()]


def _rows_of(figs: list, per_scheme: bool = True) -> str:
    """The rest of the figures' row: as far as the rows agree, or — rows of one figure that differ
    by scheme ("三级医院起付线" 700 for both, rates 80% and 60%) — each scheme's row, labelled: the
    rate the asker's scheme pays is never dropped because the other scheme's differs."""
    rows = [f.row for f in figs]
    if per_scheme and all(rows) and len(set(rows)) > 1:
        by_scheme: dict[str, set] = {}
        for f in figs:
            by_scheme.setdefault(f.facts.get("insurance"), set()).add(f.row)
        if len(by_scheme) > 1 and None not in by_scheme and all(len(r) == 1 for r in by_scheme.values()):
            from calculators.figures import SCHEME
            return "；".join(f"{SCHEME.get(ins, ins)}{next(iter(r))}" for ins, r in by_scheme.items())
    return _shared_row(figs)


def _shared_row(figs: list) -> str:
    """The rest of the figures' row (its rate beside a threshold), as far as the rows agree: rows
    that differ only in a cap ("报销比例90%，年度最高支付14万元" / "…15万元") keep their rate. A deductible's
    own part of the row (起付线…) is the figure said already, never said again beside it."""
    rows = [f.row for f in figs]
    if not all(rows):
        return ""
    if len(set(rows)) == 1:
        return rows[0]
    parts = [p for p in re.split(r"[，,]", rows[0]) if all(p in re.split(r"[，,]", r) for r in rows[1:])
             and not (figs[0].topic == "deductible" and "起付线" in p)]
    return "，".join(parts)


def _sources(by_value: dict, sources: list) -> None:
    for fs in by_value.values():
        for f in fs:
            if f.source not in sources:
                sources.append(f.source)


_RISEN_TO = re.compile(r"(?:涨到|涨成|调到|调整到|调成|升到|提到|提高到)[^，。,；;]{0,2}$")
# "今年医保是320": the scheme itself said to be a sum for a year, no benefit named — its yearly price
# (without the year, "学生医保是500对吧" names no quantity: the entry answers)
# (the scheme may be said by whose it is: "今年学校医保是350", "今年我们学校的医保是…")
_SCHEME_IS = re.compile(r"(?:今年|明年|去年|(?:19|20)\d\d\s*年度?|一年|每年)的?(?:(?:我们|咱们|俺们)?(?:学校|学生|大学生|校区)的?)?"
                        r"(?:医保|合疗|新?农合|医疗保险)(?:费)?(?:都|也|就)?(?:是|要)$|"
                        r"(?:医保|合疗|新?农合|医疗保险)(?:费)?(?:今年|明年|一年|每年)(?:都|也|就)?(?:是|要)$")


_STAY_NAMED = re.compile(r"住院|医院")


def check(text: str, region: str, facts: dict, today: date | None = None) -> Verdict | None:
    """Each asserted figure confirmed or corrected from the region's policy file; None when a
    figure cannot be placed (a rule the policy file does not hold, or too many rows it could be).
    `today`: the engine's date (a year to come is one after it); the system's when not given."""
    from calculators.figures import figures
    claims = asserted(text)
    if not claims:
        return None
    # (the benefit of the case a form computes, where the words name none: "二级的 听说能报八成是不是" answering
    # which tier a stay was — the stay's rate, `facts["care_area"]`)
    area = _area(text, region) or facts.get("care_area")
    if area is None and any(a.unit == "money" and (_RISEN_TO.search(a.context) or _SCHEME_IS.search(a.context))
                            for a in claims):
        # "居民医保是不是涨到五百了": the scheme's own price said to have risen, no benefit named
        area = "contribution"
    facts = _context(text, region, facts)
    lines, sources, correct, unplaced = [], [], True, []
    dated, unknown, ruled, asks = False, None, False, ()
    # (the year the figure is asked of, not one that dates the asker's story)
    from intents.years import story_years, years_asked
    year = next((y for y in years_asked(text, today) if y not in story_years(text, today)), None)
    to_come = _year_to_come_of_undated(year, region, today)
    everywhere = {(f.unit, f.value) for f in figures(region)}
    fund_above_only = everywhere - {(f.unit, f.value) for f in figures(region) if f.area != "large_medical"}
    whole_area = area
    for a in claims:
        # the benefit the figure's own words name ("合疗住院起付线是不是500 门诊一年报好多": 住院's,
        # though 门诊 comes first in the message), else the message's
        # (within the words before the figure, the clause it stands in first — a space closes one in
        # unpunctuated speech: "门诊报多少 听说住院报60%对吧" checks 住院's rate, not 门诊's, though
        # 门诊 is read before 住院 where one clause names both)
        spoken = _SPOKEN_BREAK.split(a.context)[-1]
        area = _area(spoken, region) or _area(a.context, region)
        if area == "inpatient" and not _STAY_NAMED.search(a.context) and whole_area not in (None, "inpatient"):
            # ("大病保险起付线2025年是好多 我记得是一万": the figure's words cut at 起付线, which names no
            # benefit of its own — the 大病 the message names is the benefit)
            area = None
        area = area or whole_area
        if area == "outpatient" and _FUND_ABOVE_NAMED.search(a.context):
            return None           # "门诊大额补助限额是不是600": the 门诊 table's row of that fund, not the 门诊统筹's own
        topic = _topic(a, text, area)
        if topic is None:
            return None           # which quantity the figure is, the words do not say: the entry answers
        # "听说医保一人一年是1200": the scheme's yearly sum, whose part no word says — the 筹资 where it is
        # that (never "不是1200" against the personal standard), else both rows it could mean
        unnamed = topic == "standard" and a.unit == "money" and not _PAYER_NAMED.search(a.context) \
            and not facts.get("late") and any(f.topic == "funding" for f in figures(region))
        if topic == "standard" and a.unit == "money" and _FUNDING_NAMED.search(a.context) \
                and not any(f.topic == "standard" and f.value == a.value for f in figures(region)):
            # the 筹资 named before the payer: the figure is the payer's, but where it is no payer's
            # standard, which the asker meant is unclear — the 筹资 it may be true of, or both rows,
            # never a denial against one quantity alone
            unnamed = not facts.get("late") and any(f.topic == "funding" for f in figures(region))
        if unnamed and any(f.topic == "funding" and f.value == a.value for f in figures(region)):
            topic, unnamed = "funding", False
        if topic == "deductible" and _PAID_AGAIN.search(a.context):
            return None           # "起付线要再交600吗": a second stay's deductible (差额 or none), the entry's rule
        if topic == "wait" and re.search(r"职工", text) and re.search(r"居民|合疗|农合", text):
            return None           # a switch between the schemes has its own rule (衔接): not the plain waits
        own = _own_two(spoken, a.context) if area == "two_diseases" and facts.get("two") == "两病" else None
        if own is not None:
            # "两病 高血压呢 听人讲糖尿病能报三百": both diseases named in the message, the figure's own words
            # name one — that disease's limit, never the both-diseases row (a patient with both: "同时患")
            facts = {**facts, "two": own}
        if topic == "rate" and facts.get("retired") is True and facts.get("lump") != "retirement" \
                and _asker_payer(_payer_named(a.context), facts, a.context) in (None, "employee", "employer", "flexible"):
            # a rate paid in, checked by a retiree ("退休了个人还是交2%吧"): the rates are those who work's — the
            # retiree's own rule is the handbook's (no fee once the years are met), never the employee's 2% confirmed
            retiree = _retiree_rule(region)
            if retiree is None:
                return None
            rule, source = retiree
            correct = False
            lines.append(f"{_say(a.value, a.unit, topic)}不是退休人员的：缴费费率是在职职工（及灵活就业人员）按月缴纳的；退休人员中，{rule}。")
            if source not in sources:
                sources.append(source)
            continue
        by_value, pool = _rows(region, facts, a.unit, topic, "contribution" if topic == "rate" else area, a.context)
        if unnamed and by_value:
            for v, fs in _rows(region, facts, a.unit, "funding", "contribution", a.context)[0].items():
                by_value.setdefault(v, []).extend(fs)
        if not by_value or len(by_value) > 4:
            return None
        rows = _said(by_value, a.unit, topic)
        beside = None
        span = _years_stated([f for fs in by_value.values() for f in fs])
        if span is not None and year is not None:
            first, last, basis = span
            stated = f"{first}年度" if first == last else f"{first}—{last}年度"
            if not first <= year <= last:
                # a figure the handbook dates ("以上比例为2024—2026年度的", "2025年度为14448元") checked for
                # another year: that year's is not known — the figure named with its own years, never 对
                correct, unknown, ruled = False, year, ruled or bool(basis)
                lines.append(f"手册没有写{year}年度的标准：" + "；".join(rows) + f"——这是手册写的{stated}的标准，"
                             f"不是{year}年度的。" + (f"起付线为{basis}，" if basis else "")
                             + f"{year}年度的以医保部门公布的为准，我不能拿{stated}的数字替您确认。")
                _sources(by_value, sources)
                continue
            dated = True
            rows = [*rows[:-1], rows[-1] + f"（手册写明为{stated}的标准）"]
        elif span is None and to_come is not None:
            # material that dates none of its figures (长治's slides), a figure checked for a year still to
            # come ("2030年还是85%不"): what the material says now is not that year's — never 对
            correct, unknown = False, year
            lines.append(f"材料没有写{year}年的标准：" + "；".join(rows) + f"——这是{to_come}材料写的现行标准，材料没有注明"
                         f"适用年份；{year}年的以医保部门届时公布的为准，我不能替您确认。")
            _sources(by_value, sources)
            continue
        cut = _unreferred_cut(region, facts) if area == "serious" and a.unit == "ratio" else None
        if a.value in by_value and cut:
            # the table's rate, said of a stay without the transfer approval the rate needs: the
            # policy's cut is said with it, never a plain "对" ("没办转院 大病还按75%报吗")
            correct = False
            lines.append(f"不是照{_say(a.value, a.unit, topic)}报：" + "；".join(rows) + "。"
                         + f"未办理转院审批手续的，大病保险报销比例同时降低{_say(cut, 'ratio', '')}。")
        elif a.value in by_value and len(by_value) > 1 and not facts.get("insurance") and \
                len({f.facts.get("insurance") for fs in by_value.values() for f in fs}) > 1:
            # the figure holds for one scheme and not the other, and no scheme was said ("断保了要等
            # 半年吧": 职工 6个月, 居民 3个月): neither a plain 对 nor a 不是, each scheme's row
            correct = False
            lines.append("要看参加的是哪种医保：" + "；".join(rows) + "。")
        elif a.value in by_value and len(by_value) > 1 and _open_rows(a, by_value, claims):
            # the figure is one row's of several the asker's case may be (the hospital's level, the 大病
            # band, the group — unsaid): "对" would confirm it for a case that may be another row's, so the
            # rows that have it are named, the others beside them, and the fact that decides is asked
            correct = False
            lines.append(_one_row_of_several(a, by_value, topic, region))
            asks = (*asks, *(k for k in _open_rows(a, by_value, claims) if k not in asks))
        elif a.value in by_value:
            lines.append(("手册写的标准是：" if _told_as_past(text, a) else "对，") + "；".join(rows) + "。")
            held = by_value[a.value]
            if topic == "cap" and all(f.area == "inpatient" and f.facts.get("insurance") == "职工" for f in held):
                # a 职工's basic inpatient cap confirmed: what pays above it (大额) said beside it, since
                # "对" alone reads as all the year's cover
                aside, beside = _staff_supplement_beside(region)
                lines[-1] += aside
        else:
            correct = False
            if (a.unit, a.value) not in everywhere or area != "large_medical" and (a.unit, a.value) in fund_above_only:
                # (the 大额 fund's cap, 50万, said of the basic fund's: the handbook's entry on the year's
                # whole cap — 66万 with its parts — states it, as before the fund's cap was a figure)
                unplaced.append(a)
            said = _say(a.value, a.unit, topic or "")
            found = [f for fs in by_value.values() for f in fs]
            elsewhere = _closest(pool, a.value, found)
            # (where the figure said belongs, without saying it again: beside the correction the wrong
            # figure restated reads as a figure given — "（80%是…）" after "不是80%"; the denial alone names it)
            aside = f"（您说的{_THIS[a.unit]}是{elsewhere.text}{_siblings(pool, found, elsewhere, a.unit, topic)}。）" if elsewhere \
                else _split_of_contribution(pool, found, a.unit) or _other_categories(pool, found, facts, a.unit, topic)
            if not aside and topic == "cap" and all(f.area == "inpatient" for f in found):
                aside, beside = _serious_cap_beside(region, a.value, found)
            # (the wrong sum named bare, without its 元: the one figure in money a reader takes away is
            # the handbook's, "不是260：…200元", not "不是260元")
            bare = said[:-1] if said.endswith("元") and said[:-1].replace(".", "").replace("万", "").isdigit() else said
            # (the wrong figure is named, then denied: the asker sees which of their figures is wrong,
            # as issue 9's "不是500元：……起付线是700元" has it)
            late = all(f.topic == "late" for f in found)
            if late:
                # paid after the time set: the handbook's rule for it, in its words, whose dates the
                # reader can hold against their own ("2026年3月才交"), and the waiting period it brings
                aside += _late_beside(region)
            # (a figure told as what the rule was, "以前是500": no denial of a past the handbook does not
            # give — what it gives, said plainly)
            lines.append(("晚交的标准不同：" if late else "手册写的标准是：" if _told_as_past(text, a) else f"不是{bare}：")
                         + "；".join(rows) + "。" + aside)
        _sources(by_value, sources)
        if beside is not None and beside not in sources:
            sources.append(beside)          # (the 大病 cap said beside a corrected basic cap)
    # (several figures of one table checked at once, "还是50% 60%吗": each found the same rows — said once)
    return Verdict(text="\n".join(dict.fromkeys(lines)), sources=sources, correct=correct, unplaced=unplaced,
                   dated=dated and unknown is None, unknown_year=unknown, ruled=ruled, asks=asks)


# the figure just given pointed back at and asked to hold ("2030年也还是这个数吗", "那年还是一样不", "到时候
# 会不会变"): a figure checked as surely as one said in digits
_SAME_FIGURE_ASKED = re.compile(r"(?:还|也|仍|依然|照样)(?:还)?是(?:这个|这|那个|那)(?:个)?(?:数|数字|数儿|标准|价|价钱|比例|额度|限额|钱)|"
                                r"(?:还是|也是|也还是)(?:这样|那样|一样|这么多|那么多)|(?:会不会|会|要不要)(?:变|调整|涨|改)")


def undated_year_to_come(text: str, region: str | None, today: date | None = None) -> int | None:
    """The year asked where `text` checks a figure ("2030年还是85%不") for a year still to come, and the
    region's material dates none of its figures: what it says now cannot be confirmed for that year.
    None otherwise. `today`: the engine's date (the system's when not given), so that a test or a
    batch run reads the same year to come whatever day it runs."""
    from intents.years import story_years, years_asked
    if region is None or not (asserted(text) or _SAME_FIGURE_ASKED.search(text)):
        return None
    year = next((y for y in years_asked(text, today) if y not in story_years(text, today)), None)
    return year if _year_to_come_of_undated(year, region, today) is not None else None


def _year_to_come_of_undated(year: int | None, region: str, today: date | None = None) -> str | None:
    """The region's name where `year` is after `today`'s and its material gives no year for its figures
    (regions.yaml: no figures_year) — a year no figure of it can be confirmed for; else None."""
    import regions
    r = regions.get(region)
    if year is None or r is None or r.handbook.figures_year is not None:
        return None
    return r.name if year > max((today or date.today()).year, r.handbook.latest_dated or 0) else None


def _years_stated(found: list) -> tuple[int, int, str] | None:
    """The years the handbook states all of `found` for (first, last) and how it sets them each
    year, where every one of them is dated alike; None where any is not (the handbook's year note)."""
    spans = {f.years for f in found}
    if not found or len(spans) != 1 or None in spans:
        return None
    first, last = spans.pop()
    return first, last, next((f.basis for f in found if f.basis), "")


# a deductible said to be paid again ("又去三级医院住 起付线要再交600吗", "转到三级医院 要重新交700不"): a
# second stay's, which the handbooks rule apart (the difference, or none) — no row of the table to confirm
_PAID_AGAIN = re.compile(r"(?:再|重新|又|还)(?:要|得|需要?)?(?:再)?(?:交|缴|扣|付|出|掏)[^，。,；;]{0,2}$")
_THIS = {"money": "这个数", "ratio": "这个比例", "months": "这个时长", "days": "这个天数"}


def _late_beside(region: str) -> str:
    """What the handbook says of paying after the 集中缴费期, besides the late standard (the waiting
    period), from the region's payment window."""
    from calculators.policy import policy_for
    w = policy_for(region).payment_window
    if w is None:
        return ""
    first = re.split(r"[；;]", w.after)[0]
    return f"{first}（集中缴费期为{w.start.year}年{w.start.month}月{w.start.day}日至{w.end.year}年{w.end.month}月{w.end.day}日）。" \
        if "等待期" in first else ""


def _unreferred_cut(region: str, facts: dict):
    """The 大病保险 rate cut the region's policy sets for a stay without transfer approval, when the
    asker says there was none (没办转院, 没转诊, 没备案); None otherwise."""
    from calculators.policy import policy_for
    si = policy_for(region).serious_illness
    return si.unreferred_cut if si is not None and si.unreferred_cut and facts.get("filing") == "未备案" else None


# a question for one figure: which figure (the unit it is in)
ASKED = [("ratio", "ratio", r"比例|几成|百分之几|百分之多少|报百分之"),
         ("deductible", "money", r"起付线|起付标准|门槛费?|起点(?:是|多少)"),
         ("cap", "money", r"限额|最多(?:能)?报|最高(?:能)?报|最多赔|最高赔|封顶|上限")]


# one visit's limit asked ("单次最多报多少", "看一次最多报好多"), not the year's
_ONE_VISIT = re.compile(r"单次|每次|[一1]次(?!性)|看[一1]回|每回")


def lookup(text: str, region: str, facts: dict) -> Verdict | None:
    """A question for one figure of the policy file ("抑郁症慢病一年能报的限额是多少") answered from
    it, with its section — when it names its row well enough for one or two figures; else None."""
    asked = [(topic, unit) for topic, unit, rx in ASKED if re.search(rx, text)]
    area = _area(text, region)
    if len(asked) != 1 or area is None or not re.search(r"多少|好多|几成|百分之几|多高|是几", text):
        return None
    topic, unit = asked[0]
    if topic == "cap" and area == "outpatient" and _ONE_VISIT.search(text):
        topic = "visit_cap"       # (the most one visit pays, "单次最多报多少": not the year's limit)
    by_value, _ = _rows(region, _context(text, region, facts), unit, topic, area, text)
    if not by_value or len(by_value) > 2 or sum(len(fs) for fs in by_value.values()) > 4:
        return None
    sources: list = []
    _sources(by_value, sources)
    return Verdict(text="；".join(_said(by_value, unit, topic)) + "。", sources=sources, correct=True, unplaced=[])


# what a calculation's result says, by the unit of an asserted figure (checked in this order)
RESULT_KEYS = {"money": ("fund_pays", "total", "assistance_pays", "personal", "household", "top_up", "delivery_pays"),
               "months": ("months",), "ratio": ("ratio",)}


# a figure asserted as a raise ("是不是加8000", "提高了8000吧", "多8000"); 多 in 最多/至多/顶多/好多/差不多
# bounds or sizes the figure itself ("一年最多30.8万对吧" states the cap), never a raise
_CHANGE_SAID = re.compile(r"(?:加|提高|提|涨|增加|(?<![最至顶好差不])多)了?\s*$")


# a sum said to be several payments added up ("加起来", "一共", "合计", "全家")
_SUMMED = re.compile(r"加起来|一共|总共|合计|全家|一家")


def against_result(text: str, calc) -> str | None:
    """The asserted figures of a whole calculation ("花了5000，报2580对吧", "断保两年要等5个月吧")
    checked against its result; None when none of them is a result (a rule: the caller checks it)."""
    from calculators.figures import say
    lines = []
    for a in asserted(text):
        if a.unit == "money" and "cap_change" in calc.result and _CHANGE_SAID.search(text, max(0, a.start - 4), a.start):
            # "2027年限额是不是加8000": the raise asserted, checked against the raise computed (never
            # against the cap itself)
            change = Decimal(str(calc.result["cap_change"]))
            lines.append(f"对，按您说的情况是在原限额上提高{say(change, 'money')}。" if change == a.value
                         else f"不是加{say(a.value, 'money')}：按您说的情况是在原限额上"
                              + (f"提高{say(change, 'money')}" if change > 0 else f"降低{say(-change, 'money')}"
                                 if change < 0 else "不增不减")
                              + "，算法如下。")
            continue
        # (a household's payments added up, "我们家三口人加起来一年交1200": the household's sum computed,
        # never the 筹资 nor one person's fee)
        summed = a.unit == "money" and "household" in calc.result and _SUMMED.search(a.context)
        if not summed and _topic(a, text, _area(text)) not in (None, "wait", "limit", "cap"):
            return None
        key = "household" if summed else next((k for k in RESULT_KEYS.get(a.unit, ()) if k in calc.result), None)
        if key is None and a.unit == "money" and "cap_change" in calc.result:
            # the asker's own yearly cap computed ("连续参保6年 一年最多30.8万对吧"): the figure is that
            # cap, never the unadjusted one
            key = "cap"
        if key is None:
            return None
        value = Decimal(str(calc.result[key]))
        lines.append(f"对，按您说的情况算是{say(value, a.unit)}。" if value == a.value
                     else f"不是{say(a.value, a.unit)}：按您说的情况算是{say(value, a.unit)}，算法如下。")
    return "\n".join(lines) or None


def household_checked(text: str, compute) -> tuple[object, str] | None:
    """A household's yearly sum asserted ("我们三个人要交一千五是不是"): `compute` (a form's turn for
    a text) asked the sum instead ("…要交多少"), and the figure checked against the household's total;
    None when that computes no household's total."""
    claims = [a for a in asserted(text) if a.unit == "money"]
    if len(claims) != 1:
        return None
    a = claims[0]
    asked = CHECK_TAG.sub("", text[:a.start] + "多少" + text[a.end:]).rstrip("，, ")
    asked = re.sub(r"(?:是不是|是吧|对吧|对不对|是吗)\s*[？?。]*\s*$", "", asked)
    turn = compute(asked)
    calc = getattr(turn, "calculation", None)
    if turn is None or turn.kind != "calculation" or calc is None or "household" not in calc.result:
        return None
    from calculators.figures import say
    value = Decimal(str(calc.result["household"]))
    return turn, (f"对，按您说的情况一共是{say(value, 'money')}。" if value == a.value
                  else f"不是{say(a.value, 'money')}：按您说的情况一共是{say(value, 'money')}，算法如下。")


# what makes a number in an answer no sum of money: a rate, a count of months, days, years, people
_NOT_MONEY_AFTER = re.compile(r"\s*(?:%|％|成|个月|个工作日|天|日|年|岁|人|种|次|倍|个)")


def states_figure(answer: str, claims: list[Assertion]) -> bool:
    """Does a handbook answer state one of these asserted figures?"""
    for a in claims:
        # (a sum is no rate: "报销50%" states no 50 yuan, nor 五成 or 50个月)
        if a.unit == "money" and any(n.value == a.value and not _NOT_MONEY_AFTER.match(answer, n.end)
                                     for n in find_numbers(answer)):
            return True
        if a.unit == "ratio" and f"{(a.value * 100).normalize():f}%" in answer:
            return True
        if a.unit in ("months", "days") and re.search(rf"(?<!\d){a.value:f}\s*(?:个月|天)", answer):
            return True
    return False
