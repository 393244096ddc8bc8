"""Accuracy floors on the repository's question sets: a change that makes the bot worse fails
here. The floors sit a little under what the bot reaches (see the README's figures)."""
import pytest

from bot.measure.evaluate import DEV_DIR, evaluate, load_items


@pytest.fixture(scope="module")
def tuned(engine):
    return evaluate(load_items([DEV_DIR / "questions.jsonl", DEV_DIR / "calculations.jsonl"]), engine)


@pytest.fixture(scope="module")
def held_out(engine):
    return evaluate(load_items([DEV_DIR / "former-holdout.jsonl"]), engine)


def pct(ok_total):
    ok, total = ok_total
    return 100.0 * ok / total


def test_faq_accuracy(tuned):
    s = tuned.summary()
    assert s["faq_top1"] >= 97.0
    assert s["faq_top3"] >= 98.0
    assert s["answerable_refused"] <= 3.0


def test_out_of_scope_is_refused(tuned):
    assert tuned.summary()["out_of_scope_refused"] >= 95.0


def test_calculations_exact_and_dialogues_complete(tuned):
    assert pct(tuned.categories["calc"]) >= 97.0
    assert pct(tuned.categories["mt"]) == 100.0


def test_held_out_questions(held_out):
    s = held_out.summary()
    assert s["faq_top1"] >= 93.0
    assert s["out_of_scope_refused"] >= 95.0
    assert s["answerable_refused"] <= 5.0


def test_answers_stated_as_answers_are_right(engine):
    """The answer band on every dev set (the team's own and the strangers' -1 to -4 sets): from the
    engine's ANSWER_AT the stated answers are 96.8 % right (1294); from CALIBRATED_97 (0.8, chosen on
    the untuned fifth sets) 99.2 % are (601 answered; `yibao eval --calibrate` shows the table). bot.engine says what each band says."""
    from bot.engine import ANSWER_AT, CALIBRATED_97
    from bot.measure.evaluate import calibration_table
    rows = calibration_table(load_items(sorted(DEV_DIR.glob("*.jsonl"))), engine, steps=(ANSWER_AT, CALIBRATED_97))
    assert rows[0]["precision"] >= 0.95 and rows[0]["answered"] >= 1200
    assert rows[1]["precision"] >= 0.98 and rows[1]["answered"] >= 570
