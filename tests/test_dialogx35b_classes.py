"""Conversations, round 35x (the rest): classes in own phrasings through the real engine."""
from intents import acts, smalltalk
from intents.message import parse
from intents.slots import extract
from tests.helpers import computed, talk


# ---- a per-visit limit asserted as a yes/no ("是不是每次只能报X") after an outpatient sum: the rule's page
# for the level named (长治 居民门诊统筹: 2024年起不再执行50元/次/天单次限额), never the sum again at that level

def test_a_limit_asserted_after_a_visit_is_the_rule_not_the_sum_again(engine):
    first, r = talk(engine, ["长治居民医保 在一级医院看门诊花了二百 报好多", "二级医院门诊是不是每次就只能报五十块钱"],
                    region="长治")
    computed(first)
    assert r.kind == "faq" and r.calculation is None, r.text
    assert "不再执行" in r.text, r.text


# ---- an endearment in a thanks (宝, 宝子, 宝贝) is the one thanked, not a question

def test_thanks_to_a_dear_is_thanks():
    for said in ("好哒 谢谢宝子", "知道了宝 谢谢", "谢谢宝贝"):
        assert smalltalk.smalltalk_kind(said) == "thanks", said
    assert smalltalk.smalltalk_kind("谢谢 支付宝能交不") is None


# ---- another person asked with 呢, maybe told to share the case: the question before, of them

def test_another_person_with_ne_is_the_question_before_of_them():
    asked = "职工医保个账的钱 可以帮我爸交合疗吗"
    assert acts.with_person(asked, "那我外甥女呢 她也是居民医保") == "职工医保个账的钱 可以帮我外甥女交合疗吗"
    assert acts.with_person(asked, "我侄女呢") == "职工医保个账的钱 可以帮我侄女交合疗吗"
    assert acts.with_person(asked, "我侄女呢 她住院能报多少") is None


# ---- a covered city said as where the cover was paid ("合疗在巴中交的") is not where the care is

def test_the_city_paid_in_is_not_the_place_of_care():
    said = extract("我跟女儿住在浙江 医保在巴中交的 在这边看病咋报")
    assert said.get("care_region") is None and said.get("elsewhere"), said.values
    assert extract("在巴中住院报多少").get("care_region") == "巴中"


# ---- care elsewhere: a case supposed (要是急诊…没备案呢) after the filed rule, then the row's rule asked with
# the level: the 临时备案 row (巴中 第三章 十一问: 二级 1000元 65%), not the sum alone asked

def test_an_emergency_stay_away_then_its_rows_rule(engine):
    *_, supposed, r = talk(engine, ["我在江苏帮儿子带娃 合疗在巴中交的 在这边住院要备案不",
                                    "备了案报销比例跟巴中一样不",
                                    "万一是急诊抢救 来不及备案呢",
                                    "急诊住院的话 二级医院的起付线和比例是好多"], region="巴中")
    assert supposed.kind == "faq" and "已记下" not in supposed.text, supposed.text
    assert r.kind == "faq" and "1000" in r.text and "65%" in r.text, r.text
    assert "已记下" not in r.text, r.text


# ---- how one pays asked after how much ("一年要交好多 怎么交"): a question of its own (the channel's page),
# not a fragment of the fee's question; a 新生 (a freshman) is the school's student (克拉玛依 第2部分 400元;
# 第6部分 “新疆税务社保缴费”)

def test_how_to_pay_after_how_much_is_a_part_of_its_own():
    assert [p.question for p in parse("学校的医保一年要交好多 怎么交").parts] == ["学校的医保一年要交好多", "怎么交"]
    assert len(parse("报销比例多少 咋算").parts) == 1


def test_a_freshmans_fee_and_how_to_pay_are_both_answered(engine):
    (r,) = talk(engine, ["刚入学的新生医保要交多少 怎么交"], region="克拉玛依")
    assert "400" in r.text and "新疆税务社保缴费" in r.text, r.text
