"""Voice-typed classes of the thirty-eighth round, each through the engine:

- signing someone up said as putting them on the scheme ("给孙女上合疗"), then an errand asked bare (what to
  bring, where): the enrolment's page, not any page's papers (the 慢特病 认定 materials);
- a medicine named with what its bill is paid back ("拿点退烧药 …报好多"): a 医保 question, not medical advice;
- a country abroad told in the story ("去日本旅游 … 住了院"): the 境外就医 rule (不予支付), no stay to compute;
- years of cover in a row said as a range ("连着交了五六年"): counted by the lower end, never none;
- a later question of the 大病 cap after a story of years without cover: the cap lowered for those years;
- years said digit by digit, run together, then their count said again with 连到 / 连着;
- the second visit counted with 回 ("第二回"): the pages' 第二次 (克拉玛依 halves the deductible);
- a wait still ahead asked with 好多个月 ("要等好多个月才能用"): a question, not a long wait told;
- signing up said with 在 and a place no handbook covers ("在重庆那边上合疗"): that place's rule, declined."""
import pytest

from corpus.normalize import said_years
from intents.message import is_question
from intents.slots import extract
from tests.helpers import answer, computed, ids


def test_enrolment_told_then_what_to_bring_is_the_enrolment(engine):
    r = answer(engine, "孙女上个礼拜才生 想给她上合疗 要准备啥子东西去办", "巴中")
    assert "bz-3-07" in ids(r), r.text
    assert "出生医学证明" in r.text and "慢特病" not in r.text, r.text


def test_first_enrolment_then_what_to_bring_is_the_registration(engine):
    r = answer(engine, "头一回给老汉上合疗 要带些啥子", "巴中")
    assert ids(r)[:1] == ["bz-3-02"], r.text
    assert "户口簿" in r.text, r.text


def test_medicine_with_what_is_paid_back_is_no_medical_advice(engine):
    r = answer(engine, "在卫生室拿了点退烧药 门诊一年最多报好多", "巴中")
    assert r.kind != "unanswered" and "医疗建议" not in r.text, r.text
    assert "100" in r.text, r.text


def test_care_abroad_told_in_the_story_is_the_abroad_rule(engine):
    r = answer(engine, "老伴去日本旅游 在那边摔了一跤住了几天院 回来合疗能报不", "巴中")
    assert "境外" in r.text and "不予支付" in r.text, r.text
    assert "测算" not in r.text, r.text       # nothing to compute: the fund pays none of it


def test_years_in_a_row_said_as_a_range_count_by_the_lower_end():
    ex = extract("职工医保连着交了五六年 辞职后停了半年 现在改交合疗 要等多久")
    assert ex.get("continuous_years") == 5, ex.values


def test_switch_after_a_range_of_years_in_a_row_is_the_rule(engine):
    r = answer(engine, "在单位上班职工医保连着交了五六年 后来辞职了停了半年没交 现在想转成合疗 要等好久才能用", "巴中")
    computed(r, 6, name="waiting_period")


def test_later_cap_question_reads_the_years_without_cover(engine):
    r = answer(engine, "儿子有两年没交合疗 今年交上了 要等几个月 二次报销最高限额是好多", "巴中")
    assert "292,000" in r.text or "29.2" in r.text, r.text


@pytest.mark.parametrize("said, read", [
    ("二四二五二六连到三年没交", "2024、2025、2026连到三年没交"),
    ("二五二六连着两年没买", "2025、2026连着两年没买"),
    # (the count not the number of years listed: no years read)
    ("二五二六二七连到两年", "二五二六二七连到两年"),
])
def test_years_said_then_counted_as_a_run(said, read):
    assert said_years(said) == read


@pytest.mark.parametrize("clause, asks", [
    ("要等好多个月才能用", True),
    ("还得等好多天", True),
    ("等了好多个月", False),
])
def test_wait_ahead_with_haoduo_is_asked(clause, asks):
    assert is_question(clause) is asks


def test_second_visit_counted_with_hui_is_the_halved_deductible(engine):
    # (第二回 is the pages' 第二次: 克拉玛依 halves the outpatient deductible from the year's second visit)
    r = answer(engine, "闺女今年门诊第二回去看 起付线是不是还要交那么多", "克拉玛依")
    assert "减半" in r.text, r.text


def test_signing_up_in_an_uncovered_place_is_declined(engine):
    # (read as 参保 now, an enrolment said with 在 + a place no handbook covers is that place's rule, never
    # the covered region's newborn page)
    r = answer(engine, "孙子户口上在重庆的 想在重庆那边上合疗 要咋个办", "巴中")
    assert "没有重庆的政策" in r.text, r.text
