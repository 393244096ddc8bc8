"""Whose case a message tells: the words for the asker's relatives and for other people, and the small
readers built on them. One lexicon; where readers deliberately differ they use the named variants
below, each saying what it adds or requires:

- `KIN`: a relative of the asker's ("能帮我爸交合疗吗", "俺老伴", "我们家娃"): a kin word of two
  characters or more, or one of one character said with its owner ("我姐", never the 姐 of another word);
- `WHOSE`: a relative said with an owner — the asker's or another's ("我儿子", "俺老伴", "他爸", "我屋头
  那个"): whose case a follow-up is;
- `OTHER_PERSON`: anyone said with an owner who is not the asker — kin, farther kin of one character
  ("我舅"), and the people of the asker's life (邻居, 同事, 朋友, 室友, 同学): a case told of them is
  not the asker's own;
- `MEMBER`: one member of a household named by who they are, with no owner needed ("婆婆在乡镇卫生院
  住院…", "老人", "娃"); `KIN_TOLD`: a clause that starts by telling of one ("我老汉癌症…");
- `AGE_PERSON`: who may be said to be of an age ("我妈七十多了", "本人60了"): the asker too.

Readers: `other_named` (is someone other than the asker named), `own_case_said` (the asker's own case
told), `scheme_of_other` (was the scheme a message says said of someone else than the asker) and
`held_scheme` (the scheme the conversation told, for this message: the one reading of
`insurance_of_other`)."""
from __future__ import annotations

import re
from typing import Callable

# ---- the words -------------------------------------------------------------------------------------

# a spouse, in every way people say it (配偶 of the forms, 婆娘 and 堂客 of dialect, 屋头那个 of 四川)
SPOUSE = r"老婆|妻子|媳妇|爱人|配偶|老公|丈夫|对象|男人|婆娘|堂客"
# kin words that say who they are on their own (two characters or more; dialect forms included:
# 老汉儿 a father, 幺儿 the youngest child, 孙娃儿 a grandchild, 屋头那个 a spouse)
KIN_LONG = (r"老伴儿?|老公|老婆|媳妇儿?|爱人|丈夫|妻子|屋头那个|屋里那个|妈妈|爸爸|老妈|老爸|母亲|父亲|老母亲|老父亲|"
            r"老汉儿?|老娘|爷爷|奶奶|外公|外婆|姥姥|姥爷|公公|婆婆|岳父|岳母|老丈人|丈人|丈母娘|儿媳妇?|女婿|儿子|女儿|"
            r"闺女|孙娃儿?|孙孙|孙子|孙女|外孙女?|娃娃|娃儿|幺儿|孩子|哥哥|姐姐|弟娃儿?|弟弟|妹妹|兄弟|姐妹|"
            # (the household's farther kin, who live and pay in it too: 侄儿, 外甥, 孙媳妇, 嫂子)
            r"侄儿|侄子|侄女|外甥女?|孙媳妇?|嫂子|弟媳妇?")
# kin words of one character: a relative only with an owner ("我姐", "俺娘")
KIN_SHORT = r"妈|爸|爹|娘|哥|姐|弟|妹|娃"
# farther kin of one character, said with an owner ("我舅", "俺姨", "我孙")
KIN_FAR = r"爷|奶|舅|姨|叔|姑|侄|孙"
# the old of a household named without kinship ("老人", "老头")
ELDERS = r"老人|老头|老太"
# people of the asker's life who are not kin
NOT_KIN = r"邻居|同事|朋友|室友|同学"
# relatives and others no list of 近亲属 names (the handbooks': 配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、
# 孙子女、外孙子女 — 巴中 第二章 二十五问): the household's farther kin, in-laws, and people who are no kin
BEYOND_NEAR_KIN = (r"侄儿|侄子|侄女|外甥女?|舅舅|舅妈|姑姑|姑父|姨妈|姨父|小姨|叔叔|婶婶|伯伯|伯父|伯母|表哥|表姐|表弟|表妹|"
                   r"堂哥|堂姐|堂弟|堂妹|女婿|儿媳妇?|孙媳妇?|公公|婆婆|岳父|岳母|老丈人|丈人|丈母娘|嫂子|弟媳妇?|姐夫|妹夫|"
                   r"亲戚|" + NOT_KIN)
