"""Whether a page says yes to a "can it be done" question ("X能在Y办吗", "村上能办X不", "可不可以…").

Such a question is answered by a page that says how X is done in Y, or lists X among what Y does;
right in substance, but the asker has to find the yes. The yes is read from the page's own words,
never guessed: one sentence of the answer must name every thing the question names, say it can be
done (可 / 可以 / 能 / 支持, or list it among a place's 办理事项), and deny nothing. Where no sentence
does, the page is given as it is, with no yes."""
from __future__ import annotations

import re
from typing import Callable, Iterable

# a "can it be done" asked: 能 / 可以 / 可 before the thing, a yes/no ending after it, or 能不能 / 可不可以 /
# 能否 — not whether one must (要不要), will (会不会), has (有没有) or is (是不是): their yes is another word
_CAN_ASKED = re.compile(r"能不能|可不可以|能否|(?:能|可以|可)(?!能|不)[^，,。？?！!]{1,24}?(?:吗|么|嘛|不|没)[？?！!。\s]*$")
# what asks for something else than a yes: a figure, a time, a place, a way, a reason
_OTHER_ASK = re.compile(r"多少|好多|几|哪|什么|啥|怎|咋|如何|啷个|为什么|要不要|会不会|有没有|是不是|还是")
# a case said not to hold in the question ("没备案能报不", "不是定点的药店买的能报吗"): a page saying what can
# be done when it holds says nothing of that case, so no yes (the ask's own 不 / 能不能 taken out first)
_ASK_WORDS = re.compile(r"能不能|可不可以|能否|(?:吗|么|嘛|不|没)[？?！!。\s]*$")
# (and cover said lapsed, "断缴了还能用吗", "欠费了能报不", "停保了", "过期了": the page's 可以 is said of what
# the lapse allows, resuming the payments, never that the cover is still used)
_CASE_DENIED = re.compile(r"没|未|不|无|非|莫|冇|断缴|断交|断保|断了|中断|欠费|欠缴|停保|停缴|暂停|过期|失效")
_CLAUSE = re.compile(r"[，,。？?！!；;]+")
# a space ends a clause only after what ends an ask ("能直接结算不 咋个办"); elsewhere it is a pause
# inside one ("巴中 我们村上能办…不", or a space the reading put after a place word)
_ASK_END = re.compile(r"(?:吗|么|嘛|不|没|呢|啊|哦|哈|噻|撒)$|怎|咋|啥|什么|多少|好多|哪|几")
_SENTENCE = re.compile(r"[。；;\n]+")
# what says it can be done, in the page's words: a modal read as a word of the sentence (可 / 可以 / 能, or a
# word the modal opens, "能报销", "可以办理") — never the character inside another word (可能, 功能, 职能:
# "…参保功能模块…" grants nothing) — or a phrase that grants or lists; and what denies it (any denial in
# the sentence: no yes)
_MODALS = ("可以", "可", "能够", "能")
_NOT_MODAL = frozenset({"可能", "可是", "可惜", "可见", "能力"})
# (a rule permitting it, "允许个人账户的资金用于支付近亲属…的个人缴费", grants it as 可以 does)
_AFFIRM_PHRASES = re.compile(r"支持|办理事项|包括|允许|准许")
_DENIES = re.compile(r"不(?!影响)|无法|未|非|禁止|除外|暂停|取消|限(?!额|价)")
# a list under its heading ("办理事项共11项：1…、2…"): the thing asked must be one item, read with the heading
_LIST = re.compile(r"^(?P<head>[^：:]*)[：:](?P<body>.*、.*)$")
# the modal and the function words a question term carries with it ("能办", "上办", "药用", "村里", "里头"; the
# one it is done for or with, "帮", "替", "拿来"): stripped before the term is looked for in a sentence's own text
_FUNCTION_CHARS = "能可以在上里头用办去帮替拿来"
# a page whose heading asks how a thing is done ("怎么用医保钱包交城乡居民医保？") says, in the handbook's
# words, that it is done: its heading, the how taken out, is read as a sentence saying it can be; one whose
# heading asks what a thing does ("医保钱包有哪些功能？", "个人账户能用来干什么？") says it of each of its
# sentences ("消费就是…代缴参加城乡居民医保个人缴费"). A heading asking whether is no such reading.
_HOW_HEADING = re.compile(r"怎么|如何|怎样|咋|流程|步骤")
_DOES_HEADING = re.compile(r"功能|用途|作用|(?:能|可以)?用来干|能干什么|能做什么")
# (what to do in a case, "医保卡丢了怎么办", says nothing is done: no how-to heading)
_WHAT_TO_DO_HEADING = re.compile(r"(?:怎么|咋|如何|怎样)办(?!理)|怎么回事")
_WHETHER_HEADING = re.compile(r"能不能|可不可以|能否|是否|吗|(?<![怎什这那多])么[？?]?$")
# a person the thing is done for, named in the question ("给屋头人交", "转给我妈", "帮娃交"): a sentence
# doing it for one's relatives (近亲属, 亲属, 家庭成员) or on another's behalf (代缴, 共济) names them
_RELATIVE = re.compile(r"^(?:家里人|家人|家属|屋头人|亲属|近亲属|亲人|配偶|老婆|老公|媳妇|丈夫|妻子|爸|妈|爸爸|妈妈|"
                       r"老爸|老妈|父母|父亲|母亲|爹|娘|爸妈|老人|娃|娃儿|孩子|小孩|子女|儿子|女儿|孙子|孙女|孙娃|"
                       # (the rest of the handbook's 近亲属: 兄弟姐妹, 祖父母, 外祖父母, 孙子女, 外孙子女 — never a
                       # cousin, an uncle or an in-law, whom no 近亲属 sentence names)
                       r"哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹|兄弟|姐妹|爷爷|奶奶|外公|外婆|姥姥|姥爷|外孙|外孙女|外孙子|孙子女)$")
