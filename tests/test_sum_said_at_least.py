"""A sum said as at least a figure ("一万多", "四万多", "八千多"), issue 10: what its lower end gives is
shown with its working, and the exact sum is asked — a question back, the form waiting for the amount,
which the next message computes. Where the asker asks for an estimate ("大概能报多少") the lower end,
said, is the answer; where the top of what the words allow pays the same as the lower end (a yearly
limit, a fixed sum already reached), the answer is settled and computed, said so."""
import pytest

from tests.helpers import computed, nums, talk

# (region, message, what the lower end gives, the exact sum told next, what that gives)
ASKED = [
    # 巴中 第三章 十一问: 居民 二级 起付400元 70% → (10000 − 400) × 70%; (13000 − 400) × 70%
    ("巴中", "我在二级医院住院花了一万多 合疗 报得到好多", 6720, "准确是1万3", 8820),
    # 克拉玛依 待遇标准表: 三级 起付600元 65% → (10000 − 600) × 65%; (12000 − 600) × 65%
    ("克拉玛依", "我在克拉玛依三级医院住院花了一万多 报多少", 6110, "12000", 7410),
    # 巴中 第三章 二十二问: 大病 起付14448元，60% → (40000 − 14448) × 60%; (42000 − 14448) × 60%
    ("巴中", "大病保险 我自己负担了四万多 能报多少", 15331.2, "具体是42000", 16531.2),
    # ... 一万多 is below the 起付线 at its lower end and may be above it: nothing settled
    ("巴中", "大兵保险 我今年住院自己负担的合规费用一万多 能报不", 0, "15000", 331.2),
]


@pytest.mark.parametrize("region,text,low,exact,pays", ASKED)
def test_the_lower_end_is_shown_and_the_exact_sum_asked(engine, region, text, low, exact, pays):
    first, second = talk(engine, [text, exact], region=region)
    assert first.kind == "clarify" and first.missing_slots == ["amount"], first.text
    assert low in nums(first) and "下限" in first.text and "准确金额" in first.text, first.text
    assert "来源：" in first.text
    computed(second, pays)


@pytest.mark.parametrize("text,pays", [
    ("居民医保，三级医院住院花了一万多，大概能报多少", 5580),         # (10000 − 700) × 60%
    ("巴中居民，二级医院住院花了一万多，估计能报好多", 6720),         # (10000 − 400) × 70%
])
def test_an_estimate_asked_is_answered_by_the_lower_end(engine, text, pays):
    [r] = talk(engine, [text], region="巴中")
    computed(r, pays)
    assert "下限" in r.text


@pytest.mark.parametrize("text,pays", [
    ("剖腹产花了八千多 居民医保给报多少", 3500),                      # 第三章 十四问: 难产限额 3500 元
    ("门诊今年花了一千多 合疗 一年门诊统筹能报好多", 100),             # 第三章 十八问: 年度限额 100 元
])
def test_a_limit_reached_at_the_lower_end_settles_it(engine, text, pays):
    [r] = talk(engine, [text], region="巴中")
    computed(r, pays)
    assert "不会多报" in r.text and "多报一些" not in r.text


@pytest.mark.parametrize("turns,low", [
    # the form asked for the bill, and was told only at least a figure: the exact sum asked in turn
    (["巴中居民 二级医院住院 报好多", "一万多"], 6720),
])
def test_a_rough_sum_told_to_the_forms_question_is_asked_exactly(engine, turns, low):
    *_, r = talk(engine, turns)
    assert r.kind == "clarify" and r.missing_slots == ["amount"] and low in nums(r), r.text


@pytest.mark.parametrize("text,pays", [
    # whether 大病 pays, asked of 6万多 in 长治 (超过5万元以上部分再按50%): yes at both ends — answered
    ("长治大病报完以后俺自己还掏了6万多 还能再报不", 5000),
])
def test_a_yes_or_no_the_same_at_both_ends_is_answered(engine, text, pays):
    [r] = talk(engine, [text], region="长治")
    assert r.kind == "calculation" and pays in nums(r), r.text


@pytest.mark.parametrize("text,region", [
    ("居民医保，二级医院住院花了两万多", "巴中"),                              # the case told, nothing asked
    ("大病保险的起伏线是好多 我记得好像一万多 2025年的", "巴中"),                # the rule asked
])
def test_no_figure_asked_of_the_sum_keeps_the_lower_end(engine, text, region):
    [r] = talk(engine, [text], region=region)
    assert r.kind != "clarify" and "下限" in r.text, r.text


def test_the_exact_in_catalogue_part_beside_a_rough_bill_is_the_amount(engine):
    # "总共八千多 其中政策范围内刚好8000": the part the funds pay on is said exactly — nothing to ask
    [r] = talk(engine, ["娃儿在三级医院住了几天 总共八千多 其中政策范围内刚好8000 居民医保 能报好多嘛"], region="巴中")
    computed(r, 4380)                                         # (8000 − 700) × 60%
