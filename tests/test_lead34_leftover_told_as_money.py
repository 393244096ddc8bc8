"""The in-catalogue part the asker paid, told as money ("目录内自己付的钱", "目录内自己掏的"), is what the
funds left — the 救助 asked of it is 救助's own rule or sum, never a stay's bill whose hospital level is
asked first."""
import pytest

from intents.calc_kind import calc_kind
from intents.slots import extract
from tests.helpers import answer


@pytest.mark.parametrize("text", ["五保户住院 目录内个人付的钱 医疗救助给多少", "特困人员住院 目录内自己出的 救助多少"])
def test_the_part_paid_is_what_the_funds_left(text):
    assert calc_kind(text, extract(text)) == "assistance"


def test_no_hospital_level_is_asked_for_the_rule(engine):
    reply = answer(engine, "特困供养人员住院 目录内自己付的那些钱 医疗救助能救多少", "长治")
    assert "在哪一级医院" not in reply.text, reply.text
    assert "100%" in reply.text, reply.text


def test_the_part_paid_told_with_a_sum_is_computed_as_assistance(engine):
    reply = answer(engine, "特困人员住院 目录内自己掏了2000 救助多少", "巴中")
    assert reply.kind == "calculation" and "2000 × 100%" in reply.text, reply.text
