"""A new student's years of study paid at once (巴中 第一章 十八: 大学生新生…可按学制一次性趸缴城乡居民医保费，
学制年度内，调整个人缴费标准的，个人不再补缴): the year's standard (2026: 400, 第三章 六问) times the years,
a category's subsidy off each year; a region whose handbook has no such rule says so, never a sum."""

import pytest

from calculators.contribution import resident_contribution
from calculators.common import NotListed
from calculators.policy import load_policies
from intents.slots import extract
from tests.helpers import answer, computed


@pytest.mark.parametrize("text,figure", [
    ("闺女考上4年制本科 听说可以按学制一次性交居民医保 一共要交好多", 1600),       # 400 × 4
    ("儿子读5年制医学 新生按学制趸缴合疗 总共交多少", 2000),                    # 400 × 5
    ("我家是低保 娃儿上3年制大专 按学制一次交医保 要交多少", 300),              # (400 − 300) × 3
])
def test_the_years_of_study_paid_at_once(engine, text, figure):
    computed(answer(engine, text, region="巴中"), figure, name="contribution")


def test_a_region_without_the_rule_computes_no_lump_sum():
    karamay = next(p for p in load_policies().values() if p.region == "克拉玛依")
    with pytest.raises(NotListed):
        resident_contribution(karamay, study_years=4)


def test_a_years_fee_asked_with_the_years_of_study_is_one_years(engine):
    # no paying at once said: one year's fee, not the years'
    r = answer(engine, "3年制专科一年交多少医保", region="巴中")
    assert "1200" not in r.text and "1,200" not in r.text, r.text


@pytest.mark.parametrize("text", [
    "居民医保上一年欠费了 今年一起交要交好多",       # 上一年: the year before, no years of study
    "上两年没交 一次性补缴要好多钱",
    "合疗上一年没交 今年能一次性交两年不 要好多",
])
def test_the_year_before_is_no_years_of_study(engine, text):
    assert "study_years" not in extract(text).values, extract(text).values
    r = answer(engine, text, region="巴中")
    assert "按学制" not in r.text, r.text
