"""Two hospital tiers compared ("二级和三级医院各报多少"): the rule of each differs by the kind of care,
so with none named — in the question or the one just before — the kind is asked back, never one side
read as a 门诊慢病 page; with 住院 named or set by the conversation, each tier's own 市内 row answers,
never the not-filed page (非急诊且未转诊, care elsewhere), whose lower figures are not the asker's case
unsaid. Figures from 巴中 第三章 十一问 (居民 市内: 二级 400元 70%, 三级 700元 60%; 未备案外地 1000元),
asked in phrasings of our own, through the real engine."""

import pytest

from intents.forms import CARE_CHOICES
from bot.session import Session
from tests.helpers import answer, talk


@pytest.mark.parametrize("text", ["二级跟三级医院分别能报几成", "一级和三级医院报销有啥不一样"])
def test_two_tiers_with_no_kind_of_care_ask_which(engine, text):
    r = talk(engine, [text], region="巴中")[0]
    assert r.kind == "clarify" and r.missing_slots == ["care"], r.text
    assert [s.split("，")[0] for s in r.suggestions] == list(CARE_CHOICES), r.suggestions
    assert "慢病" not in "".join(s.section for s in r.sources), r.sources


def test_the_kind_of_care_picked_answers_each_tier_at_home(engine):
    # (the channel turns a reply of "1" into the first choice's text before the engine sees it)
    session = Session()
    asked = answer(engine, "二级跟三级医院分别能报几成", region="巴中", session=session)
    r = [answer(engine, asked.suggestions[0], region="巴中", session=session)]
    assert r[-1].kind == "faq", r[-1].text
    assert "400" in r[-1].text and "700" in r[-1].text and "1000" not in r[-1].text, r[-1].text


def test_a_stay_set_before_answers_two_tiers_asked_next(engine):
    r = talk(engine, ["巴中城乡居民住院怎么报销", "二级跟三级医院分别能报几成"])
    assert r[-1].kind == "faq" and "700" in r[-1].text and "1000元" not in r[-1].text, r[-1].text


@pytest.mark.parametrize("text", ["城乡居民 二级跟三级医院住院分别报好多", "居民医保住院 一级和二级医院各报多少",
                                  "居民医保 二级和三级住院各报好多"])
def test_two_tiers_of_a_stay_at_home_are_never_the_not_filed_page(engine, text):
    # (the whole 居民 table, each tier's row, or a question back: never the not-filed page as the answer)
    r = talk(engine, [text], region="巴中")[0]
    said = r.text.split("如果不是")[0]
    assert r.kind in ("faq", "clarify") and "在外地住院" not in said.split("\n")[0] and "1000元" not in said, r.text


def test_a_stay_elsewhere_unfiled_keeps_the_not_filed_page(engine):
    r = talk(engine, ["城乡居民 没备案自己跑到外地二级医院住院 起付线好多"], region="巴中")[0]
    assert "1000" in r.text, r.text
