"""The engine's date is given to it (`Engine(clock=…)`), never read from the system inside a reader:
whether a year asked is still to come ("长治…2030年还是1000吗", of material that dates none of its
figures) turns on it, and a test or a batch run must read the same reply whatever day it runs."""
from datetime import date

import pytest

from bot.engine import Engine
from tests.helpers import answer

ASKED = "长治居民住院起付线2030年还是1000吗"


@pytest.fixture(scope="module")
def engines():
    return {year: Engine(clock=lambda year=year: date(year, 6, 1)) for year in (2026, 2031)}


def test_a_year_after_the_engine_s_today_is_not_confirmed(engines):
    r = answer(engines[2026], ASKED, region="长治")
    assert r.kind == "unanswered", r.text
    assert "不能确认2030年" in r.text, r.text


def test_a_year_before_the_engine_s_today_is_answered_from_the_page(engines):
    r = answer(engines[2031], ASKED, region="长治")
    assert r.kind == "faq", r.text
    assert "1000元" in r.text and "不能确认" not in r.text, r.text
