"""A story told with nothing asked yet is kept for the question that follows it, and read with it only
when that question is asked of it: it points back at the story ("他打算…"), names nothing of its own
("能报多少"), or shares a topic or a slot's words with it. A question on a matter of its own is answered
on its own, never read as the story's (issue 8: the glued reading states the wrong case's page or
hedges a question understood alone). Handbook: 巴中 第三章 七问 (新生儿出生90天内参保缴费 自出生之日起
享受待遇), 第三章 十问 例五 (two years without cover: 3 + 1 months)."""
import pytest

from intents.message import asks_of_story
from tests.helpers import computed, talk

GAP = "俺儿子在外地打工 2024年没交合疗 2025年也没交 屋头其他人都交了"
STAY = "俺是职工，单位给交的医保，前些天在长治住院了，心里一直没底"


@pytest.mark.parametrize("story, question, related", [
    (GAP, "他打算2026年集中缴费期交 交了以后好久能报", True),     # points back (他)
    (GAP, "交了多久能报", True),                                  # the story's own matter (交)
    (STAY, "能报多少", True),                                     # nothing of its own asked about
    (STAY, "起付线多少", True),                                   # a figure of the stay told
    (STAY, "要带啥材料", True),                                   # the kind of answer is no matter of its own
    (STAY, "住院起付线多少", True),                               # a topic shared (住院)
    (STAY, "医保码怎么激活", False),
    (STAY, "生育津贴咋领", False),
    (STAY, "门诊慢特病怎么申请", False),
    (GAP, "新生儿怎么参保", False),
])
def test_a_question_after_a_story_is_read_with_it_only_when_asked_of_it(engine, story, question, related):
    assert asks_of_story(story, question, engine.index.topics) is related


@pytest.mark.parametrize("region, story, question, needle", [
    # (read with the gap told, the newborn's page was only "按我的理解…" of another matter's words)
    ("巴中", GAP, "新生儿怎么参保", "90天"),
])
def test_an_unrelated_question_after_a_story_is_answered_on_its_own(engine, region, story, question, needle):
    told, r = talk(engine, [story, question], region=region)
    assert told.kind in ("faq", "clarify"), told.text
    assert r.kind == "faq" and needle in r.text, r.text
    assert "按我的理解" not in r.text and "我不太确定" not in r.text, r.text


def test_the_question_asked_of_the_story_is_still_read_with_it(engine):
    *_, r = talk(engine, [GAP, "他打算2026年集中缴费期交 交了以后好久能报"], region="巴中")
    computed(r, 4, name="waiting_period")
