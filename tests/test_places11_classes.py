"""Where and when, asked in ways the eleventh places set showed to be misread. Own phrasings, through
the real engine."""
import pytest

from intents.regions import detect_region
from intents.slots import extract
from tests.helpers import answer as ask
from tests.helpers import talk

# ---- an uncovered place located by the covered region beside it ------------------------------------

@pytest.mark.parametrize("text, place", [
    ("巴中旁边的达州 合疗一年交多少", "达州"),
    ("长治隔壁的晋城 居民医保住院起付线多少", "晋城"),
    ("我是克拉玛依附近乌苏的 居民医保咋交", "乌苏"),
])
def test_a_covered_region_named_to_locate_a_neighbour_is_a_landmark(text, place):
    assert detect_region(text).unsupported == place


@pytest.mark.parametrize("text, region", [
    ("我是巴中的 在巴中旁边的达州住院 能报多少", "巴中"),   # the asker's own region said as well
    ("巴中附近哪里有定点医院", "巴中"),                     # no other place: 巴中's own
])
def test_the_region_said_for_itself_stays(text, region):
    assert detect_region(text).region == region


def test_the_neighbour_is_declined_with_the_hotline_not_the_landmarks_figures(engine):
    reply = ask(engine, "长治旁边的晋城 居民医保一年交多少")
    assert reply.kind == "unanswered" and "12393" in reply.text and "晋城" in reply.text, reply.text
    assert "380" not in reply.text


# ---- where the asker is, said in a clause of its own, then a scheme asked about ----------------------

@pytest.mark.parametrize("text, place", [
    ("我在南充 合疗住院能报几成", "南充"),
    ("俺在晋城，居民医保门诊咋报", "晋城"),
])
def test_a_place_said_as_where_one_is_then_a_scheme_is_that_places(text, place):
    assert detect_region(text).unsupported == place


@pytest.mark.parametrize("text", [
    "我在成都，职工医保异地备案怎么弄",      # insured elsewhere: 备案 is for care away from home
    "我在四川 合疗住院报销比例是多少",       # a covered region's province: which part is asked
    "俺在太原 住院回来咋报",
])
def test_not_when_insurance_elsewhere_or_a_covered_province(text):
    assert detect_region(text).unsupported is None


# ---- the fund's most it pays: 最多付 --------------------------------------------------------------

@pytest.mark.parametrize("text, needle", [
    ("长子县 职工医保住院 统筹一年最多付多少", "8万"),
    ("巴中 合疗住院 一年最多付好多", "11万"),
    ("长治 居民医保一年最高付多少", "7万"),
])
def test_the_most_the_fund_pays_is_the_yearly_limit(engine, text, needle):
    reply = ask(engine, text)
    assert reply.kind == "faq" and needle in reply.text, reply.text


# ---- a late payment's date said with its year ----------------------------------------------------

def test_a_payment_date_with_its_year_still_reads_after():
    said = extract("2025年6月30号以后才交当年的")
    assert said.get("paid_month") == 6 and said.get("paid_after")


def test_paying_this_years_fee_after_the_line_with_the_year_said_is_the_late_standard(engine):
    reply = ask(engine, "石大的 2025年6月30日以后才交当年的医保 个人交多少钱")
    assert "1200" in reply.text and "400 元/年" not in reply.text, reply.text


# ---- the province said with a question that waited for its region --------------------------------

def test_the_province_said_does_not_stay_in_the_question_asked_again(engine):
    first, second = talk(engine, ["新疆上学 医保一年交多少钱", "克拉玛依校区"])
    assert first.kind == "clarify", first.text
    assert second.kind == "faq" and "400" in second.text, second.text


# ---- the other scheme's page the question itself finds -------------------------------------------

def test_each_scheme_shows_the_page_the_question_finds_for_the_other(engine):
    reply = ask(engine, "巴中 急诊抢救花的门诊费报不报")
    # no scheme said: 职工's 门诊按住院 page and 居民's own 急诊、抢救 page, not 居民's 门诊统筹
    assert reply.kind == "faq" and "【城乡居民医保】" in reply.text, reply.text
    assert "纳入当次住院" in reply.text and "门诊统筹" not in reply.text, reply.text
