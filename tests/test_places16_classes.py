"""Where and when, asked in ways the sixteenth places set showed to be misread. Own phrasings,
through the real engine."""
import pytest

from tests.helpers import answer as ask


# ---- what the 财政 pays in for each insured person, asked with the year ------------------------------

@pytest.mark.parametrize("text", ["2026年度财政每个人补好多钱", "2026年国家给每个人补贴多少"])
def test_the_subsidy_per_person_is_the_funding_page_not_what_one_pays(engine, text):
    reply = ask(engine, text, region="巴中")
    assert reply.kind == "faq" and "700元" in reply.text and "第三章 八问" in reply.text
