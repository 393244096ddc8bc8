"""The office a region's handbook names as its own (克拉玛依区医疗保障局 for the 克拉玛依 guide) is no
one county's window among several, which a question naming no county would pass over for the region's
general page: asked what number takes policy questions, it answers (0990-6612393). Own phrasings."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("said", ["医保政策有问题打哪个电话", "想问医保政策有问题打哪个电话"])
def test_the_regions_own_office_answers(engine, said):
    r = answer(engine, said, region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == "ky-02-14" and "6612393" in r.text, r.text


def test_a_county_window_in_a_region_of_several_still_yields_to_the_general_page(engine):
    from corpus.search import counties_named
    from corpus.normalize import normalize
    idx = engine.index
    i = next(k for k, e in enumerate(idx.entries) if counties_named(normalize(e.question)) == {"南江县"})
    assert idx.entry_one_county[i]
