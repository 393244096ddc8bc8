"""Confident wrong answers, round 15: the asker's group told in the story (医疗救助对象, 建档立卡)
dropped by the shorter readings, so that everyone's entry beat the group's own; a later question of
a message read only with the one before, stated under that one's answer, which says nothing of what
it asks; whether a rate falls, answered by an entry that names no rate; a handbook answer cut short
in its entry."""
import pytest

from intents.message import story_slots
from tests.helpers import answer, ids


# ---- the asker's group told before the question --------------------------------------------------

@pytest.mark.parametrize("text, said", [
    ("我家是医疗救助对象，学校医保交晚了", "医疗救助对象"),
    ("俺们是建档立卡户 娃在外地读大学", "建档立卡"),
    ("家里是贫困户", "贫困户"),
])
def test_groups_with_rows_of_their_own_are_story_slots(text, said):
    assert said in story_slots(text).get("category", []), story_slots(text)


@pytest.mark.parametrize("text, region, entry", [
    # the group's row (不设待遇等待期), not everyone's (等待期 after the 集中缴费期)
    ("家里是医疗救助对象 1月15号才去交校区医保 会有等待期不", "克拉玛依", "ky-02-13"),
    # where a 建档立卡 student may be insured, not every student's 学籍地
    ("我家是建档立卡贫困户 我在克拉玛依校区读书 医保一定要在学校交吗", None, "ky-02-02"),
])
def test_the_groups_own_entry_answers_a_question_told_with_the_group(engine, text, region, entry):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and ids(reply)[:1] == [entry], reply.text


# ---- a later question read only with the one before it -------------------------------------------

@pytest.mark.parametrize("text, first", [
    # 余额 is no 医保 topic word, so "还能查余额吗" is read with the question before: its entry (药店购药)
    # says nothing of a balance, and the entry on checking one is found by the question alone
    ("药店买药能刷电子医保码不？还能查余额吗？", "ky-11-05"),
])
def test_a_later_question_is_not_stated_under_an_answer_that_never_says_its_word(engine, text, first):
    reply = answer(engine, text)
    assert ids(reply)[:1] == [first], reply.text
    assert "【2】" in reply.text, reply.text       # answered (or declined) on its own, not under the first


# ---- whether the rate changes, answered by an entry that names no rate --------------------------

def test_a_yes_no_on_a_rate_still_asks_for_the_rate_or_how_it_compares():
    from corpus.qtype import missing_answer
    assert missing_answer("出去旅游临时看病 备案后报销比例会降吗", "上传材料：身份证。") == "比例变化"
    assert missing_answer("报销比例跟在参保地一样吗", "报销比例与参保地相同。") is None
    assert missing_answer("报销比例会降吗", "报销比例比参保地降低20%。") is None
    assert missing_answer("备案要传啥", "上传材料：身份证。") is None


@pytest.mark.parametrize("text, said, not_said", [
    # the 临时就医 row (降低20%), not the papers its filing takes (身份证)
    ("克拉玛依学生 寒假出去玩临时在外地看病 备案了报销比例会少吗", "20%", "上传材料"),
])
def test_whether_a_rate_falls_is_answered_with_the_rate(engine, text, said, not_said):
    reply = answer(engine, text)
    assert reply.kind == "faq" and said in reply.text and not_said not in reply.text, reply.text


# ---- a handbook answer cut short in its entry ----------------------------------------------------

def test_short_years_at_retirement_are_answered_with_what_the_back_pay_costs(engine):
    # 第二章二十问 ends with the standard (最低缴费基数7%, 不计个人账户): the ways to make the years up
    # and what making them up costs are one answer
    reply = answer(engine, "职工医保快到退休年龄了 年限还不够 咋个补", region="巴中")
    assert reply.kind == "faq" and "一次性补缴" in reply.text and "7%" in reply.text, reply.text
