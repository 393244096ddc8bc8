"""A rule asked of a relative ("我妈职工医保退休的 门诊统筹起付线多少") offers to compute her case; a bill said
next as the asker's own ("我自己…花了600") is the asker's case, not hers: her status (退休: 起付线150、70%,
巴中 第二章 三十九问) is never taken for the asker's — their own is asked. A bill said of no one still
answers the offer of her case."""
from tests.helpers import computed, talk

_RULE = "我妈职工医保退休的 门诊统筹起付线多少"


def test_the_askers_own_bill_takes_not_the_relatives_status(engine):
    _, r = talk(engine, [_RULE, "我自己也是职工医保 在二级医院看门诊花了600 能报多少"], region="巴中")
    assert r.kind == "clarify" and "退休" in r.text, r.text


def test_the_askers_own_status_told_is_computed(engine):
    # (在职 told with the asker's own bill: 在职's rows, (600 − 200) × 60%)
    _, r = talk(engine, [_RULE, "我自己是职工医保在职的 在二级医院看门诊花了600 能报多少"], region="巴中")
    computed(r, 240)


def test_a_bill_of_no_one_still_answers_the_offer(engine):
    _, r = talk(engine, [_RULE, "在二级医院看门诊花了600"], region="巴中")
    computed(r, 315)                # (600 − 150) × 70%: her case, the one offered
