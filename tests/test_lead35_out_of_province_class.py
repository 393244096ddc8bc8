"""长治's 居民 inpatient table has one 省外 column, 一类's (三级甲等): a hospital out of the province of any
other class said (二级乙等, 乡镇卫生院) has no figure in the handbook, and must never take that class's
local column (县级 100 / 85 %), which it did while the local rows came first in the policy file."""
import pytest

from tests.helpers import answer, nums


@pytest.mark.parametrize("text", [
    "居民医保 在上海一家二级乙等医院住了院 目录内两万 能报多少",
    "合疗 在河北的乡镇卫生院住院 花了六千 备案了 报多少",
])
def test_another_class_out_of_the_province_gets_no_local_column(engine, text):
    r = answer(engine, text, region="长治")
    assert "没有省外其他等级医院的" in r.text, r.text
    assert not {0.85, 85.0} & nums(r), r.text


def test_a_top_class_out_of_the_province_keeps_its_column(engine):
    r = answer(engine, "居民医保 在上海三甲医院住院 目录内两万 备案了 报多少", region="长治")
    assert 10175 in nums(r), r.text      # (20000 − 1500) × 55 %
