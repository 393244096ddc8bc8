"""Two ways a figure in a question is no rule the asker checks as written: a doubt said just before
it ("起付线不是三百吗": the figure asked, read as "起付线多少", so that with no region or scheme the bot
asks instead of refusing), and a sum paid whose refund is asked ("合疗交的400块钱还退得到不": the
asker's own payment, the refund page answers — never "对，…400元")."""
import pytest

from intents.premise import asserted, without_assertions
from tests.helpers import answer, ids


@pytest.mark.parametrize("text, asked", [
    ("起付线不是三百吗", "起付线多少"),
    ("住院报销比例不是70%吗", "住院报销比例多少"),
])
def test_a_doubt_before_the_figure_is_no_search_word(text, asked):
    assert without_assertions(text) == asked


def test_a_doubted_figure_with_nothing_known_is_asked_about(engine):
    reply = answer(engine, "起付线不是三百吗")
    assert reply.kind == "clarify", reply.text


def test_a_doubted_figure_is_still_checked_where_the_rule_is_known(engine):
    reply = answer(engine, "合疗住院起付线不是三百吗", region="巴中")
    # (300 is one level's row, the level unsaid: the rows side by side and the level asked, never a plain 对)
    assert reply.kind in ("faq", "clarify") and "300元" in reply.text and "400元" in reply.text, reply.text
    assert not reply.text.startswith("对"), reply.text


@pytest.mark.parametrize("text", ["合疗交的400块钱还退得到不？", "重复参保了 交的400元能退回来吗"])
def test_a_sum_whose_refund_is_asked_is_not_asserted(text):
    assert asserted(text) == []


def test_the_refund_is_answered_not_the_sum(engine):
    reply = answer(engine, "我11月份交了2026年的合疗，结果12月份进了厂，厂里又给我买了职工医保。两个重复了，"
                           "合疗交的400块钱还退得到不？", region="巴中")
    assert reply.kind == "faq" and ids(reply)[:1] == ["bz-1-23"] and "退费" in reply.text, reply.text
    assert not reply.text.startswith("对"), reply.text


def test_a_sum_checked_is_still_checked():
    assert [a.value for a in asserted("合疗是不是400")] == [400]
