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


@pytest.mark.parametrize("text", [
    # the hospital's level and "能报好多" said beside who is liable: the care's words find the level's
    # rates, yet what a third party should bear the fund does not pay at any level
    "遭车撞了住院 对方全责 在县医院 能报好多",
    "被人打伤了 在乡镇卫生院住院 报好多",
    "被车撞了 对方全责 职工医保在三级医院住院 报销比例多少",
    "我们老汉赶场被人推倒了腿摔断了 在县医院住院花了一万 对方说他不管 合疗报好多",
])
def test_the_level_said_beside_a_liable_party_still_gets_the_rule(engine, text):
    reply = answer(engine, text, region="巴中")
    assert reply.kind == "faq" and "bz-1-06-b" in ids(reply), reply.text
    # (the level's pages may be offered after it, as other readings; the answer states no rate)
    assert "起付" not in reply.text.split("如果不是这个意思")[0], reply.text


@pytest.mark.parametrize("text", [
    "我在外省旅游遭车撞了急诊抢救 巴中医保要先备案不",
    "被车撞了 对方全责 医保报销要带啥资料",
])
def test_how_to_file_after_an_accident_keeps_its_page(engine, text):
    reply = answer(engine, text, region="巴中")
    assert "bz-1-06-b" not in ids(reply), reply.text
