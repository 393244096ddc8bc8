"""A job said not yet begun ("还没入职", "还没参加工作", "没上班") says no working 职工: nothing of the asker's
scheme is read from it, and a stay is never computed at 职工's rates (巴中 第二章 二十七问: 三级 80%) on it."""
import pytest

from intents.slots import extract
from tests.helpers import answer


@pytest.mark.parametrize("text", ["我还没入职 住院能报多少", "还没参加工作 医保咋交", "我没上班 住院报多少",
                                  "入职前交的合疗 还能用不"])
def test_a_job_not_begun_says_no_working(text):
    assert extract(text).get("retired") is None, text


@pytest.mark.parametrize("text", ["刚入职 住院报多少", "我在职 住院报多少", "刚参加工作 医保咋交"])
def test_a_job_begun_is_working(text):
    assert extract(text).get("retired") is False, text


def test_a_stay_is_not_computed_at_staff_rates(engine):
    r = answer(engine, "我还没入职 住院花了1万 三级医院 能报多少", region="巴中")
    assert "职工医保" not in (r.text.splitlines()[0] if r.kind == "calculation" else "") and "7,440" not in r.text, r.text
