"""A typo the curated phrasings spell on purpose (慢特并, to teach it) is no known word of the
corpus: a question writing it is repaired to the term (特并 → 特病) and reaches that term's entry,
as the other typos of 病 as 并/兵 in compounds do (大并, 慢并, 大兵)."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text, said, term", [
    ("特并待遇从哪天开始", "特并", "特病"),
    ("慢病和特并认定下来以后", "特并", "特病"),
    ("门诊特并怎么申请", "门诊特并", "门诊特病"),
    ("大并保险起付线好多", "大并保险", "大病保险"),
    ("我爸是门诊慢并", "门诊慢并", "门诊慢病"),
])
def test_a_typo_of_bing_in_a_compound_is_repaired(engine, text, said, term):
    repaired, repairs = engine.index.repaired(text)
    assert (said, term) in [(r.said, r.term) for r in repairs], repaired
    assert term in repaired


@pytest.mark.parametrize("text, region, entry, figures", [
    # 第四章 十二问: 慢病 from the day it is recognised, 特病 from the day it is diagnosed
    ("慢病和特并认定下来以后 分别从哪天开始享受待遇", "巴中", "bz-4-12", ["认定之日", "确诊之日"]),
])
def test_the_repaired_question_reaches_the_terms_entry(engine, text, region, entry, figures):
    reply = answer(engine, text, region)
    assert reply.kind == "faq" and ids(reply)[:1] == [entry], reply.text
    assert all(f in reply.text for f in figures), reply.text


def test_a_real_word_is_still_known(engine):
    """Only a word the segmenter made up and that reads exactly as a term is a taught typo:
    不交 (not paying) is no 补缴, and stays as written."""
    assert "不交" in engine.index.repaired("断了两年不交会怎样")[0]
