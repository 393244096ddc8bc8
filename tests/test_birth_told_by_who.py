"""A birth told by who was born or who gave birth before 生了 ("俺家娃生了", "我老婆生了"): a birth of the
asker's, whose sum turns on how it went — asked back (长治 居民: 顺产 1500 元, 剖腹产 3000 元); the kind told
computes it."""
import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text", ["俺家娃生了 居民医保报多少", "我老婆生了 居民医保报多少",
                                  "我老婆刚生完在病房住了五天 居民医保报多少"])     # (a ward is no illness)
def test_the_kind_of_birth_is_asked(engine, text):
    r = answer(engine, text, region="长治")
    assert r.kind == "clarify" and "顺产" in r.text, r.text


def test_the_kind_told_computes(engine):
    computed(answer(engine, "我老婆生了 顺产 居民医保报多少", region="长治"), 1500, name="maternity")


def test_the_newborns_own_cover_asked_stays_the_newborns(engine):
    # 巴中 第三章 七问: 出生90天内缴纳 … 待遇享受期为出生之日起
    r = answer(engine, "我儿媳妇刚生了个孙孙 才生了二十几天 娃儿的医保要在好多天以内交 才能从生下来那天就报销", region="巴中")
    assert r.kind == "faq" and "90天" in r.text, r.text


# 生了 of an illness ("孩子生了病", "老婆生了场大病") tells no birth: the stay is computed, no kind of birth asked
@pytest.mark.parametrize("text", ["我女儿生了病 住院花了一万能报多少", "孩子生了场大病 住院花了一万 能报多少",
                                  "我老婆生了重病 住院花了一万 能报多少"])
def test_an_illness_is_no_birth(engine, text):
    r = answer(engine, text, region="巴中")
    assert "顺产" not in r.text and "剖宫产" not in r.text, r.text
    assert r.calculation is None or r.calculation.name != "maternity", r.text
