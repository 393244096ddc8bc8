"""The search over curated entries: BM25 over each entry's question and variants (one short
document per phrasing, best phrasing wins) plus BM25 over its answer text at a lower weight,
restricted to the asker's region and the national entries, with a confidence in 0..1."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from corpus.bm25 import SparseBM25
from corpus.entries import Entry
from corpus.segment import Segmenter

ANSWER_WEIGHT = 0.35           # answer text counts, but a matching question counts more
REGION_WORDS = {"巴中", "巴中市", "克拉玛依", "克拉玛依市", "克市", "长治", "长治市"}
# How much an unseen query word can weigh against confidence; unseen words are the
# strongest sign of a question the handbooks do not cover (公积金, 养老金 …).
UNSEEN_CAP = 6.0


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
        for i, e in enumerate(self.entries):
            terms: set[str] = set()
            for phrase in [e.question, *e.variants, " ".join(e.keywords)]:
                toks = self._tokens(phrase)
                if toks:
                    phrase_docs.append(toks)
                    phrase_owner.append(i)
                    self.phrase_terms.append(set(toks))
                    terms.update(toks)
            answer = self._tokens(e.answer + " " + (e.more or ""))
            answer_docs.append(answer)
            self.entry_terms.append(terms | set(answer))
        self.phrases = SparseBM25(phrase_docs)
        self.answers = SparseBM25(answer_docs)
        self.phrase_owner = np.asarray(phrase_owner, dtype=np.int32)
        regions = np.asarray([e.region for e in self.entries])
        self._region_mask = {r: (regions == r) | (regions == "全国") for r in set(regions.tolist())}
        self._by_id = {e.id: i for i, e in enumerate(self.entries)}

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
        if region is not None:
            mask = self._region_mask.get(region)
            if mask is None:           # a region with no entries of its own: national ones only
                mask = np.asarray([e.region == "全国" for e in self.entries])
            per_entry = np.where(mask, per_entry, 0.0)
        k = min(k, len(self.entries))
        top = np.argpartition(-per_entry, k - 1)[:k]
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
        for rank, h in enumerate(hits):
            h.confidence = confidence(h, top_score, hits[1].score if rank == 0 and len(hits) > 1 else None)
        return hits


def confidence(hit: Hit, top_score: float, runner_up: float | None) -> float:
    """Coverage says whether the entry accounts for what was asked; similarity whether one of
    its phrasings says the same thing. A clear lead over the runner-up adds a little."""
    conf = 0.55 * hit.coverage + 0.45 * hit.similarity
    if runner_up is not None and top_score > 0:
        conf += 0.1 * min(1.0, (top_score - runner_up) / top_score * 2)
    return round(min(1.0, conf), 3)


def _index_words(entries: Iterable[Entry]) -> list[str]:
    from intents.regions import aliases
    words = list(aliases())
    for e in entries:
        words.extend(k for k in e.keywords if 1 < len(k) <= 12)
    return words
