"""Where, when and wrong premises, asked in ways the fourteenth places set showed to be misread. Own
phrasings, through the real engine."""
import pytest

from intents.premise import asserted
from tests.helpers import answer as ask

# ---- an asserted figure, said in ways the checks did not read ---------------------------------------


def test_a_scheme_said_to_have_risen_to_a_price_is_its_contribution_checked(engine):
    # no 交 / 缴费 said: the scheme's own price risen to a level is its contribution standard
    reply = ask(engine, "巴中合疗今年是不是涨到六百了")
    assert reply.kind == "faq" and "不是600" in reply.text and "400" in reply.text, reply.text


@pytest.mark.parametrize("text, right, wrong", [
    ("长治两病糖尿病是不是300块", "360", "300元"),           # a benefit named before the copula
    ("长治居民门诊统筹一年最多报800中不中", "300", "800元"),   # 长治's 中不中: 对不对
])
def test_a_benefits_figure_asserted_is_corrected(engine, text, right, wrong):
    assert asserted(text), text
    reply = ask(engine, text)
    assert reply.kind == "faq" and right in reply.text, reply.text
    assert reply.text.startswith("不是"), reply.text


def test_a_wait_said_as_half_a_year_is_checked_as_six_months(engine):
    reply = ask(engine, "巴中城乡居民断缴了再交 得等半年嗦")
    assert reply.kind == "faq" and "不是6个月" in reply.text and "3个月" in reply.text, reply.text
    assert "半年" not in reply.text, reply.text


def test_half_a_year_naming_part_of_a_year_is_no_wait():
    assert not asserted("巴中下半年参保是不是要等")
    assert not asserted("巴中大半年没交医保 是不是要等")


def test_a_wait_that_holds_for_one_scheme_only_is_said_per_scheme(engine):
    # no scheme said: 职工 arrears over 12 months wait 6 months, 居民 after a gap 3 (+1 a year)
    reply = ask(engine, "巴中医保断了一阵子 再交是不是要等6个月")
    assert reply.kind == "faq" and not reply.text.startswith(("对", "不是")), reply.text
    assert "3个月" in reply.text and "欠费" in reply.text, reply.text


def test_a_first_joining_wait_is_not_the_wait_after_a_gap(engine):
    reply = ask(engine, "巴中居民医保断保以后再交是不是要等6个月")
    assert "不是6个月" in reply.text and "3个月" in reply.text, reply.text


def test_a_switch_between_schemes_is_not_checked_against_the_plain_waits(engine):
    reply = ask(engine, "巴中居民医保交了三年 现在单位交职工医保 中间断了一个月 是不是要等半年")
    assert "不是6个月" not in reply.text and not reply.text.startswith("要看参加的是哪种医保"), reply.text


# ---- an asserted last day to pay, later than the window's ---------------------------------------------


def test_a_later_deadline_asserted_is_denied_without_being_restated(engine):
    reply = ask(engine, "学校医保交费是不是2月28号截止", region="克拉玛依")
    assert reply.kind == "faq" and reply.text.startswith("不对，不是2026年2月28日："), reply.text
    assert "1月10日" in reply.text and reply.text.count("2月28日") == 1, reply.text


# ---- an uncovered place said to be the asker's home or work, or asked about for its 长护险 ------------


@pytest.mark.parametrize("text, place", [
    ("俺家住在邢台 住院能报多少", "邢台"),          # home said outright, then care asked: that place's scheme
    ("我们屋头在南充 门诊报好多", "南充"),
    ("我在杭州工作 住院起付线多少", "杭州"),         # work there, in a clause of its own
    ("西宁的长期护理保险一年交多少", "西宁"),        # 长护险 is a place's own policy too
])
def test_an_uncovered_home_or_work_place_is_declined(engine, text, place):
    reply = ask(engine, text)
    assert reply.kind == "unanswered" and reply.refusal == "uncovered_place" and place in reply.text, reply.text


@pytest.mark.parametrize("text", [
    "我在杭州工作 回老家巴中住院能报多少",        # insurance back home: the covered region's
    "我在杭州上班 巴中合疗住院报多少",
])
def test_work_elsewhere_with_a_covered_region_named_keeps_the_region(engine, text):
    reply = ask(engine, text)
    assert reply.refusal != "uncovered_place" and reply.region == "巴中", reply.text


def test_care_in_a_place_is_still_care_there(engine):
    # 在杭州住院: 异地就医 for the asker's region, asked back, never refused as 杭州's own policy
    reply = ask(engine, "在杭州住院能报多少")
    assert reply.refusal != "uncovered_place", reply.text
