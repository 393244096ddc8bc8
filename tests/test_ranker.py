"""The ranker ships as plain numbers; rebuilding it from the corpus gives the same numbers."""
import json
import os

import numpy as np
import pytest

from corpus.ranker import FEATURES, RANKER_FILE, Ranker


def test_rebuilding_gives_the_shipped_model():
    pytest.importorskip("sklearn")
    import subprocess
    import sys
    # built in a fresh process, as `python -m corpus.train_ranker` is: earlier tests in this one add
    # words to jieba's process-wide dictionary, which moves the segmentation the features are read from
    code = ("import json; from corpus.train_ranker import build; r, s = build();"
            "print(json.dumps({'coef': list(map(float, r.coef)), 'calibration': list(map(float, r.calibration)),"
            "'ranker': float(s['top1_ranker']), 'bm25': float(s['top1_bm25'])}))")
    # (and with the build's pinned hash seed: sets of words are read in its order)
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    built = json.loads(out.strip().splitlines()[-1])
    shipped = Ranker.load()
    assert np.allclose(built["coef"], shipped.coef, atol=1e-4)
    assert np.allclose(built["calibration"], shipped.calibration, atol=1e-3)
    assert built["ranker"] > built["bm25"]


def test_shipped_file_names_its_features():
    assert tuple(json.loads(RANKER_FILE.read_text(encoding="utf-8"))["features"]) == FEATURES


def test_answering_does_not_import_scikit_learn():
    import subprocess
    import sys
    code = ("import sys; from bot.engine import Engine; from bot.reply import Message; from bot.session import Session;"
            "Engine().answer(Message(text='居民医保什么时候交费', region='巴中'), Session());"
            "print('sklearn' in sys.modules, 'pypinyin' in sys.modules, 'cn2an' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "False"]


def test_probability_grows_with_the_lead():
    r = Ranker.load()
    x = np.zeros((2, len(FEATURES)))
    x[0, FEATURES.index("coverage")] = x[0, FEATURES.index("term_sim")] = 1.0
    close = x.copy()
    close[1] = x[0] * 0.95
    assert r.probability(x)[0] > r.probability(close)[0]
