"""Review of round 42's merges (second pass). Own phrasings, through the real engine.

- A filing or referral asked as a choice ("办不办转诊", "转没转诊", "有没有备案") is neither a denial nor a filing
  told: with one bill, each side is computed and labelled; never one side alone.
- After a question on a 转诊 side, the other side said by its verb alone ("要是转了呢", "如果没转呢") is that
  referral's other side (not a 转院's).
- The 两病 diseases are the region's policy's (its 两病 limits); a stage told after a 两病 / 门诊慢病 bill moves
  that bill to the other benefit.
- A stage's numerals are one map (Ⅱ, II, 二, 两, 2).
- Several outpatient visits: an unpaid 三级 普通门诊 before took nothing of the yearly limit ("本年已报" is what the
  fund paid, never an estimate from the bill).
"""
import pytest

from calculators.chronic import least_stage
from calculators.policy import policy_for
from intents import acts
from intents.disease_stage import stage_said
from intents.forms import two_disease_names
from intents.slots import extract
from intents.years import before_rule_start
from tests.helpers import computed, talk


# ---- a filing asked as a choice ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "在外地住了院 花了两万五 走不走转诊 结果一样吗",
    "去外省看病住院三万 转没转诊有区别没",
    "在成都住院一万二 有没有转诊 能报好多",
    "外地住院 花了八千 开没开转诊单 各报多少",
])
def test_a_referral_asked_as_a_choice_is_no_filing_told(text):
    assert extract(text).get("filing") is None, extract(text).values


@pytest.mark.parametrize("text", [
    "在外地住院花了两万 没转诊",
    "没办转院就去成都住院了 花了三万",
    "外地住院一万 莫得转诊",
])
def test_a_referral_denied_is_still_read(text):
    assert extract(text).get("filing") == "未备案", extract(text).values


# 巴中 居民 外地三级: 转诊 (20000 − 1000) × 55 % = 10450; 未转诊 × 50 % = 9500
@pytest.mark.parametrize("text", [
    "合疗 在外地三级医院住院花了两万 走不走转诊 报的钱有差别没",
    "我是城乡居民医保 外地三甲医院住了院 花了20000 转没转诊报的有区别没",
    "新农合 外地三级医院住院两万块 有没有转诊 能报好多",
])
def test_a_referral_choice_with_a_bill_computes_each_side(engine, text):
    r = talk(engine, [text], region="巴中")[0]
    computed(r, 10450, 9500)
    assert r.text.count("【") == 2, r.text


def test_a_filing_choice_with_a_bill_asks_the_filed_sides_kind(engine):
    # (filed, of which kind — 长期 or 临时 pay differently: asked, never the not-filed side alone computed)
    r = talk(engine, ["合疗 在外地三级医院住院花了两万 备没备案 各报好多"], region="巴中")[0]
    assert r.kind == "clarify" and "filing" in r.missing_slots, r.text


# ---- the other side said by the verb alone ---------------------------------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("合疗 没走转诊 在外省二级医院住的院 花了两万 报几多 要是转了呢", 11400, 12350),      # × 60 % / × 65 %
    ("合疗 转了诊去外地三级医院住院两万能报多少 如果没转呢", 10450, 9500),
    ("居民医保 没转诊去外地三级医院住了院 花了两万 报几多 假如转过呢", 9500, 10450),
])
def test_the_referrals_other_side_by_its_verb_alone(engine, text, first, second):
    r = talk(engine, [text], region="巴中")[0]
    computed(r, first, second)
    assert r.text.count("【") == 2, r.text


def test_a_transfer_said_with_its_object_is_no_referral_side():
    assert acts.each_filing("去北京住院两万 没转诊能报好多 要是转了院呢") is None
    # (nor the verb alone after a filing's side: 转 is a referral's word only)
    assert acts.each_filing("在外地住院花了两万 没备案报好多 要是转了呢") is None


# ---- the 两病 from the policy ---------------------------------------------------------------------------

def test_the_two_diseases_are_the_policys():
    for region in ("巴中", "长治", "克拉玛依"):
        names = two_disease_names(region)
        assert names == set(policy_for(region).two_diseases.limits) - {"两病"}
        assert {"高血压", "糖尿病"} <= names
    assert "两病" not in two_disease_names(None)


# 克拉玛依 居民: 两病 高血压 50 % (limit 700); 门诊慢病 高血压Ⅱ期及以上 65 %
@pytest.mark.parametrize("turns, figure, name", [
    (["高血压三期 门诊拿药一年1000 能报多少", "要是只是一期的呢"], 500, "two_diseases"),
    (["血压高 门诊拿药一年花了1000 报多少", "两病", "那以后要是查出来Ⅲ期了呢"], 650, "chronic"),
    (["高血压三期 门诊拿药一年1000 能报多少", "如果还没到二期呢 一年花了800"], 400, "two_diseases"),
])
def test_a_stage_told_after_the_sum_moves_the_bill(engine, turns, figure, name):
    *_, r = talk(engine, turns, region="克拉玛依")
    computed(r, figure, name=name)


# ---- a stage's numerals ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, stage", [
    ("医生讲是Ⅱ期", (2, "期")), ("已经II期了", (2, "期")), ("确诊两期了", (2, "期")), ("高血压3级", (3, "级")),
])
def test_a_stage_in_any_numeral(text, stage):
    assert stage_said(text) == stage


def test_the_policys_bound_read_with_the_same_numerals():
    assert least_stage(policy_for("克拉玛依"), "高血压") == (2, "期")


# ---- a year before the rule's start ---------------------------------------------------------------------

def test_a_year_before_the_rules_start():
    answer = "自2024年1月1日起，异地就医备案后直接结算。"
    assert before_rule_start("2023年以前去外地看病要备案吗", answer) == ("2023年以前", "2024年1月1日起")
    assert before_rule_start("2023年去外地看病要备案吗", answer) is None          # a year alone
    assert before_rule_start("2025年以前要备案吗", answer) is None                 # after the start
    assert before_rule_start("2023年之前呢", "2024年起，不再执行原办法。") is None


# ---- an unpaid visit before ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("去三级医院挂普通号看病花了260 后来又去二级医院看门诊 花了150 各报好多", 84),    # (150 − 10) × 60 %
    ("先在三级医院看普通门诊花了300 又去一级医院看了一回 花了100 各报多少", 66.5),     # (100 − 5) × 70 %
])
def test_an_unpaid_visit_before_took_nothing_of_the_limit(engine, text, figure):
    r = talk(engine, [text], region="克拉玛依")[0]
    computed(r, figure)
    assert "本年已报" not in r.text and "计入年度限额" not in r.text, r.text
