"""A late payment not the asker's own (round 32's late-fee class reviewed), in phrasings of our own, through the real engine:

a late payment (克拉玛依: 1200 after the day, 400 on time) denied, of a year past, or of another member
beside the asker's own payment on time: not the asker's late fee computed.
"""
import pytest

from tests.helpers import answer, computed, nums


# ---- a late payment not the asker's own ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "我没有过了缴费时间才交 我交多少",
    "去年过了缴费时间才交的 今年按时交要交多少",
    "我儿子过了缴费时间才交 我自己是按时交的 我要交多少",
])
def test_a_late_payment_not_the_askers_own_is_not_priced_late(engine, text):
    # (the rule's page, stating 1200 as the rule beside the standard, may answer; a sum of 1200 computed
    # as the asker's fee may not)
    r = answer(engine, text, region="克拉玛依")
    assert not (r.kind == "calculation" and (1200 in nums(r) or r.calculation.inputs.get("late"))), r.text


@pytest.mark.parametrize("text", ["克拉玛依校区 过了缴费时间才交 要交多少钱",
                                  "克拉玛依校区 我儿子过了缴费时间才交 他要交多少",
                                  "克拉玛依校区 过了缴费时间才交 比按时交的多交多少"])
def test_a_late_payment_told_is_still_priced_late(engine, text):
    computed(answer(engine, text), 1200, name="contribution")
