"""A figure the handbook dates by its own years (巴中 第三章 二十二问: "2025 年度为 14448 元"; 二十三问:
"以上比例为 2024—2026 年度的赔付比例"), asserted for a year outside them: not confirmed — the figure is
named with its years, that year's is not known (the rule that sets each year's 起付线 said where the
handbook gives it). Asserted for a year within them: confirmed, with its years, and no note that the
handbook's year is another. The years live in the policy file (serious_illness: deductible_year,
ratio_years). Own phrasings, through the real engine."""
import pytest

from tests.helpers import talk


@pytest.mark.parametrize("question, stated", [
    ("2028年大病保险超过起付线10万以内那段 还是报60%吧", "2024—2026年度"),
    ("二〇二三年的大病保险 20万以上的部分是不是报85%", "2024—2026年度"),
])
def test_a_ratio_of_a_year_not_given_is_not_known(engine, question, stated):
    *_, r = talk(engine, [question], region="巴中")
    assert r.kind == "unanswered", r.text
    assert not r.text.startswith("对") and stated in r.text and "不是" in r.text, r.text


@pytest.mark.parametrize("question", ["2027年大病保险的起付线是不是14448元", "大病起付线2024年是14448吧"])
def test_a_deductible_of_another_year_gives_its_rule_not_a_yes(engine, question):
    *_, r = talk(engine, [question], region="巴中")
    # (the rule that sets each year's is said, but that year's sum is not known: not answered, for staff)
    assert r.kind == "unanswered" and not r.text.startswith("对"), r.text
    assert "2025年度" in r.text and "可支配收入的50%" in r.text, r.text


@pytest.mark.parametrize("question, stated", [
    ("2025年大病保险起付线是14448对吧", "2025年度"),
    ("2025年的大病 0到10万那段报60%吧", "2024—2026年度"),
])
def test_a_figure_of_its_own_years_is_confirmed_with_them(engine, question, stated):
    *_, r = talk(engine, [question], region="巴中")
    assert r.kind == "faq" and r.text.startswith("对"), r.text
    assert stated in r.text and "可能不同" not in r.text, r.text


def test_no_year_asked_is_confirmed_as_before(engine):
    *_, r = talk(engine, ["大病保险起付线是不是14448"], region="巴中")
    assert r.kind == "faq" and r.text.startswith("对") and "手册写明" not in r.text, r.text


@pytest.mark.parametrize("question, note", [
    # the page states its ratios' span ("以上比例为2024—2026年度的"): a year within it is answered with no note;
    # a later one is not that span's to answer (for staff), the span named whole, not its last year alone
    ("2025年大病保险分段报销比例是多少", None),
    ("2028年的大病保险分段赔付比例是多少", "写的是2024—2026年的规定，没有写2028年的"),
])
def test_a_pages_span_of_years_in_the_year_note(engine, question, note):
    *_, r = talk(engine, [question], region="巴中")
    assert "2024—2026" in r.text, r.text
    if note is None:
        assert r.kind == "faq" and "手册给出的是" not in r.text, r.text
    else:
        assert r.kind == "unanswered" and note in r.text, r.text
