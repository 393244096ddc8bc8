"""What is asked of care away from home (the facet), read from the question, and the marks of a page
that answers that facet. Care elsewhere is one family of pages (备案, 异地, 市外 …) whose members
answer different things: the kinds of filing, where to file, each kind's rates, what a long-term
filing gives in both places, and how a bill paid in full away is claimed back. A question's words
pull to the family; its facet picks the member.

`facet(text)` returns one of:
- "papers":   how or with what a bill paid away (not settled on the spot) is claimed back
- "two_way":  whether a long-term filing still pays at home too (两边/回来还能报)
- "kind_for": which kind of filing fits the asker's situation (posted to work, retired, living with
               children) — the situation told names the people the kind is for
- None otherwise (rates and the kind unsaid are the engine's `_filed_or_not`/`_each_kind_rate`).

`page_fits(facet, question, answer, told)` says whether a page answers that facet; `told` is what
`told_of(text)` read of the case (outpatient or stay, the people).
"""
from __future__ import annotations

import re

# ---- what the story tells -------------------------------------------------------------------------
# care away said (in the asker's words, not a filing's name)
_AWAY_WORDS = re.compile(r"外地|外省|省外|市外|异地|在外|外头|外面|出差|回来|回去|那边|那里")
# ... or a place gone to and care had there ("在成都拿药"): only with a chronic disease's drugs, where the
# place is no home city of the region's ("在克市医院看病" is care at home, claimed at the hospital's window)
_AWAY = re.compile(_AWAY_WORDS.pattern + r"|(?:去|到|(?<![现正实存])在)\S{1,4}(?:看|住|拿|买)")
# a bill that was not settled where it was run up: paid in full, not swiped, not reimbursed on leaving
_NOT_SETTLED = re.compile(
    r"(?:没|未|不能|没法|没办法|无法|不得|莫)(?:能|得|有|法)?(?:直接|即时|当场|一站式)?(?:结算?|报到|报销|报成|刷)"
    r"|刷不[到了起成]|结不[了到成]|报不[了到成]|自己(?:给|付|垫|掏)|自费|垫付|全额|全是自己")
# how or with what it is claimed ("回来凭啥报", "要拿些啥", "咋个报", "要准备哪些材料")
_CLAIM_ASKED = re.compile(
    r"(?:拿|凭|带|要|准备|交|需要)(?:些|点|哪些)?(?:啥|什么|哪些|啥子|么子|么)"
    r"|(?:啥|什么|哪些)(?:材料|资料|手续|单子|票)|(?:咋|怎么|怎样|如何|咋个|啷个|哪个)(?:个|样)?(?:报|弄|办|申请)"
    r"|(?:去|到|找)(?:哪|哪里|哪儿|哪点)(?:里|儿)?(?:报|交)")
# outpatient care or a chronic disease's drugs told, or a stay in hospital
_OUTPATIENT = re.compile(r"门诊|拿药|拿的药|买药|开药|开的药|慢病|慢特病|门慢|特病|诊所|药店")
_WHEN_ASKED = re.compile(r"啥时候|什么时候|多久|期限|截止|时间限制|几时")
_CHRONIC = re.compile(r"慢病|慢特病|门慢|特病|慢性病")
_OUTPATIENT_DRUGS = re.compile(r"拿药|拿的药|买药|买的药|开药|开的药|门诊")
_CAN_PAY_ASKED = re.compile(r"能报|能不能报|可以报|可不可以报|报不报|给不给报|报得了")
_STAY = re.compile(r"住院|出院|住了\S{0,2}天院")
# a long-term filing told, and whether it still pays at home (both ways) asked
_LONG_TERM = re.compile(r"长期|长居|常住")
_BOTH_WAYS_ASKED = re.compile(
    r"两边|两地|双向|都能报|都可以报|都报|回\S{0,6}(?:还能|还可以|能不能|可不可以|能|可以)\S{0,3}(?:报|用|结)"
    r"|(?:参保地|本地|这边|家里)\S{0,4}(?:还能|还可以|能不能)\S{0,3}(?:报|用|结)")
