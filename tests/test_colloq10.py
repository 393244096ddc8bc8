"""Classes of colloquial failure fixed in round 10, each with phrasings of our own."""
import pytest

from tests.helpers import answer


# ---- a known word is never "repaired" ----------------------------------------------------------

@pytest.mark.parametrize("text", ["医保能保哪些病", "这个能保不", "还能保些啥子"])
def test_a_word_the_handbooks_write_is_not_repaired_beside_an_everyday_word(engine, text):
    # 保 ("cover") stands beside 能 on its own: a word of ours, never a slip for 报
    _, repairs = engine.index.repaired(text)
    assert not any(r.said == "能保" for r in repairs), repairs


def test_a_slip_no_handbook_writes_is_still_repaired(engine):
    # 呓 is written nowhere in the handbooks: beside 地 it is 异地
    text, _ = engine.index.repaired("呓地住院要备案不")
    assert "异地" in text


@pytest.mark.parametrize("text", ["惠民保一份多少钱 能保些什么病", "那个商业保险能保不 一年好多钱"])
def test_what_a_commercial_product_covers_is_declined_with_it(engine, text):
    reply = answer(engine, text)
    assert reply.kind == "unanswered", reply.text
