"""A wait asked right after the asker said their scheme ("公司没给我交职工医保了", then "欠了5个月 补交了能报不"):
read with that scheme — a 职工's arrears (巴中 第二章 二十三问: 6 months or less, back-dated; over 12,
a 6-month wait), never a 居民's gap in cover (第三章 十问); and a later "要是欠了一年多呢" changes the
months of that case. Own phrasings, through the engine's conversation."""
import pytest

from tests.helpers import computed, talk


@pytest.mark.parametrize("turns, wait", [
    (["单位三个月没给我交职工医保了 咋办", "欠了4个月 补上以后能报不"], 0),
    (["我是职工医保 单位一直拖着没交", "欠了大半年了 八个月 补了要等多久"], None),
    (["我是职工医保 单位一直拖着没交", "断了两年了 补上要等好久"], 6),
])
def test_a_wait_after_the_scheme_said_is_that_schemes(engine, turns, wait):
    # (computed, or the rule's page: the 职工's either way)
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind in ("calculation", "faq") and "欠费" in r.text and "断保" not in r.text, r.text
    if r.kind == "calculation" and wait is not None:
        computed(r, wait, name="waiting_period")


def test_the_months_changed_next_keep_the_scheme(engine):
    *_, r = talk(engine, ["单位好几个月没给我交职工医保了", "欠了3个月 补交了能报不", "要是欠了一年半呢"], region="巴中")
    computed(r, 6, name="waiting_period")
    assert "连续欠费 18 个月" in r.text and "滞纳金" in r.text, r.text


def test_a_residents_gap_is_still_a_gap(engine):
    *_, r = talk(engine, ["我是居民医保", "断了两年了 补上要等好久"], region="巴中")
    computed(r, 4, name="waiting_period")
    assert "断保 2 年" in r.text, r.text
