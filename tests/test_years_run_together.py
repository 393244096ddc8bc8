"""Years said in four numerals each, run together with no 年 after them ("二零二五二零二六都没交"), are
years: never one sum of money (a "金额超出常见范围" asked back) nor a count. Own phrasings; the waiting
period through the real engine (巴中 第三章 十问 例五: two years without cover, 3 + 1 = 4 months)."""
import pytest

from corpus.normalize import said_years
from tests.helpers import answer, computed


@pytest.mark.parametrize("said, read", [
    ("我二零二四二零二五都没交", "我2024、2025都没交"),
    ("二〇二五、二〇二六没交", "2025、2026没交"),
    ("一九九八参加工作", "1998参加工作"),
    ("二零二四二零二五年都没交", "2024、2025年都没交"),
])
def test_four_numeral_years_run_together_are_years(said, read):
    assert said_years(said) == read


@pytest.mark.parametrize("said", ["两千零二十五", "二零二", "二零二五五", "花了二万"])
def test_what_is_no_four_numeral_year_stays(said):
    assert said_years(said) == said


@pytest.mark.parametrize("said", [
    "通江的 我老汉二零二四二零二五都没交 二零二六年集中缴费期交了 要等好久",
    "通江的我老汉二零二四二零二五都没交二零二六年集中缴费期交了要等好久",
])
def test_two_years_without_cover_said_run_together_wait_four_months(engine, said):
    r = answer(engine, said)
    computed(r, 4, name="waiting_period")
    assert "断保 2 年" in r.text, r.text
