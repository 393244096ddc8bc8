"""Classes of failure read on the places and colloquial dev sets (round 18, places18b), each asked in
our own words through the real engine."""
import pytest

from tests.helpers import answer as ask, ids


# ---- 门慢 read as the handbook's 门诊慢病 (one word), not 门诊 + 慢病 --------------------------------
# ("门诊慢性病" cut 门诊 | 慢性病 pulled every disease's cap page, whose phrasings say 门诊, above the list)

@pytest.mark.parametrize("text", ["门慢总共有几种病", "门慢包括哪些病种", "我们这边门慢有好多种"])
def test_men_man_asked_for_its_list_is_the_list_page(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-4-03"], (ids(r), r.text)
