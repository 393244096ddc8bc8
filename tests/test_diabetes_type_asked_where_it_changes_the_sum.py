"""两病 diabetes with its type unsaid, where the region's table gives 1型糖尿病 a limit of its own (长治
居民两病: 糖尿病 360, 1型糖尿病 480 a year; 甲类 60 %, 乙类 50 %): asked which type when the two rows pay
differently on the bill told; computed, and said to be the same for both, when they do not; a type
said (in the question or in reply) is computed on its row. Never one row taken silently."""

import pytest

from tests.helpers import answer, computed, talk


@pytest.mark.parametrize("text", [
    # 700 × 60% = 420: under 480 (1型), over 360 (others) — the type decides
    "糖尿病 两病 甲类降糖药一年花了700 报多少",
    "我是两病里的糖尿病 一年甲类药800块 合疗给报好多",
])
def test_the_type_is_asked_when_the_rows_pay_differently(engine, text):
    r = answer(engine, text, region="长治")
    assert r.kind == "clarify", r.text
    assert "1型" in r.text, r.text


@pytest.mark.parametrize("text,figure", [
    # 乙类 300 × 50% = 150, under both limits: the same either way
    ("居民 糖尿病两病 乙类药一年花了300 能报多少", 150),
    # 2型 said: 700 × 60% = 420 > 360 → 360
    ("2型糖尿病 两病 甲类药一年700 报多少", 360),
    # 1型 said: 700 × 60% = 420 < 480 → 420
    ("1型糖尿病 两病 甲类药一年700 报多少", 420),
])
def test_the_type_is_not_asked_when_said_or_when_it_changes_nothing(engine, text, figure):
    computed(answer(engine, text, region="长治"), figure, name="two_diseases")


@pytest.mark.parametrize("reply,figure", [("1型的", 420), ("2型", 360), ("其他类型", 360)])
def test_the_type_told_in_reply_is_computed_on_its_row(engine, reply, figure):
    first, second = talk(engine, ["糖尿病两病 甲类药一年700 报多少", reply], region="长治")
    assert first.kind == "clarify", first.text
    computed(second, figure, name="two_diseases")
