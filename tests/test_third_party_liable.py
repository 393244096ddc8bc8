"""Care another party is liable for, told with the stay's facts (被别人的车撞了 对方全责 住院花了两万):
the handbook's 不予支付 rule for what 第三人 should bear (第一章 六), not a question for the hospital's
level, and no offer to compute a bill the fund does not pay. A 车祸 of one's own names no one liable."""
import pytest

from intents import calc_kind as calc_kind_mod
from tests.helpers import answer, ids


@pytest.mark.parametrize("text", [
    "在巴中骑电瓶车让一辆货车撞了 对方负全责 住院花了三万 合疗还报不报",
    "我爸在平昌遭人家的摩托撞了 住了半个月院 肇事方说先拿医保报 医保报不报",
    "被人打伤了住院花了八千 巴中医保能报不",
    # (the clause that says who is liable is a story clause; the reading without it finds the same
    # entry less surely, and is not kept: a bare ending would then trade it for the 住院 rule)
    "在平昌街上遭一辆面包车撞了 交警认定对方全责 住院花了一万多 我这个合疗能报不",
])
def test_a_bill_a_third_party_bears_gets_the_rule(engine, text):
    reply = answer(engine, text)
    assert reply.kind == "faq" and "bz-1-06-b" in ids(reply), reply.text
    assert "第三人" in reply.text and "测算" not in reply.text, reply.text


@pytest.mark.parametrize("text", ["出车祸住院花了一万 能报多少", "转到县医院住院花了五千", "第三次住院花了两万"])
def test_no_one_liable_named_is_no_third_party(text):
    assert calc_kind_mod.THIRD_PARTY.search(text) is None
