"""A range of figures is two bounds, not an amount: the unit after the upper bound is both bounds' whatever
follows it ("20-30万之间" is 20万 to 30万, not 30), a dash of any width parts them, a band from nothing
("0至10万") is a range too — and a band of the rule is never taken for the asker's bill, and its unit stays
apart from the verb after it (10万 | 报, not 万报)."""
from decimal import Decimal

import pytest

from intents.numbers import find_numbers
from tests.helpers import answer, ids


@pytest.mark.parametrize("text,low,high", [
    ("大病30-40万那段能报几成", 300000, 400000),
    ("二十万—三十万", None, None),          # (Chinese numerals: read apart, as before)
    ("5—8千的部分", 5000, 8000),
    ("大病保险0到20万这块", 0, 200000),
])
def test_a_range_is_two_bounds(text, low, high):
    found = [n for n in find_numbers(text) if n.is_range]
    if low is None:
        assert not found
        return
    assert len(found) == 1 and found[0].low == Decimal(low) and found[0].value == Decimal(high), found


def test_a_phone_number_is_still_no_range():
    assert not any(n.is_range for n in find_numbers("医保局电话0827-5775700"))


@pytest.mark.parametrize("text,entry,rate", [
    ("大病保险0到10万那一截赔几成", "bz-3-23-a", "60%"),
    ("大病10—20万的部分能赔好多", "bz-3-23-b", "70%"),
])
def test_a_band_asked_finds_its_rate_and_no_bill(engine, text, entry, rate):
    r = answer(engine, text, region="巴中")
    assert r.kind != "calculation" and "大于 0" not in r.text, r.text
    # (its page, or the policy's table stating every band)
    assert (entry in ids(r) or "至200000元" in r.text) and rate in r.text, r.text
