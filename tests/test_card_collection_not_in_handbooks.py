"""Where or how a first 医保卡 / 社保卡 is applied for or collected: no handbook says (the card is issued by
人社 and its bank), so the honest "not in my handbooks" with the office — never a page on the 医保码 in
its place. Using the card or the code, or activating the code, is still a handbook question."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text, region", [
    ("实体医保卡在哪领啊 大一新生没有卡", "克拉玛依"),
    ("社保卡去哪里领", "巴中"),
    ("新生怎么办理社保卡", "克拉玛依"),
    ("俺家娃的医保卡到哪儿去领取", "长治"),
])
def test_where_a_card_is_collected_is_not_answered_from_another_page(engine, text, region):
    r = answer(engine, text, region=region)
    assert r.kind == "unanswered" and "申领" in r.text, r.text


@pytest.mark.parametrize("text, region", [
    ("在哪里激活医保码", "克拉玛依"),
    ("没有实体卡能看病吗", "克拉玛依"),
])
def test_the_code_and_paying_without_the_card_are_answered(engine, text, region):
    r = answer(engine, text, region=region)
    assert r.kind != "unanswered", r.text
