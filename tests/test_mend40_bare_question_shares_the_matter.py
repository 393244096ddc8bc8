"""Where the whole message's best page says whether or who and the bare question is read alone instead, the page
it finds must share a word of what the message tells: "回来咋报" alone found the page on veterans coming home by
its 回来 — a page on nothing told."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text,region", [
    ("办了异地备案的 出院结账刷不了卡 回来咋报", "长治"),
    ("备过案了 外地医院没给直接结算 回来怎么报销", "长治"),
])
def test_the_bare_question_finds_no_page_on_an_untold_matter(engine, text, region):
    r = answer(engine, text, region=region)
    assert "bz-1-19" not in ids(r) and "退役" not in r.text, r.text
