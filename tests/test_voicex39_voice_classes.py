"""Voice-typed classes of the thirty-ninth round, each through the engine:

- an illness told done, then what it left ("中风了 留下后遗症"): the 后遗症 row of the 慢病 list;
- years in two numerals each run together with no 年, one after another ("二七二八二九都交齐了"): years, never a sum;
- the year before said covered with 是 ("2025年是有医保的"), then this year's fee forgotten and paid late: no gap,
  the late payer's fixed wait;
- a bound whose figure is the unknown ("个人掏到好多才有"): the rule's threshold, not a form for the asker's bill;
- a comparison asked whether so, then how far in the same word ("是不是比普通人低 低多少"): one question."""
import pytest

from corpus.normalize import said_years
from intents.calc_kind import is_request
from intents.slots import extract
from tests.helpers import answer, computed, ids


def test_illness_told_done_then_its_sequela_is_the_sequela_row(engine):
    assert "后遗症" in "".join(extract("我妈中风了 留下点后遗症 走路不稳").get("diseases") or []), "no disease read"
    r = answer(engine, "老汉去年中风了 留下后遗症 居民医保 门慢一个月能报好多", "长治")
    assert "脑血管病后遗症" in r.text and "250" in r.text, r.text


@pytest.mark.parametrize("said, read", [
    ("二七二八二九都交齐了", "2027、2028、2029都交齐了"),
    ("从二四年起 二四二五也交了", "从2024年起 2024、2025也交了"),
    ("二三二四两年都断了", "2023、2024这两年都断了"),      # (a count after: as before)
])
def test_years_in_order_without_nian_are_years(said, read):
    assert said_years(said) == read


@pytest.mark.parametrize("said", ["二五二六块钱", "二五二七都交了", "二五二六二七连到两年", "电话一二三四"])
def test_numerals_not_years_in_order_stay(said):
    assert said_years(said) == said


def test_years_in_order_said_aloud_reach_the_cap_of_the_run(engine):
    r = answer(engine, "从二六年开始一直交合疗 二六二七二八二九都交了 三零年也接着交 三零年大病最高能报好多", "巴中")
    computed(r, 304000)


def test_last_year_covered_said_with_shi_then_paid_late_is_the_fixed_wait(engine):
    s = extract("我爸2025年是有医保的 2026年的忘了交 4月初才补交 啥时候能用")
    assert s.get("gap_years") == 0 and not s.get("gap_said"), s.values
    r = answer(engine, "我爸二五年是有医保的 二六年的忘了交 四月初才去补交 啥时候能用", "巴中")
    assert r.kind == "calculation" and "3 个月" in r.text and "断保后再参保" not in r.text, r.text


def test_threshold_asked_is_the_rule_not_a_form():
    s = extract("倾斜救助 个人掏到好多才有")
    assert not is_request("倾斜救助 个人掏到好多才有", s, "assistance")


def test_tilted_aid_threshold_asked_is_answered_with_its_line(engine):
    r = answer(engine, "听人讲还有一种倾斜救助 个人要自付超过好多钱才给", "巴中")
    assert r.kind == "faq" and "8500" in r.text, r.text
    assert "bz-6-05-g" in ids(r), r.text


def test_comparison_then_how_far_is_one_question(engine):
    r = answer(engine, "我是特困户 大病保险起付线是不是比普通人低 低多少", "巴中")
    assert "【2】" not in r.text and "7224" in r.text, r.text


def test_whole_deductible_quoted_as_the_alternative_is_no_bill(engine):
    s = extract("先在一级医院住院 后来转到三级医院 起付线是要重新交七百还是只补差额")
    assert "amount" not in s.values, s.values
    r = answer(engine, "老汉先在一级医院住的院 后来转到三级医院 起付线是要重新交七百还是补好多", "巴中")
    computed(r, 400, name="deductible_topup")


def test_emergency_then_admitted_is_counted_with_the_stay(engine):
    r = answer(engine, "我妈夜里送去急诊抢救 后来又住了院 急诊花的钱能不能算进住院一起报", "巴中")
    assert r.kind == "faq" and "纳入" in r.text and "住院" in r.text, r.text
    assert {"bz-3-15", "bz-2-31"} & set(ids(r)), ids(r)
