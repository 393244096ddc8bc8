"""rank-bm25's Okapi BM25 with two changes for a small, repetitive corpus.

1. IDF. BM25Okapi's log((N − n + .5)/(n + .5)) turns negative for terms in more than half the
   documents and is then floored at epsilon × mean idf, so in a corpus where 医保 and 报销 are
   everywhere, a frequent term can outweigh a rare one after flooring. We use the Lucene form
   log(1 + (N − n + .5)/(n + .5)), which is positive and monotone.
2. Scoring. BM25Okapi.get_scores loops over every document for every query term in Python;
   we keep a postings list per term (document indices and precomputed term weights in numpy
   arrays), so a query costs O(postings of its terms), which keeps ×100 corpora fast.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping

import numpy as np
from rank_bm25 import BM25Okapi


class Postings(Mapping):
    """term → (document indices, term weights), both numpy arrays sorted by document: slices of one
    array of each, end to end. Thousands of small arrays would cost ten times the memory overhead,
    and loading them from the cache folder ten times as long."""

    def __init__(self, terms: list[str], bounds: list[int], docs: np.ndarray, weights: np.ndarray):
        self._at = {t: k for k, t in enumerate(terms)}
        self._bounds, self.docs, self.weights = bounds, docs, weights

    @classmethod
    def build(cls, postings: dict[str, tuple[list[int], list[float]]]) -> "Postings":
        bounds = [0]
        for docs, _ in postings.values():
            bounds.append(bounds[-1] + len(docs))
        return cls(list(postings), bounds,
                   np.fromiter((d for docs, _ in postings.values() for d in docs), dtype=np.int32, count=bounds[-1]),
                   np.fromiter((w for _, ws in postings.values() for w in ws), dtype=np.float32, count=bounds[-1]))

    def __getitem__(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        k = self._at[term]
        a, b = self._bounds[k], self._bounds[k + 1]
        return self.docs[a:b], self.weights[a:b]

    def get(self, term: str, default=None):
        k = self._at.get(term)
        if k is None:
            return default
        a, b = self._bounds[k], self._bounds[k + 1]
        return self.docs[a:b], self.weights[a:b]

    def indexing(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        """`get`, its documents as numpy's own index type (np.intp): a search adds each term's weights
        at its documents, and indexing with int32 casts them first, each time — cast once, on first use
        (twice the docs' memory, a few hundred KB), not per term per search."""
        k = self._at.get(term)
        if k is None:
            return None
        docs = self.__dict__.get("_docs_intp")
        if docs is None:
            docs = self._docs_intp = self.docs.astype(np.intp)
        a, b = self._bounds[k], self._bounds[k + 1]
        return docs[a:b], self.weights[a:b]

    def __iter__(self):
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)

    def __reduce__(self):
        return Postings, (list(self._at), self._bounds, self.docs, self.weights)


class SparseBM25(BM25Okapi):
    def __init__(self, corpus: list[list[str]], k1: float = 1.2, b: float = 0.75):
        # rank-bm25 divides by the average length; an empty document list has none.
        super().__init__(corpus or [[]], k1=k1, b=b)
        self.n_docs = len(corpus)
        postings: dict[str, tuple[list[int], list[float]]] = defaultdict(lambda: ([], []))
        for i, freqs in enumerate(self.doc_freqs[: self.n_docs]):
            norm = self.k1 * (1 - self.b + self.b * self.doc_len[i] / self.avgdl)
            for term, tf in freqs.items():
                docs, weights = postings[term]
                docs.append(i)
                weights.append(self.idf[term] * tf * (self.k1 + 1) / (tf + norm))
        self.postings = Postings.build(postings)

    def release_documents(self) -> None:
        """Drop rank-bm25's per-document dicts once the postings are built: at ×100 they are
        most of the index's memory, and nothing reads them afterwards."""
        self.doc_freqs = []

    def _calc_idf(self, nd: dict[str, int]) -> None:
        n = self.corpus_size
        self.idf = {word: math.log(1 + (n - freq + 0.5) / (freq + 0.5)) for word, freq in nd.items()}
        self.average_idf = sum(self.idf.values()) / max(1, len(self.idf))

    def get_scores(self, query: list[str], memo: dict | None = None) -> np.ndarray:
        """Each query term counted once (repeated words in a chat message aren't emphasis).
        With `memo` (one per message), a second reading of the same message costs only the terms
        it adds or drops: the scores are the last reading's, corrected."""
        terms = set(query)
        last = memo.get(id(self)) if memo is not None else None
        if last is None:
            scores, add, drop = np.zeros(self.n_docs, dtype=np.float32), terms, ()
        else:
            scores, add, drop = last[1].copy(), terms - last[0], last[0] - terms
        # (the postings' documents are kept as int32, half the memory; numpy indexes with its own
        # integer type, np.intp, twice as fast, cast included)
        for term in sorted(add):
            hit = self.postings.indexing(term)
            if hit is not None:
                scores[hit[0]] += hit[1]
        for term in sorted(drop):
            hit = self.postings.indexing(term)
            if hit is not None:
                scores[hit[0]] -= hit[1]
        if memo is not None:
            memo[id(self)] = (terms, scores)
        return scores


