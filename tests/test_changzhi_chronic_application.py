"""长治's slides give the 门诊慢性病 list, limits and rates, never where or how to apply (its 认定 hospitals,
its papers): asked, the bot says so and staff see the question — an unanswered reply, not an answer."""
import pytest

from tests.helpers import answer as ask


@pytest.mark.parametrize("text", ["门诊慢性病去哪申请认定 要啥材料", "慢病卡怎么办", "慢特病认定去哪办"])
def test_changzhi_chronic_application_is_not_in_the_slides(engine, text):
    r = ask(engine, text, region="长治")
    assert r.kind == "unanswered" and "给不出" in r.text, r.text


def test_the_two_diseases_application_the_slides_give_is_answered(engine):
    r = ask(engine, "两病去哪申报", region="长治")
    assert r.kind == "faq" and "乡镇卫生院" in r.text, r.text
