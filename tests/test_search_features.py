"""The ranker's features as the search computes them, checked against their definitions on the
candidates themselves (the computations are vectorised for speed; these say what they mean)."""
import pytest

from corpus.ranker import FEATURES


@pytest.mark.parametrize("question", ["巴中居民医保什么时候交费", "住院起付线多少", "慢病怎么申请", "医保卡丢了怎么办"])
def test_siblings_counts_the_other_candidates_from_the_same_section(engine, question):
    index = engine.index
    hits = index.candidates(index.analyze(question))
    assert len(hits) > 1
    at = FEATURES.index("siblings")
    for h in hits:
        same = sum(1 for o in hits if o is not h and (o.entry.region, o.entry.source) == (h.entry.region, h.entry.source))
        assert h.x[at] == same
