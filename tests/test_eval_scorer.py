"""The scorer's reading of the writers' keys: what a set expects is what it is scored by."""
import json

import pytest

from bot.measure.evaluate import QuestionSetError, check, evaluate, load_items

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


def _write(tmp_path, *items):
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n", encoding="utf-8")
    return [path]


def test_turns_given_as_plain_messages_score_the_last_with_the_items_expect(tmp_path):
    # a writer's conversation as messages with one expect: the earlier ones are context, unscored
    items = load_items(_write(tmp_path, {
        "id": "p-001", "region": "巴中", "turns": ["住院要算报销", "三级医院 居民医保 花了一万"],
        "expect": {"kind": "calculation", "numbers": [999999]}}))
    assert items[0]["turns"][0]["expect"] is None
    report = evaluate(items)
    assert [f.split(" | ")[0] for f in report.failures] == ["p-001#1"]   # only the last is scored
    assert report.summary()["items"] == 1


@pytest.mark.parametrize("turns", [["只有一句"], [{"q": "没有expect"}], "一句话", [], [1, 2]])
def test_malformed_turns_are_a_clear_error_not_a_crash(tmp_path, turns):
    item = {"id": "p-002", "turns": turns}
    if turns == ["只有一句"]:
        item["expect"] = "faq"                       # an expect that is not an object
    with pytest.raises(QuestionSetError, match="line 1: \"turns\" must be"):
        load_items(_write(tmp_path, item))
