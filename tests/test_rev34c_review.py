"""Review of the colloquial-34 and places-34 merges: what residents asking near variants met, in our own words
(none is in eval/):

- care said to be elsewhere (a named city, 外省, the region left) never gets a page whose own case is care
  inside the region (巴中's "不需要" for 本县/本市 filing, 市内's rates) — that page's words (住院, 备案)
  matched, its case did not; the filing's own page (how and where to file) is offered instead;
- two tiers set against each other keep what the message says before them (没备案, 在外地, 低保户): each
  tier's question is that case's, never the 市内 rows for a stay elsewhere; and a fact the parts would lose
  keeps the question whole;
- the not-filed case's page beside the other scheme's 市内 page is no pair: that scheme's not-filed page;
- "是不是定点" asks whether a place is one, no 未在定点 (the 慢特病 不予支付 list);
- a gap page (the handbook gives no word on 心理咨询) is no refusal for a question naming none of its words;
- the other scheme's page found first is taken beside the best only when it shares a topic of the question
  (the list of 居民's benefits is no answer on 门诊统筹);
- the rates of care elsewhere asked with no filing made never get one filing kind's rate stated."""
import pytest

from intents.message import per_tier
from tests.helpers import answer, ids


@pytest.mark.parametrize("text", [
    "在西安的医院住院用不用备案",
    "在重庆住院花了两万 需不需要备案",
    "出了巴中看病用不用备案",
])
def test_care_elsewhere_never_gets_the_page_on_care_at_home(engine, text):
    r = answer(engine, text, "巴中")
    assert "bz-1-27-a" not in ids(r), r.text
    assert "不需要" not in r.text, r.text


def test_care_elsewhere_whether_to_file_offers_the_filing_page(engine):
    # (answered by it, or offered among the choices where the reading is unsure — never the home page)
    for text in ("在重庆住院花了两万 需不需要备案", "在西安的医院住院用不用备案"):
        r = answer(engine, text, "巴中")
        assert "异地就医备案怎么办理" in r.text or ids(r)[:1] == ["bz-1-27"], r.text


def test_care_elsewhere_with_no_region_known_shows_no_home_rule(engine):
    r = answer(engine, "去运城的医院住院用不用备案")
    assert r.kind == "clarify" and r.missing_slots == ["region"], r.text
    assert "不需要" not in r.text, r.text


def test_care_at_home_still_needs_no_filing(engine):
    for text in ("在县医院住院要不要备案", "没出巴中看病要不要备案"):
        r = answer(engine, text, "巴中")
        assert ids(r)[:1] == ["bz-1-27-a"] and "不需要" in r.text, r.text


@pytest.mark.parametrize("text, parts", [
    ("没备案 在二级医院和三级医院住院各报多少", ["没备案 在二级医院住院报销比例多少", "没备案 在三级医院住院报销比例多少"]),
    ("在外地二级医院和三级医院住院各报多少", ["在外地二级医院住院报销比例多少", "在外地三级医院住院报销比例多少"]),
    ("低保户在二级和三级医院住院各报多少", ["低保户在二级医院住院报销比例多少", "低保户在三级医院住院报销比例多少"]),
    # (a fact said after the tiers, which the parts would lose: the question stays whole)
    ("二级医院和三级医院住院 没备案的各报多少", None),
])
def test_two_tiers_keep_the_case_said_before_them(text, parts):
    assert per_tier(text) == (parts or [text])


def test_two_tiers_compared_for_a_stay_elsewhere_get_no_home_rates(engine):
    r = answer(engine, "在外地二级医院和三级医院住院各报多少", "巴中")
    # (市内's rows: 二级 70% / 82%, 三级 60% / 80%)
    assert "市内住院" not in r.text and "82%" not in r.text, r.text
    assert r.kind == "clarify" and "备案" in r.text, r.text


def test_two_tiers_with_no_filing_get_each_scheme_s_not_filed_rows(engine):
    r = answer(engine, "没备案 在二级医院和三级医院住院各报多少", "巴中")
    assert r.kind == "faq", r.text
    assert {"bz-3-11-h", "bz-2-27-h"} <= set(ids(r)), r.text
    assert "82%" not in r.text and "60%" in r.text and "72%" in r.text, r.text


def test_whether_a_place_is_designated_is_no_place_said_not_to_be(engine):
    r = answer(engine, "这家医院是不是定点的", "巴中")
    assert "bz-4-15" not in ids(r), r.text


def test_a_gap_page_is_no_refusal_of_a_question_naming_none_of_its_words(engine):
    r = answer(engine, "暑假回家看了急诊 自己付的钱 学校能报不", "克拉玛依")
    assert "ky-12-03-a" not in ids(r) and "心理" not in r.text, r.text
    # (named, it is the honest refusal still)
    r = answer(engine, "去看心理医生花的钱学校医保管不管", "克拉玛依")
    assert r.kind == "unanswered" and ids(r)[:1] == ["ky-12-03-a"], r.text


def test_the_other_scheme_s_page_shares_a_topic_of_the_question(engine):
    r = answer(engine, "我的门诊统筹额度今年还剩一些 能转给我老婆用吗", "巴中")
    assert "bz-1-15" not in ids(r), r.text
    assert ids(r)[:1] == ["bz-2-39"] and "仅限本人" in r.text, r.text


def test_rates_elsewhere_with_no_filing_never_state_a_filing_kind_s_rate(engine):
    r = answer(engine, "我没办备案就在外地住院了 报销比例跟参保地一样吗", "克拉玛依")
    assert not (r.kind == "faq" and ids(r)[:1] == ["ky-08-04"]), r.text
    assert not r.text.startswith("长期备案"), r.text
