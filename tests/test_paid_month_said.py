"""The month the asker paid, as they say it: not a month of a rule heard or supposed ("村上的人说…
只要二月底前交了…"), and a month said with a rough day ("三月十几号才去交")."""
import pytest

from intents.slots import extract
from tests.helpers import answer


@pytest.mark.parametrize("text, month", [
    ("我们村上的人说2026年的合疗只要二月底前交了马上就能报销，我是2026年三月五号才去交的", 3),
    ("今年二月底都过了 三月十几号才想起来去交", 3),
    ("听说只要十二月前交了就不用等 我一月十号交的", 1),
    ("我3月10号交的", 3),
])
def test_the_askers_own_month_is_read(text, month):
    assert extract(text).values.get("paid_month") == month


@pytest.mark.parametrize("text", [
    "我们村上的人说2026年的合疗只要二月底前交了马上就能报销，我是2026年三月五号才去交的，以前年年都交了的，前几天住了院，请问这回住院能报不？",
    "哎呀我忘球了 去年交了的 今年二月底都过了 三月十几号才想起来去交 交了还要等好久才能报销嘛",
])
def test_a_payment_after_the_window_waits_three_months(engine, text):
    reply = answer(engine, text, region="巴中")
    assert "等待期 3 个月" in reply.text, reply.text
