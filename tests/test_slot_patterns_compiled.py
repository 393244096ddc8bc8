"""A full slot reading tries its patterns as patterns compiled once — those every reading tries when
the module loads, those of branches many messages reach on their first use (`_compiled`) — not
looked up in `re`'s own cache by their text on each call (about a hundred lookups a reading
before, a few now, left in branches few messages reach). The readings are the
same (the slot tests say what they are; the whole dev eval's output was compared byte for byte);
this says the lookups are gone. The speed itself is `yibao bench`'s to measure, never a test's."""
import re

import pytest

from intents.slots import disease_vocabulary, extract


@pytest.mark.parametrize("text,slot,value", [
    ("我是职工，2023年断了一年，在三级医院住院花了2万能报多少", "insurance", "职工"),
    ("巴中居民医保什么时候交费", "insurance", "居民"),
    ("我妈低保户，高血压糖尿病，门诊慢病一年报多少", "category", "低保"),
])
def test_a_full_reading_looks_few_patterns_up_by_their_text(monkeypatch, text, slot, value):
    extract.cache_clear()
    first = extract(text)           # (a table's patterns are compiled on their first use, then kept)
    looked_up: list[str] = []
    own = re._compile

    def counting(pattern, flags):
        looked_up.append(pattern)
        return own(pattern, flags)
    monkeypatch.setattr(re, "_compile", counting)
    extract.cache_clear()
    again = extract(text)
    monkeypatch.undo()
    extract.cache_clear()
    assert again.get(slot) == value and again.values == first.values
    assert len(looked_up) <= 10, looked_up


@pytest.mark.parametrize("text,diseases,spans", [
    ("我妈高血压糖尿病，门诊慢病一年报多少", ["高血压", "糖尿病"], [(2, 5), (5, 8)]),
    # (a word said twice is found twice; one said not to be the asker's is taken, not found)
    ("没得高血压，糖尿病好几年了，糖尿病能办慢病不", ["糖尿病", "糖尿病"], [(2, 5), (6, 9), (14, 17)]),
    # (found longest word first, each in the order said)
    ("冠心病和肺结核能办特病吗", ["冠心病", "肺结核"], [(4, 7), (0, 3)]),
    ("类风湿关节炎能办慢病不", ["类风湿关节炎"], [(0, 6)]),
])
def test_the_diseases_said_are_found_without_a_pattern_per_disease_word(monkeypatch, text, diseases, spans):
    # each disease word is looked for as text (str.find), not as a pattern of its own: some 240 words
    # would crowd re's cache of 512 and push the project's other patterns out, to be compiled again
    looked_up: list[str] = []
    own = re._compile

    def counting(pattern, flags):
        looked_up.append(pattern)
        return own(pattern, flags)
    extract.cache_clear()
    monkeypatch.setattr(re, "_compile", counting)
    found = extract(text)
    monkeypatch.undo()
    extract.cache_clear()
    assert found.get("diseases") == diseases
    assert [s for s in found.spans if s in spans] == spans
    words = {re.escape(word) for word, _, _ in disease_vocabulary()}
    assert not [p for p in looked_up if p in words], looked_up
