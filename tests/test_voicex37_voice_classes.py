"""Voice-typed classes (no punctuation, dialect, years said digit by digit), each through the engine:

- years said as two numerals each, run together, then their count said again with 这 / 那
  ("二四二五二六这三年…没买"): the years, so the gap is their number and the wait is computed;
- the repair of the wait said the spoken way (paying more to make the wait shorter, "补一年少等多久")
  with no gap said: the handbook's rule (每多缴纳1年可减少1个月), not a form asking the gap;
- the 职工 personal account asked to pay a relative's care, the relative's own 居民 cover told with it:
  the account's rule (近亲属 incl. 孙子女), never "one person holds one scheme" asked back;
- the long-term care insurance named 长期护理险: the 长护险 page."""
import pytest

from corpus.normalize import said_years
from tests.helpers import answer, computed, ids


@pytest.mark.parametrize("said, read", [
    ("二四二五二六这三年都没买", "2024、2025、2026这三年都没买"),
    ("二四、二五那两年没交", "2024、2025那两年没交"),
    ("二五二六两年没交", "2025、2026这两年没交"),
    # (the count not the number of years listed: no years read)
    ("二三这两年", "二三这两年"),
])
def test_years_said_then_counted_again(said, read):
    assert said_years(said) == read


def test_years_run_together_then_counted_give_the_gap(engine):
    r = answer(engine, "我在外省打工 二二二三二四这三年老家合疗都没买 二五年回来集中缴费期交了 要等几个月才能报",
               "巴中")
    computed(r, 5, name="waiting_period")
    assert "断保 3 年" in r.text, r.text


@pytest.mark.parametrize("text", [
    "听说断了保多交点钱能把等待期缩短 补一年能少等几个月",
    "断了保 多交钱能把等的时间缩短不",
])
def test_repair_asked_the_spoken_way_is_the_rule(engine, text):
    r = answer(engine, text, "巴中")
    assert r.kind == "faq" and "每多缴纳1年可减少1个月" in r.text, r.text


def test_repair_asked_with_the_gap_said_is_still_computed(engine):
    r = answer(engine, "我断了两年 补一年能少等多久", "巴中")
    assert r.kind == "calculation" and "4 个月" in r.text, r.text


@pytest.mark.parametrize("text", [
    "职工医保个人账户的钱能给外孙看病不 外孙交的合疗",
    "我职工个账可以帮孙孙买药吗 孙孙参加的居民医保",
])
def test_account_paying_a_relatives_care_is_the_accounts_rule(engine, text):
    r = answer(engine, text, "巴中")
    assert r.kind == "faq" and "孙子女" in r.text and "只能参加其中一种" not in r.text, r.text


def test_long_term_care_named_long(engine):
    r = answer(engine, "学生要不要交长期护理险 一年多少", "克拉玛依")
    assert r.kind == "faq" and "ky-02-07" in ids(r) and "53" in r.text, r.text
