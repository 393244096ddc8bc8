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


# ---- another topic asked with 呢 after a figure was asked of one ("那门诊慢病呢" after "两病能报多少"): the
# figure the question before asked, of that topic — not a list of its diseases asked back
# (克拉玛依 7.待遇标准表: 居民门诊慢病 15种疾病 起付线0 报销比例65% 年度限额16万元)


@pytest.mark.parametrize("first", ["我有高血压 在学校这边 两病能报多少", "高血压两病一年最多报好多"])
def test_another_topic_asked_with_ne_takes_the_figure_asked(engine, first):
    *_, r = talk(engine, [first, "那门诊慢病呢"], region="克拉玛依")
    assert r.kind == "faq" and "65%" in r.text and "16万" in r.text, r.text
