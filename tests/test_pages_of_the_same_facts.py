"""Pages of one region that state the same sentences in another order (长治 居民住院封顶线: 省内异地住院
免备案 / 不备案比例降低10%, given as cz-jm-23 and as cz-jm-24) are one answer whichever of them is meant:
a near-tie between them is no doubt to ask back about, their likelihoods add. Pages that say other
things still split the likelihood and are asked back. Through the real engine; the split is forced
on its search, since which way the ranker leans between two such pages changes with every retrain."""
import dataclasses

from tests.helpers import answer, ids


def _split(engine, monkeypatch, a, b):
    """The engine's search, with `a` and `b` each given a likelihood below ANSWER_AT, together above it."""
    search = engine.index.search

    def split(*args, **kwargs):
        hits = search(*args, **kwargs)
        if {h.entry.id for h in hits[:2]} != {a, b}:
            return hits
        return [dataclasses.replace(h, confidence=0.1) if h.entry.id in (a, b) else h for h in hits]
    monkeypatch.setattr(engine.index, "search", split)


def test_a_near_tie_of_pages_stating_the_same_facts_is_answered(engine, monkeypatch):
    _split(engine, monkeypatch, "cz-jm-24", "cz-jm-23")
    r = answer(engine, "长治居民 住院备案", region="长治")
    assert r.kind == "faq" and ids(r)[:1] in (["cz-jm-24"], ["cz-jm-23"]) and "10%" in r.text, r.text


def test_a_near_tie_of_pages_saying_other_things_is_asked_back(engine, monkeypatch):
    # (cz-zg-10's 职工 15% is not cz-jm-24's 居民 10%)
    _split(engine, monkeypatch, "cz-jm-24", "cz-zg-11")
    r = answer(engine, "长治 不备案 比例", region="长治")
    assert r.kind == "clarify", r.text

