"""Every line of corpus/data/lexicon.yaml, table-driven: the example is rewritten to the
handbook's term, and the question then reaches the entry the line was written for."""
import pytest

from corpus.lexicon import load
from corpus.normalize import normalize

LINES = load()


@pytest.mark.parametrize("line", LINES, ids=[f"{l.say}→{l.means}" for l in LINES])
def test_line_changes_understanding(engine, line):
    assert line.say in line.example
    query = engine.index.analyze(line.example)
    said = normalize(line.say)
    assert (said, line.means) in query.lexicon
    assert line.means in query.rewritten and said not in query.rewritten.replace(line.means, "")
    hits = engine.index.search(query, region=line.region, k=1)
    assert hits and hits[0].entry.id == line.entry


def test_longest_phrase_wins(engine):
    rewritten = engine.index.analyze("孙娃儿交合疗交好多钱").rewritten
    assert "孙子" in rewritten and "多少钱" in rewritten


def test_index_and_query_read_the_same_words(engine):
    # an entry's variant written with 合疗 and a question written with 城乡居民医保 meet
    assert engine.index.segmenter.tokens("合疗交多少") == engine.index.segmenter.tokens("城乡居民医保交多少")
