"""Readings of the round-30 merges checked with fresh eyes (our own wording):
- 又 opens a second question only where the first one's deed and question word are said again after it;
  a question word that goes on with its own noun (什么时候, 什么病) has not ended the first question;
- a stay said as bound to happen with a double denial (不得不住院, 不能不住院, 不住院不行) is a stay,
  not one said not to be."""
import pytest

from corpus.normalize import without_no_stay
from intents.message import voiced
from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "学生医保什么时候开始交又什么时候开始报",
    "两病什么药可以报又报多少钱一年",
])
def test_a_question_word_with_its_noun_is_not_cut_before_it(text):
    assert voiced(text) == text


def test_the_same_deed_asked_again_after_you_still_opens_a_question():
    assert voiced("职工医保门诊报百分之几大病住院又报百分之几") == "职工医保门诊报百分之几 大病住院又报百分之几"


def test_when_paid_and_when_usable_is_not_read_as_what_the_scheme_is(engine):
    r = answer(engine, "城乡居民医保什么时候交又什么时候能用", region="巴中")
    assert "什么是城乡居民基本医保制度" not in r.text, r.text


@pytest.mark.parametrize("text", ["医生说不得不住院", "医生说不能不住院", "医生说不住院不行"])
def test_a_stay_said_with_two_denials_is_a_stay(text):
    assert without_no_stay(text) == text


def test_a_stay_said_not_to_be_is_still_blanked():
    assert "住院" not in without_no_stay("医生说不用住院 门诊能报多少")


def test_a_bill_of_a_stay_that_had_to_be_is_computed_as_a_stay(engine):
    r = answer(engine, "医生说不得不住院 花了2万 巴中居民 县医院能报多少", region="巴中")
    # (the stay is told: what is left to ask is the hospital's level, never whether it was a stay)
    assert "住院还是门诊" not in r.text, r.text
