"""Conversations as people hold them (issue 10), as classes, in own phrasings through the real engine:
a sum said as more than a figure, the sum put off for a question first, the last question asked again
with one fact changed, and paying several years at once asked after other questions."""
import pytest

from intents.numbers import find_numbers
from tests.helpers import computed, talk

# ---- a sum said as more than a figure ("超过五万", "不止两万") is at least that figure, as 一万多 is


@pytest.mark.parametrize("text,low", [
    ("自己掏的还超过五万", 50000),
    ("住院花了不止两万", 20000),
    ("今年看病已经超了三万", 30000),
])
def test_more_than_a_figure_is_its_lower_bound(text, low):
    [n] = [n for n in find_numbers(text) if n.value is not None]
    assert n.at_least and n.low == low, n


# ... and where the fund pays nothing at that figure and would pay above it (长治: 大病保险报销后个人合规
# 自付费用超过5万元以上部分，再按50%报销), "不再报销" is no answer: the rule, and the sum asked

@pytest.mark.parametrize("text", [
    "大病保险报完以后 俺自己负担的还超过五万 咋办",
    "大病保险报完了 俺个人还要掏超过五万 这部分咋整",
])
def test_a_sum_above_the_threshold_is_not_answered_at_the_threshold(engine, text):
    [r] = talk(engine, [text], region="长治")
    assert r.kind in ("faq", "clarify") and "50%" in r.text, r.text
    assert r.missing_slots == ["amount"], r.text


# ---- the sum put off to ask something first ("先别算 我问一下 …") while a form waits: the question is the
# rule's, and the waiting form takes the next fact (长治 居民 三类 二级乙等及以下: 起付100元, 85%)


@pytest.mark.parametrize("turns,pays", [
    (["俺住院花了八千 能报多少", "先别算 我问一下 大病保险报完以后自己负担的还超过五万 咋报",
      "新农合 县里二级乙等医院"], 6715),            # (8000 − 100) × 85%
    (["住院花了一万 报多少", "先莫算 俺问问 大病保险报完了自己还超过五万的咋整",
      "新农合 二级乙等的县医院"], 8415),             # (10000 − 100) × 85%
])
def test_a_question_put_before_the_sum_leaves_the_form_waiting(engine, turns, pays):
    first, side, last = talk(engine, turns, region="长治")
    assert first.kind == "clarify", first.text
    assert side.kind == "faq" and "50%" in side.text and "不再报销" not in side.text, side.text
    computed(last, pays, name="inpatient")


# ---- the last question, answered by its rule, asked again with one fact changed: the rule again for
# the new case, not the form's question (长治 居民门诊统筹: 二级 55%, 一级 60%; 巴中 第二章三十九问: 退休
# 起付150元/年、限额1000元/年)


@pytest.mark.parametrize("region,turns,needles", [
    ("长治", ["新农合看门诊 去三级医院有起付线不", "那二级的呢"], ["55%"]),
    ("长治", ["居民医保门诊 三级医院起付线多少", "那一级的呢"], ["60%"]),
    ("巴中", ["合疗看门诊报得到不", "职工呢 我在上班", "我妈退休了的呢"], ["150", "1000"]),
])
def test_the_rule_asked_again_for_another_case_is_the_rule(engine, region, turns, needles):
    *_, r = talk(engine, turns, region=region)
    assert r.kind == "faq" and all(n in r.text for n in needles), r.text


# ---- several years paid at once ("一次交几年") is no count of years to pay: the page on 趸缴 answers it,
# after other questions too (巴中 第一章十八: 大学生新生…可按学制一次性趸缴)


@pytest.mark.parametrize("turns", [
    ["我孙子在巴中读大学 合疗能一次交几年的不"],
    ["低保户合疗交多少", "她学校说可以一次交几年 行不行"],
    ["娃儿在巴中读大专 在哪儿参保", "听说能一次交几年的 要得不"],
])
def test_paying_years_at_once_is_the_pages_on_it(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq" and "趸缴" in r.text, r.text
