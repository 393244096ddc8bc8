"""A question of a message that names no topic of its own ("起付线好多嘛", "门槛好多") is read with the
topic the message's other question gives — also when the figure is typed as people type it (起伏线,
门槛, 免赔额, 比率: the synonyms' spellings of 起付线 and 比例), and a misspelling the synonyms know
(报消, 起伏线, 保销 repaired to 报消) is read as its head by every layer. Read alone, "起伏线好多嘛"
found the 大病保险 deductible (14448) for a stay elsewhere: a confident wrong. Elsewhere with no filing
said, which filing is asked (巴中 第三章 十一问: 长期备案 as 市内, 临时备案 lower, 未备案 lower still).
Phrasings of our own."""

import pytest

from tests.helpers import answer, talk


@pytest.mark.parametrize("text", [
    "那个我在外地住远了保销好多起伏线好多嘛",
    "我在外地住院了报消好多，门槛好多",
    "娃儿在成都住院了 报销好多 起伏线好多嘛",
    "俺在外地住院嘞 报多少 免赔额是多少",
])
def test_a_figure_alone_after_a_stay_elsewhere_asks_the_filing(engine, text):
    r = answer(engine, text, region="巴中")
    assert "14448" not in r.text, r.text
    assert r.kind == "clarify", r.text
    assert "没备案" in r.text, r.text


@pytest.mark.parametrize("text", [
    "在外地住院 起伏线好多嘛",
    "在重庆住院 门槛好多",
    "在外地住院免赔额好多",
    "在外地住院 比率好多",
])
def test_a_typed_figure_elsewhere_with_no_filing_said_asks_which_case(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "clarify", r.text
    assert "没备案" in r.text and "长期备案" in r.text, r.text


@pytest.mark.parametrize("said, read", [
    ("住院报消好多", "报销"),
    ("起伏线是好多", "起付线"),
    ("外地住院保销好多", "报销"),
])
def test_a_misspelling_the_synonyms_know_is_read_as_its_head(engine, said, read):
    text, _ = engine.index.repaired(said)
    assert read in text, text


def test_a_word_of_the_language_beside_its_synonym_is_kept(engine):
    # 交费 is a word (jieba's own), not 缴费 misspelt
    text, _ = engine.index.repaired("居民医保交费多少")
    assert "交费" in text, text


@pytest.mark.parametrize("first", [
    "南江 居民医保 大兵保险起伏线是好多 是不是一万",
    "居民医保大病保险起付线是不是一万哦",
])
def test_a_figure_corrected_keeps_the_calculation_its_rule_offers(engine, first):
    # 巴中 第三章 二十二/二十三问: 起付线14448; (30000 − 14448) × 60% = 9331.2
    checked, computed = talk(engine, [first, "那帮我算哈 基本医保报了以后个人自付的合规费用3万"], region="巴中")
    assert "14448" in checked.text, checked.text
    assert computed.kind == "calculation" and "9331.2" in computed.text, computed.text
