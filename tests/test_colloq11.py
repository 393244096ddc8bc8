"""Classes of colloquial failure fixed in round 11, each with phrasings of our own."""
import pytest

from intents.slots import extract
from tests.helpers import answer, computed


# ---- a figure checked in a clause of its own is the question before it asserted ---------------

@pytest.mark.parametrize("text", [
    "巴中的 想问下今年合疗交好多钱 是不是涨到五百了",
    "通江 居民医保一年交多少 是不是五百",
])
def test_a_bare_check_after_a_question_checks_that_questions_figure(engine, text):
    reply = answer(engine, text)
    assert reply.kind == "faq" and "400" in reply.text and "不是500" in reply.text, reply.text


def test_a_level_risen_to_is_the_standard_not_a_step(engine):
    # 涨到五百: the new level itself, checked against the standard (涨了五十 would be a step)
    reply = answer(engine, "巴中合疗保费今年是不是涨到五百了")
    assert reply.kind == "faq" and "400" in reply.text, reply.text


# ---- a table's band named by its bounds is no bill -------------------------------------------

@pytest.mark.parametrize("text, region, rate", [
    ("大病保险10万到20万段报好多", "巴中", "70%"),
    ("大病保险5万到10万这段赔多少", "克拉玛依", "65%"),
])
def test_a_band_named_by_its_bounds_is_the_tables_row(engine, text, region, rate):
    # (段 right after a sum is the asker's word, never a slip for 断保)
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and rate in reply.text, reply.text


def test_a_stretch_of_time_is_still_read_as_said(engine):
    text, _ = engine.index.repaired("住了一段时间院 花了3000")
    assert "一段时间" in text


# ---- the whole 大病 table when no band is named ----------------------------------------------------

def test_what_is_paid_over_the_deductible_is_every_band(engine):
    reply = answer(engine, "巴中大病保险过了起付线以后报百分之几")
    assert reply.kind == "faq" and all(r in reply.text for r in ("60%", "70%", "85%")), reply.text


# ---- a sum said to be over the deductible -------------------------------------------------------

def test_a_sum_said_over_the_deductible_is_not_reduced_again(engine):
    reply = answer(engine, "巴中城乡居民 大病保险超过起付线的部分还剩3万 能赔多少")
    computed(reply, 18000, name="serious_illness")
    assert "加上起付线" in reply.text


def test_a_sum_of_the_whole_bill_still_has_the_deductible_taken_off(engine):
    reply = answer(engine, "巴中城乡居民 大病保险个人合规自付3万 能赔多少")
    assert reply.kind == "calculation" and "加上起付线" not in reply.text, reply.text


def test_the_over_the_deductible_slot_is_read_only_before_the_sum():
    assert extract("大病扣除起付线后还有5万 报多少").get("above_deductible")
    assert not extract("大病合规自付5万 起付线多少").get("above_deductible")


# ---- both schemes side by side ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["巴中门诊特病职工和居民各报多少", "巴中门特居民职工各能报几成"])
def test_both_schemes_asked_each_are_answered_side_by_side(engine, text):
    reply = answer(engine, text)
    assert reply.kind == "faq" and "60%" in reply.text and "70%" in reply.text, reply.text


# ---- a hospital without a grade -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["没有定级的民营医院", "还没评级的小医院", "未定级的医院"])
def test_a_hospital_without_a_grade_is_in_the_first_tier_row(text):
    assert extract(f"住院花了5000 {text}").get("tier") == "一级"


def test_a_stay_in_an_ungraded_hospital_is_computed_with_the_first_tier(engine):
    reply = answer(engine, "巴中合疗 在没定级的私立医院住院花了5000 报好多")
    computed(reply, 300, name="inpatient")


# ---- a student paying late ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["克拉玛依校区 7月以后才交医保 要交好多", "克校学生6月30号之后才缴医保交多少"])
def test_paying_after_the_line_is_the_late_standard(engine, text):
    reply = answer(engine, text)
    assert reply.kind == "calculation" and "1,200" in reply.text, reply.text


def test_paying_late_for_next_year_named_is_not_the_late_standard():
    assert not extract("9月以后才交明年的医保 交多少").get("for_this_year")


# ---- the campus's phone ---------------------------------------------------------------------------

def test_the_campus_phone_is_the_campuss_not_the_tax_hotline(engine):
    reply = answer(engine, "克拉玛依 学校的医保有啥问题该打什么电话")
    assert "0990-6633057" in reply.text, reply.text


# ---- a scheme named by a later question is no earlier question's --------------------------------

def test_a_scheme_named_only_by_a_later_question_does_not_pick_an_earlier_ones_page(engine):
    reply = answer(engine, "巴中的 在卫生院住院报销比例是多少？还有，职工医保个人账户能给家里人用吗")
    first = reply.text.split("【2】")[0]
    assert "城乡居民医保" in first and "职工医保" in first, reply.text     # both schemes' pages, labelled

