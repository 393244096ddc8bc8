"""A rate doubted for one payment is checked against that payment's row only: the years lacking at
retirement paid at once (一次性补缴不足年限) have their own rate in the region's policy file, never the
灵活就业's or the employer's monthly rate confirmed for it; a 补缴 that names neither the lump nor arrears
asks which; a student's 趸缴 (a sum, no rate) and a region whose handbook has no lump get no "对"."""
import pytest

from calculators.figures import figures
from calculators.policy import policy_for
from tests.helpers import answer


def _lump_rate(region):
    staff = policy_for(region).contributions.staff
    return staff.retirement_years.lump_rate


def test_the_lump_is_a_row_of_its_own():
    rows = [f for f in figures("巴中") if f.facts.get("lump") == "retirement"]
    assert len(rows) == 1 and rows[0].value == _lump_rate("巴中") and rows[0].topic == "rate"
    assert "不计个人账户" in rows[0].row and rows[0].source.section == "第二章 二十问"


@pytest.mark.parametrize("text", [
    "听人说退休前年限不足一次性补齐，要按9%的比例交，对不对",     # the 灵活就业's monthly rate said of the lump
    "缴费年限差三年 补足年限按百分之九交是吧",
    "到龄了年头不够要补，是按5%补吗",                              # a figure no row has
])
def test_a_wrong_rate_of_the_lump_is_corrected_with_the_lumps_rule(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.text.startswith("不是"), r.text
    first = r.text.split("\n")[0]
    assert "一次性补缴不足年限" in first and "7%" in first and "最低缴费基数" in first, r.text
    assert not r.text.startswith("对"), r.text
    assert any(s.section == "第二章 二十问" for s in r.sources), r.sources


def test_the_lumps_own_rate_is_confirmed_as_the_lumps(engine):
    r = answer(engine, "退休时一次性补交不够的年限 是按7%吧", region="巴中")
    assert r.text.startswith("对，") and "一次性补缴不足年限" in r.text and "7%" in r.text, r.text
    assert "用人单位" not in r.text and "灵活就业" not in r.text.split("\n")[0], r.text


def test_a_bare_rate_after_a_question_on_the_lump_is_of_the_lump(engine):
    # (the rate checked in a clause of its own names nothing: the question before is whose rate it is)
    r = answer(engine, "我退休的时候缴费年限差两年咋整 是按9%补吗", region="巴中")
    assert r.text.startswith("不是9%"), r.text
    assert "一次性补缴不足年限" in r.text.split("\n")[0], r.text


def test_a_bupay_naming_neither_payment_asks_which(engine):
    r = answer(engine, "医保补缴就是按9%交的对吧", region="巴中")
    assert not r.text.startswith(("对", "不是")), r.text
    assert r.kind == "clarify" and "lump" in r.missing_slots, r.text
    assert "灵活就业" in r.text and "一次性补缴不足年限" in r.text and "欠下" in r.text, r.text


def test_arrears_paid_back_keep_the_monthly_rate(engine):
    r = answer(engine, "灵活就业欠费了几个月 补缴还是按9%吧", region="巴中")
    assert r.text.startswith("对，") and "灵活就业" in r.text and "一次性" not in r.text, r.text


def test_the_monthly_rate_is_not_the_lumps(engine):
    r = answer(engine, "灵活就业人员缴费费率是9%对吧", region="巴中")
    assert r.text.startswith("对，") and "一次性" not in r.text, r.text


@pytest.mark.parametrize("text,region", [
    ("一次性补缴不足的年限是按9%交吗", "长治"),
    ("一次性补缴不足的年限是按7%交吗", "长治"),
    ("一次性补缴不足的年限是按9%交吗", "克拉玛依"),
    ("大学生按学制一次性趸缴 是按9%交吗", "巴中"),     # a sum (the standard times the years), no rate
])
def test_no_lump_rule_no_yes(engine, text, region):
    r = answer(engine, text, region=region)
    assert not r.text.startswith("对"), r.text
    assert "9%" not in r.text.split("\n")[0] or r.text.startswith("不是"), r.text
