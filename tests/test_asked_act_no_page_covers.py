"""What a question asks that the pages found do not cover is never stated from them.

A matter outside the handbooks named in a 医保 question (个人所得税: the scope file's words, which jieba
does not always tag as nouns) that no candidate names: the pages found share only 报销 and 缴费 with it
(大病保险's 个人不缴费, who pays when an employer doesn't) and say nothing of tax, so the honest refusal
with the office's phone goes to staff.

An act asked (报销, 暂停, 备案 …) that a page never names while its own question is about another act:
the page on pausing online, or on filing in the app, shares only how it is done (线上, 申请, 手机上办)
with a question about claiming. Where a handbook does speak of the act asked, its page still answers.
Through the real engine, in every region."""
import pytest

from bot import texts
from tests.helpers import answer as ask

REGIONS = ["巴中", "长治", "克拉玛依"]


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("text", ["医保报销的钱要交个人所得税吗", "职工医保报销要扣个人所得税吗",
                                  "住院报销回来的钱还要交个人所得税不"])
def test_tax_asked_of_a_claim_is_refused_to_staff(engine, text, region):
    reply = ask(engine, text, region=region)
    assert reply.kind == "unanswered", reply.text
    # (nothing of the pages found stated: the office's contacts may name 缴费业务咨询)
    stated = reply.text.split("如需咨询")[0]
    assert "按我的理解" not in stated and "缴费" not in stated, reply.text


def test_tax_refusal_goes_to_staff_with_the_office(engine):
    reply = ask(engine, "医保报销的钱要交个人所得税吗", region="巴中")
    assert texts.NOT_FOUND in reply.text and "如需咨询" in reply.text and reply.to_staff, reply.text
