"""Sums asked in words the thirty-fourth numbers set showed answered by a rule or refused, in phrasings of
our own, through the real engine:

- a 门诊慢病's year asked alone where the handbook gives the limit by the month (长治: twelve of it);
- a 两病 bill of the asker's own with how it is paid asked ("咋报"): computed, its working says how (长治 居民
  两病: 乙类 50%, 高血压 260元/年);
- what paying the year's fee late costs over the standard, the day said (克拉玛依: 1200 after 6月30日, 400);
- a fee asked of groups the handbook frees from it (克拉玛依 特困、孤儿: 个人不缴费): a sum of nothing said in
  words is a sum stated, never refused for stating no figure.
"""
import pytest

from corpus.qtype import states_money
from tests.helpers import answer, computed, nums


@pytest.mark.parametrize("text,monthly,yearly", [
    ("城乡居民 慢阻肺慢病 一年顶天最多报好多", 400, 4800),
    ("职工 冠心病门慢 全年最多能报多少钱", 430, 5160),
])
def test_a_monthly_chronic_limit_asked_for_the_year_alone_is_twelve_of_it(engine, text, monthly, yearly):
    computed(answer(engine, text, region="长治"), monthly, yearly, name="chronic_limit")


def test_a_two_diseases_bill_asked_how_is_computed(engine):
    r = computed(answer(engine, "高血压两病 今年乙类降压药八百 咋个报", region="长治"), 260)
    # 800 × 50% = 400, over the 260 yearly limit
    assert 400 in nums(r), r.text


def test_what_a_dated_late_payment_costs_over_the_standard(engine):
    r = computed(answer(engine, "听室友讲6月30号之后才交当年医保要1200 跟平时400比要多花好多", region="克拉玛依"), 800)
    assert "1200 − 400" in r.text, r.text


def test_a_fee_of_nothing_said_in_words_is_a_sum_stated():
    assert states_money("城乡特困人员参加居民医保个人不缴费，由医疗救助资金给予全额资助。")
    assert not states_money("按规定办理参保登记。")


def test_a_fee_asked_of_groups_freed_from_it_is_answered(engine):
    r = answer(engine, "孤儿 特困的同学 医保一年要交几多钱", region="克拉玛依")
    assert r.kind in ("faq", "calculation") and ("不缴费" in r.text or "全额资助" in r.text), r.text


def test_the_treasuries_matching_share_is_computed_from_the_people_insured(engine):
    # 巴中 第一章 十六: 职工 3 元, 居民 17 元 a person a year — 2万 × 3 + 30万 × 17 = 60000 + 5100000
    r = computed(answer(engine, "巴中 我们区职工参保2万人 城乡居民30万人 区财政一年配套医疗救助资金好多", region="巴中"),
                 60000, 5100000, 5160000, name="assistance_matching")
    assert "各出多少" in r.text, r.text
