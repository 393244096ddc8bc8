"""Care in another city of the province (省内) and in another province (外省, 跨省) are different
pages with different rules: a question telling one never gets the other's page first."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text, region, entry, needle", [
    ("俺在外省工地上干活，前几天感冒发烧去附近医院看了门诊，新农合是在长治交的，这种临时在外地看门诊能报不？",
     "长治", "cz-jm-10", "10个百分点"),
])
def test_the_page_of_the_province_told_answers(engine, text, region, entry, needle):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and entry in ids(reply) and needle in reply.text, reply.text


@pytest.mark.parametrize("text, kinds", [
    ("在外省看门诊", {"省外"}), ("跨省就医", {"省外"}), ("省内异地住院", {"省内"}), ("去外地看病", set()),
])
def test_the_province_of_care_as_said(text, kinds):
    from bot.engine import _provinces_named
    assert _provinces_named(text) == kinds
