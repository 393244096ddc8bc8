"""The wait before cover asked right after a case that told years without cover ("前年去年都没交 …", then
"那好久才能用"): the wait of that gap, computed (巴中 第三章十问: 固定等待期3个月, 每多断1年加变动等待期1个月
— 例五 断2年 4个月); how to shorten it is the repair's rule, not the wait again. Years without cover said
relative to today and listed ("大前年前年去年都没交") are that many years. Own phrasings, through the real
engine and the batch contract."""
import pytest

from intents.slots import extract
from tests.helpers import computed, talk


@pytest.mark.parametrize("text, years", [
    ("前年和去年都莫交医保", 2),
    ("我大前年前年去年都没交", 3),
    ("去年没交", 1),
])
def test_relative_years_listed_are_the_gap(text, years):
    assert extract(text).get("gap_years") == years


@pytest.mark.parametrize("turns, months", [
    (["前年和去年都莫交合疗 今年补上了 大病保险最高报好多", "那好久才能用"], 4),
    (["我2023 2024 2025三年都没交居民医保 今年交 大病封顶多少", "等待期是几个月"], 5),
    (["我2025年没交合疗 2026年交了 大病保险封顶好多", "说错了 2024 2025两年都没交", "要等多久才能报"], 4),
])
def test_the_wait_of_the_gap_told_before(engine, turns, months):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, months)
    assert "断保" in r.text, r.text


def test_shortening_the_wait_is_the_repairs_rule(engine):
    *_, r = talk(engine, ["前年和去年都莫交合疗 今年补上了 大病保险最高报好多", "有没有办法把等待期缩短"], region="巴中")
    assert "修复" in r.text, r.text


def test_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {"gap": ("巴中", ["前年和去年都莫交合疗 今年补上了 大病保险最高报好多", "那好久才能用"])})
    assert rows["gap-1"]["kind"] == "calculation" and "4 个月" in rows["gap-1"]["text"]


@pytest.mark.parametrize("turns, alone", [
    # the case's scheme goes with its gap: a 职工's two years unpaid are 24 months' arrears (巴中 第二章
    # 二十三问: 12个月以上 等待期6个月), never the 居民's 3 + 1 months
    (["我是职工 断了两年 现在续上", "那要等好久才能报"], "我是职工 断了两年 现在续上 要等好久才能报"),
    (["职工医保断了两年没交 今年续上了", "那等待期好久"], "职工医保断了两年没交 今年续上了 等待期好久"),
])
def test_the_wait_is_the_told_schemes(engine, turns, alone):
    *_, r = talk(engine, turns, region="巴中")
    once = talk(engine, [alone], region="巴中")[-1]
    assert r.kind == once.kind and r.text == once.text, (r.text, once.text)
