"""A second question that says 一共 / 加起来 / 总共 is joined to the one before only where it just
totals that one up; one naming a topic of its own is answered on its own. Phrasings of our own."""
import pytest

from bot.reply import Message
from bot.session import Session


def ask(engine, text: str):
    return engine.answer(Message(text=text), Session())


@pytest.mark.parametrize("text, second", [
    # where to have a chronic illness certified, then whether two illnesses' limits add up
    ("南江的 慢病去哪里认定？还有，我糖尿病和冠心病都有 限额能加起来算不", "两种及以上门诊慢性病"),
    # a question on 药店, then the 职工 yearly cap, all of it together
    ("巴中 双通道药房买药能报不？另外职工医保一年总共最多报好多 加起来算", "职工"),
])
def test_a_second_question_with_a_topic_of_its_own_is_answered_apart(engine, text, second):
    r = ask(engine, text)
    assert r.kind == "faq"
    assert "【1】" in r.text and "【2】" in r.text
    assert second in r.text.split("【2】", 1)[1]


def test_a_clause_that_only_totals_up_is_still_one_question(engine):
    # 长护险 said in the story, "一共多少" naming nothing of its own: the contribution with 长护险 added
    r = ask(engine, "克拉玛依校区 普通学生医保交多少？长护险我也交，一共多少钱")
    assert r.kind == "calculation"
    assert "【2】" not in r.text
    assert "453" in r.text
