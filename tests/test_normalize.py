"""Normalisation: script, invisible characters, punctuation noise, numerals."""
import pytest

from corpus.normalize import clean, cn_to_int, normalize


@pytest.mark.parametrize("raw, want", [
    ("長治職工醫保門診怎麼報銷", "长治职工医保门诊怎么报销"),
    ("医\u200b保\u200d起付线", "医保起付线"),
    ("\ufeff起付线多少？？？！！", "起付线多少?"),
    ("ＡＢＣ１２３　医保", "abc123 医保"),
    ("报销~~~~", "报销~"),
])
def test_clean(raw, want):
    assert clean(raw) == want


@pytest.mark.parametrize("raw, want", [
    ("断保两年", "断保2年"), ("五千元", "5000元"), ("３级医院", "三级医院"), ("一站式", "一站式"), ("三甲", "三甲"),
])
def test_normalize(raw, want):
    assert normalize(raw) == want


@pytest.mark.parametrize("numeral", ["两万三", "一万二", "三千五", "十五", "一百零五", "二〇二六", "五千", "一千零一",
                                     "三十万", "九十九", "一亿二千万", "四百五十"])
def test_numerals_agree_with_cn2an(numeral):
    cn2an = pytest.importorskip("cn2an")
    assert cn_to_int(numeral) == int(cn2an.cn2an(numeral, "smart"))
