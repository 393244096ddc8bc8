"""What the fund already paid this year ("今年…前面报了…") counts against the limit of the care it was
paid for, read from the care said before it in the sentence — never the care of the visit asked after
it; said of no care at all, it is left unread (it is off no limit the bot could name)."""

from decimal import Decimal

import pytest

from intents.form_rules import _used_for
from intents.slots import extract


@pytest.mark.parametrize("text, used, care", [
    # 住院's sum, the 门诊 visit asked after it: off the 住院 limit, never the 门诊 one
    ("今年住院前面报了2万 这次门诊花了300", 20000, "住院"),
    # the 门诊 said before, a clause or a comma away
    ("今年门诊起付线扣过了 前面只报了120 这次门诊花了300", 120, "门诊"),
    ("今年门诊起付线扣过了，前面只报了120，这次花了300", 120, "门诊"),
    # the care said in the sum's own words, as before
    ("今年普通门诊已经报了850了 这次花了200", 850, "门诊"),
])
def test_the_sum_paid_before_counts_against_its_own_care(text, used, care):
    s = extract(text).values
    assert s.get("used_this_year") == used and s.get("used_for") == care, s
    other = "门诊" if care == "住院" else "住院"
    assert _used_for(s, care) == used and _used_for(s, other) == Decimal(0), s


def test_a_sum_paid_before_for_no_care_said_is_off_no_limit():
    s = extract("今年前面报了2万 这次门诊花了300").values
    assert "used_this_year" not in s and s.get("amount") == 300, s
