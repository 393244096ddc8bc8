"""Typo and homophone repair for domain terms: 一保 → 医保, 大兵 → 大病, 倾斜就助 → 倾斜救助.

Only a span of whole words that the corpus does not know is repaired, and only to a domain term
(the 医保 dictionary, synonyms, lexicon targets) that it matches:
- by sound: every character reads like the term's (pinyin from corpus/data/pinyin.txt, any of
  its readings), with at most one character differing in tone only (大兵 dà bīng ~ 大病 dà bìng,
  but 已报 yǐ bào is not 医保 yī bǎo);
- or, for terms of four characters or more, by one substituted character (rapidfuzz's
  Levenshtein distance 1 at the same length).
A known word is never touched, however close it sounds, nor a known word inside the span. A place
name (a covered region's county) is a repair only of a span that is no word at all: 平常 stays
平常, never the county 平昌 (a wrong place answers from the wrong handbook), while 南豇 is 南江 —
except written with its suffix (平常县, misheard_counties): the 县 says a place is meant."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Callable, Iterable


PINYIN_FILE = Path(__file__).parent / "data" / "pinyin.txt"
MAX_SPAN_WORDS = 6                     # words or single characters (a made-up word is read apart)
MIN_LEN, MAX_LEN = 2, 6
EDIT_MIN_LEN, EDIT_MAX_LEN = 4, 5      # (six-character terms are repaired by sound only)
SPANS_KEPT = 16384                     # spans whose repair (or none) a Repairer keeps


# Characters that stand alone as everyday words: at the edge of a span, they are the neighbour of
# a word, not part of a misspelt one (医保吗 is not 医保码, 还能报 is not 不能报).
EDGE_WORDS = frozenset("吗呢吧啊呀嘛了的地得着过去到来在给找用问说要能会可还也都就又再才不没有是这那哪个每几其中和与或把被让从向对")

# A hospital's grade as written — 二乙, 三甲, 二级乙等, 一级: its numeral and grade characters are what
# the asker said, never a misspelling (二乙医院 is not a typo of 二级医院: the 乙 is the grade)
GRADE_RE = re.compile(r"[一二三][甲乙丙](?:等|级)?|[一二三]级(?:[甲乙丙]等?)?|[甲乙丙]等")
# "几级" / "哪级" asks which grade: never a grade said (几级医院 is no 一级医院 misspelt)
ASKED_COUNT_RE = re.compile(r"[几哪](?=[级个种类次等档])")

# A figure said in words (百分之七十, 七成, 三千): its numerals are the asker's figure, never a misspelt
# term (百分之七 is no 百分之几: the 70% asserted was lost to the check)
FIGURE_RE = re.compile(r"百分之[零一二两三四五六七八九十百]+|[一二两三四五六七八九十]+(?=[成十百千万])")

# An ordinal (第一次, 第2年): its 第 counts, never a slip of a term's character (大一第一次 is no 大异地)
ORDINAL_RE = re.compile(r"第(?=[一二两三四五六七八九十\d])")

# A numeral that goes on a figure said before it (八成五, 三万五, 两千五, 一点五): the figure's last
# digit, never the head of a term (八成五报 is not 八成 五保)
FIGURE_GOES_ON = frozenset("成万千百点")
NUMERALS = frozenset("一二两三四五六七八九")
# A unit right after a figure (2033年, 3月, 15号, 2次): the figure's own, never a slip of a term's character
# (2033年重新交 is a year and what was done in it, not 要重新交)
FIGURE_UNITS = frozenset("年月日号岁次")
FIGURE_DIGITS = frozenset("0123456789零〇一二两三四五六七八九十")

# A word right after a figure that names the table's band it bounds (10万到20万段报多少, 200元档), or
# after the word pointing at the band (21000到50000这段报多少, 那一段报几成): the asker's word, never a
# misspelt term (段报 is no 断保)
BAND_WORDS = frozenset("段档")
FIGURE_ENDS = frozenset("0123456789万千百元块这那一")
# A word that counts or picks the bands themselves (分段报, 每段报多少, 各段, 哪段, 几段): 段 is the band there
# too — unless 保 follows, the handbook's own 每断保1年 slipped (每段保一年), which is 断保
BAND_POINTERS = frozenset("每各分哪几")

# Characters that only end a word (我们, 人们), never stand or begin one: standing alone at a
# clause's head, where no word they end is before them, they are a slip for the character they sound like (们特 → 门特),
# and the word after them may hold the rest of the term (们 | 特有: read 们 | 特 | 有)
BOUND_ENDINGS = frozenset("们")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    every, first = {}, {}
    for line in PINYIN_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ch, *rs = line.split()
            every[ch], first[ch] = frozenset(rs), rs[0]
    return every, first


def readings() -> dict[str, frozenset[str]]:
    """char → its readings with tone digit ("病" → {"bing4"}; "行" → {"xing2", "hang2", …})."""
    return _table()[0]


def usual_reading(ch: str) -> str | None:
    """The reading a pinyin keyboard most likely typed for `ch` (its first, most common one)."""
    return _table()[1].get(ch)


@dataclass(frozen=True)
class Repair:
    said: str
    term: str
    how: str          # "sound" | "spelling"
    # where `said` starts in the text read (-1: not known); not part of what the repair is, so
    # two repairs of the same slip compare equal wherever they stand
    at: int = field(default=-1, compare=False)


# the last character of a room's or a building's name (抢救室, 病房, 大厅, 宿舍): glued by the segmenter to the
# locative after it (室里, 室内), the name's own end — not the first character of a term misheard
ROOM_SUFFIXES = frozenset("室房厅馆舍")
# ... though after where one goes or is (去室里, 在室里), no room's name: that may be the slip
GOING_WORDS = frozenset("在去到回从进来往赴")


class Repairer:
    def __init__(self, terms: Iterable[str], known: Iterable[str], places: Iterable[str] = (),
                 is_word: Callable[[str], bool] = lambda w: False,
                 is_place: Callable[[str], bool] = lambda w: False,
                 is_common: Callable[[str], bool] = lambda w: False):
        """`places`: the terms that are place names, repaired only from a span that `is_word`
        (the segmenter's vocabulary) does not know, nor any word of it. `is_place`: whether a span
        is a place's name as written (祁县): never a misspelt term (期限), whatever it sounds like."""
        self.known = frozenset(known)
        # the characters the known words are written with: a one-character word of the vocabulary
        # (保, 县) that the handbooks write is a word the asker chose, not a slip for another
        self._written = frozenset(c for w in self.known for c in w)
        self.places = frozenset(places)
        self._is_word = is_word
        self._is_place = is_place
        self._is_common = is_common
        terms = {*terms, *self.places}
        table = readings()
        self._by_sound: dict[tuple[str, ...], list[str]] = {}
        self._by_length: dict[int, list[str]] = {}
        for term in sorted(set(terms)):
            if not MIN_LEN <= len(term) <= MAX_LEN or any(c not in table for c in term):
                continue
            for key in _toneless_keys(term, table):
                self._by_sound.setdefault(key, []).append(term)
            if EDIT_MIN_LEN <= len(term) <= EDIT_MAX_LEN:
                self._by_length.setdefault(len(term), []).append(term)

    def repair(self, words: list[str], pieces: frozenset[int] = frozenset(),
               made_up: frozenset[tuple[int, int]] = frozenset()) -> tuple[str, list[Repair]]:
        """The text of `words` with unknown spans replaced by the domain term they stand for.
        `pieces`: the positions of characters cut out of a word the segmenter made up; a span with
        one is repaired only to a term read as its characters are usually read (门缜 → 门诊, not
        宝行 → 保研 by 研's rare reading xíng) and never by spelling alone (致贫人口 ≠ 脱贫人口).
        `made_up`: the (start, end) positions of each such word: an everyday character the segmenter
        glued into one (被案) stands in no word of its own there, so it may be the slip, where it reads
        exactly as the term's character (被案 → 备案; 医保吗, two words, stays)."""
        out: list[str] = []
        repairs: list[Repair] = []
        table = readings()
        # a word a repair could change at all: not a known word, written in characters we can read
        open_ = [not (len(w) > 1 and w in self.known) and all(c in table for c in w) for w in words]
        starts = [0, *accumulate(len(w) for w in words)]
        ordinals = {m.start() for m in ORDINAL_RE.finditer("".join(words))}
        i = 0
        while i < len(words):
            found = None
            if i and (words[i][:1] in NUMERALS and words[i - 1][-1:] in FIGURE_GOES_ON
                      or words[i][:1] in BAND_WORDS and words[i - 1][-1:] in FIGURE_ENDS
                      or words[i][:1] in FIGURE_UNITS and words[i - 1][-1:] in FIGURE_DIGITS
                      or words[i][:1] == "段" and words[i - 1][-1:] in BAND_POINTERS
                      and not "".join(words[i:i + 2]).startswith("段保")):
                out.append(words[i])
                i += 1
                continue
            if i and words[i][:1] in ROOM_SUFFIXES and (len(words[i - 1]) > 1 or i - 1 in pieces) \
                    and "\u4e00" <= words[i - 1][-1:] <= "\u9fff" and words[i - 1] not in GOING_WORDS:
                # a room's suffix after the word it ends (抢救|室里, 化验|室里, 教|室里): that room, said with its
                # locative — never a slip (室里 is no 市里); after a lone 在 / 去 it may be one (在室里看病)
                out.append(words[i])
                i += 1
                continue
            # the longest span first: 大兵保险 → 大病保险 rather than 大兵 → 大病; only spans a term
            # could be as long as (a clause's many one-character words make many spans)
            # (a span's length from the words' start positions: no running sum made per word)
            for n in range(min(MAX_SPAN_WORDS, len(words) - i), 0, -1):
                if not MIN_LEN <= starts[i + n] - starts[i] <= MAX_LEN or not any(open_[i:i + n]):
                    continue
                found = self._span_repair(tuple(words[i:i + n]), not pieces.isdisjoint(range(i, i + n)))
                if not found and ((i, i + n) in made_up or n == 2 and self._fragment_and_edge(words[i:i + n])):
                    found = self._glued_edge_repair(tuple(words[i:i + n]))
                if found and any(starts[i] <= at < starts[i + n] and found.term[at - starts[i]:at - starts[i] + 1] != "第"
                                 for at in ordinals):
                    found = None        # (the ordinal's 第, read with the numeral after the span)
                if found:
                    repairs.append(replace(found, at=starts[i]))
                    out.append(found.term)
                    i += n
                    break
            if not found:
                out.append(words[i])
                i += 1
        return "".join(out), repairs

    def _span_repair(self, words: tuple[str, ...], strict: bool = False) -> Repair | None:
        """The repair of a span of whole words, or None. It depends on the words alone, and the
        same spans recur in every clause and entry read ("报销 比例", "的 医保"): the last
        SPANS_KEPT spans' are kept."""
        kept = self.__dict__.setdefault("_spans_kept", {})
        if (words, strict) in kept:
            return kept[words, strict]
        found = None
        span = "".join(words)
        if MIN_LEN <= len(span) <= MAX_LEN and span not in self.known and self._may_match(span, strict) \
                and not self._is_place(span):
            protected = self._protected(words)
            # one open character beside an everyday word only (在, 的 …), itself a word the
            # corpus uses, is that word, not a misspelt part of a term: 在县 is no typo of
            # 在线 (在县二乙医院), nor 能保 (can it cover) of 能报; 呓地 (呓 no word of ours) is still 异地
            open_chars = [span[j] for j in range(len(span)) if j not in protected]
            lone = len(open_chars) == 1 and open_chars[0] in words and self._a_word(open_chars[0]) \
                and not any(len(w) > 1 and w in self.known for w in words)
            found = self._match(span, protected, strict) if len(protected) < len(span) and not lone else None
            if found and found.term in self.places and any(
                    len(w) > 1 and self._is_word(w) for w in (span, *words)):
                found = None
            if found and len(words) == 1 and self._is_word(span) and (self._is_common(span) or any(
                    a != b and a in self.known for a, b in zip(span, found.term))):
                # one word of the language, said as such: an everyday one (合适 is no 何时, 那里 no 哪里),
                # or one whose changed character is a word of ours (县上 "in the county" is no 线上)
                found = None
            if found and found.how == "spelling" and len(words) == 1 and len(span) >= EDIT_MIN_LEN \
                    and self._is_word(span):
                # a long word of the language, said as such, differing from a term by a character of
                # another sound: the asker's own word, not a slip (良性肿瘤 is no 恶性肿瘤; a slip by
                # spelling makes no dictionary word that long)
                found = None
        if len(kept) >= SPANS_KEPT:
            kept.clear()
        kept[words, strict] = found
        return found

    def _glued_edge_repair(self, words: tuple[str, ...]) -> Repair | None:
        """A word the segmenter made up of characters (被 | 案), one of them at its edge an everyday
        word (被): the term that differs from it there alone, by a character read exactly as it is
        usually read, tone included (被 bèi → 备 bèi), the rest unchanged (案)."""
        span = "".join(words)
        if not MIN_LEN <= len(span) <= MAX_LEN or span in self.known or self._is_place(span) \
                or any(usual_reading(c) is None for c in span):
            return None
        edges = {j for j in (0, len(span) - 1) if span[j] in EDGE_WORDS}
        key = tuple(usual_reading(c)[:-1] for c in span)
        for term in self._by_sound.get(key, ()):
            changed = {j for j, (a, b) in enumerate(zip(span, term)) if a != b}
            if len(term) == len(span) and term not in self.places and changed and changed <= edges \
                    and all(usual_reading(span[j]) == usual_reading(term[j]) for j in changed):
                return Repair(span, term, "sound")
        return None

    def _fragment_and_edge(self, words: list[str]) -> bool:
        """Two words, one an everyday character at the span's edge (和) and the other no word the
        corpus knows (新农): the everyday character may be the slip that cut the term apart (新农和 is
        新农合, read exactly alike), as in a word the segmenter made up (`_glued_edge_repair`)."""
        if len(words) != 2:
            return False
        edge = [w for w in (words[0], words[-1]) if len(w) == 1 and w in EDGE_WORDS]
        rest = [w for w in words if len(w) > 1]
        return bool(edge) and len(rest) == 1 and rest[0] not in self.known

    def _a_word(self, ch: str) -> bool:
        """Is the one character `ch` a word of ours: a word the corpus uses, or a word of the
        vocabulary (保 "cover", 段) that the handbooks write in their words? A known word is never
        repaired; a character no handbook writes (呓) is a slip."""
        return ch in self.known or ch in self._written and self._is_word(ch)

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state.pop("_spans_kept", None)
        return state

    def _protected(self, words: list[str]) -> set[int]:
        """Positions in the span a repair may not change: those of a known word of two characters
        or more (双通道药房 is not a typo of 双通道药品: 药房 is a word), and an everyday
        one-character word at either edge (医保吗, 还能报), and a hospital grade (二乙, 三甲)."""
        out, at = set(), 0
        for n, w in enumerate(words):
            if len(w) > 1 and w in self.known or len(w) == 1 and w in EDGE_WORDS and n in (0, len(words) - 1):
                out.update(range(at, at + len(w)))
            at += len(w)
        for g in (*GRADE_RE.finditer("".join(words)), *FIGURE_RE.finditer("".join(words)),
                  *ASKED_COUNT_RE.finditer("".join(words))):
            out.update(range(g.start(), g.end()))
        return out

    def _may_match(self, span: str, strict: bool) -> bool:
        """Whether `_match` could find any term for `span`: a term that sounds like it (its usual
        readings, toneless, a key of `_by_sound`), or a term as long as it to spell it like (not
        `strict`). Most spans a clause makes have neither, and then the protected positions, the
        grade and figure patterns and the rest `_match` is given need not be read."""
        if not strict and len(span) in self._by_length:
            return True
        first = _table()[1]
        if any(c not in first for c in span):
            return False
        return tuple(first[c][:-1] for c in span) in self._by_sound

    def _match(self, span: str, protected: set[int], strict: bool = False) -> Repair | None:
        table = readings()
        if any(c not in table for c in span):
            return None

        def allowed(term: str) -> bool:
            return term != span and not any(a != b and i in protected
                                            for i, (a, b) in enumerate(zip(span, term)))

        # the span as typed: each character's usual reading; the term: any of its readings, except
        # where the span is an everyday word itself (都行 is not 读研 by 读 dòu and 研 xíng): then the
        # term's usual readings
        key = tuple(usual_reading(c)[:-1] for c in span)
        word = strict or self._is_word(span)
        for term in self._by_sound.get(key, ()) if self._by_sound else ():
            if word and tuple(usual_reading(c)[:-1] for c in term) != key:
                continue
            if allowed(term) and _tone_slips(span, term, table) <= 1:
                return Repair(span, term, "sound")
        terms = None if strict else self._by_length.get(len(span))
        if not terms:
            return None
        from rapidfuzz import process          # loaded on the first long unknown span (15 ms)
        from rapidfuzz.distance import Levenshtein
        for term, _, _ in process.extract(span, terms, scorer=Levenshtein.distance, score_cutoff=1, limit=None):
            if allowed(term):
                return Repair(span, term, "spelling")
        return None


def _toneless_keys(word: str, table: dict[str, frozenset[str]]) -> list[tuple[str, ...]]:
    """Every toneless reading of `word` (heteronyms multiply, capped: a few characters have many)."""
    keys: list[tuple[str, ...]] = [()]
    for c in word:
        syllables = sorted({r[:-1] for r in table[c]})
        keys = [k + (s,) for k in keys for s in syllables][:16]
    return keys


def _tone_slips(a: str, b: str, table: dict[str, frozenset[str]]) -> int:
    """Characters of `a` (as usually read) that read like `b`'s only when the tone is ignored."""
    return sum(1 for x, y in zip(a, b) if x != y and usual_reading(x) not in table[y])


# A county written with its 县 or 区 ("平常县"): the suffix says a place is meant
_COUNTY_WRITTEN = re.compile(r"[\u4e00-\u9fff]{2}[县区]")


def misheard_counties(text: str, counties: Iterable[str], covered: frozenset[str],
                      is_place: Callable[[str], bool]) -> list[Repair]:
    """Counties written with their 县/区 that no place is called, by their sound one of the covered
    regions' (平常县 → 平昌县): the suffix says a place is meant, so the ordinary word in it (平常) is
    no reason to keep it. Only where every county of China that sounds so is that one covered
    county: a name shared by sound with an uncovered county is left alone (answering from the
    wrong handbook is worse than asking)."""
    table = readings()
    out = []
    for m in _COUNTY_WRITTEN.finditer(text):
        written = m.group()
        if is_place(written) or is_place(written[:2]) or any(c not in table for c in written):
            continue
        key = tuple(usual_reading(c)[:-1] for c in written)
        like = [c for c in _by_sound(tuple(counties)).get(key, ()) if c[-1] == written[-1] and c != written
                and _tone_slips(written, c, table) <= 1]
        if len(like) == 1 and like[0] in covered:
            out.append(Repair(written, like[0], "sound", m.start()))
    return out


@lru_cache(maxsize=1)
def _by_sound(names: tuple[str, ...]) -> dict[tuple[str, ...], list[str]]:
    """Three-character names by every toneless reading."""
    table = readings()
    out: dict[tuple[str, ...], list[str]] = {}
    for name in names:
        if len(name) == 3 and all(c in table for c in name):
            for key in _toneless_keys(name, table):
                out.setdefault(key, []).append(name)
    return out
