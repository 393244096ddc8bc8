"""The month the fee was paid is the asker's own where they tell one, never a month in a clause telling
what others say or the rule ("村上的人说…只要二月底前交了马上就能报销"): read as the payment, that month made the wait 0
months, stated as sure (issue 8). Handbook: 巴中 第三章 三问 (2026年3月1日起缴费参保的 有固定待遇等待期3
个月), 第三章 十问."""
import pytest

from intents.slots import extract
from tests.helpers import answer, computed


@pytest.mark.parametrize("text, month", [
    ("我们村上的人说2026年的合疗只要二月底前交了马上就能报销，我是2026年三月五号才去交的，以前年年都交了的", 3),
    ("听别个说只要2月底前交了马上就能用 我2026年4月2号才交的 去年也交了 好久能报", 4),
    ("规定是2月28号前交 我3月10号才交的", 3),
    # (no month of the asker's own: the month told is the case asked about)
    ("学长说2025年6月30号以后才交克拉玛依的医保就不是400了 那要交多少", 6),
    ("我3月10号交的 好久能用", 3),
    ("12月3号把2026年的交了", 12),
])
def test_the_month_paid_is_the_askers_own(text, month):
    assert extract(text).get("paid_month") == month


@pytest.mark.parametrize("text, months", [
    ("我们村上的人说2026年的合疗只要二月底前交了马上就能报销，我是2026年三月五号才去交的，以前年年都交了的，"
     "前几天住了院，请问这回住院能报不？", 3),
    ("听别个说只要2月底前交了马上就能用 我2026年4月2号才交的 去年也交了 好久能报", 3),
])
def test_the_wait_is_counted_from_the_askers_month(engine, text, months):
    r = answer(engine, text, region="巴中")
    computed(r, months, name="waiting_period")
    assert "等待期 0 个月" not in r.text, r.text
