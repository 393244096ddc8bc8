"""Classes read from the places-39 failures, each asked in our own words (none is in eval/):

- a place of care sorted into the asker's own table ("上海算省外吧"): care there, the asker's own 省外
  column — not that place's policy refused;
- a home named as where care happens ("在老家住院") moves no insurance away: another city's scheme named
  with it ("深圳社保") is still that city's policy, refused;
- going back to live in a covered region ("退休回长治住"), insured in another city: that city's filing rules,
  refused — not the covered region's page;
- an earlier stage of study's insurance ("本科在南京交的", now a graduate student): no longer the asker's;
- a county's 门诊特病 认定 hospital where the handbook's row is blank: said so and referred (unanswered);
- a fee of a year before every handbook's, no region known: no region's answer has it — referred at once."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer

# ---- a place of care sorted into the asker's own table ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "俺职工医保 打算去上海的三甲医院做手术 上海算省外吧 起付线多少",
    "居民医保 去广州的大医院住院 广州属于省外 起付标准多少",
])
def test_place_sorted_as_out_of_province_is_care_there(text):
    assert detect_region(text).unsupported is None


def test_out_of_province_column_answered_for_a_place_sorted_so(engine):
    r = answer(engine, "俺居民医保 要去天津的三甲医院住院 天津算省外 起付线多少", region="长治")
    assert r.kind == "faq", r.text
    assert "1500" in r.text and "55%" in r.text, r.text


# ---- another city's scheme, care at home ------------------------------------------------------------------


@pytest.mark.parametrize("text", ["深圳社保 在老家住院能报吗", "杭州医保 回老家看病咋结算"])
def test_city_scheme_with_care_at_home_is_that_city(engine, text):
    assert detect_region(text).unsupported is not None
    r = answer(engine, text)
    assert r.kind == "unanswered" and "没有" in r.text and "12393" in r.text, r.text


def test_home_named_as_leaving_still_not_refused():
    # moving one's insurance away from home is no question on the home's policy
    assert detect_region("老家广州的医保要怎么暂停").unsupported is None


# ---- going back to live in a covered region, insured elsewhere --------------------------------------------


def test_insured_elsewhere_going_back_to_live_is_that_city(engine):
    text = "我在西安交的职工医保 退休以后回长治住 备案咋办"
    assert detect_region(text).unsupported == "西安"
    r = answer(engine, text, region="长治")
    assert r.kind == "unanswered" and "西安" in r.text, r.text


def test_going_back_for_care_is_still_care_there():
    # going back for care, not to live: the covered region is where care happens, not this class
    assert detect_region("在重庆交的医保 回巴中老家住院").unsupported == "重庆"


# ---- an earlier stage of study ----------------------------------------------------------------------------


def test_undergraduate_insurance_elsewhere_is_past_for_a_graduate_student(engine):
    text = "刚读研 本科在南京交的医保 现在到克拉玛依校区了 医保在哪里参保"
    assert detect_region(text).unsupported is None
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq" and "研究生" in r.text and "就读高校" in r.text, r.text


def test_insured_elsewhere_now_is_still_refused():
    assert detect_region("我在南京交的医保 现在读本科 住院咋报").unsupported == "南京"


def test_a_school_stage_naming_a_person_is_no_earlier_insurance():
    # "高中同学": a classmate, not a stage of the asker's — the place is still the classmate's scheme asked
    assert detect_region("我初中同学在兰州读大学 她学校的医保一年多少钱").unsupported == "兰州"


def test_a_school_stage_said_as_when_is_earlier_insurance():
    assert detect_region("高中时在太原参的保 现在在克拉玛依校区上大学 还用交吗").unsupported is None


# ---- a blank column of the 认定 table -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["南江县门特去哪个医院认定", "平昌那边特殊病认定在哪家医院"])
def test_special_disease_hospital_of_a_blank_row_is_referred(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "unanswered", r.text
    assert "为空" in r.text and "医保局咨询" in r.text, r.text


def test_chronic_disease_hospital_of_that_row_is_answered(engine):
    r = answer(engine, "平昌县慢病认定去哪个医院", region="巴中")
    assert r.kind == "faq" and "平昌县人民医院" in r.text, r.text


# ---- a past year's fee, no region known -------------------------------------------------------------------


def test_fee_of_a_year_before_every_handbook_is_referred_at_once(engine):
    r = answer(engine, "2022年城乡居民医保个人缴费多少钱")
    assert r.kind == "unanswered", r.text
    assert "2022年度" in r.text and "没有" in r.text and "2026" in r.text, r.text


def test_fee_of_a_handbook_year_with_no_region_still_asks_the_region(engine):
    r = answer(engine, "2026年城乡居民医保个人缴费多少钱")
    assert r.kind != "unanswered", r.text
