"""Years without cover told with where the asker was in them ("两年都在外头打工没交合疗",
"2025年2026年两年都在外头打工没交"): the story between the years and 没交 leaves them the gap, and
the wait is computed (巴中 第三章 十问 例五: 2025、2026 未参保, 2027 集中缴费期参保 → 4个月, 5月1日)."""
import pytest

from intents.slots import extract
from tests.helpers import answer


@pytest.mark.parametrize("text, years", [
    ("我2025年2026年两年都在外头打工没交合疗", 2),
    ("两年都在外头打工没交合疗 要等好久", 2),
    ("三年在外地打工没交合疗 要等多久", 3),
    ("2025年出去打工了没交 2026年交了", 1),
    ("两年没交合疗 要等好久", 2),             # (as before)
])
def test_years_not_paid_with_where_the_asker_was(text, years):
    assert extract(text).values.get("gap_years") == years


def test_the_wait_is_computed(engine):
    r = answer(engine, "我2025年2026年两年都在外头打工没交合疗 2027年集中缴费期回来交了 要等好久才能报", "巴中")
    assert r.kind == "calculation" and "4 个月" in r.text and "5月1日" in r.text, r.text
