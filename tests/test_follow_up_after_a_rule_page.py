"""Follow-ups after a rule's page (no figure computed), own phrasings, through the real engine:

- a gap told after a page whose figure a gap does not change ("二级医院住院报多少"): the waiting period
  for that gap, not that page's calculation asking the bill (巴中 第三章: 断保 1 年 3 个月, each further
  year + 1 个月);
- care in a place no handbook covers after a question asked of care away ("在外省住院要先备案不"): that
  question, of care there — 巴中's page on filing before care away (第七章四问 or 第一章二十七问), never another page
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
    # (which of 巴中's two pages on filing before care away answers the question before — 第七章四问
    # bz-7-04-h, 先备案 to settle directly, or 第一章二十七问 bz-1-27, 出院结算前 申报备案, since round 21's
    # phrasings on when to file — is that question's ranking; the follow-up is asked of the same page)
    before, r = talk(engine, turns, region="巴中")
    assert ids(before)[:1] in (["bz-7-04-h"], ["bz-1-27"]), before.text
    assert r.kind == "faq" and ids(r)[:1] == ids(before)[:1] and "备案" in r.text, r.text
