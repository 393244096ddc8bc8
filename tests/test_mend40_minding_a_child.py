"""A child the asker minds for a relative ("帮儿子带孙女", "给闺女看娃") tells why the asker is where they are,
not that the asker is in the residents' scheme (children are): the asker's own scheme stays unsaid. A child
taken for care is still the patient."""
import pytest

from intents.slots import extract
from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "在杭州帮儿子带孙女 我自己住院了 能报多少",
    "给闺女看娃 人在外省 看门诊能报不",
    "跟着女婿在重庆照顾外孙 我要备案不",
])
def test_minding_a_child_names_no_scheme_of_the_asker(text):
    assert "insurance" not in extract(text).values, extract(text).values


@pytest.mark.parametrize("text", ["带孩子去医院看病 能报多少", "帮女儿带娃 娃儿发烧住院了 合疗能报不"])
def test_a_child_taken_for_care_or_named_as_insured_still_reads(text):
    assert extract(text).values.get("insurance") == "居民"


def test_the_asker_s_stay_while_minding_a_child_asks_the_scheme(engine):
    r = answer(engine, "在广州帮儿子带孙娃儿 我住院花了一万 能报好多", region="巴中")
    assert "城乡居民医保住院" not in r.text.split("\n")[0] or "职工" in r.text, r.text
    assert r.kind != "calculation" or "职工" in r.text, r.text
