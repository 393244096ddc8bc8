"""A band of the table asked by its bounds ("21000到50000这段报多少"): the band's rate, never the asker's
sum — read as one (段报 repaired to 断保, or the band's floor taken as the cost when a sum was asked
for) it was computed as 0 元 and stated as sure (issue 8). Handbook: 克拉玛依 第7部分（二） (一般人员
年起付线21000元；21000元至50000元报销60%), 巴中 第三章 二十三问 (10万元以上至20万元的部分赔付70%)."""
import pytest

from intents.slots import extract
from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "克拉玛依一般人员大病保险21000到50000这段报多少",
    "大病保险2万1到5万这段报多少",
    "大病保险10万至20万之间的部分赔多少",
])
@pytest.mark.parametrize("expecting", [None, "amount", "self_funded"])
def test_a_band_is_no_sum(text, expecting):
    assert extract(text, expecting=expecting).get("amount") is None


@pytest.mark.parametrize("text", ["自付了3万", "大病 自付三万 能报多少"])
def test_a_sum_is_still_a_sum(text):
    assert extract(text).get("amount") == 30000


@pytest.mark.parametrize("text, region, needle", [
    ("克拉玛依一般人员大病保险21000到50000这段报多少", None, "60%"),
    ("巴中大病保险 10万到20万那一段报几成", None, "70%"),
])
def test_the_band_asked_gets_its_rate(engine, text, region, needle):
    r = answer(engine, text, region=region)
    assert r.kind == "faq" and needle in r.text, r.text
    assert "断保" not in r.text and "赔付约 0 元" not in r.text, r.text


def test_the_band_word_is_not_repaired(engine):
    said, repairs = engine.index.repaired("大病保险21000到50000这段报多少")
    assert "这段报" in said and not any(r.term == "断保" for r in repairs)
