"""Another year's fee, however people name the year or the figure (review of round 34's "another year's
fee is not known"): a past year said relative to today ("前年", "大前年", "上上年", "去年" where the handbook
gives no figure for it) is that year, as one written out; a figure checked in spoken hundreds ("三百五") is
checked, as 350 is; two years' fees compared, or the rise from a year the handbook does not give, asks that
year's fee. Each is not known — the handbook's own years named as theirs — never the handbook year's figure
as the answer ("不是350：2026年度…400元" of 2024). 巴中 第三章 六问 / 八问 give 2026's and 2025's 400元;
克拉玛依 第2部分 gives 2026's 400元 and 长护险 53元. Today is fixed (2026-12-06): a year said relative to
it is read from the clock. Own phrasings, through the engine."""
import datetime

import pytest

from intents import years
from tests.helpers import answer as ask
from tests.helpers import talk


class _December2026(datetime.date):
    @classmethod
    def today(cls):
        return cls(2026, 12, 6)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(years, "date", _December2026)


def _not_known(r, year: int, given: str):
    assert r.kind == "unanswered" and r.calculation is None, r.text
    assert f"没有{year}年度的" in r.text and given in r.text and f"不是{year}年度的" in r.text, r.text


@pytest.mark.parametrize("region, text, year, given", [
    ("巴中", "大前年居民医保个人缴费标准是多少", 2023, "2026年度个人缴费标准是400元"),
    ("巴中", "上上年新农合交多少", 2024, "2026年度个人缴费标准是400元"),
    ("克拉玛依", "去年我们学生的居民医保个人缴多少", 2025, "2026年度个人缴费标准是400元"),
    # (was "个人需缴 453 元/年" computed with 2026's figures, a note beside it)
    ("克拉玛依", "去年校区的长护险要交多少钱", 2025, "2026年度居民长护险缴费标准是53元"),
])
def test_a_past_year_said_relative_to_today_is_that_year(engine, region, text, year, given):
    _not_known(ask(engine, text, region=region), year, given)


def test_last_year_the_handbook_gives_is_still_answered(engine):
    # (巴中 第三章 八问: 2025年度 个人缴费400元 — 去年, by today's date, is a year the handbook gives)
    r = ask(engine, "去年居民医保个人交的多少", region="巴中")
    assert r.kind == "faq" and "2025年度" in r.text and "400" in r.text and "没有2025年度的" not in r.text, r.text


def test_a_past_year_as_a_follow_up_of_the_fee_is_not_known(engine):
    *_, r = talk(engine, ["新农合一个人一年交多少", "那前年的呢"], region="巴中")
    _not_known(r, 2024, "2026年度个人缴费标准是400元")


def test_a_year_to_come_said_relative_to_today_keeps_the_year_note(engine):
    # (明年 stays with the year note: to one who read the handbook as it came out, 明年 was its own year)
    r = ask(engine, "明年新农合一个人交多少", region="巴中")
    assert r.kind == "faq" and "400" in r.text and "2027年的标准可能调整" in r.text, r.text


@pytest.mark.parametrize("text, year", [("前年的合疗是不是交的三百五", 2024), ("2024年合疗是不是交的三百八十块", 2024)])
def test_a_figure_in_spoken_hundreds_checked_of_a_year_not_given_is_not_corrected(engine, text, year):
    # (was "不是350：巴中2026年度城乡居民医保个人缴费标准是400元" — 2026's figure as the check of 2024's)
    r = ask(engine, text, region="巴中")
    _not_known(r, year, "2026年度个人缴费标准是400元")
    assert "不是3" not in r.text, r.text


def test_two_years_fees_compared_with_one_not_given_is_not_known(engine):
    # (was 2026's page, its figure beside a note)
    _not_known(ask(engine, "2023年跟今年交的钱一样不", region="巴中"), 2023, "2026年度个人缴费标准是400元")


def test_two_given_years_fees_compared_are_still_compared(engine):
    r = ask(engine, "2025年和2026年个人交的一样不", region="巴中")
    assert r.kind == "faq" and "两年相同" in r.text, r.text


def test_the_rise_from_a_year_not_given_is_not_known(engine):
    _not_known(ask(engine, "2022年到现在合疗涨了好多", region="巴中"), 2022, "2026年度个人缴费标准是400元")


@pytest.mark.parametrize("text, said", [
    ("大前年住的院", [2023]),          # three years back, not 前年 after a 大
    ("大后年再说", [2029]),
    ("以前年年都交的", []),            # every year, none named
    ("往后年年都交 有啥奖励", []),
    ("退了之后年底前还能用不", []),   # (之后 + 年底: the end of this year, not 后年)
])
def test_years_said_relative_to_today(text, said):
    assert years.years_asked(text) == said
