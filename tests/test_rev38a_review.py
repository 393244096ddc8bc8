"""Review of round 38's merged work: confident answers its widened rules gave to neighbouring questions.
Own phrasings, through the real engine.

- A newborn's birth and payment told by their months only is the newborn rule's case (巴中 第三章 七问: 出生
  90 天内缴纳…自出生之日起), never a late payer's "care before the payment is not paid".
- 克拉玛依's "care before a late payment is not paid" quotes a rule its guide lifts for 医疗救助对象 (第2部分):
  a group said is not answered by it.
- "今天又去" after a visit of another day is that day's next visit, never one day's visits (同一天).
- A retiree's monthly fee is not the in-service shares (巴中 第二章 十八问)."""
import pytest

from intents.slots import SAME_DAY_VISITS, extract
from tests.helpers import answer, talk


@pytest.mark.parametrize("text", [
    "闺女5月份出生的 6月份给她交了合疗 5月份住院的钱能报不",
    "小孙子是7月生的 8月才去交的医保 7月份住院花了6000能不能报",
])
def test_a_newborns_care_before_its_payment_is_the_newborn_rule(engine, text):
    r = answer(engine, text, region="巴中")
    assert "不能报" not in r.text and "自出生之日起" in r.text, r.text


def test_birth_and_payment_months_either_side_of_the_newborn_days_ask_the_dates(engine):
    r = answer(engine, "娃儿6月出生 8月才交的合疗 6月住院报不报", region="巴中")
    assert r.kind == "clarify" and "几月几号" in r.text and "不能报" not in r.text, r.text


def test_a_birth_month_is_no_month_paid():
    s = extract("孩子2月出生 7月才交的合疗")
    assert s.get("paid_month") == 7 and s.get("newborn_days_least") > 90, s.values


def test_a_newborn_in_karamay_is_not_answered_by_the_late_payers_rule(engine):
    r = answer(engine, "宝宝5月出生 6月交的医保 5月住院能报吗", region="克拉玛依")
    assert "不能报" not in r.text, r.text


def test_a_group_freed_from_the_window_is_not_told_its_care_is_unpaid(engine):
    r = answer(engine, "我家是低保 5月份才交的学生医保 4月份看病的钱能报不", region="克拉玛依")
    assert "不能报" not in r.text and "不予支付" not in r.text, r.text


@pytest.mark.parametrize("text", [
    "前天去看门诊花了90 昨天又去拿药花了40",
    "今天又去卫生院拿药了",
])
def test_another_days_visit_is_not_one_days(text):
    assert not SAME_DAY_VISITS.search(text)


def test_one_day_then_another_visit_of_it_still_is(engine):
    assert SAME_DAY_VISITS.search("昨天先在卫生院看了内科 又看了外科")


def test_two_days_visits_each_asked_are_each_computed(engine):
    r = answer(engine, "合疗 前天在村卫生室看门诊花了90 昨天又去拿药花了40 各能报多少", region="巴中")
    assert r.kind == "calculation" and "同一天" not in r.text and "90 × 50%" in r.text and "40 × 50%" in r.text, r.text


def test_a_visit_told_as_today_after_another_days_is_another_bill(engine):
    first, then = talk(engine, ["合疗 前天在村卫生室看门诊花了90 能报多少", "今天又去拿药花了40"], region="巴中")
    assert first.kind == "calculation" and "同一天" not in then.text, then.text


def test_a_retirees_monthly_fee_is_not_the_in_service_share(engine):
    r = answer(engine, "我爸已经退休了 他每个月还要扣好多医保费", region="巴中")
    assert "2%" not in r.text and "代扣代缴" not in r.text, r.text


def test_a_name_on_a_lists_page_asked_of_something_else_gets_no_yes(engine):
    # (on the 认定 list, asked whether the care is paid there: the list's fact, no "可以")
    r = answer(engine, "南江县人民医院能不能报门诊慢病", region="巴中")
    assert not r.text.startswith("可以"), r.text


def test_a_name_on_the_list_asked_for_what_the_list_is_for_still_gets_its_yes(engine):
    r = answer(engine, "南江县人民医院能不能办门诊慢病认定", region="巴中")
    assert r.text.startswith("可以") and "南江县人民医院" in r.text.splitlines()[0], r.text


@pytest.mark.parametrize("text", [
    "闺女7岁了 还没上学 交了合疗的 住院要等多久才能报",
    "儿子9岁 医保卡都还没办 合疗交了的",
    "孙女5岁了 还没办医保卡",
])
def test_a_childs_age_beside_something_else_not_done_is_no_gap_in_cover(text):
    s = extract(text)
    assert s.get("gap_years") is None and s.get("newborn_days") is None, s.values


def test_a_childs_age_beside_never_enrolled_still_is_the_years_without_cover():
    s = extract("孙子都4岁了 一直没给他买过合疗 今年交了要等多久")
    assert s.get("gap_years") == 4, s.values
