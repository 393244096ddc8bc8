"""One member named with two stays of their own ("我爸…，我爸后来又…一共能报多少"), in phrasings of our own,
through the real engine: one person's year (one yearly limit, a stay after the first), never two people's
first stays added up (round 32's several-members'-bills class reviewed).
"""
from tests.helpers import answer, nums


# ---- one member's two stays ---------------------------------------------------------------------------


def test_one_members_two_stays_are_not_two_peoples_bills_added(engine):
    # 居民 年度限额 110000: one person's two stays of 15万 can never be paid 89580 + 89580 = 179160
    r = answer(engine, "我爸在三级医院住院花了15万，我爸后来又在三级医院住院花了15万，都是居民医保，一共能报多少",
               region="巴中")
    assert 179160 not in nums(r), r.text


def test_two_members_bills_are_still_added(engine):
    # 居民 一级 (1300 − 300) × 80% = 800; 二级 (5400 − 400) × 70% = 3500; together 4300
    r = answer(engine, "我爸在一级医院住院花了1300，我妈在二级医院住院花了5400，都是居民医保，一共能报多少",
               region="巴中")
    assert {800, 3500, 4300} <= nums(r), r.text
