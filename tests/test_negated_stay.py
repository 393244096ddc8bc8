"""A stay said not to be ("不住院", "没住院", "不用住院") is no stay: no reader of the kind of care
(the search's query, calc_kind, the story's care, the care the question before named) takes it for
住院, while an A-not-A ("要不要住院") still asks of one. Figures from 巴中 第三章 十八问 (居民 门诊统筹
50%, 年度限额 100 元), asked in phrasings of our own, through the real engine."""

import pytest

from corpus.normalize import without_no_stay
from tests.helpers import ask, computed, talk


@pytest.mark.parametrize("text,left", [
    ("不住院 看门诊", "看门诊"),
    ("还没住院 门诊花了150", "还 门诊花了150"),
    ("医生说不用住院", "医生说"),
    ("要不要住院", "要不要住院"),          # an A-not-A asks whether there is a stay
    ("住不住院都能报吗", "住不住院都能报吗"),
    ("有没有住院", "有没有住院"),
])
def test_a_stay_said_not_to_be_is_blanked_and_an_a_not_a_is_kept(text, left):
    out = without_no_stay(text)
    assert len(out) == len(text) and out.split() == left.split(), out


@pytest.mark.parametrize("text", [
    "巴中城乡居民 没住院 门诊花了150 能报多少",
    "巴中居民医保 医生说不用住院 在门诊花了150 报好多",
])
def test_a_bill_said_with_no_stay_is_an_outpatient_bill(text):
    # 150 × 50% = 75 (under the 100 元 yearly limit): never the 住院 table's deductible and rate
    computed(ask(text), 75, name="outpatient")


def test_a_question_saying_no_stay_is_answered_and_followed_as_outpatient_care(engine):
    # the 门诊统筹 rule, not the 急诊 page (its costs 纳入当次住院); the bill after it is a visit's
    r = talk(engine, ["城乡居民 不住院 只看门诊 医保给报吗", "花了150"], region="巴中")
    assert r[0].kind == "faq" and "门诊" in r[0].text and "住院" not in r[0].text.split("来源")[0], r[0].text
    computed(r[1], 75, name="outpatient")
