"""A couple's birth (the asker in 职工医保, the spouse in 城乡居民医保, 巴中 第二章九问: 补差 = 职工标准 −
what 居民医保 paid) followed up the way people do: the spouse's scheme said again with what it paid
("她居民医保报了3500 我这边还能补多少") is the 职工 side's top-up, never the asker's scheme changed; and one
part of the couple's sum asked after it ("那产检呢", "产前检查费呢") is that part's figure from the case
(职工 800 − 居民 500 = 300). Own phrasings, through the real engine."""
import pytest

from tests.helpers import computed, talk

COUPLE = "我是职工医保 媳妇是城乡居民 她生孩子我这能报不"


@pytest.mark.parametrize("told, figure", [
    ("剖腹产 她居民医保报了3500 我这边还能补多少", 2000),     # 难产（含剖宫产）职工5500 − 3500
    ("顺产 媳妇新农合那边报了2000 我这头能补好多", 1500),      # 顺产 职工3500 − 2000
])
def test_the_spouses_scheme_said_again_is_the_top_up(engine, told, figure):
    *_, r = talk(engine, [COUPLE, told], region="巴中")
    computed(r, figure)
    assert "补差" in r.text, r.text


@pytest.mark.parametrize("turns", [
    [COUPLE, "剖腹产 她居民医保报了3500 我这边还能补多少", "那产检呢"],
    [COUPLE, "顺产 媳妇新农合那边报了2000 我这头能补好多", "产前检查费呢 补好多"],
])
def test_one_part_of_a_couples_birth_asked_after_it(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, 300)
    assert "产前检查费" in r.text.splitlines()[0], r.text


def test_how_the_part_is_claimed_is_still_the_page(engine):
    *_, r = talk(engine, ["老婆合疗 顺产 能报多少", "产检费怎么申领"], region="巴中")
    assert r.kind == "faq" and "产前检查费申领" in r.text, r.text
