"""Typo and homophone repair for domain terms: 一保 → 医保, 大兵 → 大病, 倾斜就助 → 倾斜救助.

Only a span of whole words that the corpus does not know is repaired, and only to a domain term
(the 医保 dictionary, synonyms, lexicon targets) that it matches:
- by sound: every character reads like the term's (pinyin from corpus/data/pinyin.txt, any of
  its readings), with at most one character differing in tone only (大兵 dà bīng ~ 大病 dà bìng,
  but 已报 yǐ bào is not 医保 yī bǎo);
- or, for terms of four characters or more, by one substituted character (rapidfuzz's
  Levenshtein distance 1 at the same length).
A known word is never touched, however close it sounds."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rapidfuzz.distance import Levenshtein

PINYIN_FILE = Path(__file__).parent / "data" / "pinyin.txt"
MAX_SPAN_WORDS = 3
MIN_LEN, MAX_LEN = 2, 5
EDIT_MIN_LEN = 4


@lru_cache(maxsize=1)
def readings() -> dict[str, frozenset[str]]:
    """char → its readings with tone digit ("病" → {"bing4"})."""
    table = {}
    for line in PINYIN_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ch, *rs = line.split()
            table[ch] = frozenset(rs)
    return table


@dataclass(frozen=True)
class Repair:
    said: str
    term: str
    how: str          # "sound" | "spelling"


class Repairer:
    def __init__(self, terms: Iterable[str], known: Iterable[str]):
        self.known = frozenset(known)
        table = readings()
        self._by_sound: dict[tuple[str, ...], list[str]] = {}
        self._by_length: dict[int, list[str]] = {}
        for term in sorted(set(terms)):
            if not MIN_LEN <= len(term) <= MAX_LEN or any(c not in table for c in term):
                continue
            for key in _toneless_keys(term, table):
                self._by_sound.setdefault(key, []).append(term)
            if len(term) >= EDIT_MIN_LEN:
                self._by_length.setdefault(len(term), []).append(term)

    def repair(self, words: list[str]) -> tuple[str, list[Repair]]:
        """The text of `words` with unknown spans replaced by the domain term they stand for."""
        out: list[str] = []
        repairs: list[Repair] = []
        i = 0
        while i < len(words):
            found = None
            # the longest span first: 大兵保险 → 大病保险 rather than 大兵 → 大病
            for n in range(min(MAX_SPAN_WORDS, len(words) - i), 0, -1):
                span = "".join(words[i:i + n])
                if MIN_LEN <= len(span) <= MAX_LEN and span not in self.known:
                    found = self._match(span)
                    if found:
                        repairs.append(found)
                        out.append(found.term)
                        i += n
                        break
            if not found:
                out.append(words[i])
                i += 1
        return "".join(out), repairs

    def _match(self, span: str) -> Repair | None:
        table = readings()
        if any(c not in table for c in span):
            return None
        for key in _toneless_keys(span, table):
            for term in self._by_sound.get(key, ()):
                if term != span and _tone_slips(span, term, table) <= 1:
                    return Repair(span, term, "sound")
        for term in self._by_length.get(len(span), ()):
            if term != span and Levenshtein.distance(span, term, score_cutoff=1) <= 1:
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
    """Characters of `a` that read like `b`'s only when the tone is ignored."""
    return sum(1 for x, y in zip(a, b) if x != y and not (table[x] & table[y]))
