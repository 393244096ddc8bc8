"""How much the ranker's calibration moves when the corpus changes a little, measured.

    python -m bot.calibration_stability [--runs 5] [--drop 0.02] [--seed 0] [--holdout]

Retrains the calibration (corpus.train_ranker) on the whole corpus, then `--runs` times on the corpus
without a random `--drop` share of its entries (what adding or removing a few entries does to the
training), and counts the question-set questions (eval/dev, single questions, searched with their
region) whose best entry or whose band (below 0.15 / to 0.8 / from 0.8: the engine's ANSWER_AT and
CALIBRATED_97) changes. The dev questions are searched once, in the index of the whole corpus, and only
the calibration differs between the runs: the figure is the calibration's own sensitivity. A change of
an unrelated entry should move almost nothing.

`--holdout`: also how good the calibration is on phrasings it did not train on: fitted on the rows of
nine tenths of the entries' phrasings (tenths by a hash of the entry id), scored on the rest (log loss,
Brier score, and how often the most probable candidate is right). Measures only; writes nothing."""
from __future__ import annotations

import argparse
import math
import random
import zlib
from pathlib import Path

import numpy as np

from corpus.entries import Entry, load_entries
from corpus.ranker import Ranker
from corpus.search import ranked_confidences
from corpus.train_ranker import fit, training_rows

DEV_DIR = Path(__file__).resolve().parent.parent / "eval" / "dev"
BANDS = (0.15, 0.8)    # bot.engine ANSWER_AT, CALIBRATED_97 (read from there when the engine is importable)


def bands() -> tuple[float, float]:
    try:
        from bot.engine import ANSWER_AT, CALIBRATED_97
        return ANSWER_AT, CALIBRATED_97
    except ImportError:
        return BANDS


def dev_questions() -> list[tuple[str, str | None]]:
    """Each single question of the dev sets with its region (conversations' turns lean on what
    came before, and are left out)."""
    import json
    out = []
    for path in sorted(DEV_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if "q" in item:
                    out.append((item["q"], item.get("region")))
    return out


def searched(questions: list[tuple[str, str | None]]) -> list[tuple[list[str], list[float], np.ndarray, bool]]:
    """Each question's candidates in the whole corpus's index: entry ids, BM25 scores, features, vague."""
    from bot.corpus_cache import shipped
    from intents.scope import outside_words
    _, index = shipped()
    index.outside_words = outside_words()
    out = []
    for text, region in questions:
        hits, x = index._candidates(index.analyze(text), region)
        if hits:
            out.append(([h.entry.id for h in hits], [h.score for h in hits], x, hits[0].vague))
    return out


def readings(ranker: Ranker, found) -> list[tuple[str, float]]:
    """The best entry and its confidence for each searched question, ordered as the search orders."""
    out = []
    for ids, bm25, x, vague in found:
        confidence, score, _ = ranked_confidences(ranker, x, vague)
        best = min(range(len(ids)), key=lambda i: (-confidence[i], -score[i], -bm25[i]))
        out.append((ids[best], confidence[best]))
    return out


def band(confidence: float, cuts: tuple[float, float]) -> int:
    return sum(confidence >= c for c in cuts)


def compare(a: list[tuple[str, float]], b: list[tuple[str, float]], cuts: tuple[float, float]) -> dict:
    return {"top": sum(x[0] != y[0] for x, y in zip(a, b)),
            "band": sum(band(x[1], cuts) != band(y[1], cuts) for x, y in zip(a, b)),
            "stated": sum((x[1] >= cuts[1]) != (y[1] >= cuts[1]) for x, y in zip(a, b)),
            "answered": sum((x[1] >= cuts[0]) != (y[1] >= cuts[0]) for x, y in zip(a, b)),
            "mean_abs": round(float(np.mean([abs(x[1] - y[1]) for x, y in zip(a, b)])), 4)}


def trained(entries: list[Entry]) -> Ranker:
    return fit(*training_rows(entries))


def holdout(entries: list[Entry], tenths: int = 10) -> dict:
    """The calibration fitted on nine tenths of the entries' phrasings, scored on the last tenth's."""
    owners: list[str] = []
    x, y, qid = training_rows(entries, owners=owners)
    # (a salted hash: the training's own absent tenth follows the entry id's plain one)
    held = np.asarray([zlib.crc32(("held-out " + owners[q]).encode()) % tenths == 0 for q in qid])
    ranker = fit(x[~held], y[~held], qid[~held])
    xs, ys, qs = x[held], y[held], qid[held]
    groups = np.split(np.arange(len(qs)), np.flatnonzero(qs[1:] != qs[:-1]) + 1)
    p = np.concatenate([ranker.probability(xs[g]) for g in groups])
    yy = np.concatenate([ys[g] for g in groups])
    eps = 1e-9
    top = [g[np.argmax(ranker.probability(xs[g]))] for g in groups]
    return {"questions": len(groups),
            "log_loss": round(float(-np.mean(yy * np.log(p + eps) + (1 - yy) * np.log(1 - p + eps))), 4),
            "brier": round(float(np.mean((p - yy) ** 2)), 4),
            "top1": round(float(np.mean(ys[top])), 4),
            # of the held-out questions whose best candidate reaches each band, how many are right
            **{f"right_at_{c}": _right_at(ranker, xs, ys, groups, c) for c in bands()}}


def _right_at(ranker: Ranker, x: np.ndarray, y: np.ndarray, groups, cut: float) -> str:
    tops = [(g[np.argmax(p)], p.max()) for g in groups for p in [ranker.probability(x[g])]]
    picked = [y[i] for i, p in tops if p >= cut]
    return f"{sum(picked)}/{len(picked)}"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bot.calibration_stability")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--drop", type=float, default=0.02, help="share of entries left out of each run's training")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--holdout", action="store_true")
    args = ap.parse_args(argv)
    entries = list(load_entries())
    cuts = bands()
    found = searched(dev_questions())
    base = readings(trained(entries), found)
    print(f"{len(entries)} entries, {len(found)} dev questions with candidates; bands at {cuts}")
    runs = []
    for k in range(args.runs):
        rng = random.Random(args.seed + k)
        dropped = set(rng.sample(range(len(entries)), math.ceil(args.drop * len(entries))))
        changed = compare(base, readings(trained([e for i, e in enumerate(entries) if i not in dropped]), found), cuts)
        runs.append(changed)
        print(f"run {k}: {len(dropped)} entries left out: {changed}")
    print("mean: " + ", ".join(f"{k} {np.mean([r[k] for r in runs]):.4g}" for k in runs[0]))
    if args.holdout:
        print(f"held-out tenth: {holdout(entries)}")


if __name__ == "__main__":
    import os
    import sys

    if os.environ.get("PYTHONHASHSEED") != "0":
        # as corpus.train_ranker: one hash seed, so that the same corpus gives the same calibration
        os.execve(sys.executable, [sys.executable, "-m", "bot.calibration_stability", *sys.argv[1:]],
                  {**os.environ, "PYTHONHASHSEED": "0"})
    main()
