"""A figure told as what a rule was ("去年是X", "以前只有X", "原来的标准是X") beside the question of what the
rule is: a figure of the rule told, never the asker's cost computed; the handbook's figure said plainly
(neither "对" nor "不是X" of a past the handbook does not give), a year it does not list said so."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text,region,figure", [
    # 大病's deductible asked for a year the handbook does not list, last year's told
    ("2027年大病保险的起付线是多少 前年是14448", "巴中", "14448"),
    ("大病起付线今年多少 去年是一万四", "巴中", "14448"),
    # a deductible told as it used to be, a level named
    ("二级医院住院起付线现在多少 以前是300", "巴中", "400"),
    # a yearly limit told as it was
    ("两病糖尿病一年最多报多少 原来的标准是200", "巴中", "300"),
    # a cap told as it was, in 长治
    ("职工住院一年最多报多少 往年只有五万", "长治", "8万"),
])
def test_a_figure_told_as_past_is_no_cost(engine, text, region, figure):
    r = answer(engine, text, region=region)
    assert r.kind != "calculation", r.text
    assert "赔付约" not in r.text and "个人仍需负担" not in r.text, r.text
    assert figure in r.text and r.sources, r.text
    assert not r.text.startswith(("对", "不是")), r.text


def test_a_year_the_handbook_does_not_list_is_said_so(engine):
    r = answer(engine, "2027年大病起付线是多少 去年是14448", region="巴中")
    assert r.kind != "calculation" and "2027年度" in r.text and "2025年度" in r.text, r.text


def test_a_cost_told_with_a_past_word_is_still_a_cost(engine):
    # 花了 after 去年 is the asker's own bill, and a date after 去年是 is when, not a figure
    r = answer(engine, "去年是3月份交的合疗 今年几号截止", region="巴中")
    assert "3元" not in r.text, r.text
