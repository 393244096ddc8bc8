"""The shortcuts of the per-question work give what the long way gives: the entries holding a
term, the region of a message read again, a Chinese numeral read again."""


def test_the_entries_holding_a_term_are_those_whose_words_hold_it(engine):
    index = engine.index
    seg = index.segmenter
    for term in ["交费", "住院", "门诊慢特病", "报销", "克拉玛依", "没有这个词"]:
        word = seg.synonyms.get(term, term)
        phrased, answered = index._holding(word)
        for i, e in enumerate(index.entries):
            texts = [p for p in (e.question, *e.variants, " ".join(e.keywords)) if p.strip()] or [""]
            assert (i in phrased) == any(word in index._tokens(p) for p in texts), (term, e.id)
            assert (i in answered) == (word in index._tokens(e.answer + " " + (e.more or ""))), (term, e.id)
