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
