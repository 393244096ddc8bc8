"""The scorer's reading of the writers' keys: what a set expects is what it is scored by."""
import pytest

from bot.measure.evaluate import check

ASK_OR_COMPUTE = {"kind": "clarify", "kinds": ["clarify", "calculation"], "numbers": [5580]}
DECLINE_OR_ANSWER = {"kind": "unanswered", "kinds": ["unanswered", "faq"], "none": ["300元"]}


@pytest.mark.parametrize("expect, kind, text, ok", [
    # "kinds" names every acceptable kind, whatever the first choice in "kind"
    (ASK_OR_COMPUTE, "clarify", "在哪一级医院？", True),
    (ASK_OR_COMPUTE, "calculation", "医保统筹基金支付约 5,580 元", True),
    (ASK_OR_COMPUTE, "calculation", "医保统筹基金支付约 6,000 元", False),     # computed, but wrongly
    (ASK_OR_COMPUTE, "faq", "住院起付线700元", False),                        # not an acceptable kind
    (DECLINE_OR_ANSWER, "faq", "手册给出的是2026年的标准：400元", True),
    (DECLINE_OR_ANSWER, "faq", "2020年是300元", False),                      # states what it must not
    (DECLINE_OR_ANSWER, "unanswered", "抱歉，我的政策手册里没有找到", True),
    # a figure named only to deny it ("不是300元：") is not stated; stated anywhere else, it is
    (DECLINE_OR_ANSWER, "faq", "不是300元：2026年个人缴费400元", True),
    (DECLINE_OR_ANSWER, "faq", "不是300元：2020年是300元", False),
    ({"kind": "faq", "all": ["700"], "none": ["500"]}, "faq", "不是500：起付线是700元", True),
    ({"kind": "faq", "all": ["700"], "none": ["500"]}, "faq", "不是5000：起付线是700元", True),
    ({"kind": "faq", "all": ["700"], "none": ["500"]}, "faq", "起付线是500元，另700元", False),
    # a figure is stated whole: 100000 does not state 10000
    ({"kind": "faq", "all": ["14448"], "none": ["10000"]}, "faq", "起付线14448元，0元至100000元60%", True),
    ({"kind": "faq", "all": ["14448"], "none": ["10000"]}, "faq", "起付线14448元，超过10000元的", False),
    # the denial may name the figure in two units; it denies both
    ({"kind": "faq", "all": ["30万"], "none": ["50万"]}, "faq", "不是500000元（50万元）：最高30万元", True),
    ({"kind": "faq", "all": ["30万"], "none": ["50万"]}, "faq", "不是40万：最高30万元，另50万元", False),
    ({"kind": "unanswered", "kinds": ["unanswered", "any"]}, "faq", "不能。", True),
    # without "kinds", the kind must be the one named
    ({"kind": "clarify"}, "faq", "起付线700元", False),
    ({"kind": "faq", "all": ["700"]}, "faq", "起付线700元", True),
    ({"kind": "faq", "all": ["700"]}, "clarify", "在哪一级医院？700", False),
    ({"kind": "any", "kinds": ["faq", "clarify"], "any": ["700"]}, "unanswered", "700", False),
])
def test_kinds_are_every_acceptable_kind(expect, kind, text, ok):
    assert check(expect, kind, text)[0] is ok


def test_a_calculations_figures_may_be_written_as_strings():
    # a writer's set with "numbers": ["5580"] is scored, not a crash
    expect = {"kind": "calculation", "numbers": ["5580"]}
    assert check(expect, "calculation", "医保统筹基金支付约 5,580 元")[0]
    assert not check(expect, "calculation", "医保统筹基金支付约 6,720 元")[0]
