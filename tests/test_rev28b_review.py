"""Round 28's merged understanding reviewed: readings that went wrong in contexts the merged classes
did not look at. Own phrasings, through the real engine."""
import pytest

from intents.message import parse
from tests.helpers import answer as ask

# ---- "…一样吗" of one thing over time, then a sum asked: two questions, not one comparison of schemes ------
# (the join of a sum to a same-or-not question is for both schemes compared, "职工和居民是否一样 报多少";
# "跟去年一样吗" compares a year with another, and the stay's sum after it is a question of its own)


@pytest.mark.parametrize("text", ["今年居民医保交费标准跟去年一样吗，住院报多少",
                                  "缴费档次和以前一样不 门诊能报多少"])
def test_a_same_or_not_of_one_thing_then_a_sum_is_two_questions(text):
    assert len(parse(text).parts) == 2, parse(text)


def test_both_schemes_compared_then_a_sum_is_still_one_question():
    assert len(parse("职工和居民医保是否一样 报多少").parts) == 1


def test_a_same_or_not_of_one_thing_then_a_sum_answers_the_first(engine):
    r = ask(engine, "今年居民医保交费标准跟去年一样吗，住院报多少", region="巴中")
    assert r.kind != "unanswered", r.text
    assert "【1】" in r.text and "【2】" in r.text, r.text
