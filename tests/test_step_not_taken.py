"""A step the asker says was not taken ("没备案") and a page about the time after it was ("异地备案以后
在外地医院怎么结算"): asked back, never answered as that page. Phrasings of our own."""
import pytest

from bot.engine import ANSWER_AT
from tests.helpers import answer, ids


@pytest.mark.parametrize("text", [
    "在外地开了刀住院 没备案 费用都是自己垫付的 怎么结算",
    "没来得及备案 外地医院能直接刷医保卡结算吗",
])
def test_a_step_not_taken_is_not_answered_by_the_page_after_it(engine, text):
    # the page of settling once filed (ky-08-02: 备案以后直接结算) is the opposite case
    r = answer(engine, text, region="克拉玛依")
    assert not (r.kind == "faq" and ids(r)[:1] == ["ky-08-02"] and (r.confidence or 0) >= ANSWER_AT), r.text


def test_a_step_taken_keeps_the_page_after_it(engine):
    r = answer(engine, "办了异地备案以后在外地医院怎么结算", region="克拉玛依")
    assert r.kind == "faq" and ids(r)[:1] == ["ky-08-02"], r.text
