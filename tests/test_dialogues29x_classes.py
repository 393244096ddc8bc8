"""Conversations and voice-typed messages the sets 29x showed misread (round 29): one group per class,
in phrasings of our own, through the real engine."""
import pytest

from intents import acts
from intents.smalltalk import smalltalk_kind
from tests.helpers import computed, ids, talk

# ---- 四川's 哇 closing a question to the bot ("你是机器人哇"): small talk, not a search refused ----------


@pytest.mark.parametrize("text", ["你好 你是机器人哇", "您是人工哇", "你好哇"])
def test_a_question_to_the_bot_closed_by_wa_is_small_talk(engine, text):
    assert smalltalk_kind(text) is not None
    r, = talk(engine, [text], region="巴中")
    assert r.kind == "clarify" and "已转给工作人员" not in r.text, r.text


# ---- "nvm" (never mind, in chat English) with the Chinese cancel: the calculation ends --------------------


@pytest.mark.parametrize("text", ["nvm 不用了", "nvm", "NVM 算了"])
def test_nvm_is_a_cancel(text):
    assert acts.is_cancel(text)


def test_nvm_ends_the_request_to_compute(engine):
    ask, r = talk(engine, ["帮我算一下报销", "nvm 不用了"], region="克拉玛依")
    assert ask.kind == "clarify" and ask.missing_slots == ["calc"], ask.text
    assert r.kind == "clarify" and "已转给工作人员" not in r.text and "您是想问" not in r.text, r.text


# ---- a bare request to compute with the one asked named ("学长帮我算个报销"): which one, asked --------------


@pytest.mark.parametrize("text", ["学长帮我算个报销", "师傅 帮我算一下报销", "老师能帮我算个账吗"])
def test_a_bare_request_with_the_one_asked_named_asks_which(engine, text):
    r, = talk(engine, [text], region="克拉玛依")
    assert r.kind == "clarify" and r.missing_slots == ["calc"], r.text


# ---- a household's fee where the region's contributions are not given (长治): said so, no count asked ----
# (长治's slides: 居民参保缴费 was an image, the text lists no fee; 巴中 第三章六问: 400 元 a head)


@pytest.mark.parametrize("text", ["长治的居民医保 一年要交多少钱 俺给全家交", "俺们长治 一家人交居民医保要好多钱"])
def test_a_households_fee_where_none_is_given_is_not_asked_for_a_count(engine, text):
    r, = talk(engine, [text])
    assert r.kind == "unanswered" and "people" not in r.missing_slots and "缺失" in r.text, r.text


def test_a_households_fee_where_it_is_given_still_asks_the_count(engine):
    r, = talk(engine, ["巴中的合疗 一年要交多少钱 俺给全家交"])
    assert "people" in r.missing_slots, r.text


# ---- 克拉马依: the city's name as voice input writes it (马 for 玛) ----------------------------------------
# (克拉玛依 指南 第7部分（一）: 三级医疗机构 限急诊、儿科门诊)


def test_the_city_written_with_ma_is_karamay(engine):
    r, = talk(engine, ["克拉马依学生医保 去三级医院看门诊能报吗"])
    assert r.kind == "faq" and r.region == "克拉玛依" and "急诊" in r.text and "儿科" in r.text, r.text


# ---- the question waiting for its region outlives a question put by the way ("对了 …") ------------------
# (克拉玛依 指南 第7部分（一）: 三级 起付 20 元（年度）、70% → (220 − 20) × 70% = 140)


@pytest.mark.parametrize("aside", ["对了 电子医保码咋激活", "先问一下 医保码怎么激活"])
def test_a_question_by_the_way_keeps_the_one_waiting_for_its_region(engine, aside):
    first, by_the_way, placed, bill = talk(
        engine, ["三级医院看门诊能报吗", aside, "我是克拉玛依石大的学生 问的是克拉玛依", "那我看急诊花了220呢"])
    assert first.kind == "clarify" and "region" in first.missing_slots, first.text
    assert by_the_way.kind == "faq", by_the_way.text
    assert placed.kind == "faq" and "急诊" in placed.text and "儿科" in placed.text, placed.text
    computed(bill, 140, name="outpatient")


def test_a_new_question_not_by_the_way_still_moves_on(engine):
    first, other, placed = talk(engine, ["三级医院看门诊能报吗", "电子医保码咋激活", "克拉玛依"])
    assert first.kind == "clarify", first.text
    # the question before was given up: the place alone is noted, not taken as its answer
    assert "儿科" not in placed.text, placed.text


# ---- whom the question is for, said with the place ("我问我自己"): the place answers the waiting question ---
# (克拉玛依 指南: 两病 高血压 年度限额 700 元; 巴中 第四章十七问: 200 元, 50% → 300 × 50% = 150)


@pytest.mark.parametrize("placed", ["我在克拉玛依上学 我问我自己", "克拉玛依 问的是我自己"])
def test_the_place_said_with_whom_it_is_for_answers_the_waiting_question(engine, placed):
    first, r = talk(engine, ["高血压两病一年最多报多少", placed])
    assert first.kind == "clarify" and "region" in first.missing_slots, first.text
    assert r.kind == "faq" and r.region == "克拉玛依" and "700" in r.text, r.text
    assert ids(r), r.text
