"""长治 居民住院: a 三类 hospital said to be of the city takes the table's 省、市级 column (400 / 75 %), one with no
level said or of a county stays on the 县级 column (100 / 85 %); a stay filed in 长治 at a hospital out of the
province is the 省外 column, the place of filing never read as the place of care. Own phrasings, through the
real engine."""
import pytest

from calculators.hospital import row_for
from calculators.policy import policy_for
from tests.helpers import answer as ask
from tests.helpers import computed


def test_class_three_rows_by_level():
    p = policy_for("长治")
    assert row_for(p, tier="二级", grade="乙", level="省市级").row == "三类省市级"
    assert row_for(p, tier="二级", grade="乙", level="县级").row == "三类"
    assert row_for(p, tier="二级", grade="乙").row == "三类"        # (no level said: never asked, as before)
    assert row_for(p, tier="二级", grade="甲", level="县级").row == "二类县级"


@pytest.mark.parametrize("text,figure,deductible", [
    # (9000 − 400) × 75 % = 6450
    ("居民医保 在长治市的二级乙等医院住了几天 合规9000 能报多少", 6450, "400 起付线"),
    # (9000 − 100) × 85 % = 7565
    ("居民医保 县里的二级乙等医院住院 合规9000 能报多少", 7565, "100 起付线"),
])
def test_class_three_hospital_by_its_level(engine, text, figure, deductible):
    r = computed(ask(engine, text, region="长治"), figure)
    assert deductible in r.text, r.text


def test_filed_in_the_region_cared_for_out_of_the_province(engine):
    # 省外 column: (20000 − 1500) × 55 % = 10175
    r = computed(ask(engine, "在长治办了异地备案 去上海三甲医院住院 合规两万 居民医保 能报多少", region="长治"), 10175)
    assert "1500 起付线" in r.text, r.text
