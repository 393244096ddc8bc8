"""Asides around a question — an apology for voice typing, a plea not to be laughed at, an exclamation, not
understanding 医保 confessed — ask nothing and tell nothing of the case: no question part of their own, no chat
that refuses the message, no slot filled from them. A clause that asks, or that tells the case, stays. Through the
real engine."""
import pytest

from intents.asides import is_aside, without_asides
from intents.message import is_question, story_slots
from intents.slots import extract
from tests.helpers import answer

PREAMBLES = [
    "我打字慢 用的语音 可能有错字 大家别见笑",
    "天哪 医保这些我真的搞不明白",
    "我妈说了半天 我一句都没听明白",
    "不好意思 普通话不标准 说得不清楚的地方多包涵",
    "救命啊 脑壳都想晕了",
]


@pytest.mark.parametrize("clause", ["有错别字请别笑话", "俺是拿语音说的", "医保这块我一直弄不懂", "人家讲了一大通",
                                    "我一句也没记住", "我的天", "多担待"])
def test_aside_clauses(clause):
    assert is_aside(clause)


@pytest.mark.parametrize("clause", ["我头疼", "我头昏", "报销单子看不懂", "人家说要带户口本", "住了三天院",
                                    "别笑话我 门诊能报吗?", "医保不好意思问"])
def test_clauses_that_tell_or_ask_are_no_aside(clause):
    assert not is_aside(clause)


def test_an_exclamation_closing_a_question_is_cut_off():
    assert without_asides("医保码刷不出来 咋整啊救命") == "医保码刷不出来 咋整啊"


def test_a_belief_told_asks_nothing_but_a_doubt_of_it_does():
    assert not is_question("原来以为交了合疗什么都能报")
    assert is_question("交了合疗是不是啥都能报")
    assert is_question("啥都能报吗")


@pytest.mark.parametrize("preamble", PREAMBLES)
def test_preamble_then_a_bill_is_computed(engine, preamble):
    r = answer(engine, preamble + " 居民医保在一级医院住院花了5000 能报多少", region="巴中")
    assert r.kind == "calculation" and "3760" in r.text.replace(",", ""), r.text
    assert "【2】" not in r.text


@pytest.mark.parametrize("preamble", PREAMBLES)
def test_preamble_then_a_rule_asked_in_changzhi(engine, preamble):
    r = answer(engine, preamble + " 城乡居民医保门诊统筹一年限额多少", region="长治")
    assert r.kind == "faq" and "300" in r.text, r.text
    assert "【2】" not in r.text


@pytest.mark.parametrize("preamble", ["俺是用语音打的 有错字恁别笑话", "莫笑我哈 我打字不行", "家人们谁懂啊 天呐"])
def test_a_plea_not_to_be_laughed_at_is_no_chat(engine, preamble):
    # (its 笑话 once made the whole message chat, refused)
    r = answer(engine, preamble + " 电子医保码人脸识别老是失败咋办", region="克拉玛依")
    assert r.kind == "faq" and "光线" in r.text, r.text


def test_an_aside_alone_is_answered_as_what_it_is(engine):
    # (nothing else said: the message is read as written, never an empty one)
    assert without_asides("我一句也没记住") == "我一句也没记住"


def test_a_second_question_after_a_preamble_is_still_answered(engine):
    r = answer(engine, "不好意思 普通话不标准 住院起付线多少 门诊慢病怎么申请", region="巴中")
    assert "【2】" in r.text, r.text


def test_the_household_listed_is_no_patient():
    said = "我在外头打工好多年了 屋头就剩两个老的和娃儿 老汉有两个门慢 糖尿病伴并发症还有肝硬化 一年最多报好多"
    assert "who" not in story_slots(said)
    assert "insurance" not in extract(said).values


def test_a_child_told_as_the_case_still_fills_the_slots():
    said = "家里就剩娃儿在读书 娃儿住院了 报多少"
    assert "娃儿" in story_slots(said).get("who", [])


def test_a_stay_told_as_the_case_still_fills_the_tier(engine):
    r = answer(engine, "医保这些我一直搞不醒豁 我在一级医院住院花了5000 居民医保能报多少", region="巴中")
    assert r.kind == "calculation" and "3760" in r.text.replace(",", ""), r.text


def test_the_askers_work_away_is_not_where_a_parents_care_was():
    said = "我在外地上班好几年了 我妈在县医院住院花了一万 合疗报多少"
    assert not extract(said).values.get("elsewhere")
    # (care told there, at the work's place, is still away)
    assert extract("我在外地打工 在那边住院花了一万 合疗报多少").values.get("elsewhere")


@pytest.mark.parametrize("clause", ["当时哪个晓得还要备案哦", "谁想到住个院要花这么多", "哪晓得合疗还分档次"])
def test_who_knew_told_asks_nothing(clause):
    assert not is_question(clause)


def test_who_knows_before_a_question_still_asks():
    assert is_question("谁知道住院起付线多少")
