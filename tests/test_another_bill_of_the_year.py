"""Another bill of the same year told right after one was computed ("隔了几天又去看了一次 花了100",
"后来又买了200"): paid within what the year's limit has left after the one before (巴中 第三章 十八问's
门诊统筹 100元; 长治's 两病 limits), never as if the limit were untouched. "过几天" / "隔了几天" tells
when, it asks nothing. Own phrasings, through the real engine."""
import pytest

from intents.forms import QUESTION
from tests.helpers import computed, talk


def test_a_second_visit_is_paid_within_the_outpatient_limit_left(engine):
    first, r = talk(engine, ["合疗在卫生院看门诊花了160 能报多少", "隔了几天又去看了一次 花了100"], region="巴中")
    computed(first, 80)
    computed(r, 20, name="outpatient")       # 100 × 50% = 50, but 100 − 80 = 20 is left
    assert "还剩" in r.text, r.text


def test_a_third_visit_counts_both_before(engine):
    *_, r = talk(engine, ["合疗在卫生院看门诊花了60 能报多少", "过了几天又去拿药花了40", "后来又去了一次 花了100"],
                 region="巴中")
    # 30 + 20 paid before: 100 − 50 = 50 left, and 100 × 50% = 50 fits it
    computed(r, 50, name="outpatient")
    assert "本年已报 50" in r.text, r.text


def test_another_two_diseases_purchase_is_paid_within_the_limit_left(engine):
    first, r = talk(engine, ["新农合 糖尿病 两病 今年买降糖药花了400 甲类的 能报多少", "后来又买了200 甲类的"],
                    region="长治")
    computed(first, 240)
    computed(r, 120)                         # 360 − 240 = 120 left; 200 × 60% = 120
    assert "本年已报 240" in r.text, r.text


def test_a_bill_said_instead_is_no_second_bill(engine):
    # (a correction of the bill, not another one: the limit is whole again)
    first, r = talk(engine, ["合疗在卫生院看门诊花了160 能报多少", "说错了 是花了100"], region="巴中")
    computed(r, 50)
    assert "已报" not in r.text, r.text


@pytest.mark.parametrize("text, asks", [
    ("过几天又去拿药花了100", False), ("隔了几个月又住了一次", False),
    ("住了几天能报", True), ("几天之内要交", True), ("要等几个月", True),
])
def test_a_while_later_told_is_no_question(text, asks):
    assert (QUESTION.search(text) is not None) == asks
