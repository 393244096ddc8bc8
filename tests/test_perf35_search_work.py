"""The search's work done once, not per search or all at once (round 35's speed work): what it
finds is what it found before, figure for figure."""
from collections import Counter

import numpy as np

from tests.helpers import answer


def test_a_full_table_of_rankings_lets_only_its_oldest_go(engine):
    # (emptying all sixteen at once freed them inside one answer and left the next searches nothing kept)
    from corpus.search import RANKED_KEPT
    index = engine.index
    index.__dict__.pop("_ranked_kept", None)
    asked = [f"巴中{year}年的合疗啥时候开始交" for year in range(2001, 2002 + RANKED_KEPT)]
    for text in asked:
        index.search(text, region="巴中", k=3)
    kept = [key[0] for key in index._ranked_kept]
    assert len(kept) == RANKED_KEPT
    assert kept == [index.analyze(t).text for t in asked[-RANKED_KEPT:]]      # the first ones went, in order
    # a ranking kept is the one worked out afresh
    again = [(h.entry.id, h.confidence, h.rank_score) for h in index.search(asked[-1], region="巴中", k=3)]
    index.__dict__.pop("_ranked_kept", None)
    assert again == [(h.entry.id, h.confidence, h.rank_score) for h in index.search(asked[-1], region="巴中", k=3)]


def test_a_terms_documents_cast_once_are_its_postings(engine):
    postings = engine.index.phrases.postings
    for term in ["住院", "起付线", "合疗", "没有这个词"]:
        plain, cast = postings.get(term), postings.indexing(term)
        if plain is None:
            assert cast is None
            continue
        assert cast[0].dtype == np.intp and cast[0].tolist() == plain[0].tolist()
        assert cast[1].tobytes() == plain[1].tobytes()
    # the scores a search adds up from them, bit for bit those of the int32 documents
    terms = engine.index.analyze("巴中居民在三级医院住院起付线多少").terms
    fresh = np.zeros(engine.index.phrases.n_docs, dtype=np.float32)
    for term in sorted(set(terms)):
        hit = postings.get(term)
        if hit is not None:
            fresh[hit[0].astype(np.intp)] += hit[1]
    assert engine.index.phrases.get_scores(terms).tobytes() == fresh.tobytes()


def test_the_unasked_terms_weight_and_the_siblings_are_as_counted_term_by_term(engine):
    index = engine.index
    query = index.analyze("职工医保在二级医院住院报销比例多少")
    hits, x = index._candidates(query, "长治")
    top = np.asarray([index._by_id[h.entry.id] for h in hits])
    docs = np.concatenate([index._phrasings(top)[0][:6], [index.phrase_start[top[0]]]])
    table, weight = index.phrase_terms, index._domain_weight.copy()
    for term in set(query.terms):
        if term in table.ids:
            weight[table.ids[term]] = 0.0
    expected = [max([0.0, *(weight[t] for t in table.terms[table.start[r]:table.start[r + 1]])])
                for r in table.row[docs].tolist()]
    assert index._not_asked(docs, set(query.terms)).tolist() == expected
    from corpus.ranker import FEATURES
    sections = Counter(index._section[top].tolist())
    assert x[:, FEATURES.index("siblings")].tolist() == [sections[s] - 1.0 for s in index._section[top].tolist()]


def test_the_engine_answers_a_message_of_two_questions_with_both_figures(engine):
    reply = answer(engine, "巴中城乡居民在三级医院住院起付线多少，报销比例多少")
    assert "起付" in reply.text and "%" in reply.text


def test_the_calibration_reads_the_scores_the_search_worked_out_bit_for_bit(engine):
    # (the ranking scores are worked out once a search: the confidences are those worked out from x alone)
    index = engine.index
    _, x = index._candidates(index.analyze("居民医保门诊慢病一年最多报多少"), "巴中")
    scores = index.ranker.scores(x)
    assert index.ranker.probability(x, scores).tobytes() == index.ranker.probability(x).tobytes()
    z = __import__("corpus.ranker", fromlist=["calibration_inputs"]).calibration_inputs(x, scores) \
        @ np.asarray(index.ranker.calibration[:-1]) + index.ranker.calibration[-1]
    assert index.ranker.probability(x).tobytes() == (1.0 / (1.0 + np.exp(-z))).tobytes()
