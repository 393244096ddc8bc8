"""A hospital named by its level alone ("县医院") where the region's inpatient table is by 收费标准
class and that level spans several classes (长治: a 县级 hospital is 三类 if 二级乙等及以下, 二类县级 if
二级甲等 or 三级乙等): the stay is computed on each class, side by side, and the tier asked — never one
class taken for it, never only asked. Own phrasings, through the real engine.
(长治 居民住院待遇: 三类 100 元 85%; 二类县级 400 元 75%; 一类 1000 元 60%)"""
import pytest

from tests.helpers import computed, talk


@pytest.mark.parametrize("turns, each", [
    (["长治城乡居民 在县医院住院 花了4000 报好多"], (3315, 2700)),
    (["俺是长治的居民医保 县级医院住了院 合规费用六千 能报好多"], (5015, 4200)),
    (["长治居民医保住院花了2000 能报多少", "县里的医院"], (1615, 1200)),
])
def test_a_county_hospital_is_computed_for_each_class_and_the_tier_asked(engine, turns, each):
    *_, r = talk(engine, turns, region="长治")
    computed(r, *each, name="inpatient")
    assert r.missing_slots == ["tier"] and "在哪一级医院" in r.text, r.text


def test_the_tier_said_next_computes_that_class_alone(engine):
    *_, r = talk(engine, ["长治城乡居民 在县医院住院 花了4000 报好多", "二级甲等"], region="长治")
    computed(r, 2700, name="inpatient")
    assert "3,315" not in r.text and "3315" not in r.text, r.text


def test_a_tier_said_with_the_level_is_one_class(engine):
    *_, r = talk(engine, ["长治城乡居民 在县医院住院 二级乙等 花了4000 报好多"], region="长治")
    computed(r, 3315, name="inpatient")
    assert "2,700" not in r.text, r.text


@pytest.mark.parametrize("text", [
    "长治居民 县医院住院 花了六千",               # facts told, nothing asked yet
    "长治居民 县医院住院花了六千多 报好多",        # a sum only about that much
])
def test_facts_told_or_a_rough_sum_get_the_tier_asked_alone(engine, text):
    *_, r = talk(engine, [text], region="长治")
    assert r.kind == "clarify" and r.missing_slots == ["tier"] and "5015" not in r.text.replace(",", ""), r.text
