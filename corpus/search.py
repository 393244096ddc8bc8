"""The search over curated entries: BM25 over each entry's question and variants (one short
document per phrasing, best phrasing wins) plus BM25 over its answer text at a lower weight,
restricted to the asker's region and the national entries, with a confidence in 0..1."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import MutableMapping, Sequence

import numpy as np

import regions

from corpus.bm25 import SparseBM25
from corpus.entries import Entry
from corpus.segment import DATA_DIR, Segmenter
from corpus.yamlfile import read_yaml

ANSWER_WEIGHT = 0.35           # answer text counts, but a matching question counts more
RERANK_POOL = 10
SCHEME_MISMATCH_CONFIDENCE = 0.8
SCHEME_MISMATCH = 0.45        # score factor for an entry about the other scheme (职工 vs 居民)
# A question whose words together weigh less than this (one or two everyday words) is vague.
VAGUE_WEIGHT = 4.5
VAGUE_CONFIDENCE = 0.6
# How much an unseen query word can weigh against confidence; unseen words are the
# strongest sign of a question the handbooks do not cover (公积金, 养老金 …).
UNSEEN_CAP = 4.0


@dataclass
class Hit:
    entry: Entry
    score: float            # raw BM25 mix, comparable only within one query
    confidence: float       # 0..1, comparable across queries
    coverage: float         # share of the query's weight the entry's words account for
    similarity: float       # weighted overlap of the query with the best phrasing
    other_scheme: bool = False   # about 职工 when 居民 was asked, or the reverse
    vague: bool = False          # the question's words are too common to pick one entry


class Index:
    def __init__(self, entries: Sequence[Entry], segmenter: Segmenter | None = None,
                 token_cache: MutableMapping[str, list[str]] | None = None):
        """`token_cache` (text → terms) spares segmenting the same text twice, across runs when
        the caller keeps it on disk; it must have been made by the same segmenter data."""
        self.entries = list(entries)
        self.segmenter = segmenter or Segmenter(extra_words=_place_words())
        self.token_cache = token_cache if token_cache is not None else {}
        # each entry's phrasings are consecutive documents: phrase_start[i] is the first one
        phrase_docs: list[list[str]] = []
        starts: list[int] = []
        answer_docs: list[list[str]] = []
        entry_scheme: list[str | None] = []
        for e in self.entries:
            starts.append(len(phrase_docs))
            phrases = [self._tokens(p) for p in (e.question, *e.variants, " ".join(e.keywords)) if p.strip()]
            phrase_docs.extend(phrases or [[]])
            answer_docs.append(self._tokens(e.answer + " " + (e.more or "")))
            entry_scheme.append(self._scheme_of([set(p) for p in phrases]))
        self.phrases = SparseBM25(phrase_docs)
        self.answers = SparseBM25(answer_docs)
        self.phrase_start = np.asarray(starts, dtype=np.int64)
        self.phrase_end = np.append(self.phrase_start[1:], len(phrase_docs))
        # each phrase's idf mass, for the similarity's denominator without keeping its words
        self.phrase_mass = np.asarray([sum(self.idf(t) for t in set(doc)) for doc in phrase_docs], dtype=np.float32)
        self.phrases.release_documents()
        self.answers.release_documents()
        # per scheme named in a question: which entries are about the other one
        self._other_scheme = {s: np.asarray([es is not None and es != s for es in entry_scheme])
                              for s in _schemes()}
        regions = np.asarray([e.region for e in self.entries])
        self._national = regions == "全国"
        self._region_mask = {r: (regions == r) | self._national for r in set(regions.tolist())}
        self._by_id = {e.id: i for i, e in enumerate(self.entries)}

    @staticmethod
    def _query_scheme(terms: set[str]) -> str | None:
        named = {scheme for scheme, words in _schemes().items() if terms & words}
        return named.pop() if len(named) == 1 else None

    @staticmethod
    def _scheme_of(phrases: list[set[str]]) -> str | None:
        """The scheme most of an entry's phrasings name, where none names the other."""
        counts = {scheme: 0 for scheme in _schemes()}
        for terms in phrases:
            for scheme, words in _schemes().items():
                counts[scheme] += bool(terms & words)
        named = [s for s, n in counts.items() if n]
        if len(named) == 1 and counts[named[0]] * 3 >= len(phrases):
            return named[0]
        return None

    def _tokens(self, text: str) -> list[str]:
        cached = self.token_cache.get(text)
        if cached is None:
            cached = self.token_cache[text] = [t for t in self.segmenter.tokens(text) if t not in _region_words()]
        return cached

    def entry(self, entry_id: str) -> Entry | None:
        i = self._by_id.get(entry_id)
        return None if i is None else self.entries[i]

    def idf(self, term: str) -> float:
        idf = self.phrases.idf.get(term)
        return min(idf, UNSEEN_CAP) if idf is not None else UNSEEN_CAP

    def _best_phrase_similarity(self, entries: list[int], weights: dict[str, float], q_weight: float) -> list[float]:
        """For each candidate entry, the best idf-weighted overlap (shared / union) between the
        question and any one of its phrasings: the phrasing that says the same thing, not the
        one BM25 liked, since a variant with an extra qualifier ("残疾学生医保交多少") should
        lose to one without it ("学生医保交多少") when the question has none."""
        if not entries:
            return []
        ranges = [np.arange(self.phrase_start[i], self.phrase_end[i]) for i in entries]
        docs = np.concatenate(ranges)
        shared = np.zeros(len(docs), dtype=np.float64)
        for term, w in weights.items():
            hit = self.phrases.postings.get(term)
            if hit is None:
                continue
            at = np.minimum(np.searchsorted(hit[0], docs), len(hit[0]) - 1)
            shared += w * (hit[0][at] == docs)
        union = q_weight + self.phrase_mass[docs] - shared
        sim = np.where(union > 0, shared / np.maximum(union, 1e-9), 0.0)
        out, at = [], 0
        for r in ranges:
            out.append(float(sim[at:at + len(r)].max()))
            at += len(r)
        return out

    def search(self, text: str, region: str | None = None, k: int = 5) -> list[Hit]:
        query = [t for t in self.segmenter.tokens(text) if t not in _region_words()]
        if not query or not self.entries:
            return []
        phrase_scores = self.phrases.get_scores(query)
        per_entry = np.maximum.reduceat(phrase_scores, self.phrase_start)
        per_entry += ANSWER_WEIGHT * self.answers.get_scores(query)
        q_terms = set(query)
        scheme = self._query_scheme(q_terms)
        if scheme is not None:
            per_entry = np.where(self._other_scheme[scheme], per_entry * SCHEME_MISMATCH, per_entry)
        if region is not None:
            # a region with no entries of its own gets the national ones only
            per_entry = np.where(self._region_mask.get(region, self._national), per_entry, 0.0)
        # BM25 picks the candidates; the confidence (does the entry account for every word
        # asked, does one phrasing say the same) orders them, since an overview entry whose
        # variants repeat the common words otherwise outscores the row that names the disease.
        pool = min(max(k, RERANK_POOL), len(self.entries))
        top = np.argpartition(-per_entry, pool - 1)[:pool]
        top = top[np.argsort(-per_entry[top])]
        weights = {t: self.idf(t) for t in q_terms}
        q_weight = sum(weights.values())
        top = [int(i) for i in top if per_entry[i] > 0]
        similarity = self._best_phrase_similarity(top, weights, q_weight)
        other = self._other_scheme.get(scheme) if scheme else None
        hits: list[Hit] = []
        for i, sim in zip(top, similarity):
            lo, hi = int(self.phrase_start[i]), int(self.phrase_end[i])
            covered = sum(w for t, w in weights.items()
                          if self.phrases.contains(t, lo, hi) or self.answers.contains(t, i, i + 1))
            hits.append(Hit(self.entries[i], float(per_entry[i]), 0.0, covered / q_weight, sim,
                            other_scheme=other is not None and bool(other[i])))
        top_score = hits[0].score if hits else 0.0
        for h in hits:
            h.confidence = confidence(h, top_score)
            if q_weight < VAGUE_WEIGHT:
                # "报销", "医保报销", "慢病": any of dozens of entries fits
                h.confidence = min(h.confidence, VAGUE_CONFIDENCE)
                h.vague = True
            if h.other_scheme:
                # the entry is about the other scheme: its figures would be wrong for the asker
                h.confidence = round(h.confidence * SCHEME_MISMATCH_CONFIDENCE, 3)
        hits.sort(key=lambda h: -h.confidence)
        return hits[:k]


def confidence(hit: Hit, top_score: float) -> float:
    """Coverage says whether the entry accounts for what was asked; similarity whether one of
    its phrasings says the same thing; the BM25 score relative to the best candidate keeps
    a weak match from winning on overlap alone."""
    conf = 0.5 * hit.coverage + 0.4 * hit.similarity + 0.1 * (hit.score / top_score if top_score else 0)
    return round(min(1.0, conf), 3)


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    """The regions' own names (巴中, 克市 …): the region filter uses them, so as search words
    they would only favour entries that happen to repeat the place."""
    return regions.names()


@lru_cache(maxsize=1)
def _schemes() -> dict[str, frozenset[str]]:
    raw = read_yaml(DATA_DIR / "schemes.yaml")
    return {scheme: frozenset(words) for scheme, words in raw.items()}


def _place_words() -> list[str]:
    """The segmenter's extra words: place names only. Keywords are indexed through the ordinary
    segmentation: made into words, "两病待遇" would no longer meet a question on 两病 + 待遇."""
    return list(regions.place_words())
