"""A cancel that sets the calculation aside ("先不管这个", "暂时不管它") carrying a new question while a form waits
ends the form and answers the question — the ask verb glued to it ("问问…") too; the fact the form given up
waited for, told alone afterwards, takes it up again. 长治: 居民门诊统筹 年度支付限额300元; 居民顺产定额1500元.
Own phrasings, through the real engine."""
import pytest

from intents import acts
from tests.helpers import talk

_BIRTH = "我老婆快生了 居民医保 算算能报多少"


@pytest.mark.parametrize("cancel", [
    "先不管这个了 居民医保门诊一年最多能报多少",
    "算了暂时不管它 居民医保门诊一年最多能报多少",
    "不算了 问问居民医保门诊一年最多能报多少",
])
def test_cancel_with_a_question_answers_it(engine, cancel):
    _, r = talk(engine, [_BIRTH, cancel], region="长治")
    assert r.kind == "faq" and "300" in r.text, r.text
    assert "还差一项" not in r.text, r.text


def test_the_fact_the_given_up_form_waited_for_takes_it_up_again(engine):
    *_, r = talk(engine, [_BIRTH, "先不管这个 居民医保门诊一年最多能报多少", "顺产"], region="长治")
    assert r.kind == "calculation" and "1500" in r.text.replace(",", ""), r.text


@pytest.mark.parametrize("text", ["先不管这个", "算了 先放一放", "不管它了"])
def test_setting_aside_alone_is_a_cancel(text):
    assert acts.is_cancel(text)


@pytest.mark.parametrize("text", ["不管在哪住院都能报吗", "不管是几级医院 起付线一样吗"])
def test_regardless_of_is_no_cancel(text):
    assert not acts.is_cancel(text) and acts.cancel_lead(text) is None
