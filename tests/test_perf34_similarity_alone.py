"""The bigram similarity is computed alone (Index._best_phrase's `best_only`): its recall and best
phrasing, which nothing reads, are no longer computed, and the similarity is the same bits."""
import numpy as np
import pytest

from corpus.search import UNSEEN_CAP
from tests.helpers import answer, ids


@pytest.mark.parametrize("question", ["巴中职工住院 起付线好多 报几成", "长护险每年要交多少钱", "异地就医备案咋个弄",
                                      "医保码在微信上怎么激活"])
def test_the_similarity_alone_is_the_same_bits_as_the_full_computation(engine, question):
    index = engine.index
    query = index.analyze(question)
    hits, x = index._candidates(query, "巴中")
    top = np.asarray([index._by_id[h.entry.id] for h in hits])
    phrasings = index._phrasings(top)
    q_bigrams = {b: index.char_index.idf.get(b, UNSEEN_CAP) for b in set(query.bigrams)}
    full = index._best_phrase(phrasings, q_bigrams, sum(q_bigrams.values()), index.char_index.doc_terms,
                              index.bigram_mass)
    alone = index._best_phrase(phrasings, q_bigrams, sum(q_bigrams.values()), index.char_index.doc_terms,
                               index.bigram_mass, best_only=True)
    assert isinstance(alone, np.ndarray) and np.array_equal(full[0], alone)
    assert np.array_equal(x[:, list(hits[0].features).index("char_sim")], alone)


def test_a_reply_ranked_with_the_similarity_alone_states_the_handbooks_figure(engine):
    # 巴中 第二章: the residents' own fee for 2026 is 400 元 a person
    r = answer(engine, "巴中城乡居民医保2026年个人交好多钱", region="巴中")
    assert r.kind == "faq" and ids(r), r.text
    assert "400" in r.text, r.text
