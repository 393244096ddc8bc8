"""Classes of failure read on the strangers' colloquial-26 set (and the older sets' items of the same
classes), each asked in our own words through the real engine."""
import pytest

from bot.reply import Message
from bot.session import Session
from tests.helpers import answer as ask, ids


# ---- a payment deadline asserted with the deadline said as a noun (截止日期, the students' ddl) --------

@pytest.mark.parametrize("text, region, needles, wrong", [
    ("学生医保ddl是不是11月30号", "克拉玛依", ["不是2025年11月30日", "2026年1月10日"], True),
    ("校区医保的deadline是1月10号吧", "克拉玛依", ["对，", "2026年1月10日"], False),
    ("合疗截止时间是不是3月31号", "巴中", ["2026年2月28日"], True),
])
def test_a_deadline_named_before_its_date_is_checked_against_the_window(engine, text, region, needles, wrong):
    r = ask(engine, text, region=region)
    assert r.kind == "faq" and all(n in r.text for n in needles), r.text
    assert ("不" in r.text.split("：")[0]) == wrong, r.text


def test_other_deadlines_named_so_are_not_the_payment_window(engine):
    r = engine.answer(Message(text="报销材料截止日期是不是6月底", region="巴中"), Session())
    assert "集中缴费期为" not in r.text, r.text
