"""Follow-ups after a rule's page (no figure computed), own phrasings, through the real engine:

- a gap told after a page whose figure a gap does not change ("二级医院住院报多少"): the waiting period
  for that gap, not that page's calculation asking the bill (巴中 第三章: 断保 1 年 3 个月, each further
  year + 1 个月);
- care in a place no handbook covers after a question asked of care away ("在外省住院要先备案不"): that
  question, of care there — 巴中's page on filing before care away (第七章四问), never another page
  the place's words beside it pulled up.
"""
import pytest

from tests.helpers import ids, talk


@pytest.mark.parametrize("first, gap, months", [
    ("巴中城乡居民 一级医院住院报多少", "那我去年断了一年没交呢", 3),
    ("巴中城乡居民 二级医院住院报多少", "我要是断交了两年呢", 4),
])
def test_a_gap_after_a_page_it_does_not_change_asks_the_waiting_period(engine, first, gap, months):
    rs = talk(engine, [first, gap], region="巴中")
    assert rs[0].kind == "faq", rs[0].text
    assert "等待期" in rs[1].text and f"{months} 个月" in rs[1].text, rs[1].text


@pytest.mark.parametrize("turns", [
    ["在外省住院要先备案不", "那去深圳看病呢"],
    ["去外地住院要先备案吗", "要是去上海看病呢"],
    ["在外省住院要先备案不", "那要是去广州住院呢"],
])
def test_care_in_an_uncovered_place_after_care_away_is_the_question_before(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-7-04-h"] and "备案" in r.text, r.text
