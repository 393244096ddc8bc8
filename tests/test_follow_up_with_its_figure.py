"""A short follow-up naming no topic, with the figure it asks after it ("两个病都有的呢 一年最多好多"): one
question of the case before, not a follow-up and a figure asked of nothing (which found the year's
住院 cap). Own phrasings, through `_joined` and the engine."""
import pytest

from bot.engine import _joined
from intents.message import parse
from tests.helpers import talk


def _parts(engine, text):
    return [p.question for p in _joined(parse(text, engine.index.on_topic).parts, engine.index.topics)]


@pytest.mark.parametrize("text", ["两个病都有的呢 一年最多好多", "两样都有的呢 最多报好多"])
def test_a_bare_follow_up_and_its_figure_are_one_question(engine, text):
    assert len(_parts(engine, text)) == 1


@pytest.mark.parametrize("text", ["那二级医院呢 报多少", "职工呢 起付线多少"])
def test_a_follow_up_naming_a_topic_stays_apart(engine, text):
    # (its topic is its own fact: how those are answered is left as it was)
    assert len(_parts(engine, text)) == 2


@pytest.mark.parametrize("follow_up", ["两个病都有的呢 一年最多好多", "两个病都有的呢 最多报好多"])
def test_both_diseases_after_two_diseases_pages(engine, follow_up):
    # (巴中 第四章十九问: 同时患高血压、糖尿病为500元)
    *_, r = talk(engine, ["我血压高 天天吃药 又莫到门慢那个标准 买降压药能报不", "那我老伴糖尿病也是这样呢", follow_up],
                 region="巴中")
    assert r.kind == "faq" and "500" in r.text and "11万" not in r.text, r.text
