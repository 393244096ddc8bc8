"""Classes read from the places-34 failures, each asked in our own words (none is in eval/):

- insured in a place the handbooks do not cover, the scheme said before its payment ("医保买的是广安的"),
  care at a covered region's hospital: that place's policy, refused — never the covered region's rates;
- the year's inpatient cap asked with no scheme: both schemes' pages, labelled (巴中 职工's page, titled
  in other words than 居民's, is the one the question asked of 职工 finds first), never 居民's 11万 alone;
- a 职工's basic inpatient cap confirmed ("…8万 对吧"): 对, the figure, and what pays above it (大额);
- the residents' fee of a year before the handbook's, one it states no fee for: not known, said so, the
  years it does state named; a year it states (巴中 2025's 筹资 table) is answered;
- a migrant worker insured where they work (an uncovered city), asking whether home's 合疗 is still
  paid: the home region's rule on joining one scheme only, not a refusal;
- a graduate who wants to join the residents' scheme at home (an uncovered place): the campus page
  (pause the school's first), not a refusal;
- a bill paid by oneself at the till away from campus ("钱是自己付的"): the handbook's 自费, whose
  claim route (materials, J1-II-702) the campus pages give."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer, ids


@pytest.mark.parametrize("text, place", [
    ("我是广安的 医保买的是广安的 在巴中中心医院住院了 咋报", "广安"),
    ("合疗交的是达州的 到巴中中心医院住院咋个报销", "达州"),
])
def test_insured_elsewhere_treated_at_a_covered_regions_hospital_is_refused(engine, text, place):
    assert detect_region(text).unsupported == place
    r = answer(engine, text)
    assert r.kind == "unanswered" and place in r.text, r.text
    assert "700" not in r.text and "60%" not in r.text, r.text


@pytest.mark.parametrize("text", ["住院一年最多能报得到好多", "住院的话一年最多报得到多少钱"])
def test_the_years_inpatient_cap_with_no_scheme_gives_both_labelled(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind in ("faq", "clarify"), r.text
    assert "11万" in r.text and "66万" in r.text, r.text
    assert "【职工医保】" in r.text and "【城乡居民医保】" in r.text, r.text


@pytest.mark.parametrize("text, region, cap", [
    ("巴中职工医保住院统筹基金一年最多付14万 是吧", "巴中", "14万"),
    ("长治上班的职工医保 住院基金一年封顶8万 没错吧", "长治", "8万"),
])
def test_a_staff_cap_confirmed_says_what_pays_above_it(engine, text, region, cap):
    r = answer(engine, text)
    assert r.text.startswith("对") and cap in r.text, r.text
    assert "50万" in r.text and "大额" in r.text, r.text


@pytest.mark.parametrize("text, region", [
    ("巴中2023年合疗个人交好多钱", None),
    ("2022年学生医保个人缴费多少", "克拉玛依"),
])
def test_an_earlier_years_fee_the_handbook_does_not_state_is_not_known(engine, text, region):
    r = answer(engine, text, region=region)
    assert r.kind == "unanswered", r.text
    assert "没有" in r.text and "年度的" in r.text and "2026" in r.text, r.text
    assert not r.text.startswith("对"), r.text


def test_an_earlier_year_the_handbook_states_is_answered(engine):
    r = answer(engine, "巴中2025年度合疗个人交多少钱")
    assert r.kind == "faq" and "400" in r.text, r.text


@pytest.mark.parametrize("text", [
    "我在深圳上班 交了深圳的职工医保 老家的新农合还要交吗",
    "在广州打工 单位交了广州的职工医保 屋头合疗还要交不",
])
def test_insured_where_one_works_home_scheme_asked_is_one_scheme_only(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-1-24", r.text
    assert "只能参加其中一种" in r.text, r.text


def test_a_graduate_joining_home_elsewhere_pauses_the_school_scheme_first(engine):
    r = answer(engine, "马上毕业了 想回西安老家 要参加老家的居民医保 怎么弄", region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == "ky-09-06", r.text
    assert "暂停" in r.text, r.text


@pytest.mark.parametrize("text, entry", [
    ("国庆回家在那边医院看了急诊 钱是自己付的 回学校能报吗", "ky-10-01"),
    ("在外地医院看了门诊 钱是自己付的 回学校找哪里报", "ky-10-08"),
])
def test_a_bill_paid_by_oneself_away_is_the_campus_claim_route(engine, text, entry):
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == entry, r.text
    assert "J1-II-702" in r.text, r.text