class DocTerms:
    """Each document's distinct terms, as ids in one array: how much of a question a set of
    documents shares is then one gather and one bincount, however many terms the question has.
    Documents with the same text share one row (a replicated or much-repeated corpus costs a row
    per distinct text): row r's terms are terms[start[r]:start[r + 1]], document i's row is row[i]."""

    def __init__(self, ids: dict[str, int], start: np.ndarray, terms: np.ndarray, row: np.ndarray):
        self.ids, self.start, self.terms, self.row = ids, start, terms, row

    @property
    def parts(self) -> tuple:
        return list(self.ids), self.start, self.terms, self.row

    @classmethod
    def from_parts(cls, terms: list[str], start: np.ndarray, flat: np.ndarray, row: np.ndarray) -> "DocTerms":
        return cls({t: k for k, t in enumerate(terms)}, start, flat, row)

    @classmethod
    def build(cls, docs: list[list[str]], keys: list[str], ids: dict[str, int] | None = None) -> "DocTerms":
        """`keys[i]` names document i's text (equal keys, equal terms); with `ids` None, every
        term gets an id, in order of first appearance."""
        grow = ids is None
        ids = {} if ids is None else ids
        row_of: dict[str, int] = {}
        rows: list[list[int]] = []
        row = np.empty(len(docs), dtype=np.int32)
        for i, (doc, key) in enumerate(zip(docs, keys)):
            r = row_of.get(key)
            if r is None:
                r = row_of[key] = len(rows)
                terms = set(doc)
                rows.append(sorted(ids.setdefault(t, len(ids)) for t in terms) if grow
                            else sorted(ids[t] for t in terms if t in ids))
            row[i] = r
        start = np.concatenate(([0], np.cumsum([len(r) for r in rows]))).astype(np.int64)
        flat = np.fromiter((k for r in rows for k in r), dtype=np.int32, count=int(start[-1]))
        return cls(ids, start, flat, row)

    def shared(self, docs: np.ndarray, weights: dict[str, float]) -> np.ndarray:
        """For each of `docs`, the summed weight of the `weights` terms it contains."""
        w = np.zeros(len(self.ids) + 1)
        for term, weight in weights.items():
            k = self.ids.get(term)
            if k is not None:
                w[k] = weight
        rows = self.row[docs].astype(np.intp)        # (int32 kept, np.intp indexes faster: get_scores)
        lo, hi = self.start[rows], self.start[rows + 1]
        lengths = hi - lo
        # (the arrays' own methods: numpy's function dispatch costs more than these small arrays' work)
        flat = (lo - lengths.cumsum() + lengths).repeat(lengths) + np.arange(lengths.sum())
        return np.bincount(np.arange(len(docs)).repeat(lengths), weights=w[self.terms[flat].astype(np.intp)],
                           minlength=len(docs))

    def df(self) -> np.ndarray:
        """How many documents contain each term."""
        per_row = np.bincount(self.row, minlength=len(self.start) - 1)
        return np.bincount(self.terms, weights=np.repeat(per_row, np.diff(self.start)), minlength=len(self.ids))


class CharIndex:
    """Character bigrams of the phrasings: each term's IDF (the Lucene form, as for BM25) and each
    document's IDF mass, over a DocTerms table. A few arrays (`parts`), so that a caller can keep
    them and start from them."""

    def __init__(self, terms: list[str], start: np.ndarray, flat: np.ndarray, row: np.ndarray):
        self.doc_terms = DocTerms({t: k for k, t in enumerate(terms)}, start, flat, row)
        self.parts = (terms, start, flat, row)
        n = len(row)
        df = self.doc_terms.df()
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        self.idf = dict(zip(terms, idf.tolist()))
        row_mass = np.bincount(np.repeat(np.arange(len(start) - 1), np.diff(start)), weights=idf[flat],
                               minlength=len(start) - 1)
        # each document's IDF mass (the union's other half in an overlap / union similarity)
        self.mass = row_mass[row].astype(np.float32)

    @classmethod
    def build(cls, docs: list[list[str]], keys: list[str]) -> "CharIndex":
        table = DocTerms.build(docs, keys)
        return cls(list(table.ids), table.start, table.terms, table.row)
