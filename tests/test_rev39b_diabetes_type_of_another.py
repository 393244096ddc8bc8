"""A diabetes type told of one person is not another's: the asker's 1型 is not a parent's or a
neighbour's, a child's 1型 is not the asker's — the type that decides the 两病 limit (长治: 480 / 360)
is asked for that person, never computed with the type of someone else."""
from tests.helpers import talk


def test_asker_type_not_the_fathers(engine):
    r = talk(engine, ["我自己是一型糖尿病 两病一年报好多", "我老汉买降糖药一年用了1100 报得了好多", "甲类"], region="长治")
    assert r[1].kind == "clarify" and "480" not in r[1].text, r[1].text
    assert r[2].kind == "clarify" and "1型" in r[2].text and "480" not in r[2].text, r[2].text


def test_asker_type_not_a_neighbours(engine):
    r = talk(engine, ["我是1型糖尿病", "对门李婶也有糖尿病 一年药钱1100 两病能报好多"], region="长治")
    assert "480" not in r[1].text, r[1].text


def test_childs_type_not_the_askers(engine):
    r = talk(engine, ["俺闺女是1型糖尿病 两病报多少", "我本人也是糖尿病 降糖药一年1100 能报多少"], region="长治")
    assert "480" not in r[1].text, r[1].text


def test_askers_own_type_still_held(engine):
    r = talk(engine, ["我是1型糖尿病 两病能报多少", "甲类的 一年1100"], region="长治")
    assert r[1].kind == "calculation" and "480" in r[1].text, r[1].text


def test_the_other_persons_own_type_said_with_their_bill_is_theirs(engine):
    # (their type said in the same message as their bill: computed with it, not asked again)
    r = talk(engine, ["两病的糖尿病报几成", "我是二型 一年药钱900 甲类 报多少", "我妈是一型的 也是900 甲类 她报多少"],
             region="长治")
    assert r[2].kind == "calculation" and "480" in r[2].text, r[2].text
