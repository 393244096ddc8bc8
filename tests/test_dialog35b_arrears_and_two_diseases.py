"""Classes of dialogues-35, own phrasings, through the real engine.

- The fee said unpaid (an employer's arrears) with whether care is still paid asked: no bill's calculation
  is offered under the page (it would open a form that swallows the next question).
- A clause asking of a span the case before it told ("中间那几个月…"): one question with that case.
- A 慢病 the story says is not reached ("还没到门慢"): the 两病 page, never the 门诊慢病 disease's row."""
from intents import acts
from tests.helpers import ids, talk


def test_arrears_asked_offers_no_bill():
    from intents.forms import offer
    state: dict = {}
    assert offer("单位两个月没给员工交医保 现在住院还能报不", state, region="巴中", now=0.0) is None


def test_a_span_pointed_back_to_is_asked_of_that_case():
    assert acts.within_span_before("中间那几个月住院的钱咋算")
    assert acts.within_span_before("那这期间看病能报不")
    assert not acts.within_span_before("住院能报多少")


def test_arrears_then_back_pay_and_the_span_between(engine):
    first, second = talk(engine, ["单位两个月没给员工交医保了 现在住院还能报不",
                                  "要是欠了4个月 单位后来补缴了 中间那几个月住院的钱咋算"], region="巴中")
    assert first.kind == "faq" and "如需帮您测算" not in first.text, first.text
    assert second.kind == "faq" and "追溯" in second.text, second.text
    assert "【2】" not in second.text, second.text


def test_a_chronic_bar_not_reached_in_the_story_is_two_diseases(engine):
    r, = talk(engine, ["我妈血糖高 医生讲还够不上门慢 这个降糖药的钱报得到不"], region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-4-19-tnb"], r.text
    assert "50%" in r.text and "300" in r.text, r.text
