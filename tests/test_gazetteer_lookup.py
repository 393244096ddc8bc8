"""The gazetteer looks a text up only at the lengths of the names that start with each character:
the places it finds are those of trying every length up to the longest name (what it did before)."""
import random

from regions.gazetteer import Mention, _in_context, gazetteer


def every_length(g, text: str) -> list[Mention]:
    """The plain reading: at each character, every length from the longest name down to two."""
    longest = max(map(len, g._names))
    out, i, n = [], 0, len(text)
    while i < n:
        for j in range(min(n, i + longest), i + 1, -1):
            written = text[i:j]
            doubtful = g._doubtful(text, i, j, written) if g._names.get(written) else None
            if doubtful is not None:
                out.append(Mention(written, i, j, g.named(written), doubtful))
                i = j - 1
                break
        i += 1
    return _in_context(out)


def test_the_places_found_are_those_of_every_length():
    g = gazetteer()
    names = sorted(g._names)
    rng = random.Random(7)
    fillers = ["我在", "医保", "住院", "，", "市", "县", "区", "交城乡", "医院", "家庭", "交通", "的", "怎么报", "朝阳", "城区", "山西"]
    texts = ["巴中居民医保什么时候交费", "我在四川南江县住院", "山西阳泉城区的职工医保", "克拉玛依校区学生医保", "长治潞州区"]
    for _ in range(400):
        texts.append("".join(rng.choice(names) if rng.random() < 0.5 else rng.choice(fillers)
                             for _ in range(rng.randint(1, 8))))
    found = 0
    for text in texts:
        assert g.mentions(text) == every_length(g, text), text
        found += bool(g.mentions(text))
    assert found > 300


def every_guard(g, text: str, i: int, j: int, written: str) -> bool | None:
    """The plain reading of a name's guards: where each guard word stands, looked up for every one."""
    from regions.gazetteer import _NO_GUARDS, _NUMERAL_UNITS, _NUMERALS, _overlaps
    if written[0] in _NUMERAL_UNITS and i > 0 and text[i - 1] in _NUMERALS:
        return None
    inside, before, after = g._guards.get(written, _NO_GUARDS)
    if any(_overlaps(text, word, i, j) for word in inside):
        return None
    if any(_overlaps(text, word, i, j) for word in before):
        return None if g._name_starts_inside(text, i, j) else True
    return any(_overlaps(text, word, i, j) for word in after)


def test_guard_words_looked_up_only_near_the_name_read_as_every_one():
    """`_doubtful` passes over a guard word not written within the longest guard word's length of
    the name: the names are read as doubtful, or as no place, exactly where looking each guard word
    up says so — with the guard words (the longest among them too) written over, before, after and
    far from the name."""
    g = gazetteer()
    rng = random.Random(29)
    guarded = sorted(n for n, gs in g._guards.items() if any(gs))
    longest = max((w for gs in g._guards.values() for ws in gs for w in ws), key=len)
    fillers = ["我在", "医保", "住院", "，", "的", "怎么报", "交城乡", "职工医保报销比例是好多", longest]
    seen = {None: 0, True: 0, False: 0}
    for _ in range(3000):
        name = rng.choice(guarded)
        words = [w for ws in g._guards[name] for w in ws]
        parts = [rng.choice(fillers + words) for _ in range(rng.randint(0, 4))] + [name] \
            + [rng.choice(fillers + words) for _ in range(rng.randint(0, 4))]
        text = "".join(parts)
        at = text.find(name)
        while at >= 0:
            got = g._doubtful(text, at, at + len(name), name)
            assert got == every_guard(g, text, at, at + len(name), name), (text, name, at)
            seen[got] += 1
            at = text.find(name, at + 1)
    assert all(seen.values()), seen
