"""Calculations of the thirty-third numbers set's second half, each by its handbook, in phrasings of our
own, through the engine:

- a bill told in two parts, one said not to qualify ("不合规的掏了2万 合规的掏了3万"): 大病保险 is on the
  compliant part said (克拉玛依 居民大病保险待遇一览表: 一般人员 21000 起付, 60 % to 50000), the other part
  is 自费 — never the first figure taken for the base;
- one relative named twice in different words ("爸爸…，我爸…"): one person's two bills, never two people's
  first stays;
- a stay out of the province with the filing unsaid where only filing or not changes the answer (长治 居民
  住院: 一类省外 1500 / 55 %, 不备案比例降低10%): whether it was filed is asked, as for a stay in the province;
- 大病保险 asked of a sum said only as spent ("我自己花了十万"): its base is what the asker bears after basic
  insurance (克拉玛依 居民大病保险: 经基本医疗保险按规定支付后，个人负担的合规医疗费用) — that sum is asked,
  never the whole bill taken for it; said as what is left ("报完自己负担", "自己掏了") it is computed;
- "转诊" said to the filing question (one of the choices it offers): a referral's filing, not a move
  between two stays (巴中 第三章 十一问: 居民 三级 转诊急诊 1000 / 55 %).
"""

import pytest

from intents.message import per_person
from tests.helpers import answer, computed, talk


@pytest.mark.parametrize("text", [
    "大病保险，我自己不合规的掏了2万 合规的掏了3万，能报多少",
    "今年合规的自己出了3万 非合规的自费了2万 大病能报好多",
])
def test_serious_illness_is_on_the_compliant_part_said(engine, text):
    # (30000 − 21000) × 60 % = 5400; on 20000 (the non-compliant part) it would be nothing
    r = computed(answer(engine, text, region="克拉玛依"), 5400, name="serious_illness")
    assert "未达到" not in r.text, r.text


@pytest.mark.parametrize("text", [
    "爸爸在二级医院住院花了2万，我爸后来又在三级医院住院花了3万，一共能报多少",
    "老汉先在二级医院住院花了2万，父亲后来又在三级医院住院花了3万，一共能报好多",
])
def test_one_relative_named_twice_is_one_person(text):
    assert per_person(text) == [text]


def test_two_relatives_are_still_two_people():
    assert len(per_person("爸爸住院花了2万，我妈住院花了3万，分别能报多少")) == 2


def test_one_relative_named_twice_through_the_engine(engine):
    # 克拉玛依 居民 二级 200 (年度) / 75 %: (20000 − 200) × 75 % = 14850, then the same level again with no
    # deductible (再次住院 同一等级 不再支付起付标准), 30000 × 75 % = 22500 — one person's year, never two
    # people's answers side by side
    r = computed(answer(engine, "爸爸是居民医保 在二级医院住院花了2万，我爸后来又在二级医院住院花了3万，一共能报多少",
                        region="克拉玛依"), 14850, 22500, 37350)
    assert "【2】" not in r.text, r.text


@pytest.mark.parametrize("text", [
    "长治合疗 在外省的大医院住了院 合规3万 报多少",
    "俺是长治居民医保 去郑州三甲医院住院花了2万 能报多少",
])
def test_a_stay_out_of_the_province_asks_whether_it_was_filed(engine, text):
    r = answer(engine, text)
    assert r.kind == "clarify" and r.missing_slots == ["filing"], r.text
    assert "10%" in r.text, r.text


def test_the_filing_told_after_computes_the_out_of_province_column(engine):
    # (20000 − 1500) × 55 % = 10175 filed; × 45 % = 8325 not
    for said, figure in (("异地长期备案了", 10175), ("没有备案", 8325)):
        _, r = talk(engine, ["俺是长治居民医保 去郑州三甲医院住院花了2万 能报多少", said])
        computed(r, figure, name="inpatient")


@pytest.mark.parametrize("said", ["转诊", "转诊的", "是转诊备案"])
def test_a_referral_said_to_the_filing_question_is_the_referrals_filing(engine, said):
    # 巴中 居民 三级 转诊急诊 1000 / 55 %: (30000 − 1000) × 55 % = 15950
    first, r = talk(engine, ["巴中城乡居民医保，在广州三级医院住院花了3万，报多少", said])
    assert first.missing_slots == ["filing"], first.text
    computed(r, 15950, name="inpatient")


@pytest.mark.parametrize("text", [
    "克拉玛依学生医保 今年大病花了8万 大病保险能赔多少",
    "大病保险这块 我自己花了十万 克拉玛依居民医保 能报好多",
])
def test_serious_illness_of_a_sum_only_spent_asks_what_is_left_after_basic(engine, text):
    r = answer(engine, text)
    assert r.kind == "clarify" and r.missing_slots == ["amount"], r.text
    assert "基本医保报销后" in r.text, r.text


def test_the_sum_left_after_basic_told_next_is_computed(engine):
    # (50000 − 21000) × 60 % + (60000 − 50000) × 65 % = 17400 + 6500 = 23900
    _, r = talk(engine, ["大病保险这块 我自己花了十万 克拉玛依居民医保 能报好多", "报完自己负担了6万"])
    computed(r, 23900, name="serious_illness")


@pytest.mark.parametrize("text", [
    "克拉玛依居民医保 基本医保报完以后自己还负担了10万 大病保险能报多少",
    "克拉玛依居民医保 大病保险 合规自付10万 能报多少",
])
def test_serious_illness_of_a_sum_said_as_left_is_computed(engine, text):
    # 17400 + (100000 − 50000) × 65 % = 49900
    computed(answer(engine, text), 49900, name="serious_illness")
