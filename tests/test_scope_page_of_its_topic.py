"""A topic outside the handbooks (工伤保险) asked about where the handbook has its own page on it — what
医保 does not pay — is answered from that page; the topic alone, with no such page, is still declined.
Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "在工地搬砖时从架子上掉下来 算工伤 住院费医保管不管",
    "给包工头干活摔断了腿 算工伤的 住院能走医保不",
])
def test_what_medical_insurance_does_not_pay_answers_its_topic(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and "工伤保险基金" in r.text, r.text


def test_the_topic_alone_is_still_declined(engine):
    r = answer(engine, "工伤保险的伤残等级怎么鉴定", region="巴中")
    assert r.kind == "unanswered", r.text


def test_a_page_that_only_mentions_the_topic_does_not_answer_it(engine):
    # (克拉玛依's case of a student who had a commercial policy names 商业保险 but says nothing of buying one)
    r = answer(engine, "学校里有没有那种学生意外的商业保险 要另外买吗", region="克拉玛依")
    assert r.kind == "unanswered", r.text
