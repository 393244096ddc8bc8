"""A fact of the case said again with 嘛 ("三级医院嘛", "是居民医保嘛": 四川's "you see") is told, not
asked: the story's question is computed, not split at it. And two years named beside another figure
(a year without claims, the 大病 cap) are no comparison of the two years' 筹资. Own phrasings."""
import pytest

from intents.message import is_question
from tests.helpers import answer as ask
from tests.helpers import computed


@pytest.mark.parametrize("clause", ["三级医院嘛", "是居民医保嘛", "二级医院嘛", "巴中的嘛"])
def test_a_fact_with_ma_is_told(clause):
    assert not is_question(clause)


@pytest.mark.parametrize("clause", ["能报销嘛", "报好多嘛", "三级医院嘛？", "要备案嘛"])
def test_a_question_with_ma_still_asks(clause):
    assert is_question(clause)


def test_a_story_with_a_fact_said_with_ma_is_computed(engine):
    # 巴中 居民 二级 400 / 70%: (9400 − 400) × 70% = 6300
    r = computed(ask(engine, "我妈上个月住院 在县医院 二级医院嘛 合疗 合规费用九千四 报了好多才对", region="巴中"), 6300)
    assert "【1】" not in r.text, r.text


def test_a_year_without_claims_and_the_next_years_cap_is_no_funding_comparison(engine):
    # 巴中 第三章 九问: a year without claims raises the next year's cap by 4000
    r = computed(ask(engine, "2025年合疗一次都没报过 2026年大病保险封顶是不是多了 多了好多", region="巴中"), 304000)
    assert "筹资" not in r.text, r.text
