"""Whether a rule has a figure at all, asked right after a sum with another fact named ("职工看门诊有起付线吗"
after a 居民's 门诊 sum): a question of its own, the rule's page (巴中 第二章三十九问: 职工门诊统筹 起付标准
在职200元/年、退休150元/年), never the sum again with a fact of it asked back (在哪一级医院？). Own phrasings,
through the real engine."""
import pytest

from tests.helpers import talk


@pytest.mark.parametrize("asked", ["职工看门诊有起付线吗", "那职工门诊有没有起付线 有没有封顶"])
def test_whether_a_rule_has_a_figure_is_its_page(engine, asked):
    first, r = talk(engine, ["合疗看门诊花了400 报好多", asked], region="巴中")
    assert first.kind == "calculation", first.text
    assert r.kind == "faq" and "200" in r.text and "150" in r.text, r.text


def test_a_fact_changed_with_no_such_question_still_recomputes(engine):
    *_, r = talk(engine, ["合疗看门诊花了400 报好多", "那职工呢"], region="巴中")
    assert r.kind in ("calculation", "clarify") and "门诊特" not in r.text, r.text