_FOR_RELATIVES = re.compile(r"近亲属|亲属|家庭成员|代缴|共济")
# the money of a thing asked in everyday words ("账户里的钱", "卡上的钱"): a sentence naming its funds (资金, 余额) names it
_MONEY = re.compile(r"^(?:钱|钱款|的钱)$")
_FUNDS = re.compile(r"资金|余额|基金|钱|账户")
# buying drugs in everyday words ("买药", "拿药"): a sentence naming the handbook's 购药 names it
_BUYING = re.compile(r"^(?:买药|拿药|开药)$")
_PURCHASE = re.compile(r"购药|购买药品|买药")
# the card or the code that carries the account ("医保卡上个人账户的钱"): named with the account, it adds nothing
# the sentence must name
_CARRIERS = frozenset({"医保卡", "社保卡", "医保码", "卡"})
_ACCOUNT_NAMED = re.compile(r"个人账户|个账")
# a space-separated piece that asks whether (能不能 …, 可不可以 …): its clause ends with it, what follows
# is told after the ask ("能不能给孙子买药 他交的合疗")
_CAN_PIECE = re.compile(r"能不能|可不可以|能否")



def can_clause(question: str) -> str | None:
    """The clause of `question` (normalised) asking whether a thing can be done, or None."""
    clauses: list[str] = []
    for part in _CLAUSE.split(question):
        run = ""
        for piece in part.split():
            run = f"{run} {piece}" if run else piece
            if _ASK_END.search(piece) or _CAN_PIECE.search(piece):
                clauses.append(run)
                run = ""
        clauses += [run] if run else []
    for clause in reversed(clauses):
        if _CAN_ASKED.search(clause) and not _OTHER_ASK.search(clause):
            return None if _CASE_DENIED.search(_ASK_WORDS.sub("", clause)) else clause
    return None


def how_page(heading: str) -> bool:
    """Whether a page's `heading` asks how a thing is done, not whether it can be."""
    return bool(_HOW_HEADING.search(heading)) and not _WHETHER_HEADING.search(heading) \
        and not _WHAT_TO_DO_HEADING.search(heading)


def _affirms(sentence: str, words: Callable[[str], Iterable[str]]) -> bool:
    """Whether `sentence` says something can be done: a word of it (`words`: the segmenter's cut) is a
    modal or opens with one, or it grants or lists in so many words."""
    return bool(_AFFIRM_PHRASES.search(sentence)) or any(
        w.startswith(_MODALS) and w not in _NOT_MODAL for w in words(sentence))


def says_yes(question: str, answer: str, terms: Callable[[str], Iterable[str]],
             words: Callable[[str], Iterable[str]], heading: str = "") -> bool:
    """Whether one sentence of `answer` says yes to the "can it be done" clause of `question`: it names
    every term of the clause (`terms`: the index's analysis, synonyms applied alike), says it can be
    done (read from its `words`, the segmenter's cut), and denies nothing. `heading`: the page's own
    question, which says it can be done where it asks how it is done or what a thing does."""
    clause = can_clause(question)
    if clause is None:
        return False
    wanted = [t for t in terms(clause) if t.strip(_FUNCTION_CHARS)]
    if _ACCOUNT_NAMED.search(clause):
        wanted = [t for t in wanted if t not in _CARRIERS]
    if len(wanted) < 2:
        # (a clause naming one thing leaves the thing done to the conversation, "网上能办不":办 what? The
        # page was picked for it, not read from it — no yes)
        return False
    whether = bool(_WHETHER_HEADING.search(heading))
    does = not whether and bool(_DOES_HEADING.search(heading))
    sentences = _SENTENCE.split(answer)
    if how_page(heading):
        sentences.append("可以" + _HOW_HEADING.sub("", heading.rstrip("？?")))
    for sentence in sentences:
        if not does and not _affirms(sentence, words):
            continue
        listed = _LIST.match(sentence)
        # (one item of a list with its heading: the terms spread over two items, or an item limited to
        # some people ("职工参保登记（限灵活就业人员）"), say no yes)
        for said in ([listed["head"] + "：" + item for item in listed["body"].split("、")] if listed else [sentence]):
            if _DENIES.search(said):
                continue
            # (a page of what a thing does says it of each of its sentences: the thing is the heading's)
            own = set(terms(said)) | (set(terms(heading)) if does else set())
            if all(t in own or t in said or t.strip(_FUNCTION_CHARS) in said
                   or (_BUYING.match(t) and _PURCHASE.search(said))
                   # (the term without its modal, read as the index reads it: 能交 → 交 → 缴费)
                   or own.issuperset(terms(t.strip(_FUNCTION_CHARS)) or {t})
                   or (_RELATIVE.match(t) and _FOR_RELATIVES.search(said))
                   or (_MONEY.match(t) and _FUNDS.search(said + (heading if does else ""))) for t in wanted):
                return True
    return False
