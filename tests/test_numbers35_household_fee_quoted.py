"""A household's members counted with one member's fee quoted ("一家5口 一个人四百 总共多少"): the fee
quoted is no bill of care; the household's sum is computed from the policy file. Own phrasings, through
the real engine."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed


@pytest.mark.parametrize("text,region,total", [
    # 巴中 第三章 六问: 2026 个人缴费 400
    ("合疗 我屋头5口人 每人400 2026年一共好多", "巴中", 2000),
    # 克拉玛依 缴费通知: 2026 校区学生 个人缴费 400
    ("居民医保 全家3个人 一人交400 合计多少", "克拉玛依", 1200),
])
def test_a_fee_quoted_per_person_is_the_households_sum_asked(engine, text, region, total):
    computed(ask(engine, text, region=region), total, name="contribution")


def test_a_bill_of_care_beside_a_household_count_is_still_a_bill(engine):
    r = ask(engine, "一家4口 合疗 我在卫生院住院花了2000 报多少", region="巴中")
    assert r.kind != "calculation" or r.calculation.name != "contribution", r.text
