"""A full slot reading tries its patterns as patterns compiled once — those every reading tries when
the module loads, those of branches many messages reach on their first use (`_compiled`) — not
looked up in `re`'s own cache by their text on each call (about a hundred lookups a reading
before, a few now, left in branches few messages reach). The readings are the
same (the slot tests say what they are; the whole dev eval's output was compared byte for byte);
this says the lookups are gone. The speed itself is `yibao bench`'s to measure, never a test's."""
import re

import pytest

from intents.slots import extract


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
