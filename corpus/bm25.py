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

import numpy as np
from rank_bm25 import BM25Okapi


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
        self.postings = {t: (np.asarray(d, dtype=np.int32), np.asarray(w, dtype=np.float32))
                         for t, (d, w) in postings.items()}

    def release_documents(self) -> None:
        """Drop rank-bm25's per-document dicts once the postings are built: at ×100 they are
        most of the index's memory, and nothing reads them afterwards."""
        self.doc_freqs = []

    def contains(self, term: str, lo: int, hi: int) -> bool:
        """Does any document in [lo, hi) contain `term`? (postings are in document order)"""
        hit = self.postings.get(term)
        if hit is None:
            return False
        at = int(np.searchsorted(hit[0], lo))
        return at < len(hit[0]) and hit[0][at] < hi

    def _calc_idf(self, nd: dict[str, int]) -> None:
        n = self.corpus_size
        self.idf = {word: math.log(1 + (n - freq + 0.5) / (freq + 0.5)) for word, freq in nd.items()}
        self.average_idf = sum(self.idf.values()) / max(1, len(self.idf))

    def get_scores(self, query: list[str]) -> np.ndarray:
        scores = np.zeros(self.n_docs, dtype=np.float32)
        for term in set(query):
            hit = self.postings.get(term)
            if hit is not None:
                # each query term counted once: repeated words in a chat message aren't emphasis
                scores[hit[0]] += hit[1]
        return scores


class DocTerms:
    """Each document's distinct terms, as ids in one array (document i's are
    terms[start[i]:start[i + 1]]): how much of a question a set of documents shares is then one
    gather and one bincount, however many terms the question has."""

    def __init__(self, ids: dict[str, int], start: np.ndarray, terms: np.ndarray):
        self.ids, self.start, self.terms = ids, start, terms

    @classmethod
    def build(cls, docs: list[list[str]], ids: dict[str, int]) -> "DocTerms":
        rows = [sorted({ids[t] for t in doc if t in ids}) for doc in docs]
        start = np.concatenate(([0], np.cumsum([len(r) for r in rows]))).astype(np.int64)
        return cls(ids, start, np.fromiter((k for r in rows for k in r), dtype=np.int32, count=int(start[-1])))

    def shared(self, docs: np.ndarray, weights: dict[str, float]) -> np.ndarray:
        """For each of `docs`, the summed weight of the `weights` terms it contains."""
        w = np.zeros(len(self.ids) + 1)
        for term, weight in weights.items():
            k = self.ids.get(term)
            if k is not None:
                w[k] = weight
        lo, hi = self.start[docs], self.start[docs + 1]
        lengths = hi - lo
        flat = np.repeat(lo - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
        return np.bincount(np.repeat(np.arange(len(docs)), lengths), weights=w[self.terms[flat]], minlength=len(docs))


class Presence:
    """Which documents contain a term, and the term's IDF (the same Lucene form): all that a
    similarity needs. Postings are kept in one array (`postings.get(term)` is a view), and the
    whole index is a few arrays (`parts`), so that a caller can keep it and start from them."""

    def __init__(self, terms: list[str], start: np.ndarray, docs: np.ndarray, idf: np.ndarray, mass: np.ndarray,
                 doc_start: np.ndarray, doc_terms: np.ndarray):
        self._ids = {t: k for k, t in enumerate(terms)}
        self._start, self._docs, self.mass = start, docs, mass
        self.idf = dict(zip(terms, idf.tolist()))
        self.doc_terms = DocTerms(self._ids, doc_start, doc_terms)
        self.parts = (terms, start, docs, idf, mass, doc_start, doc_terms)
        self.postings = self

    @classmethod
    def build(cls, corpus: list[list[str]]) -> "Presence":
        ids: dict[str, int] = {}
        term_of, doc_of = [], []
        for i, doc in enumerate(corpus):
            for term in set(doc):
                term_of.append(ids.setdefault(term, len(ids)))
                doc_of.append(i)
        terms, docs = np.asarray(term_of, dtype=np.int64), np.asarray(doc_of, dtype=np.int32)
        order = np.lexsort((docs, terms))
        df = np.bincount(terms, minlength=len(ids))
        n = len(corpus)
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        # each document's IDF mass (the union's other half in an overlap / union similarity)
        mass = np.bincount(docs, weights=idf[terms], minlength=n).astype(np.float32)
        # the pairs came in document order: they are the document → terms table as they are
        doc_start = np.concatenate(([0], np.cumsum(np.bincount(docs, minlength=n)))).astype(np.int64)
        return cls(list(ids), np.concatenate(([0], np.cumsum(df))), docs[order], idf, mass,
                   doc_start, terms.astype(np.int32))

    def get(self, term: str) -> tuple[np.ndarray] | None:
        k = self._ids.get(term)
        return None if k is None else (self._docs[self._start[k]:self._start[k + 1]],)
