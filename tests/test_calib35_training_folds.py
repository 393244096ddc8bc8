"""The ranker's training sample follows from each entry itself, not from where it stands in the
corpus: an entry added changes only its own rows, so a retraining does not move readings far from it."""
from corpus.entries import load_entries
from corpus.train_ranker import ABSENT, FOLDS, absent_from, stable_hash


def _new_entry(entries, name):
    return entries[0].model_copy(update={"id": name, "question": "新加的一问：门诊统筹在哪里办？", "variants": []})


def test_an_entry_added_in_front_leaves_every_other_entry_where_it_was():
    entries = list(load_entries())
    grown = [_new_entry(entries, "zz-added-1"), *entries[:40], _new_entry(entries, "zz-added-2"), *entries[40:]]
    for fold in range(FOLDS):
        before, after = absent_from(entries, fold), absent_from(grown, fold)
        # every old entry keeps its fold's absence; only the new entries may join
        assert after - {"zz-added-1", "zz-added-2"} == before


def test_about_a_tenth_of_the_entries_is_absent_from_each_fold():
    entries = list(load_entries())
    for fold in range(FOLDS):
        share = len(absent_from(entries, fold)) / len(entries)
        assert 0.5 / ABSENT < share < 1.5 / ABSENT, (fold, share)


def test_the_hash_is_the_same_in_every_process():
    import os
    import subprocess
    import sys
    code = "from corpus.train_ranker import stable_hash; print(stable_hash('bz-3-07'))"
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip() for seed in ("1", "2")}
    assert runs == {str(stable_hash("bz-3-07"))}
