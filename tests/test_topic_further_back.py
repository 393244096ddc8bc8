"""A short follow-up that, read with the last question, would only give again the page that question
was answered with: the last question's topic does not fit it, and it is read with a question answered
before that one (the session keeps a few, expiring as the last question does). Own phrasings, through
the real engine and the batch contract.

巴中 第二章二十五问 / 第三章五问: 个人账户可为
近亲属代缴居民医保。"""
import pytest

from tests.helpers import talk

FURTHER_BACK = [
    # "那给我侄女交呢" after "网上咋个弄嘛" (the payment channels): whom the account may pay for, asked first
    ("巴中", ["我是职工 个人账户里的钱能给我爸交合疗不", "网上咋个弄嘛", "那给我侄女交呢"],
     ["近亲属"], ["线下缴费渠道"]),
]

STAYS = [
    # the page just given answers it: "门诊一年最多报好多" after the second visit's 起付线 (the same page's limit)
    ("克拉玛依", ["去一级医院看门诊能报吗", "第二次去还收起付线吗", "门诊一年最多报好多"], ["900"], ["高血压Ⅱ期"]),
    # a question of another region before is no topic of this one's ("她那边" is 巴中)
    ("长治", ["俺有高血压 一直吃降压药 新农合两病一年最多给报多少", "俺闺女嫁到巴中了 在巴中参的保 她那边呢",
            "她要是高血压糖尿病都有呢"], ["巴中"], ["长治"]),
]


@pytest.mark.parametrize("region, turns, said, not_said", FURTHER_BACK + STAYS)
def test_a_follow_up_misfitting_the_last_topic_takes_an_earlier_one(engine, region, turns, said, not_said):
    *_, r = talk(engine, turns, region=region)
    assert r.kind == "faq", r.text
    assert all(s in r.text for s in said) and not any(s in r.text for s in not_said), r.text


def test_earlier_questions_are_bounded_and_expire(engine):
    from bot.engine import EARLIER, EARLIER_KEPT
    from bot.reply import Message
    from bot.session import Session
    session = Session()
    for text in ["住院起付线多少", "门诊呢", "大病保险呢", "医保码咋激活", "异地备案咋办"]:
        engine.answer(Message(text=text, region="巴中"), session)
    assert 0 < len(session.state[EARLIER]) <= EARLIER_KEPT
    session.expiry = 0.0          # (expired as the last question is: none is read with a follow-up)
    r = engine.answer(Message(text="有问题找哪个", region="巴中"), session)
    assert r.kind in ("faq", "clarify", "unanswered")


def test_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {f"c{i}": (region, turns) for i, (region, turns, *_) in enumerate(FURTHER_BACK)})
    for i, (_, turns, said, not_said) in enumerate(FURTHER_BACK):
        row = rows[f"c{i}-{len(turns) - 1}"]
        assert row["kind"] == "faq" and all(s in row["text"] for s in said), row["text"]
        assert not any(s in row["text"] for s in not_said), row["text"]
