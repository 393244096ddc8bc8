"""A fact the asker did not say, taken by a form's default, whose other value changes the answer:
that value's result is said beside (forms.yaml `beside` / `apart`), never the default taken silently.

巴中 第三章 十问 例一/例二: paid in the 集中缴费期 before 1 January, one insured the year before waits
none; one not insured then waits 3 months. Paid after the 集中缴费期 both wait 3 months: nothing
beside.
"""

import pytest

from tests.helpers import answer, computed


def test_year_before_not_said_gives_both_waits(engine):
    r = computed(answer(engine, "我2025年12月交的2026年的医保 啥时候能用", region="巴中"), 0)
    assert "如上年度没参保（断保1年）：等待期 3 个月" in r.text, r.text


@pytest.mark.parametrize("text", [
    "今年3月15号才交的合疗 要等多久才能报",          # after the window: 3 months either way
    "断了两年医保 现在再交 要等好久才能报",           # the gap said: no default taken
])
def test_nothing_beside_when_the_default_changes_nothing(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "calculation", r.text
    assert "如上年度没参保" not in r.text, r.text
