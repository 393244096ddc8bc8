"""A 职工 told of by the job, not by the scheme's name: moved in from another place with the job
(调到巴中上班, 转回巴中上班, 工作调动) or owed fees by the employer with why told between (老板资金周转不过来
欠了五个月的医保费). The 职工 rule answers (第二章 二十一问 transfer, 二十三问 arrears), never the 居民 gap rule;
a transfer's gap is no arrears and no first enrolment."""
import pytest

from calculators.policy import policy_for
from calculators.waiting_period import waiting_period
from corpus.normalize import normalize
from intents.slots import extract
from tests.helpers import answer


@pytest.mark.parametrize("text, months", [
    ("我是从成都调到巴中上班的 断了一个月医保", 1),
    ("在外地干了几年现在转回老家上班了 医保中间停了四个月", 4),
    ("工作调动 医保断了半年", 6),
])
def test_a_job_moved_to_is_a_staff_transfer(text, months):
    v = extract(normalize(text)).values
    assert v.get("insurance") == "职工" and v.get("moved_in") and v.get("gap_months") == months, v
    assert "arrears_months" not in v, v


def test_an_employer_owing_with_why_told_between_is_staff_arrears():
    v = extract(normalize("我在厂里上班 老板生意不好 欠了三个月医保费 现在补上了")).values
    assert v.get("insurance") == "职工" and v.get("arrears_months") == 3, v


@pytest.mark.parametrize("gap, months", [(0, 0), (3, 0), (4, 6)])
def test_the_transfer_rule_by_the_gap(gap, months):
    r = waiting_period(policy_for("巴中"), gap_years=None, insurance="职工", moved_in=True, gap_months=gap)
    assert r.result["months"] == months


@pytest.mark.parametrize("text, needle, months", [
    ("我从深圳调到巴中上班 中间断了一个月医保 好久能用", "缴费当月", "等待期 0 个月"),
    ("从外地转回巴中上班了 医保断了五个月 要等多久", "超过 3 个月", "等待期 6 个月"),
])
def test_a_staff_transfer_gets_the_transfer_rule(engine, text, needle, months):
    reply = answer(engine, text, region="巴中")
    assert reply.kind == "calculation" and needle in reply.text and months in reply.text, reply.text
    assert "二十一问" in reply.text and "城乡居民" not in reply.text, reply.text


def test_staff_arrears_told_with_why_get_the_arrears_rule(engine):
    reply = answer(engine, "我在巴中一家公司上班 老板周转困难 欠了四个月医保费 现在补上了 那几个月住院能报不")
    assert reply.kind == "calculation" and "追溯" in reply.text and "城乡居民" not in reply.text, reply.text
