"""Which office does a thing ("…是哪个部门认定的", "谁负责…"), answered by a page that names none (a row
of thresholds for the same people): another kind of answer than asked, never stated (round 28's answer
band). The phrasings are our own (none is in eval/)."""
import pytest

from corpus.qtype import missing_answer
from tests.helpers import answer, ids

_THRESHOLDS = "特困人员、低保对象、返贫致贫人口大病保险起付线5000元，报销比例80%，取消封顶线。"


@pytest.mark.parametrize("text", ["易返贫的监测户归哪个部门认定", "低保身份是什么部门管的", "这个救助谁来审批"])
def test_an_office_asked_needs_an_answer_naming_one(text):
    assert missing_answer(text, _THRESHOLDS) == "部门"
    for said in ("由民政部门认定", "学籍地医疗保障部门应通知原参保地终止参保关系", "到参保地医保局窗口办理"):
        assert missing_answer(text, said) is None, said


@pytest.mark.parametrize("text", ["返贫致贫人口大病保险起付线多少", "医保局电话多少"])
def test_other_questions_ask_no_office(text):
    assert missing_answer(text, _THRESHOLDS) != "部门"


def test_an_office_asked_is_not_stated_as_a_row_of_thresholds(engine):
    r = answer(engine, "易返贫致贫的监测户归哪个部门认定呀", region="长治")
    assert not (r.kind == "faq" and "起付线5000元" in r.text and "部门" not in r.text), r.text


def test_an_office_asked_is_answered_by_the_page_naming_it(engine):
    r = answer(engine, "防返贫的监测户由哪个部门来认定", region="巴中")
    assert r.kind == "faq" and "部门认定" in r.text, r.text
    assert ids(r)
