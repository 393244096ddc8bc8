""""当时哪里想得起备案哦": the rhetorical 哪里 (哪里想得起, 哪顾得上) says the filing was not done; it
asks no place. Read as a 地点 question it found the page on where to file (巴中 第一章 二十七), not the
case told: care in an emergency elsewhere, taken as filed (第一章 二十九: 异地急诊抢救人员 视同已备案，
无需单独备案). Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text", [
    "去外省走亲戚 突然急诊抢救住了院 哪里想得起备案 现在回来了 医保还认不认",
    "出差时候突发急病急诊抢救 那时候哪想得起去备案 这钱能报不",
    "旅游路上急诊抢救 人都吓慌了 哪顾得上备案 出院了医保管不管",
])
def test_not_filed_said_rhetorically_is_the_emergency_page(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-1-29-a", r.text
    assert "视同已备案" in r.text, r.text


def test_a_place_asked_with_where_still_is_the_filing_page(engine):
    r = answer(engine, "异地就医备案在哪里办", region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-1-27", r.text
