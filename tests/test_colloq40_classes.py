"""Classes of the fortieth colloquial set's misses, in our own words, through the real engine."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed


@pytest.mark.parametrize("text,region,figures", [
    # the second kind asked without the verb, the first clause's 报 / 给 carried (巴中 第三章 十四问:
    # 居民 顺产 2000, 难产（含剖宫产）3500; 第二章 二十八问: 职工 顺产 3500, 难产 5500)
    ("新农合剖宫产赔好多 自然分娩又是好多", "巴中", (2000, 3500)),
    ("居民医保顺生能给多少钱 剖宫产要多少", "巴中", (2000, 3500)),
    ("职工医保 难产赔几多 顺产也是几多吗", "巴中", (3500, 5500)),
])
def test_second_delivery_asked_without_its_verb_is_computed_too(engine, text, region, figures):
    r = computed(ask(engine, text, region=region), *figures)
    assert "【顺产】" in r.text and "【剖宫产】" in r.text, r.text


@pytest.mark.parametrize("text", [
    # a band of the 大病保险 table asked as a follow-up, two figures joined with nothing after them
    "合疗大病保险 10万以内赔几成 10万至20万又是几成",
    "城乡居民大病保险赔付比例 十万到二十万呢",
])
def test_a_band_asked_by_its_range_is_the_rule_not_a_bill(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq", r.text
    # 巴中 第三章 二十三问: 10万元以上至20万元（含）的部分赔付70%
    assert "70%" in r.text, r.text


def test_a_range_said_as_a_bill_stays_a_bill():
    from intents.slots import extract
    assert extract("住院花了3万到5万 能报多少").values.get("amount") == 30000
    assert extract("大病保险10万到20万呢").values.get("amount") is None
    assert extract("2万至5万报几成").values.get("amount") is None
