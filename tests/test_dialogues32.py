"""Conversations, round 32 (issue 10's behaviours), as classes in own phrasings through the real engine:
a greeting or thanks said as people say it, the asker's 职工 status and employer held for later questions,
a follow-up's borrowed topic without the story's words no page says, late payment and 考研 in students'
words, and a tier told to a rule's offer to compute."""
import pytest

from tests.helpers import answer, computed, ids, talk


# ---- a call for attention or an acknowledgement said alone ("喂 有人没得", "好哒 谢谢哈"): a short human
# reply — never a handbook page, nor a referral to staff

@pytest.mark.parametrize("said", ["喂 有人在不", "喂", "喂 你好", "有人没得", "在不"])
def test_a_call_for_attention_is_a_greeting(engine, said):
    r = answer(engine, said, region="巴中")
    assert r.kind == "clarify" and "工作人员" not in r.text and "您是想问" not in r.text and not r.sources, r.text


def test_an_acknowledgement_with_thanks_after_an_answer_gets_a_short_reply(engine):
    _, r = talk(engine, ["克外看病的报销材料交到哪里", "好哒 谢谢学姐"], region="克拉玛依")
    assert r.kind == "clarify" and "工作人员" not in r.text and "您是想问" not in r.text and not r.sources, r.text


def test_a_call_before_a_question_is_no_greeting(engine):
    r = answer(engine, "喂 合疗住院起付线多少", region="巴中")
    assert r.kind != "clarify" or "起付" in r.text, r.text


# ---- working or retired, said with the 职工 scheme in a rule question, holds for the asker's bill next
# (巴中 第二章 三十九问: 在职 起付线 200, 二级及以下 60%) — not asked again

def test_the_status_said_with_the_scheme_is_held_for_the_bill(engine):
    _, r = talk(engine, ["职工医保 在职的 门诊统筹起付线多少 一年封顶多少", "在二级医院看门诊花了600"], region="巴中")
    computed(r, 240, name="outpatient")


def test_a_relatives_bill_takes_not_the_askers_status(engine):
    _, r = talk(engine, ["职工医保 在职的 门诊统筹起付线多少 一年封顶多少", "我爸在二级医院看门诊花了600"], region="巴中")
    assert not (r.kind == "calculation" and "240" in r.text), r.text


# ---- a rule asked alone after a question whose story named where ("在市里医院住院"): the topic borrowed,
# without the story's words no page of the scheme says (长治 职工 住院: 年度限额 8万, 大额 50万)

def test_a_cap_asked_after_a_story_with_the_city_named(engine):
    _, r = talk(engine, ["我是职工 在市里医院住院 起付线是多少", "一年最多给报多少"], region="长治")
    assert r.kind == "faq" and "8万" in r.text and "50万" in r.text, r.text


# ---- students' and everyday words: past the payment time (克拉玛依: 1200, 等待期), 考研 passed (继续深造)

def test_paying_after_the_payment_time_is_late_payment(engine):
    _, r = talk(engine, ["学生医保一年交多少", "那过了缴费时间再交呢"], region="克拉玛依")
    assert r.kind == "faq" and "1200" in r.text and "等待期" in r.text, r.text


@pytest.mark.parametrize("asked", ["考研上岸了 读研以后在哪交", "保研成功了 之后在哪交"])
def test_a_graduate_going_on_to_study_is_no_campus_affair(engine, asked):
    r = answer(engine, asked, region="克拉玛依")
    assert r.kind == "faq" and ids(r)[:1] == ["ky-09-03"], r.text


def test_the_entrance_exam_itself_is_still_a_campus_affair(engine):
    r = answer(engine, "考研报名费多少", region="克拉玛依")
    assert r.kind == "unanswered" and "校园事务" in r.text, r.text


# ---- working for an employer, said once: a later question naming no status is a 单位职工's, not
# 灵活就业's own page (巴中 第二章 二十八问: 用人单位上年度职工月平均工资); and 灵活就业 said once: a
# question the search was unsure of is the page its 灵活就业 reading finds surely (第二章 六问: 6个月)

def test_an_employee_asking_the_birth_allowance_gets_the_employees_page(engine):
    _, r = talk(engine, ["我在公司上班 交的职工医保 剖腹产报多少", "生育津贴怎么算"], region="巴中")
    assert r.kind == "faq" and "月平均工资" in r.text and "两类人员" not in r.text, r.text


def test_flexible_asking_when_cover_starts_gets_the_first_join_wait(engine):
    _, r = talk(engine, ["我是灵活就业 想交职工医保 交多少", "交了多久能报"], region="巴中")
    assert r.kind == "faq" and "6个月" in r.text, r.text


# ---- a tier told to a rule's offer to compute ("如需帮您测算：在哪一级医院？"): that rule's row
# (巴中 第三章 十一问: 居民 三级 700元、60%), and a bill next computes on it

def test_a_tier_told_to_the_offer_is_the_rules_row(engine):
    rule, r, bill = talk(engine, ["合疗住院起付线是多少", "三级医院", "花了3700"], region="巴中")
    assert "在哪一级医院" in rule.text, rule.text
    assert r.kind == "faq" and "700" in r.text and "60%" in r.text, r.text
    computed(bill, 1800)


def test_a_status_only_asked_of_is_not_taken_for_the_bill(engine):
    # ("退休的呢" asks the other status's figures; the asker works: their base is 在职's 2%)
    *_, r = talk(engine, ["职工医保个人账户每月划多少 我在单位上班", "退休的呢", "我的缴费基数每月4000 一个月划多少"],
                 region="巴中")
    computed(r, 80)


# ---- whether one must switch schemes, asked after a computed stay, is a question of its own: never the stay
# recomputed on the other scheme's rows (a sum for a scheme the asker is not in)

@pytest.mark.parametrize("said", ["我下个月开始上班了 那要换成职工吗", "那需不需要转成职工医保"])
def test_asking_whether_to_switch_is_no_what_if(engine, said):
    first, r = talk(engine, ["巴中合疗 在二级医院住院花了8000 能报多少", said], region="巴中")
    assert first.kind == "calculation", first.text
    assert r.kind != "calculation" and "6,232" not in r.text, r.text


def test_the_other_scheme_asked_as_a_what_if_is_recomputed(engine):
    _, r = talk(engine, ["巴中合疗 在二级医院住院花了8000 能报多少", "那换成职工呢"], region="巴中")
    assert r.kind == "calculation" and "82%" in r.text, r.text
