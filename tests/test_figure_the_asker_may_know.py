"""A figure the handbook leaves out but the asker may know: 巴中's 灵活就业 pay 9% of the city's
minimum 职工 base (第二章 五问), whose amount the handbook does not list. The reply says the rate and
that the base is not listed — never a guessed base — and offers to compute from the base the asker
gives; the case waits for it, and a base told next is computed as the minimum base, said so."""
import pytest

from tests.helpers import computed, talk


@pytest.mark.parametrize("question", [
    "灵活就业参加职工医保 一个月交好多钱",
    "巴中我是灵活就业，交职工医保每个月要交多少钱",
    "我打零工 按灵活就业交职工医保 每个月要交好多",
])
def test_the_rate_is_said_and_the_base_asked_not_guessed(engine, question):
    r = talk(engine, [question], region="巴中")[0]
    assert r.kind == "clarify" and r.calculation is None, r.text
    assert "9%" in r.text and "没有列出最低缴费基数" in r.text and "帮您算" in r.text, r.text
    assert r.sources and "五问" in r.sources[0].section


@pytest.mark.parametrize("base,fee,large", [("4000", 360, 80), ("最低基数是3800", 342, 76), ("5000块", 450, 100)])
def test_the_base_told_after_is_computed_as_the_minimum_base(engine, base, fee, large):
    r = talk(engine, ["灵活就业参加职工医保 一个月交好多钱", base], region="巴中")[1]
    computed(r, fee, large, name="contribution")
    assert "最低缴费基数" in r.text.split("按：")[1], r.text


def test_a_new_question_after_the_offer_is_its_own(engine):
    r = talk(engine, ["灵活就业参加职工医保 一个月交好多钱", "那居民医保一年交多少"], region="巴中")[1]
    computed(r, 400)
    assert "9%" not in r.text, r.text
