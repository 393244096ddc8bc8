"""在职 and 退休 weighed against each other ("在职和退休的有啥区别"), or 在职 denied ("我不是在职的"), tell no status
of the asker's: a bill next is asked 在职还是退休 — never computed on 在职's rows (巴中 第二章 三十九问: 在职
起付线 200、60%; 退休 150、70%), which states a retiree a wrong sum."""
import pytest

from intents.slots import extract
from tests.helpers import talk


@pytest.mark.parametrize("said", ["职工医保 在职和退休的门诊统筹有啥区别", "职工 退休跟在职报的一样不",
                                  "我不是在职的 职工医保门诊统筹起付线多少"])
def test_no_status_is_read(said):
    assert extract(said).get("retired") is None, extract(said).values


def test_still_read_when_told():
    assert extract("我在职 职工医保门诊统筹起付线多少").get("retired") is False
    assert extract("我退休了 职工医保门诊统筹起付线多少").get("retired") is True


@pytest.mark.parametrize("rule", ["职工医保 在职和退休的门诊统筹有啥区别", "我不是在职的 职工医保门诊统筹起付线多少"])
def test_a_bill_next_is_asked_the_status(engine, rule):
    _, r = talk(engine, [rule, "在二级医院看门诊花了600"], region="巴中")
    assert r.kind == "clarify" and "退休" in r.text, r.text
