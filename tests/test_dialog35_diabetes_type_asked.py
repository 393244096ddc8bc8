"""A diabetes limit asked of one type ("我爸是1型糖尿病 两病用药一年能报多少", "二型的一年限额"): the limit of
that type alone, the other type's figure left out (it reads as the answer) with a word that it has its own;
both asked, both given. Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text, own, other", [
    ("我爸是1型糖尿病 两病用药一年能报多少", "480", "360"),
    ("合疗两病 二型糖尿病的一年限额是好多", "360", "480"),
])
def test_one_type_asked_gets_its_limit_alone(engine, text, own, other):
    r = answer(engine, text, region="长治")
    assert r.kind == "faq" and own in r.text and other not in r.text, r.text
    assert "另有限额" in r.text, r.text


def test_each_type_asked_gets_both(engine):
    r = answer(engine, "两病糖尿病 一型和二型的限额各是多少", region="长治")
    assert "480" in r.text and "360" in r.text, r.text


def test_both_types_named_across_the_parts_get_both(engine):
    # one type in one part, the other in the next ("要是二型的呢"): the page's pair as written
    r = answer(engine, "我妈一型糖尿病 两病用药一年报好多 要是二型的呢", region="长治")
    assert "480" in r.text and "360" in r.text, r.text
