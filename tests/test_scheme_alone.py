"""The scheme of a text read alone (`intents.slots.scheme_read`, `insurance_in`) is what the full
slot reading finds: whose scheme a message says is read clause by clause (`people.scheme_of_other`),
and the scheme of each question of a message and whether it names both schemes at once
(`acts.each_scheme`) are read from texts nothing else reads whole, so the other readers are not run
for them. Kept in step with `extract` over the forms the readers know and every dev question, its
clauses included; and the replies that rest on it are the ones those readings give."""
from pathlib import Path

import pytest

from bot.measure.evaluate import load_items
from intents.people import _CLAUSE
from intents.slots import BOTH_SCHEMES_NOTE, extract, insurance_in, scheme_read
from tests.helpers import answer, talk

DEV = Path(__file__).resolve().parents[1] / "eval" / "dev"


@pytest.mark.parametrize("text, scheme, both", [
    ("我老婆是居民医保，我是职工医保 生孩子补差多少", "职工", False),   # (the asker's beside the spouse's)
    ("生育保险每月按基数交多少", "职工", False),      # (set by the maternity fee's rule, a later reader)
    ("大额医疗补助怎么报", "职工", False),
    ("从职工医保换成居民医保 要等多久", "居民", False),   # (the scheme switched to)
    ("不是居民 是职工", "职工", False),              # (the fact said instead of the one denied)
    ("莫得交合疗 还能报不", "居民", False),            # (said in dialect)
    ("我退休了 住院报多少", "职工", False),
    ("职工医保和居民医保分别报多少", None, True),      # (both named: a note, no scheme)
    ("职工和居民一样吗", None, True),
    ("住院起付线多少", None, False),
])
def test_the_scheme_alone_is_the_full_readings(text, scheme, both):
    full = extract(text)
    assert insurance_in(text) == full.get("insurance") == scheme
    assert (BOTH_SCHEMES_NOTE in scheme_read(text).notes) == (BOTH_SCHEMES_NOTE in full.notes) == both


def test_every_dev_question_and_clause_has_the_same_scheme_read_alone():
    # (read as the scorer reads them: a writer's turns may be plain messages; and each clause, as
    # people.scheme_of_other reads a message)
    turns = {t["q"] for item in load_items(sorted(DEV.glob("*.jsonl"))) for t in (item.get("turns") or [item])}
    texts = turns | {c for t in turns for c in _CLAUSE.findall(t)}
    assert len(turns) > 1000
    differ = [t for t in sorted(texts)
              if insurance_in(t) != extract(t).get("insurance")
              or (BOTH_SCHEMES_NOTE in scheme_read(t).notes) != (BOTH_SCHEMES_NOTE in extract(t).notes)]
    assert not differ, differ[:10]


def test_a_scheme_said_of_a_relative_is_not_the_askers_own(engine):
    # ("我妈是职工" read clause by clause: hers, so the asker's own stay later is given each scheme's rate,
    # not the mother's 职工 one alone)
    first, then = talk(engine, ["我妈是职工医保 她住院起付线多少", "我在二级医院住院能报多少"], region="巴中")
    assert first.kind == "faq" and "职工" in first.text.split("\n")[0], first.text
    assert "职工医保" in then.text and "城乡居民医保" in then.text, then.text


def test_both_schemes_asked_at_once_are_each_computed(engine):
    r = answer(engine, "巴中在三级医院住院花了一万 职工医保和居民医保分别报多少")
    assert r.kind == "calculation" and "【职工医保】" in r.text and "【城乡居民医保】" in r.text, r.text