# the asker's own words for themselves
SELF = r"我|俺|咱"
# whose: the asker's ("我", "我们家", "俺屋头", "我的"), said before the person
OWNER = rf"(?:{SELF})(?:们)?(?:家|屋头|屋里)?的?"
# ... or another person's too ("他爸", "她老公")
ANY_OWNER = r"(?:我|俺|咱|他|她)(?:们)?(?:家|屋头|屋里)?的?"

# one relative said in different words ("爸爸 … 我爸", "老汉 … 父亲", "老婆 … 媳妇"): the same person, by kinship
# (only those a person has one of; 娃, 孩子, 哥哥 may be several)
_SAME_KIN = {
    "父": r"(?:我|俺|咱)?(?:家)?(?:爸爸?|老爸|父亲|老父亲|老汉儿?|爹|老爹|爸比)",
    "母": r"(?:我|俺|咱)?(?:家)?(?:妈妈?|老妈|母亲|老母亲|老娘|娘)",
    "妻": r"(?:我|俺|咱)?(?:家)?(?:老婆|妻子|媳妇儿?|婆娘|堂客)",
    "夫": r"(?:我|俺|咱)?(?:家)?(?:老公|丈夫|男人)",
}
_SAME_KIN_RE = {k: re.compile(rf"^(?:{v})$") for k, v in _SAME_KIN.items()}


def kinship(word: str) -> str:
    """Who a kin word names, the same for every way of saying that one relative ("爸爸", "我爸", "老汉"
    → "父"); a word of no such relative as it is said, without its owner."""
    return next((k for k, rx in _SAME_KIN_RE.items() if rx.match(word)), re.sub(rf"^{OWNER}", "", word))


# ---- the named variants ----------------------------------------------------------------------------

KIN = re.compile(rf"{OWNER}(?:{KIN_LONG}|{KIN_SHORT})|{KIN_LONG}")
WHOSE = re.compile(rf"{ANY_OWNER}(?:{KIN_LONG}|{KIN_SHORT})")
OTHER_PERSON = re.compile(rf"{ANY_OWNER}(?:{KIN_LONG}|{KIN_SHORT}|{KIN_FAR}|{NOT_KIN})")
# (a pattern string, "(?:…)", which readers compose into their own)
MEMBER = rf"(?:我妈|我爸|{KIN_LONG}|{ELDERS}|娃)"
KIN_TOLD = re.compile(rf"^{OWNER}(?:{MEMBER}|{KIN_SHORT})")
AGE_PERSON = (rf"(?:我?(?:妈|爸|娘|爹)|{SELF}|他|她|本人|老人家?|老爷子|老太太?|{KIN_LONG}|娃)")

# the asker's own case said ("我在县医院住院…", "俺是…"): not a relative's
OWN_CASE_SAID = re.compile(r"(?:^|[\s，,。；;])(?:我|俺)(?:自己|本人)?(?:在|是|住院|看病|去)")
# care had ("住院", "看门诊", "花了"): a case, not only who the asker is
_CARE = re.compile(r"住院|住了|看病|门诊|医院|卫生院|花了|生娃|顺产|剖")
# one of them spoken of as he or she ("她住院…", "他们合疗")
THIRD = re.compile(r"[他她]")
# a clause of a message
_CLAUSE = re.compile(r"[^\s，,。；;！!？?]+")
# who a clause is said of, the nearest before its scheme word: the asker ("我是职工", "本人参的居民",
# "我自己") or someone else (kin, people of the asker's life, 他/她)
_SAID_OF = re.compile(rf"(?P<other>{OTHER_PERSON.pattern}|[他她])|(?P<self>(?:{SELF})(?:自己|本人)?|本人|自己)")


def other_named(text: str) -> bool:
    """Whether the message names someone of the asker's other than the asker ("我妈住院…", "俺邻居")."""
    return OTHER_PERSON.search(text) is not None


def someone_else(text: str) -> bool:
    """Whether the message speaks of someone other than the asker: a relative or another person of the
    asker's named ("我妈住院…", "俺邻居"), or 他 / 她. The one reader of whose case it is that the engine
    and the forms ask, each adding what it reads besides (a bare member word, the asker's own case)."""
    return other_named(text) or THIRD.search(text) is not None


def own_case_said(text: str) -> bool:
    """Whether the message tells the asker's own case ("我在县医院住院…", "俺是职工")."""
    return OWN_CASE_SAID.search(text) is not None


