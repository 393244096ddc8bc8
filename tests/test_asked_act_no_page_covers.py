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
from tests.helpers import answer as ask, ids

REGIONS = ["巴中", "长治", "克拉玛依"]
OTHER_ACT_PAGES = {"ky-04-01", "ky-04-03", "ky-04-04", "ky-11-07", "bz-1-27", "ky-08-07"}


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("text", ["医保报销的钱要交个人所得税吗", "职工医保报销要扣个人所得税吗",
                                  "住院报销回来的钱还要交个人所得税不"])
def test_tax_asked_of_a_claim_is_refused_to_staff(engine, text, region):
    reply = ask(engine, text, region=region)
    assert reply.kind == "unanswered", reply.text
    # (nothing of the pages found stated: the office's contacts may name 缴费业务咨询)
    stated = reply.text.split("如需咨询")[0]
    assert "按我的理解" not in stated and "缴费" not in stated, reply.text


@pytest.mark.parametrize("region", [None, *REGIONS])
@pytest.mark.parametrize("text", ["医保报销能在网上申请吗", "报销可以在手机上办吗", "医保报销能不能在手机上申请"])
def test_claiming_is_not_answered_by_a_page_on_another_act(engine, text, region):
    reply = ask(engine, text, region=region)
    # (pausing, filing: the national pages ky-04-*, ky-11-07, and the regions' filing pages — at most
    # offered as what the asker may have meant, never stated as the answer)
    if reply.kind == "faq":
        assert not OTHER_ACT_PAGES & set(ids(reply)), reply.text
    else:
        assert "按我的理解" not in reply.text, reply.text


@pytest.mark.parametrize("region", REGIONS)
def test_a_page_on_another_act_is_at_most_offered(engine, region):
    reply = ask(engine, "报销可以在手机上办吗", region=region)
    assert reply.kind in ("clarify", "unanswered"), reply.text


def test_claiming_online_asked_with_no_region_asks_the_region(engine):
    reply = ask(engine, "医保报销能在网上申请吗")
    assert reply.kind == "clarify", reply.text


@pytest.mark.parametrize("text,region,entry", [
    # a page about the act asked still answers it
    ("异地备案能在手机上办吗", None, "ky-11-07"),
    ("异地备案能在手机上办吗", "长治", "ky-11-07"),
    ("异地备案能在手机上办吗", "巴中", "bz-1-27"),
    ("异地备案能在手机上办吗", "克拉玛依", "ky-08-07"),
    ("暂停医保能在网上办吗", "巴中", "ky-04-03"),
    ("暂停医保能在网上办吗", "长治", "ky-04-03"),
    ("暂停医保能在网上办吗", "克拉玛依", "ky-04-03"),
    # 巴中's 就医费用报销一件事 names the online channel of a claim
    ("医保报销能在网上申请吗", "巴中", "bz-7-04"),
])
def test_the_page_on_the_act_asked_still_answers(engine, text, region, entry):
    reply = ask(engine, text, region=region)
    assert reply.kind == "faq" and ids(reply)[:1] == [entry], reply.text


def test_tax_refusal_goes_to_staff_with_the_office(engine):
    reply = ask(engine, "医保报销的钱要交个人所得税吗", region="巴中")
    assert texts.NOT_FOUND in reply.text and "如需咨询" in reply.text and reply.to_staff, reply.text
