"""Where and when, asked in ways the sixteenth places set showed to be misread. Own phrasings,
through the real engine."""
import pytest

from tests.helpers import answer as ask


# ---- what the 财政 pays in for each insured person, asked with the year ------------------------------

@pytest.mark.parametrize("text", ["2026年度财政每个人补好多钱", "2026年国家给每个人补贴多少"])
def test_the_subsidy_per_person_is_the_funding_page_not_what_one_pays(engine, text):
    reply = ask(engine, text, region="巴中")
    assert reply.kind == "faq" and "700元" in reply.text and "第三章 八问" in reply.text


# ---- how long the home region's cover lasts once the student has paid in 克拉玛依 ---------------------

@pytest.mark.parametrize("text", ["在克拉玛依交了医保 家乡的医保还能用到什么时候",
                                  "交完克拉玛依2026年的医保 老家的医保还能用到啥时候"])
def test_the_home_cover_after_paying_in_karamay_is_the_continuation_page(engine, text):
    reply = ask(engine, text, region="克拉玛依")
    assert reply.kind == "faq" and "12月31日" in reply.text and "第3部分" in reply.text


def test_medicine_at_an_outpatient_visit_without_a_disease_is_asked_as_the_outpatient_limit(engine):
    reply = ask(engine, "居民医保在门诊开药一年能报多少", region="长治")
    assert reply.kind == "faq" and "300元" in reply.text
