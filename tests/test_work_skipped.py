"""Work the engine skips where its result cannot change the reply, and shortcuts that compute the
same numbers: a filing is read from the message only when the sure match is the not-filed page
(whose row it would move), and each entry's best phrasing score is the float32 maximum it was."""
import numpy as np
import pytest

import bot.engine as E
from corpus.search import best_of_each
from tests.helpers import answer, ids


def _spy(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = E._filing_said
    monkeypatch.setattr(E, "_filing_said", lambda text, *rest: calls.append(text) or real(text, *rest))
    return calls


@pytest.mark.parametrize("text", ["巴中居民医保什么时候交费", "职工在三级医院住院 起付线多少 报几成",
                                  "医保钱包是啥子东西能干啥"])
def test_a_message_whose_sure_match_is_no_not_filed_page_is_not_read_for_a_filing(engine, monkeypatch, text):
    calls = _spy(monkeypatch)
    r = answer(engine, text, region="巴中")
    assert ids(r) and not E._NOT_FILED_PAGE.search(engine.index.entry(ids(r)[0]).question), r.text
    assert calls == []


def test_a_message_is_still_read_for_a_filing_where_the_not_filed_page_comes_first(engine, monkeypatch):
    # 巴中 第三章 十一问 / 第一章 三十: the not-filed case (降低10%) is what is asked, and the page in front
    calls = _spy(monkeypatch)
    r = answer(engine, "没转诊也不是急诊 自己去外地住院 起付线好多 报好多", region="巴中")
    assert calls, "the not-filed page came first: the message is read for the filing it says"
    assert E._NOT_FILED_PAGE.search(engine.index.entry(ids(r)[0]).question), r.text
    assert "10%" in r.text or "50%" in r.text, r.text


@pytest.mark.parametrize("question", ["巴中居民医保门诊看病能报多少 一年最多好多", "起伏线多少", "职工住院报几成",
                                      "异地就医备案怎么办", "医保"])
def test_each_entrys_best_phrasing_is_the_float32_maximum(engine, question):
    index = engine.index
    scores = index.phrases.get_scores(index.analyze(question).terms)
    got = best_of_each(scores, index.phrase_start)
    expected = np.maximum.reduceat(scores, index.phrase_start)        # in float32, as it was taken before
    assert got.dtype == expected.dtype == np.float32 and np.array_equal(got, expected)
    noisy = np.random.default_rng(0).random(len(scores), dtype=np.float32) * scores.max()
    assert np.array_equal(best_of_each(noisy, index.phrase_start), np.maximum.reduceat(noisy, index.phrase_start))


@pytest.mark.parametrize("questions", [["巴中城乡居民在三级医院住院起付线多少 报销比例多少"],
                                       ["职工住院报几成", "职工住院起付线", "门诊慢病怎么办"]])
def test_bm25_scores_are_the_float32_sums_term_by_term(engine, questions):
    # the postings index with np.intp now: the same sums, in the same order (with a message's memo too)
    index = engine.index
    memo: dict = {}
    for question in questions:
        terms = index.analyze(question).terms
        for bm25 in (index.phrases, index.answers):
            expected = np.zeros(bm25.n_docs, dtype=np.float32)
            for term in sorted(set(terms)):
                hit = bm25.postings.get(term)
                if hit is not None:
                    expected[hit[0]] += hit[1]          # int32 documents, as indexed before
            assert np.array_equal(bm25.get_scores(terms), expected)
            assert np.allclose(bm25.get_scores(terms, memo), expected, atol=1e-5)


def test_shared_weights_are_those_of_each_documents_terms(engine):
    index = engine.index
    table = index.char_index.doc_terms
    weights = {b: index.char_index.idf[b] for b in list(index.char_index.idf)[:400:7]}
    docs = np.arange(0, index.phrases.n_docs, 37)
    names = {k: t for t, k in table.ids.items()}
    expected = [sum(weights.get(names[k], 0.0) for k in table.terms[table.start[table.row[d]]:table.start[table.row[d] + 1]])
                for d in docs]
    assert np.allclose(table.shared(docs, weights), expected, rtol=0, atol=1e-9)
