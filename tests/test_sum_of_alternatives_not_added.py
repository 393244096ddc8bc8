"""A sum asked ("一共多少", "加起来好多") of readings that are choices for one case — each scheme, each
tier of one bill, each kind of one birth — in phrasings of our own, through the real engine: no total is
added (one person is in one scheme, one bill at one tier: 15440 + 11580 on a bill of 20000 is no sum
anyone is paid); two births told one of each kind keep theirs (round 32's sum-of-readings class reviewed).
巴中: 三级 职工 (20000 − 700) × 80% = 15440, 居民 × 60% = 11580; 居民 二级 (20000 − 400) × 70% = 13720;
居民 顺产 2000 + 500, 难产 3500 + 500.
"""
import pytest

from tests.helpers import answer, nums


@pytest.mark.parametrize("text, total", [
    ("三级医院住院花了2万 职工医保和居民医保各报多少 一共多少", 27020),
    ("居民医保 花了2万 在三级医院和二级医院住院各报多少 加起来好多", 25300),
    ("居民医保 顺产和剖腹产各报多少 一共多少", 6500),
])
def test_choices_for_one_case_are_not_added(engine, text, total):
    r = answer(engine, text, region="巴中")
    assert r.kind == "calculation", r.text
    assert total not in nums(r) and "两项合计" not in r.text, r.text


def test_two_births_one_of_each_kind_are_added(engine):
    r = answer(engine, "居民医保 两个儿媳妇今年都生了 一个顺产一个剖腹产 一共能报多少", region="巴中")
    assert {2500, 4000, 6500} <= nums(r), r.text
