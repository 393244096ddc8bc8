"""Classes read from the colloquial-33 failures (first half), each asked in our own words (none is in eval/):

- "can it be done" asked, and the page found says how it is done: the yes is still read from the
  handbook's words — a how-to page's own heading says the thing is done, a page of what a thing does
  says it of each of its sentences, and a relative the thing is done for is named by a sentence doing it
  for 近亲属 / on another's behalf (代缴); where the how-to page names not all that was asked, the page
  among the best that says yes is stated first, then the how. Never a yes the pages do not give."""
from corpus.normalize import normalize
from corpus.yesno import how_page, says_yes
from tests.helpers import answer, ids


def _yes(engine, question, entry_id):
    page = next(e for e in engine.index.entries if e.id == entry_id)
    return says_yes(normalize(question), page.answer, engine._terms, engine.index.segmenter.cut,
                    heading=page.question)


def test_a_how_to_heading_says_the_thing_is_done():
    assert how_page("怎么用医保钱包交城乡居民医保？")
    assert how_page("医保钱包开通流程")
    # (a heading asking whether is no how-to page, 怎么 or not)
    assert not how_page("能用职工医保个人账户给家里人交居民医保吗？")
    assert not how_page("职工医保个人账户怎么用能不能给家人用？")
    # (nor one asking what to do in a case: it says nothing is done)
    assert not how_page("医保卡丢了怎么办？")
    assert how_page("异地就医备案怎么办理？")


def test_a_how_to_page_says_yes_to_what_its_heading_names(engine):
    assert _yes(engine, "用医保钱包能交居民医保不", "bz-1-38")
    # (a person the heading does not name, or a place: no yes from it)
    assert not _yes(engine, "医保钱包能不能帮我老妈交居民医保", "bz-1-38")
    assert not _yes(engine, "医保钱包能不能给外省的老妈交居民医保", "bz-1-38")


def test_a_page_of_what_a_thing_does_says_yes_with_the_relative_named_by_daijiao(engine):
    assert _yes(engine, "医保钱包里的钱可不可以帮我老妈交居民医保", "bz-1-35")
    # (a use its sentences do not name: no yes)
    assert not _yes(engine, "医保钱包里的钱可不可以拿来交职工医保", "bz-1-35")


def test_the_page_saying_yes_comes_before_the_how(engine):
    r = answer(engine, "医保钱包可以替屋头人交新农合不")
    assert r.kind == "faq", r.text
    assert r.text.startswith("可以。"), r.text
    assert ids(r)[:2] == ["bz-1-35", "bz-1-38"], (ids(r), r.text)
    assert "代缴" in r.text and "城乡居民医保钱包缴费" in r.text, r.text


def test_a_page_of_what_a_thing_does_opens_with_the_yes(engine):
    r = answer(engine, "医保钱包里头的钱可不可以拿来帮我老爸交城乡居民医保")
    assert r.kind == "faq" and ids(r)[0] == "bz-1-35", (ids(r), r.text)
    assert "\n可以。" in r.text or r.text.startswith("可以。"), r.text


def test_no_yes_where_no_page_says_it(engine):
    # (a case the pages do not name, another province's relative: the how, with no yes)
    r = answer(engine, "医保钱包能不能给外省的老妈交合疗", region="巴中")
    assert "可以。" not in r.text.split("\n来源")[0][:20], r.text


# - what a group of people is given more than others, said as being looked after ("有没得照顾"): the
#   handbooks' 倾斜政策, where a benefit is named before it; a person cared for stays as said

def test_looked_after_in_a_benefit_is_the_tilt_of_policy(engine):
    assert "倾斜政策" in engine.index.analyze("孤儿住院报销有没得照顾").rewritten
    r = answer(engine, "我们是特困户 二次报销对我们这种有啥子照顾没得", region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-3-24", (ids(r), r.text)
    assert "50%" in r.text and "5%" in r.text, r.text


def test_looking_after_a_person_is_no_policy(engine):
    for said in ("我妈需要长期照顾 有啥子保险", "在家照顾老人没上班 合疗咋交"):
        rewritten = engine.index.analyze(said).rewritten
        assert "照顾" in rewritten and "倾斜政策" not in rewritten, rewritten

