"""The search over curated entries: BM25 over each entry's question and variants (one short
document per phrasing, best phrasing wins) plus BM25 over its answer text at a lower weight,
restricted to the asker's region and the national entries, with a confidence in 0..1."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

import numpy as np
import yaml

from corpus.bm25 import SparseBM25
from corpus.entries import Entry
from corpus.segment import DATA_DIR, Segmenter

ANSWER_WEIGHT = 0.35           # answer text counts, but a matching question counts more
REGION_WORDS = {"巴中", "巴中市", "克拉玛依", "克拉玛依市", "克市", "长治", "长治市"}
RERANK_POOL = 10
SCHEME_MISMATCH_CONFIDENCE = 0.8
SCHEME_MISMATCH = 0.45        # score factor for an entry about the other scheme (职工 vs 居民)
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


class Index:
    def __init__(self, entries: Sequence[Entry], segmenter: Segmenter | None = None):
        self.entries = list(entries)
        self.segmenter = segmenter or Segmenter(extra_words=_index_words(self.entries))
        phrase_docs: list[list[str]] = []
        phrase_owner: list[int] = []
        answer_docs: list[list[str]] = []
        self.entry_terms: list[set[str]] = []
        self.phrase_terms: list[set[str]] = []
        entry_phrases: list[list[set[str]]] = []
        for i, e in enumerate(self.entries):
            terms: set[str] = set()
            entry_phrases.append([])
            for phrase in [e.question, *e.variants, " ".join(e.keywords)]:
                toks = self._tokens(phrase)
                if toks:
                    phrase_docs.append(toks)
                    phrase_owner.append(i)
                    self.phrase_terms.append(set(toks))
                    entry_phrases[-1].append(set(toks))
                    terms.update(toks)
            answer = self._tokens(e.answer + " " + (e.more or ""))
            answer_docs.append(answer)
            self.entry_terms.append(terms | set(answer))
        entry_scheme = [self._scheme_of(phrases) for phrases in entry_phrases]
        # per scheme named in a question: which entries are about the other one
        self._other_scheme = {s: np.asarray([es is not None and es != s for es in entry_scheme])
                              for s in _schemes()}
        self.phrases = SparseBM25(phrase_docs)
        self.answers = SparseBM25(answer_docs)
        self.phrase_owner = np.asarray(phrase_owner, dtype=np.int32)
        regions = np.asarray([e.region for e in self.entries])
        self._region_mask = {r: (regions == r) | (regions == "全国") for r in set(regions.tolist())}
        self._by_id = {e.id: i for i, e in enumerate(self.entries)}

    @staticmethod
    def _query_scheme(terms: set[str]) -> str | None:
        named = {scheme for scheme, words in _schemes().items() if terms & words}
        return named.pop() if len(named) == 1 else None

    @staticmethod
    def _scheme_of(phrases: list[set[str]]) -> str | None:
        """The scheme most of an entry's phrasings name, where none names the other."""
        counts = {scheme: 0 for scheme in _schemes()}
        total = 0
        for terms in phrases:
            total += 1
            for scheme, words in _schemes().items():
                counts[scheme] += bool(terms & words)
        named = [s for s, n in counts.items() if n]
        if len(named) == 1 and counts[named[0]] * 3 >= total:
            return named[0]
        return None

    def _tokens(self, text: str) -> list[str]:
        return [t for t in self.segmenter.tokens(text) if t not in REGION_WORDS]

    def entry(self, entry_id: str) -> Entry | None:
        i = self._by_id.get(entry_id)
        return None if i is None else self.entries[i]

    def idf(self, term: str) -> float:
        idf = self.phrases.idf.get(term)
        return min(idf, UNSEEN_CAP) if idf is not None else UNSEEN_CAP

    def search(self, text: str, region: str | None = None, k: int = 5) -> list[Hit]:
        query = self._tokens(text)
        if not query or not self.entries:
            return []
        per_entry = np.zeros(len(self.entries), dtype=np.float32)
        phrase_scores = self.phrases.get_scores(query)
        nz = np.nonzero(phrase_scores)[0]
        np.maximum.at(per_entry, self.phrase_owner[nz], phrase_scores[nz])
        best_phrase = {}
        for doc in nz:
            owner = int(self.phrase_owner[doc])
            if phrase_scores[doc] >= per_entry[owner] and owner not in best_phrase:
                best_phrase[owner] = int(doc)
        per_entry += ANSWER_WEIGHT * self.answers.get_scores(query)
        scheme = self._query_scheme(set(query))
        if scheme is not None:
            per_entry = np.where(self._other_scheme[scheme], per_entry * SCHEME_MISMATCH, per_entry)
        if region is not None:
            mask = self._region_mask.get(region)
            if mask is None:           # a region with no entries of its own: national ones only
                mask = np.asarray([e.region == "全国" for e in self.entries])
            per_entry = np.where(mask, per_entry, 0.0)
        # BM25 picks the candidates; the confidence (does the entry account for every word
        # asked, does one phrasing say the same) orders them, since an overview entry whose
        # variants repeat the common words otherwise outscores the row that names the disease.
        pool = min(max(k, RERANK_POOL), len(self.entries))
        top = np.argpartition(-per_entry, pool - 1)[:pool]
        top = top[np.argsort(-per_entry[top])]
        q_terms = set(query)
        q_weight = sum(self.idf(t) for t in q_terms)
        hits = []
        for i in top:
            if per_entry[i] <= 0:
                break
            i = int(i)
            coverage = sum(self.idf(t) for t in q_terms & self.entry_terms[i]) / q_weight
            phrase = self.phrase_terms[best_phrase[i]] if i in best_phrase else set()
            union = sum(self.idf(t) for t in q_terms | phrase)
            similarity = sum(self.idf(t) for t in q_terms & phrase) / union if union else 0.0
            hits.append(Hit(self.entries[i], float(per_entry[i]), 0.0, coverage, similarity))
        top_score = hits[0].score if hits else 0.0
        other = self._other_scheme.get(scheme) if scheme else None
        for h, i in zip(hits, top):
            h.confidence = confidence(h, top_score)
            if other is not None and other[i]:
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
def _schemes() -> dict[str, frozenset[str]]:
    raw = yaml.safe_load((DATA_DIR / "schemes.yaml").read_text(encoding="utf-8"))
    return {scheme: frozenset(words) for scheme, words in raw.items()}


def _index_words(entries: Iterable[Entry]) -> list[str]:
    from intents.regions import aliases
    # Only place names become dictionary words. Keywords are indexed through the ordinary
    # segmentation: made into words, "两病待遇" would no longer meet a question on 两病 + 待遇.
    return list(aliases())