# which kind of filing asked ("要备啥子案", "选哪种备案", "办什么类型")
_KIND_ASKED = re.compile(
    r"(?:备|办|选|弄)(?:个|一个)?(?:啥|什么|哪|啥子|么子)(?:子|种|类|个|样)?(?:的)?(?:案|备案|类型|类)"
    r"|(?:啥|什么|哪种|哪一?类|哪个)(?:子)?(?:类型)?的?(?:备案|案)|选哪|什么类型|啥类型")
# the people a kind of filing is for, told of oneself (the handbooks name them: 常驻异地工作人员 …)
_PEOPLE_TOLD = {
    "work": re.compile(r"派|常驻|驻外|外派|驻点|项目|上班|工作|打工"),
    "retired": re.compile(r"退休|退了休|养老"),
    "with_children": re.compile(r"随子女|跟着?(?:儿子|女儿|子女|娃)|投靠"),
}
_PEOPLE_PAGE = {
    "work": re.compile(r"常驻异地工作"),
    "retired": re.compile(r"异地(?:居住|安置)退休"),
    "with_children": re.compile(r"随子女|异地长期(?:就医|居住)人员"),
}

# the facet's own words, searched beside the story to find its page among the region's
FACET_WORDS = {"papers": "报销 材料 发票", "two_way": "长期 备案 双向 报销", "kind_for": "哪些人 办理 备案 类型"}

# ---- what a page answers ---------------------------------------------------------------------------
# a claim back: the papers and where they go (参保地's office, the campus office)
_PAPERS_PAGE = re.compile(r"发票|票据|资料|材料")
_CLAIM_PLACE_PAGE = re.compile(r"参保地|J1-II-702|手工")
_OUTPATIENT_PAPERS = re.compile(r"处方")
_STAY_PAPERS = re.compile(r"出院|病案|清单")
_TWO_WAY_PAGE = re.compile(r"双向")


def told_of(text: str) -> dict[str, object]:
    """The case as told: outpatient or a stay, a long-term filing, the people the asker is."""
    care = "outpatient" if _OUTPATIENT.search(text) and not _STAY.search(text) else \
        "stay" if _STAY.search(text) and not _OUTPATIENT.search(text) else None
    people = [k for k, p in _PEOPLE_TOLD.items() if p.search(text)]
    return {"care": care, "chronic": bool(_CHRONIC.search(text)), "long_term": bool(_LONG_TERM.search(text)),
            "people": people}


def care_fits(told: dict[str, object], answer: str) -> bool:
    """Whether a claim-back page's papers are those of the care told (a prescription for outpatient
    care, the discharge papers or the bill's list for a stay); any page where no care is told."""
    if told.get("care") == "outpatient":
        return bool(_OUTPATIENT_PAPERS.search(answer))
    if told.get("care") == "stay":
        return bool(_STAY_PAPERS.search(answer))
    return True


def facet(text: str) -> str | None:
    """Which facet of care elsewhere the question asks (module doc), or None."""
    if _KIND_ASKED.search(text) and "备" in text and told_of(text)["people"]:
        return "kind_for"
    if _LONG_TERM.search(text) and "备" in text and _BOTH_WAYS_ASKED.search(text):
        return "two_way"
    if _WHEN_ASKED.search(text):
        # (by when the papers are due is the deadline's page, not the papers')
        return None
    if _NOT_SETTLED.search(text) and _CLAIM_ASKED.search(text) and _AWAY_WORDS.search(text):
        return "papers"
    if _CHRONIC.search(text) and _OUTPATIENT_DRUGS.search(text) and _AWAY.search(text) \
            and (_CAN_PAY_ASKED.search(text) or _CLAIM_ASKED.search(text)):
        # (a chronic disease's drugs got away, whether or how they are paid: the same page — settled on the
        # spot where it can be, else claimed back with the papers)
        return "papers"
    return None


def page_fits(which: str, question: str, answer: str, told: dict[str, object]) -> bool:
    """Whether a page (its question and answer) answers facet `which` for the case told."""
    if which == "papers":
        return bool(_PAPERS_PAGE.search(answer) and _CLAIM_PLACE_PAGE.search(answer))
    if which == "two_way":
        return bool(_TWO_WAY_PAGE.search(answer)) and bool(_LONG_TERM.search(question + answer))
    if which == "kind_for":
        people = told.get("people") or []
        return any(_PEOPLE_PAGE[p].search(answer) for p in people if p in _PEOPLE_PAGE)  # type: ignore[union-attr]
    return False
