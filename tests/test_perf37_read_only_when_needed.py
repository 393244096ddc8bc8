"""Work done only where its answer is read (round 37's speed work; replies byte-identical before and after):

- the asker's group of a text read alone (`intents.slots.category_in`) is the group the full slot
  reading finds: the check of a hardship group's own page (every answered question passes it) needs
  only the group, so the other readers are not run for it — kept in step with `extract` here;
- the top page's whole text is cut into terms for the sibling check (a rare word asked that a page of
  the top's section names) only when some sibling names such a word: a long answer's terms cost
  milliseconds, and most questions have none."""
from pathlib import Path

import pytest

from bot.measure.evaluate import load_items
from intents.slots import category_in, extract
from tests.helpers import answer, ids

DEV = Path(__file__).resolve().parents[1] / "eval" / "dev"


@pytest.mark.parametrize("text, group", [
    ("我是低保户 住院报多少", "低保"),
    ("家里比较困难 大病保险起付线多少", "困难"),
    ("特困供养人员门诊能报吗", "特困"),
    ("不是低保 是特困 住院报多少", "特困"),          # (the group said instead of the one denied)
    ("我不是低保户 住院能报多少", "一般"),           # (a group denied alone: an ordinary insured person)
    ("住院起付线多少", None),
])
def test_the_group_alone_is_the_full_readings(text, group):
    assert category_in(text) == extract(text).get("category") == group


def test_every_dev_question_has_the_same_group_read_alone():
    texts = {t["q"] for item in load_items(sorted(DEV.glob("*.jsonl"))) for t in (item.get("turns") or [item])}
    assert len(texts) > 1000
    differ = [t for t in sorted(texts) if category_in(t) != extract(t).get("category")]
    assert not differ, differ[:10]


def test_the_field_asked_on_the_platform_is_still_told(engine):
    r = answer(engine, "在新疆医保便民服务平台登记参保的时候 参保地名称怎么填", region="克拉玛依")
    assert ids(r)[:1] in (["ky-05-01"], ["ky-05-02"]), r.text
    assert "克拉玛依区" in r.text


def test_the_top_pages_answer_is_not_cut_when_no_sibling_names_a_rare_word(engine, monkeypatch):
    cut, checked = [], []
    terms, siblings = engine._terms, engine._sibling_names_asked
    monkeypatch.setattr(engine, "_terms", lambda text: cut.append(text) or terms(text))
    monkeypatch.setattr(engine, "_sibling_names_asked",
                        lambda asked, read, hits: checked.append(hits[0].entry) or siblings(asked, read, hits))
    r = answer(engine, "我儿子去年在外地上大学 今年居民医保在哪里交", region="巴中")
    assert r.sources and checked, r.text
    assert checked[0].answer not in cut
