"""The calibration's inputs that speak only against an entry (or only for it) keep that sign, through
the ranking score as well as their own weight: the held-out phrasings it is fitted on do not always
teach it (a phrasing left out says its entry's question in other words, lacking a word the others have)."""
import numpy as np
import pytest

from corpus.ranker import (CALIBRATION_AGAINST, CALIBRATION_FOR, CALIBRATION_INPUTS, FEATURES, WEIGHTS,
                           Ranker)


def _effect(ranker: Ranker, name: str) -> float:
    """An input's whole weight in the calibration: its own, and through the ranking score."""
    k = CALIBRATION_INPUTS.index(name)
    return ranker.calibration[k] + ranker.calibration[0] * WEIGHTS.get(name, 0.0)


def test_the_calibration_keeps_the_signs_of_the_evidence():
    pytest.importorskip("sklearn")
    from corpus.train_ranker import fit
    rng = np.random.default_rng(0)
    n = 4000
    x = rng.random((n, len(FEATURES)))
    qid = np.repeat(np.arange(n // 4), 4)
    # right candidates cover more of the question, and (as the held-out phrasings teach) lack a
    # 医保 term and an answer kind of the question more often than the wrong ones
    y = (x[:, FEATURES.index("coverage")] + 0.5 * x[:, FEATURES.index("missing_domain")]
         + 0.5 * x[:, FEATURES.index("type_miss")] + 0.2 * rng.random(n) > 1.0).astype(int)
    ranker = fit(x, y, qid)
    # (unbounded, the fit reads both as evidence for the entry: the test's data say so)
    for name in CALIBRATION_AGAINST:
        assert _effect(ranker, name) <= 1e-9, name
    for name in CALIBRATION_FOR:
        assert _effect(ranker, name) >= -1e-9, name
    # (the evidence for an entry still counts: coverage is free and learned)
    a = np.zeros((2, len(FEATURES)))
    a[0, FEATURES.index("coverage")] = 1.0
    assert ranker.probability(a)[0] > ranker.probability(a)[1]
