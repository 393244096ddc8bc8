"""When to file for care elsewhere, the kinds of filing, claims made online, a claim's deadline asked
after where to hand it in, joining at home while working away and a student's care where he studies:
answered from the asker's region's page, by the page every handbook agrees on, or asked by region —
never another page stated (境外就医 for a student in another city, 暂停参保 for an online claim, the
fee's deadline for the claim's). The phrasings are our own (none is in eval/)."""
import pytest

from corpus.qtype import missing_answer
from tests.helpers import answer, ids


# ---- a last moment said as an event or as the year -------------------------------------------------

@pytest.mark.parametrize("asked, said", [
    ("异地就医备案最晚啥时候办", "参保人员因病在异地定点医疗机构就医的，出院结算前应向参保地医保经办机构申报备案。"),
    ("外地看病的发票截止日期是啥时候", "克外就诊：当年就诊票据仅能当年报销，请将报销材料于就诊结束后当年及时移交。"),
])
def test_a_deadline_given_as_an_event_or_the_year_is_a_deadline(asked, said):
    assert missing_answer(asked, said) is None


def test_a_deadline_asked_still_needs_one():
    assert missing_answer("异地就医备案最晚啥时候办", "线上备案渠道：国家医保服务APP、四川医保APP。") == "截止"


# ---- when to file for care elsewhere -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["准备去西安住院 备案要提前多久", "异地就医备案最迟啥时候办", "去外省住院前多久要办异地备案"])
def test_when_to_file_is_the_regions_page_on_filing(engine, text):
    reply = answer(engine, text, region="巴中")
    assert reply.kind == "faq" and ids(reply)[0] == "bz-1-27" and "出院结算前" in reply.text, reply.text


@pytest.mark.parametrize("text", ["去外省住院 备案最晚啥时候办", "异地就医备案最迟啥时候办"])
def test_when_to_file_with_no_region_is_asked_never_the_shared_app_page(engine, text):
    # (the national page on the app, common to the regions' pages, says nothing of when: 巴中's
    # 出院结算前 is that region's rule)
    reply = answer(engine, text)
    assert reply.kind == "clarify" and "ky-11-07" not in ids(reply), reply.text


# ---- the kinds of filing: the same in every handbook ---------------------------------------------------

@pytest.mark.parametrize("text", ["异地就医备案有哪几类", "异地备案分几种类型", "异地就医备案一共几种"])
def test_the_kinds_of_filing_with_no_region_are_the_shared_page(engine, text):
    reply = answer(engine, text)
    assert reply.kind == "faq" and ids(reply) == ["ky-08-03-a"], reply.text
    assert "异地长期居住人员" in reply.text and "异地转诊人员" in reply.text


@pytest.mark.parametrize("region, own", [("巴中", "bz-7-02-b"), ("克拉玛依", "ky-08-03")])
def test_the_kinds_of_filing_in_a_region_are_its_own_page(engine, region, own):
    reply = answer(engine, "异地就医备案有哪几类", region=region)
    assert reply.kind == "faq" and ids(reply)[0] == own, reply.text


# ---- a claim made online -------------------------------------------------------------------------------

def test_an_online_claim_with_no_region_is_asked(engine):
    reply = answer(engine, "看病的钱能在网上申请报销吗")
    assert reply.kind == "clarify" and "ky-04-03" not in ids(reply), reply.text


@pytest.mark.parametrize("region, own", [("巴中", "bz-7-04"), ("克拉玛依", "ky-10-08")])
def test_an_online_claim_in_a_region_is_its_page_never_pausing_insurance(engine, region, own):
    reply = answer(engine, "看病的钱能在网上申请报销吗", region=region)
    assert reply.kind == "faq" and ids(reply)[0] == own and "暂停" not in reply.text, reply.text


# ---- a claim's deadline asked after where to hand it in -------------------------------------------------

@pytest.mark.parametrize("text", ["外地看病的报销材料 送到哪 有deadline吗", "回老家看病自费了 报销材料交哪 截止日期是啥时候"])
def test_the_deadline_asked_after_where_is_the_claims(engine, text):
    reply = answer(engine, text, region="克拉玛依")
    assert ids(reply)[:2] == ["ky-10-08", "ky-10-10"], reply.text
    assert "仅能当年报销" in reply.text and "集中参保缴费期" not in reply.text


# ---- joining the scheme at home while working away ------------------------------------------------------

def test_joining_at_home_while_working_away_with_no_region_is_asked(engine):
    reply = answer(engine, "在外地上班 户口在老家 想参加老家的城乡居民医保 行不行")
    assert reply.kind == "clarify" and "ky-09-05" not in ids(reply), reply.text


def test_joining_at_home_while_working_away_is_the_regions_rule_on_who_joins(engine):
    reply = answer(engine, "在外地上班 户口在老家 想参加老家的城乡居民医保 行不行", region="巴中")
    assert reply.kind == "faq" and ids(reply)[0] == "bz-3-01", reply.text


# ---- a student's care where he studies -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["女儿在上海读书 在学校生病看医生能报吗", "儿子在外省念大学 在学校那边看病能报不"])
def test_a_student_away_is_insured_where_he_studies_never_care_abroad(engine, text):
    reply = answer(engine, text, region="巴中")
    assert reply.kind == "faq" and ids(reply)[0] == "bz-1-18" and "学籍地" in reply.text, reply.text
    assert "bz-1-06-d" not in ids(reply)
