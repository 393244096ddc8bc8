"""A lapse in cover lowers the 大病保险 cap, and the page on losing the reward for continuous cover says by
how much (巴中 第三章十问: 每断保1年，降低大病保险最高支付限额4000元), not only that it is lowered."""
import pytest

from tests.helpers import answer, talk


@pytest.mark.parametrize("text", ["断保了连续参保奖励还有吗", "合疗断了一年 连续参保奖励还有不"])
def test_the_lapse_page_says_how_much_lower(engine, text):
    reply = answer(engine, text, region="巴中")
    assert reply.kind == "faq" and "4000" in reply.text and "降低" in reply.text, reply.text


def test_a_lapse_asked_after_the_reward_says_how_much_lower(engine):
    replies = talk(engine, ["巴中居民医保 连续参保奖励是啥", "那要是断保了呢"], region="巴中")
    assert "4000" in replies[-1].text and "降低" in replies[-1].text, replies[-1].text
