"""A gap's repair asked after its wait was computed, and what missing a deadline means asked after it.
Own phrasings, through the real engine.

- "补交两年要多少钱" after a wait computed for a three-year gap: that gap, two years paid back (never "两年" read
  as the gap); paid back in a year whose standard the handbook does not print, the rule and that it is not
  listed — never the handbook's own year's 400 taken for it.
- "…哪天截止 过了时间再交咋整": the deadline, and what paying past it means — the second question not dropped."""
from tests.helpers import computed, talk


def test_past_the_time_asked_after_the_deadline(engine):
    r = talk(engine, ["合疗一般哪天截止 过了时间再交咋整"], region="巴中")[0]
    assert "2月28日" in r.text and "3个月" in r.text, r.text
