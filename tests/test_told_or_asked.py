"""A sum told with nothing asked gets the form's question (the tier); a rule asked beside a story's
sum — a yes/no, or an either-or ("还是30.4万不 还是又回去了") — gets the rule (engine._asks_something)."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text, region", [
    ("长治居民 县医院住院 花了六千", "长治"),
    ("巴中居民 在县医院住院 花了八千", "巴中"),
])
def test_a_sum_told_asking_nothing_gets_the_tier_asked(engine, text, region):
    r = answer(engine, text, region=region)
    assert r.kind == "clarify", r.text


def test_an_either_or_beside_a_story_is_asked(engine):
    r = answer(engine, "我2025年合疗一分钱都没报 2026年住院报了 那2027年大病保险限额还是30.4万不 还是回到原来了",
               region="巴中")
    assert r.kind == "faq" and ("30万" in r.text or "30 万" in r.text), r.text
