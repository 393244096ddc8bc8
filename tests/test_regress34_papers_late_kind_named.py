"""A filing's papers not ready with the kind of filing named (长期 / 临时): the 承诺制 page answers every kind
(file first, hand the papers in within 2 months) — the kind's own page, found by the kind's word, gave the
papers it needs and not what to do without them (our own examples, none in eval/)."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text", [
    "长期居住备案的资料暂时拿不出来 可以先办吗",
    "临时备案的材料暂时拿不出 可不可以先备",
    "办临时备案的材料还没准备齐 可以先办不",
])
def test_papers_not_ready_for_a_named_kind_of_filing_find_the_promise_filing(engine, text):
    r = answer(engine, text, "克拉玛依")
    assert ids(r)[:1] == ["ky-08-08"], r.text
    assert "承诺制" in r.text and "2个月" in r.text
