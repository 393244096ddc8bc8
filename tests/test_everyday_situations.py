"""Situations told in everyday words and by voice (colloquial-20's failures, checked on phrasings of
our own): a little medicine fetched ("拿点药") is the verb and 药, as 转点钱 is; a deadline asked by
voice and then what if it is missed, run together without a stop, are two questions, the second read
as the handbooks say it (错过缴费期); 四川's 交得到 is "can still be paid"."""
import pytest

from intents.message import clauses, is_question, voiced
from tests.helpers import answer as ask, ids


@pytest.mark.parametrize("text,read", [
    ("合疗 在村卫生室拿点药能报好多", "拿药"),
    ("居民医保 去卫生院买一点药报不报", "买药"),
    ("门诊开些药能报几成", "开药"),
])
def test_a_little_between_a_verb_and_its_drug_is_read_whole(engine, text, read):
    query = engine.index.analyze(text)
    assert read in query.rewritten and "点药" not in query.rewritten and "些药" not in query.rewritten


@pytest.mark.parametrize("text,first", [
    ("合疗最迟好久交过了那天还交得到不", "合疗最迟好久交"),
    ("学生医保什么时候交如果错过了会怎样", "学生医保什么时候交"),
])
def test_by_when_then_past_it_said_without_a_stop_is_two_questions(text, first):
    # (voice typing: the deadline's verb closes the first question where the day passed opens the next;
    # 四川's 好久 after 最迟 asks the last day)
    parts = clauses(voiced(text))
    assert len(parts) == 2 and parts[0] == first and all(is_question(p) for p in parts)


def test_past_the_deadline_asked_after_it_is_the_late_payers_page(engine):
    # the deadline, then past it: 错过缴费期, the page of the wait a late payer has, not the deadline's
    # page again
    reply = ask(engine, "我们屋头的合疗最迟好久交过了那天还交得到不", region="巴中")
    assert ids(reply)[:1] == ["bz-3-03-a"] and len(set(ids(reply))) == 2, (ids(reply), reply.text)
    assert "2月28日" in reply.text and "等待期" in reply.text
