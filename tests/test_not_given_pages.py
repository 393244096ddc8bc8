"""A page whose answer is that the handbook does not give the matter (长治's slides list the 门诊慢性病
and their limits, never where or how one applies) is an honest don't-know, as the pages on lost
tables are: the reply is unanswered, says so with the office to ask, and staff see the question.
The phrasings are our own (none is in eval/)."""
import pytest

from corpus.entries import load_entries
from tests.helpers import answer

_NOT_GIVEN = ("给不出", "没有写")


def test_a_page_saying_the_handbook_gives_no_answer_is_a_gap():
    # (a page that gives its figures and only notes what is missing beside them is no gap:
    # ky-07-05-both states both limits)
    for e in load_entries():
        if e.answer.startswith("材料文本没有写") or any(w in e.answer[:40] for w in _NOT_GIVEN):
            assert e.gap, e.id


@pytest.mark.parametrize("text", [
    "长治的慢病卡去哪个医院申请认定",
    "我妈在长治 想办门诊慢性病 该上哪儿申请",
])
def test_where_to_apply_for_a_chronic_card_in_changzhi_is_not_answered(engine, text):
    r = answer(engine, text, region="长治")
    assert r.kind == "unanswered", r.text
    assert "经办机构" in r.text or "窗口" in r.text, r.text
