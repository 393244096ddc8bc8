"""A contribution rate checked with the payer unsaid ("职工医保是不是交9个点"): it is one payer's rate (灵活就业's
9%, the employer's 7%), never a bare "对" beside every payer's row — the rows that have it, who pays them, the
others, and whether the asker is an employee or pays alone asked. Parts said together, or the payer named,
are still confirmed."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text,held,others", [
    ("职工医保费率是9%吧", "灵活就业", ["7%", "2%"]),
    ("交职工医保是不是交百分之七", "用人单位", ["9%", "2%"]),
])
def test_a_rate_of_one_payer_is_not_confirmed_for_an_unsaid_payer(engine, text, held, others):
    r = answer(engine, text, region="巴中")
    assert not r.text.startswith("对"), r.text
    first, rest = r.text.split("其他情况不同", 1)
    assert held in first and all(o in rest for o in others), r.text
    assert "灵活就业" in r.text.split("请问")[-1] and r.kind == "clarify", r.text


@pytest.mark.parametrize("text,said", [
    ("灵活就业人员缴费是9%对吗", "9%"),
    ("用人单位交7% 职工自己交2% 是这样吧", "2%"),
])
def test_a_payer_named_or_both_parts_said_is_confirmed(engine, text, said):
    r = answer(engine, text, region="巴中")
    assert r.text.startswith("对") and said in r.text and "其他情况" not in r.text, r.text
