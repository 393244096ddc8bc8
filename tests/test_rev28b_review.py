"""Round 28's merged understanding reviewed: readings that went wrong in contexts the merged classes
did not look at. Own phrasings, through the real engine."""
import pytest

from intents.message import parse
from tests.helpers import answer as ask
from tests.helpers import ids, talk

# ---- "…一样吗" of one thing over time, then a sum asked: two questions, not one comparison of schemes ------
# (the join of a sum to a same-or-not question is for both schemes compared, "职工和居民是否一样 报多少";
# "跟去年一样吗" compares a year with another, and the stay's sum after it is a question of its own)


@pytest.mark.parametrize("text", ["今年居民医保交费标准跟去年一样吗，住院报多少",
                                  "缴费档次和以前一样不 门诊能报多少"])
def test_a_same_or_not_of_one_thing_then_a_sum_is_two_questions(text):
    assert len(parse(text).parts) == 2, parse(text)


def test_both_schemes_compared_then_a_sum_is_still_one_question():
    assert len(parse("职工和居民医保是否一样 报多少").parts) == 1


def test_a_same_or_not_of_one_thing_then_a_sum_answers_the_first(engine):
    r = ask(engine, "今年居民医保交费标准跟去年一样吗，住院报多少", region="巴中")
    assert r.kind != "unanswered", r.text
    assert "【1】" in r.text and "【2】" in r.text, r.text


# ---- the fee of someone else asked after the asker said they pay as 灵活就业: not the asker's 灵活就业 fee -----
# (巴中 第二章五问: 灵活就业 按最低缴费基数的 9% — the asker's own; a wife with no job or a father of
# 70 is no 灵活就业 worker the conversation told)


@pytest.mark.parametrize("other", ["我老婆没工作 她一年交好多钱医保", "我老婆在家 她一个月要交好多钱医保"])
def test_anothers_fee_after_the_asker_is_flexible_is_not_the_flexible_fee(engine, other):
    # (巴中 第三章六问: 2026 城乡居民 个人缴费 400 元 — the page the question finds alone)
    *_, r = talk(engine, ["我是跑外卖的 灵活就业参加职工医保 按什么比例交", other], region="巴中")
    assert "灵活就业" not in r.text.split("来源")[0], r.text
    assert ids(r)[:1] == ids(talk(engine, [other], region="巴中")[-1])[:1], r.text


def test_the_askers_own_month_fee_after_flexible_is_still_flexible(engine):
    *_, r = talk(engine, ["我是跑外卖的 灵活就业参加职工医保 按什么比例交", "那我一个月要交好多"], region="巴中")
    assert "灵活就业" in r.text and "9%" in r.text, r.text


# ---- who pays a cost ("医药费谁负责", "谁负责报") asks who bears it, not which office does a thing ---------
# (巴中 第一章六问: 工伤 → 工伤保险; 第三人负担的医疗费 → 医保不予支付 — pages naming no office, the answer)


@pytest.mark.parametrize("text,entry", [("被车撞了住院 医药费谁负责", "bz-1-06-b"),
                                        ("在工地上摔伤了 这个钱谁负责报", "bz-1-06-a")])
def test_who_bears_a_cost_is_answered_by_the_page_on_who_pays(engine, text, entry):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == [entry], r.text


def test_which_office_asked_still_needs_an_office_in_the_answer():
    from corpus.qtype import missing_answer
    assert missing_answer("低保对象谁负责认定", "起付线0元，报销比例70%") == "部门"
    assert missing_answer("医药费谁负责", "按医保基金不予支付的规定，应当由第三人负担") is None
