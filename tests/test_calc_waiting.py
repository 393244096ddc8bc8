"""Waiting periods: 巴中 第三章 十问 例一 to 例七, exactly."""
import pytest

from calculators.common import NotListed
from calculators.policy import policy_for
from calculators.waiting_period import waiting_period

BZ = policy_for("巴中")


@pytest.mark.parametrize("case,kw,months,start", [
    ("例一 集中缴费期内续保", dict(gap_years=0, in_window=True), 0, None),
    ("例一 集中缴费期后续保", dict(gap_years=0, in_window=False), 3, None),
    ("例二 上年未参保 1月1日前", dict(gap_years=1, in_window=True), 3, "4月1日"),
    ("例三 断保后12月补缴当年", dict(gap_years=1, in_window=False), 3, None),
    ("例四 1月2日参保", dict(gap_years=1, in_window=False), 3, None),
    ("例五 断两年", dict(gap_years=2, in_window=True), 4, "5月1日"),
    ("例五 修复1个月", dict(gap_years=2, in_window=True, repair_years=1), 3, None),
    ("例六 断五年", dict(gap_years=5, in_window=True), 7, "8月1日"),
    ("例六 修复1个月", dict(gap_years=5, in_window=True, repair_years=1), 6, None),
    ("例六 修复4年仍不少于6个月", dict(gap_years=5, in_window=True, repair_years=4), 6, None),
    ("例七 新生儿90天内", dict(gap_years=0, newborn_within_days=True), 0, None),
    ("例七 出生两年后参保", dict(gap_years=2), 4, None),
    ("例七 出生两年后修复", dict(gap_years=2, repair_years=1), 3, None),
    ("dev 断保3年集中缴费期", dict(gap_years=3, in_window=True), 5, "6月1日"),
    ("断3年补3年只修复变动部分", dict(gap_years=3, repair_years=3), 3, None),
    ("断4年全部修复仍6个月", dict(gap_years=4, repair_years=3), 6, None),
])
def test_examples(case, kw, months, start):
    c = waiting_period(BZ, **kw)
    assert c.result["months"] == months, case
    if start:
        assert any(start in s for s in c.steps), case


def test_staff_first_enrolment():
    assert waiting_period(BZ, gap_years=0, insurance="职工").result["months"] == 6


@pytest.mark.parametrize("region", ["克拉玛依", "长治"])
def test_other_regions_do_not_list_it(region):
    with pytest.raises(NotListed):
        waiting_period(policy_for(region), gap_years=2)
