"""A household counted by its members ("我跟老伴加一个孤儿孙子 …一共要交好多"): as many people as listed,
the category only theirs it is said of — never the one 孤儿's full subsidy stated as the whole
household's fee, 0 元, as sure (issue 8). Handbook: 巴中 第三章 六问 (2026年度 个人缴费400元; 特困、孤儿
全额资助; 低保 资助300元)."""
import pytest

from intents.slots import extract
from tests.helpers import answer, computed


@pytest.mark.parametrize("text, people, of_category", [
    ("我跟老伴加一个孤儿孙子 2026年居民医保一共要交好多", 3, True),
    ("我跟老伴加一个孙子 孙子是孤儿 一共交好多", 3, True),
    ("我跟老伴加两个低保的孙子 一共交好多", 4, 2),
    ("我和老婆还有两个娃 居民医保一共交多少", 4, None),
    ("我和我妈都是低保 一共交多少", 2, None),        # both of it: everyone's category
    ("我跟老伴 居民医保要交好多", None, None),        # no total asked: each one's fee
])
def test_a_household_listed_by_its_members(text, people, of_category):
    said = extract(text)
    assert said.get("people") == people and said.get("one_member") == of_category


@pytest.mark.parametrize("text, total", [
    ("我跟老伴加一个孤儿孙子 2026年居民医保一共要交好多", 800),       # 400 × 2 + 0
    ("我和老婆还有两个娃 2026年居民医保一共交多少", 1600),            # 400 × 4
])
def test_the_listed_household_pays_as_counted(engine, text, total):
    r = answer(engine, text, region="巴中")
    computed(r, total, name="contribution")