def own_case_apart(text: str, care: bool = False) -> bool:
    """Whether a clause of the message tells the asker's own case and names no one else in it ("我妈是
    职工 我在二级医院住院…": yes; "我在医院陪我妈" or "我去了她住院…": no). With `care`, only the
    asker's own care told ("我在二级医院住院…", not "俺是长治的")."""
    return any(OWN_CASE_SAID.match(c) and not WHOSE.search(c) and not THIRD.search(c)
               and (not care or _CARE.search(c)) for c in _CLAUSE.findall(text))


def scheme_of_other(text: str, scheme_of: Callable[[str], str | None]) -> bool:
    """Whether the scheme the message says was said of someone else than the asker: the person named
    last before it in the clause that says it ("我妈是职工" yes; "我是职工 我妈也想问" no — said of the
    asker, the relative named in another clause; "我老婆是居民医保，我是职工医保" no, the message's scheme
    being the asker's 职工 beside the spouse's). A clause naming no one: a relative named anywhere in the
    message ("帮我妈问下 合疗住院咋报"). `scheme_of(text)` is the scheme a text says, or None."""
    scheme = scheme_of(text)
    for clause in _CLAUSE.findall(text):
        if scheme is None or scheme_of(clause) != scheme:
            continue
        who = None
        for m in _SAID_OF.finditer(clause):
            who = m
        if who is not None:
            return who.group("other") is not None
        break
    return WHOSE.search(text) is not None


# the household said as who holds the scheme ("我们是交的居民医保", "俺家都是新农合"): every one of its people
# (the household itself the subject: "我家老汉是合疗" is the father's)
_HOUSEHOLD = re.compile(r"(?:我们|俺们|咱们|[我俺咱]们?家|全家|一家人?)(?:都|也|全|全部)?(?:是|交|缴|参|买|办)")


def household_scheme(text: str, scheme_of: Callable[[str], str | None]) -> bool:
    """Whether the clause that says the message's scheme says it of the household ("我们是交的居民医保",
    "俺家都是合疗"), which holds it for each of its people, the asker's relatives too."""
    scheme = scheme_of(text)
    return scheme is not None and any(scheme_of(c) == scheme and _HOUSEHOLD.search(c)
                                      for c in _CLAUSE.findall(text))


def told_of_the_case(story: str, scheme_of: Callable[[str], str | None]) -> set[str]:
    """The schemes a message's story tells of its case: said in a clause of the asker, of the household
    ("我们是交的居民医保"), or of no one named in that clause. Not one said of another person in its own
    clause ("我在中心医院住院 … 我妈是交的居民医保": the mother's, not the asker's stay's)."""
    found = set()
    for clause in _CLAUSE.findall(story):
        scheme = scheme_of(clause)
        if scheme is None:
            continue
        said = [m for m in _SAID_OF.finditer(clause) if m.start() < (clause.find(scheme[:2]) + 1 or len(clause))]
        if said and said[-1].group("other") and not _HOUSEHOLD.search(clause):
            continue
        found.add(scheme)
    return found


def held_scheme(slots: dict, text: str) -> str | None:
    """The scheme the conversation told, for this message: a relative's is not the asker's own case
    ("我爸妈 … 他们合疗" then "我在县医院住院能报多少"), and the asker's own is not a relative's case
    ("我是职工 …" then "我妈在县医院住院能报多少")."""
    scheme = slots.get("insurance")
    if scheme is None:
        return None
    if slots.get("insurance_household"):
        return scheme
    if slots.get("insurance_of_other"):
        # (a message that names the relative or 他/她 anywhere may be about them still: "我妈七十几了 …
        # 她买的是城乡居民医保 … 我在外地打工没回去")
        if own_case_said(text) and not WHOSE.search(text) and not THIRD.search(text):
            return None
    elif other_named(text) and not own_case_said(text):
        return None
    return scheme


# a clause listing who alone is left at home ("家头只剩老人和孩子", "家里只有我和孩子"), naming no care, illness,
# schooling or cover: the household told as the asker's story — its people are no patient of the case
HOUSEHOLD_TOLD = re.compile(r"(?:^|(?<=[\s，,。；;]))(?![^\s，,。；;？?]*?(?:病|院|诊|药|险|保|医|读|学|生|怀))"
                            r"(?:我们?|俺们?)?(?:屋头|屋里头?|家里头?|家头|屋里|老家)(?:现在)?(?:就只|就|只)(?:剩|有)(?:下|得)?"
                            r"[^\s，,。；;？?]{0,12}(?=$|[\s，,。；;])")
