"""交 before papers ("要交些啥子资料", "交哪些材料") is handing them in, which the handbooks say 提供;
read as the paying (交 → 缴费) it pulled the question toward pages on paying, or asked back. 交 with
money, or alone, stays the paying."""
import pytest

from corpus.lexicon import joined_verbs
from tests.helpers import answer, ids


@pytest.mark.parametrize("said, read", [
    ("办慢病要交些啥子资料", "办慢病要提供些啥子资料"),
    ("要交哪些材料", "要提供哪些材料"),
    ("交了证明还要等好久", "提供了证明还要等好久"),
    ("交了报销材料 多久能到", "提供了报销材料 多久能到"),
    # (what to hand in for a claim, its papers unsaid: no one pays to be repaid)
    ("回来报销要交哪些 还有交到哪", "回来报销要提供哪些 还有交到哪"),
    ("报销了还要交什么钱", "报销了还要交什么钱"),
    # (the paying, and the handbooks' own 提交 / 缴, are left as they are)
    ("合疗要交好多钱", "合疗要交好多钱"),
    ("需提交哪些资料", "需提交哪些资料"),
    ("交了钱要啥子资料", "交了钱要啥子资料"),
])
def test_hand_in_papers_is_read_as_providing_them(said, read):
    assert joined_verbs(said) == read


@pytest.mark.parametrize("text, entry", [
    ("办特病要交哪些资料", "bz-4-09"),
    ("门诊慢病认定要交啥子材料", "bz-4-09"),
    ("申请医疗救助要交啥子资料", "bz-6-08"),
    ("两病需要交什么资料", "bz-4-20"),
])
def test_papers_to_hand_in_find_the_papers_page(engine, text, entry):
    reply = answer(engine, text, region="巴中")
    assert reply.kind == "faq" and ids(reply)[:1] == [entry], reply.text


def test_paying_is_still_paying(engine):
    reply = answer(engine, "合疗一年要交好多钱", region="巴中")
    assert reply.kind == "faq" and ids(reply)[:1] == ["bz-3-06-a"], reply.text
