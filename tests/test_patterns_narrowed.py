"""Understanding patterns that matched far more than meant, each with a case it must still match."""
import pytest

from corpus.lexicon import joined_verbs
from intents.acts import cancel_then_asks, elliptical
from intents.calc_kind import THIRD_PARTY
from intents.slots import extract


def test_the_question_after_a_cancel_is_read_by_its_own_pattern():
    assert cancel_then_asks("没事了 问下医保有啥咨询电话")
    assert cancel_then_asks("算了不用算了 咨询下异地备案在哪儿办")


@pytest.mark.parametrize("text", ["那职工医保呢，住三级医院能不能报", "那职工医保呢，我老公在单位上班的话报几成"])
def test_a_follow_up_with_a_question_of_its_own_is_no_bare_follow_up(text):
    assert not elliptical(text)


def test_a_bare_follow_up_still_is_one():
    assert elliptical("那职工医保呢")


@pytest.mark.parametrize("text,liable", [
    ("用第三方App缴费可以吗", False),
    ("出车祸了 第三方负全部责任 医保能报吗", True),
    ("被车撞了 对方全责 能报好多", True),
])
def test_a_third_party_is_a_liable_one_only(text, liable):
    assert bool(THIRD_PARTY.search(text)) is liable


@pytest.mark.parametrize("text,handed_in", [
    ("交手续费要多少", False),
    ("要交哪些材料", True),
    ("报销要交些啥子资料", True),
])
def test_papers_handed_in_but_not_a_fee(text, handed_in):
    assert ("提供" in joined_verbs(text)) is handed_in


@pytest.mark.parametrize("text,level", [
    ("去隔壁市的医院住院 花了5000", None),
    ("在长治市的三级乙等医院住院", "省市级"),
])
def test_a_city_s_hospital_is_the_city_s_own(text, level):
    assert extract(text).values.get("level") == level
