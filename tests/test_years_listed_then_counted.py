"""Two-numeral years listed with their count said last, no stop between ("二五二六二七三年都没交":
2025, 2026 and 2027, three years) are those years, never one number (2526273): read so only when the
count is the number of years listed. The wait through the real engine (巴中 第三章 十问: 固定等待期 3 个月,
每多断 1 年另加变动等待期 1 个月 — three years without cover, 3 + 2 = 5 months)."""
import pytest

from corpus.normalize import said_years
from tests.helpers import answer, computed


@pytest.mark.parametrize("said, read", [
    ("二五二六二七三年都没交", "2025、2026、2027这三年都没交"),
    # (两年 kept apart from the last year by 这, as the count said last is: 2025两年 read on as the figure 20252年)
    ("二四二五两年没交", "2024、2025这两年没交"),
    ("二三二四二五三年没交", "2023、2024、2025这三年没交"),
])
def test_years_then_their_count_are_years(said, read):
    assert said_years(said) == read


@pytest.mark.parametrize("said", [
    "二五二六二七四年没交",      # the count is not the number of years: not read as years
    "二五二年没交",
])
def test_a_count_that_does_not_fit_the_years_stays(said):
    assert "2025" not in said_years(said)


@pytest.mark.parametrize("said, months", [
    ("我屋头老汉二三二四二五三年都没交合疗 二六年集中期才交 等待期是好几个月嘛", 5),
    ("俺爹二四二五二年没交居民医保 今年交了 要等几个月", 4),
])
def test_years_then_their_count_wait(engine, said, months):
    r = answer(engine, said, region="巴中")
    computed(r, months, name="waiting_period")
