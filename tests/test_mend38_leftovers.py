"""Last round's leftovers, each a class, through the real engine where a reply shows it: a person said to be
fine is no cancel; a switch of scheme with the years before it unsaid says the rule's minimum is assumed (巴中
第一章 二十六: 已连续2年（含2年）以上参加基本医疗保险的 …); the home town told after work away is home; the
phrasings the duplicate definitions lost (我也是合疗; 刚刚 / 前面说; a deductible's row without its own figure
again); a rule answered for a rough sum waits, as ruled, for the exact one. Own phrasings."""
import pytest

from intents import forms
from intents.acts import is_cancel
from intents.message import asks_of_story
from intents.slots import extract
from tests.helpers import answer, computed, talk


# ---- a person named before 没事 is said of that person, not the form given up ----------------------

@pytest.mark.parametrize("text", ["娃儿的没事", "我妈没事了", "孩子那个没得事"])
def test_a_person_said_to_be_fine_is_no_cancel(text):
    assert not is_cancel(text)


@pytest.mark.parametrize("text", ["没事了 不算了", "孩子的不用算了", "那个没事了"])
def test_a_cancel_is_still_one(text):
    assert is_cancel(text)


def test_a_form_waiting_is_kept_when_a_person_is_said_to_be_fine(engine):
    *_, r = talk(engine, ["我住院了 娃儿也感冒了 合疗 帮我算下住院报好多", "娃儿的没事", "乡镇卫生院 花了3000"], region="巴中")
    computed(r, 2610)


# ---- a switch of scheme, the years before it unsaid -----------------------------------------------

def test_a_switch_with_the_years_before_unsaid_says_they_are_assumed(engine):
    r = answer(engine, "居民医保转成职工医保 中间停了4个月 等待期多长", region="巴中")
    assert r.kind == "calculation" and "6 个月" in r.text, r.text
    assert "按此前已连续参保 2 年（含）以上计算" in r.text and "不满 2 年" in r.text, r.text


def test_a_switch_with_the_years_said_states_no_assumption(engine):
    r = answer(engine, "连续交了4年合疗 现在换成职工医保 中间断了1个月 要等多久", region="巴中")
    assert r.kind == "calculation" and "按此前已连续参保" not in r.text, r.text


# ---- the home town after work away ---------------------------------------------------------------

def test_the_home_town_after_work_away_is_home(engine):
    r = answer(engine, "我在外省上班 回老家住的院 花了5000 二级医院 合疗报好多", region="巴中")
    computed(r, 3220)


def test_care_where_the_work_is_stays_away():
    assert extract("我在外地打工 在那边住院花了5000 合疗报好多").get("elsewhere")


# ---- the phrasings restored ---------------------------------------------------------------------

@pytest.mark.parametrize("said", ["我也是合疗", "俺也是职工", "我城乡医保"])
def test_the_askers_own_scheme_said_as_the_same_as_anothers(said):
    state = {"form": {"open": {"calc": "inpatient", "slots": {}, "asked": "amount"}}}
    forms.keep_own_scheme(state, "先问下 住院一年最多报好多 " + said)
    assert state["form"]["open"]["slots"].get("insurance"), state


@pytest.mark.parametrize("question", ["刚刚那个能报多少", "前面说的要等多久"])
def test_a_question_pointing_back_by_time_is_asked_of_the_story(question):
    assert asks_of_story("我妈去年十月份住的院", question, lambda t: set())


def test_a_corrected_deductible_is_not_said_again_in_its_row(engine):
    r = answer(engine, "巴中退休职工 看普通门诊起付线是不是200")
    assert "150元" in r.text and "起付线150元" not in r.text and "1000" in r.text, r.text


# ---- a rule answered for a rough sum, then a case changed and the exact sum ------------------------

def test_a_rough_sums_rule_then_another_tier_then_the_sum(engine):
    turns = ["合疗 乡镇卫生院住院用了万把块 起付线是好多", "要是二级医院呢", "一万一"]
    first, second, third = talk(engine, turns, region="巴中")
    assert "100元" in first.text and "400" in second.text, (first.text, second.text)
    computed(third, 7420)
