"""The robustness report's rewritings keep the question's meaning and are the same every run."""
from bot.measure.robustness import DIALECT, dialect, homophone_typo, perturbations, robustness
from corpus.typos import usual_reading

ITEMS = [
    {"id": "r-1", "q": "巴中城乡居民医保住院起付线是多少？", "expect": {"kind": "faq"}},
    {"id": "r-2", "q": "怎么办理异地就医备案", "region": "巴中", "expect": {"kind": "faq"}},
    {"id": "r-3", "q": "长治职工医保门诊统筹报销比例是多少", "expect": {"kind": "faq"}},
]


def test_dialect_uses_its_own_table():
    out = dialect("城乡居民医保怎么办", "k")
    table = dict(DIALECT)
    assert any(out.startswith(say) for say in table["城乡居民医保"])
    assert any(out.endswith(say) for say in table["怎么办"])


def test_homophone_typo_changes_one_character_to_one_that_reads_the_same():
    q = "住院起付线是多少"
    out = homophone_typo(q, "key", ["起付线"])
    changed = [(a, b) for a, b in zip(q, out) if a != b]
    assert len(out) == len(q) and len(changed) == 1
    assert usual_reading(changed[0][0]) == usual_reading(changed[0][1])
    assert out == homophone_typo(q, "key", ["起付线"])          # deterministic


def test_every_rewriting_is_reported(engine):
    rows = robustness(ITEMS, engine)
    assert [r["perturbation"] for r in rows] == [p.name for p in perturbations(engine, {None: ["x"]})]
    by_name = {r["perturbation"]: r for r in rows}
    # only questions the bot answers count; traditional script changes every one of them
    assert by_name["traditional script"]["questions"] >= 2 and by_name["traditional script"]["pct"] == 100.0
    assert all(r["same_entry"] <= r["questions"] for r in rows)


def test_every_rewriting_that_lost_its_entry_is_listed(engine):
    changed: list[dict] = []
    rows = robustness(ITEMS, engine, changed=changed)
    # one line per lost entry: which question, which rewriting, the entry before and after
    assert len(changed) == sum(r["questions"] - r["same_entry"] for r in rows)
    assert all(c["before"] != c["after"] and c["id"] and c["text"] for c in changed)
