"""A gap's repair asked after its wait was computed, and what missing a deadline means asked after it.
Own phrasings, through the real engine.

- "补交两年要多少钱" after a wait computed for a three-year gap: that gap, two years paid back (never "两年" read
  as the gap); paid back in a year whose standard the handbook does not print, the rule and that it is not
  listed — never the handbook's own year's 400 taken for it.
- "…哪天截止 过了时间再交咋整": the deadline, and what paying past it means — the second question not dropped."""
from tests.helpers import computed, talk


def test_a_repair_priced_in_a_later_year_is_the_rule(engine):
    first, offer, r = talk(engine, ["2024 2025 2026三年都没交合疗 2027年集中缴费期交的 等多久能报",
                                    "可以补缴缩短吗 最少等多久",
                                    "那补交两年要多少钱"], region="巴中")
    computed(first, 5)
    assert "断保（没参保）几年" not in offer.text, offer.text      # the case is known: its gap never asked again
    assert r.kind == "faq" and "缴费标准" in r.text and "2027" in r.text and "800" not in r.text, r.text
    assert "等待期 3 个月" in r.text, r.text                        # three years, two paid back: 5 − 2


def test_a_repair_in_the_handbooks_year_is_priced(engine):
    *_, r = talk(engine, ["2025年没交合疗 2026年3月才交的 要等多久", "补交一年要多少钱"], region="巴中")
    assert r.kind == "calculation" and "400" in r.text, r.text


def test_past_the_time_asked_after_the_deadline(engine):
    r = talk(engine, ["合疗一般哪天截止 过了时间再交咋整"], region="巴中")[0]
    assert "2月28日" in r.text and "3个月" in r.text, r.text


def test_a_later_years_repair_at_the_price_the_asker_names(engine):
    # (the asker's own yearly price to reckon with: the sum at it, the year's standard said unlisted)
    r = talk(engine, ["2024 2025 2026三年都没交合疗 2027年才交 想补缴两年修复 按每年400块算 得交多少"], region="巴中")[0]
    computed(r, 800, name="waiting_period")
    assert "手册未载" in r.text, r.text
