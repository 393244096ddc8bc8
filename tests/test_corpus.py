"""The curated entries are valid, cite real handbook sections, and cover every section."""
from collections import Counter

import pytest

from corpus.entries import HANDBOOKS, load_entries
from corpus.handbooks import sections

ENTRIES = load_entries()


def test_entries_load_and_ids_are_unique():
    assert len(ENTRIES) > 300
    assert len({e.id for e in ENTRIES}) == len(ENTRIES)


@pytest.mark.parametrize("handbook", sorted(HANDBOOKS))
def test_every_section_is_cited_by_an_entry(handbook):
    cited = {e.source.section for e in ENTRIES if e.source.handbook == handbook}
    missing = [label for label in sections(handbook) if label not in cited]
    assert not missing, f"{handbook}: sections with no entry: {missing}"


def test_every_citation_names_a_real_section():
    wrong = [(e.id, e.source.handbook, e.source.section) for e in ENTRIES
             if e.source.section not in sections(e.source.handbook)]
    assert not wrong


def test_every_region_has_entries():
    counts = Counter(e.region for e in ENTRIES)
    for region in ("巴中", "克拉玛依", "长治", "全国"):
        assert counts[region] > 0, region


def test_entries_have_variant_phrasings():
    thin = [e.id for e in ENTRIES if e.origin == "handbook" and len(e.variants) < 3]
    assert len(thin) <= len(ENTRIES) // 20, f"entries with fewer than 3 variants: {thin[:20]}"


def test_changzhi_lost_tables_are_answered_as_gaps():
    """The 长治 职工 inpatient table was an image: the entry says so instead of a figure."""
    gaps = [e for e in ENTRIES if e.region == "长治" and e.gap]
    assert gaps
    assert all("未列" in e.answer or "缺失" in e.answer or "没有" in e.answer for e in gaps)


def test_entries_find_themselves(engine):
    """Each entry's own question and variants lead back to it: a variant that another entry
    answers better is a data error (it steals or is stolen)."""
    index = engine.index
    total = misses = 0
    for e in ENTRIES:
        region = None if e.region == "全国" else e.region
        for text in (e.question, *e.variants):
            total += 1
            hits = index.search(text, region=region, k=3)
            # national duplicates across handbooks (医保码 in two guides) may answer each other
            if not hits or (hits[0].entry.id != e.id and not (hits[0].entry.region == e.region == "全国")):
                misses += 1
    assert misses / total < 0.01, f"{misses} of {total} phrasings lead to another entry"
