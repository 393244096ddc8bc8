"""The ranker's features as the search computes them, checked against their definitions on the
candidates themselves (the computations are vectorised for speed; these say what they mean)."""
import numpy as np
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


@pytest.mark.parametrize("question", ["城乡居民大病保险起付标准", "校区医保咨询电话", "住院报销", "巴中职工医保门诊慢病怎么报"])
def test_extra_domain_is_the_weightiest_unasked_term_of_the_closest_phrasing(engine, question):
    index = engine.index
    query = index.analyze(question)
    hits = index.candidates(query)
    table, asked = index.phrase_terms, set(query.terms)
    at = FEATURES.index("extra_domain")
    docs = index._phrasings(np.asarray([index._by_id[h.entry.id] for h in hits]))[0]
    plain = [max([float(index._domain_weight[k]) for k in table.terms[table.start[r]:table.start[r + 1]].tolist()
                  if k not in {table.ids.get(t) for t in asked}], default=0.0) for r in table.row[docs].tolist()]
    got = index._not_asked(docs, asked)
    assert got.tolist() == [max(0.0, w) for w in plain]
    assert any(h.x[at] > 0 for h in hits)


def test_counties_named_in_one_scan_are_those_each_countys_search_finds(engine):
    """counties_named reads every county's forms with one pattern: the counties it finds are those
    of looking for each county's forms in turn, over every entry's text and some questions."""
    from corpus.normalize import normalize
    from corpus.search import _county_forms, counties_named
    texts = [normalize(" ".join((e.question, *e.variants, e.answer, e.more or ""))) for e in engine.index.entries]
    texts += ["通江跟南江的医保窗口电话", "独山子区医保局电话多少", "恩阳区住院起付线", "巴州区和巴中市", "没有地名的问题"]
    found = 0
    for text in texts:
        each = frozenset(name for name, forms in _county_forms() if any(f in text for f in forms))
        assert counties_named(text) == each, text
        found += bool(each)
    assert found > 20


@pytest.mark.parametrize("name", ["_county_words", "_region_words", "_addressed_words"])
def test_the_place_word_sets_read_per_query_are_built_once(name):
    """Read for every query term (the unseen-words feature): built once from the registry, the same
    set each time — not rebuilt on every call (a decorator moved off `_county_words` once)."""
    from corpus import search
    made = getattr(search, name)
    assert made() is made()
