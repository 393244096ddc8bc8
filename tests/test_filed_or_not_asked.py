"""A stay elsewhere whose rate is asked, with no filing, referral or emergency said: which case is asked
back (巴中 pays 长期备案, 临时备案 and none differently), never one case's rate picked. A move to the
clinic after the stay (转门诊) is no referral (转诊, 转了诊) said. Through the real engine."""
import pytest

from bot import texts
from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "在外地住院 报销比例是好多",
    "在外地住院 出院了转门诊 报销比例是好多",
    "在成都住院 后头转门诊 报销比例是多少",
])
def test_no_filing_said_asks_which_case(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "clarify" and r.text.startswith(texts.FILED_OR_NOT), r.text


@pytest.mark.parametrize("text", ["转了诊去外地住院 报销比例降多少", "之前转过诊 在外地住院 报销比例低几个点"])
def test_a_referral_said_is_not_asked_again(engine, text):
    r = answer(engine, text, region="巴中")
    assert not r.text.startswith(texts.FILED_OR_NOT), r.text
