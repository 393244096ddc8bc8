"""A page a rule of its own moves before the candidates (its tier's table row, the liable party's rule,
a landmark's office, a filing's page) is as sure a match as its own score says, never surer than the
top it displaces: the rule says which page, not that the question was understood. A weak match
promoted is shown as the question understood ("按我的理解…") with the other readings, never stated
as sure (issue 8: a wrong answer stated as sure is the worst reply). Handbook: 巴中 第一章 六问 (应当由
第三人负担的医疗费用 医保基金不予支付), 第七章 四问 (市本级 窗口 红星路70号)."""
import pytest

from bot.engine import ANSWER_AT, CALIBRATED_97, Engine, _in_front
from corpus.search import Hit
from tests.helpers import answer, ids


def _hit(entry, confidence):
    return Hit(entry=entry, score=1.0, confidence=confidence, coverage=0.8)


@pytest.mark.parametrize("row_said, top_said, kept", [
    (0.4, 0.7, 0.4),        # a weaker row keeps its own score, not the top's
    (0.95, 0.3, 0.3),       # never surer than the top it displaces
    (0.02, 0.6, ANSWER_AT),  # picked by a rule, at least shown as the question understood
    (0.02, 0.1, 0.1),       # ... but never above the top it displaces
])
def test_the_promoted_page_is_as_sure_as_its_own_match(engine, row_said, top_said, kept):
    rule, table = engine.index.entry("bz-1-30-c"), engine.index.entry("bz-3-11-h")
    ranked = _in_front(_hit(table, row_said), [_hit(rule, top_said), _hit(table, row_said)])
    assert [h.entry.id for h in ranked] == ["bz-3-11-h", "bz-1-30-c"]
    assert ranked[0].confidence == pytest.approx(kept)


def test_the_tier_row_keeps_its_own_confidence(engine):
    rule, table = engine.index.entry("bz-1-30-c"), engine.index.entry("bz-3-11-h")
    ranked = Engine._tier_row("没转诊 去外地三级医院住院 报销比例好多", [_hit(rule, 0.7), _hit(table, 0.4)])
    assert ranked[0].entry.id == "bz-3-11-h" and ranked[0].confidence == pytest.approx(0.4)


@pytest.mark.parametrize("text", [
    # the level's rates are what the words match best; the liable party's rule is the answer, but the
    # question as a whole is matched weakly: shown as understood, not stated as sure
    "遭车撞了住院 对方全责 在县医院 能报好多",
    "被人打伤了 在乡镇卫生院住院 报好多",
    "我们老汉赶场被人推倒了腿摔断了 在县医院住院花了一万 对方说他不管 合疗报好多",
])
def test_a_liable_party_rule_promoted_over_a_weak_match_is_hedged(engine, text):
    reply = answer(engine, text, region="巴中")
    assert reply.kind == "faq" and ids(reply)[0] == "bz-1-06-b", reply.text
    assert reply.confidence < CALIBRATED_97 and "按我的理解" in reply.text, reply.text


def test_a_landmark_office_promoted_over_a_weak_match_is_hedged(engine):
    reply = answer(engine, "红星路那个市民之家 医保窗口几点开门", region="巴中")
    assert reply.kind == "faq" and "红星路70号" in reply.text, reply.text
    assert reply.confidence < CALIBRATED_97 and "按我的理解" in reply.text, reply.text


def test_a_liable_party_said_plainly_is_still_stated(engine):
    # (the question matches the rule itself well: nothing to hedge)
    reply = answer(engine, "在巴中骑电瓶车让一辆货车撞了 对方负全责 住院花了三万 合疗还报不报", region="巴中")
    assert reply.kind == "faq" and ids(reply)[0] == "bz-1-06-b", reply.text
    assert "按我的理解" not in reply.text, reply.text
