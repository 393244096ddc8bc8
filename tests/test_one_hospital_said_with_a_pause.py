"""One hospital named twice with a pause between ("一级的 社区医院"): one place, its level the one said —
not two stays, nor the 乡镇卫生院 row a region's table may lack. Through the slots and the engine."""
import pytest

from intents.slots import extract
from tests.helpers import computed, talk


@pytest.mark.parametrize("text", ["一级的 社区医院 今年第一次看门诊", "一级的社区医院", "二级的 县医院"])
def test_a_level_and_its_hospital_are_one_place(text):
    ex = extract(text)
    assert "prior_tier" not in ex.values and ex.get("tier") in ("一级", "二级"), ex.values


def test_two_places_with_their_own_verbs_are_still_two_stays():
    ex = extract("一级医院住过 社区医院又住了")
    assert ex.get("prior_tier") == "一级", ex.values


def test_the_level_said_answers_the_form(engine):
    # (克拉玛依 7.待遇标准表 普通门诊: 一级 起付10元（单次）、70%: (80 − 10) × 70% = 49)
    *_, r = talk(engine, ["感冒去医院门诊花了80 都是医保目录里的 能报多少", "一级的 社区医院 今年第一次看门诊"],
                 region="克拉玛依")
    computed(r, 49, name="outpatient")
