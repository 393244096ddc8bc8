"""Where 医保 business is done, asked of no business ("医保在哪个窗口办啊"): each business has its own place
and channels (filing in the app, claims at the counter), so which is asked back — and, with no region
known, where the asker is insured — never one business's page (异地备案's channels) guessed. A business
named ("异地备案在哪办", "医保卡在哪办") or an office asked ("医保窗口在哪") is answered as before."""
import pytest

from intents.acts import business_unnamed
from tests.helpers import answer, ids, talk


@pytest.mark.parametrize("text", ["医保在哪个窗口办啊", "医保的事到哪儿办", "医保业务在哪办理", "医保的手续该去哪办呢？",
                                  "社保去哪个部门办",
                                  # (an adverb before the where: "到底", "一般")
                                  "医保到底在哪办啊", "医保一般去哪里办理"])
def test_where_of_no_business_is_read(text):
    assert business_unnamed(text)


@pytest.mark.parametrize("text", ["医保窗口在哪", "医保卡在哪办", "异地备案在哪办", "医保在哪交", "办医保去哪里"])
def test_a_business_or_office_named_is_not(text):
    assert not business_unnamed(text)


@pytest.mark.parametrize("region", [None, "巴中", "长治", "克拉玛依"])
@pytest.mark.parametrize("text", ["嗯 想问下 医保的事情去哪个窗口办", "医保业务在哪里办理呀"])
def test_which_business_is_asked_back(engine, text, region):
    r = answer(engine, text, region=region)
    assert r.kind == "clarify", r.text
    assert "哪项医保业务" in r.text and not r.sources, r.text
    assert ("哪个地区" in r.text) == (region is None), r.text


def test_a_business_named_is_answered(engine):
    r = answer(engine, "异地备案去哪个窗口办", region="巴中")
    assert r.kind == "faq" and "哪项医保业务" not in r.text, r.text
    assert ids(r)[:1] == ["bz-1-27"], r.text


# the business told after the question back ("异地备案", "我要办异地备案的") is where that business is done,
# the question asked first — not the business alone searched (its kinds of filing); a place told first (the
# region asked too) keeps the question waiting for the business; a question of its own is answered as asked
@pytest.mark.parametrize("turns,region", [
    (["医保在哪个窗口办啊", "异地备案"], "巴中"),
    (["医保业务在哪里办理呀", "我要办异地备案的"], "巴中"),
    (["医保的事情去哪个窗口办", "巴中 异地备案"], None),
    (["医保的事情去哪个窗口办", "巴中", "异地就医备案"], None),
])
def test_the_business_told_next_is_asked_where(engine, turns, region):
    r = talk(engine, turns, region=region)[-1]
    assert ids(r)[:1] == ["bz-1-27"], r.text
    assert "线下备案渠道" in r.text, r.text


def test_a_question_of_its_own_next_is_answered_as_asked(engine):
    r = talk(engine, ["医保在哪个窗口办啊", "大病保险起付线多少"], region="巴中")[-1]
    assert ids(r)[:1] == ["bz-3-22"], r.text


# the asker's own case told instead ("我是职工", "低保户"): no business — never "职工在哪里办" searched (it
# found the page of claiming a birth's costs); the question keeps waiting for the business
@pytest.mark.parametrize("fact", ["我是职工", "退休职工", "合疗的", "我是低保户"])
def test_a_fact_of_the_case_told_next_is_no_business(engine, fact):
    replies = talk(engine, ["医保在哪个窗口办啊", fact, "异地备案"], region="巴中")
    assert replies[1].text == answer(engine, fact, region="巴中").text, replies[1].text    # read as on its own
    assert ids(replies[2])[:1] == ["bz-1-27"], replies[2].text
