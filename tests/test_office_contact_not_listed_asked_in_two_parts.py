"""An office asked of a place whose office the handbook does not list (巴中 第七章 四问's table has no 经开区),
its address and then its phone in one message ("医保窗口在哪儿 电话好多"): one honest "not in my handbooks"
for both parts, never the phone of another office (市本级's 0827-5775700 as 经开区's). A phone asked of a
listed office the same way is still that office's."""
from tests.helpers import answer


def test_both_parts_share_the_not_listed(engine):
    r = answer(engine, "我住经开区的 医保窗口在哪儿 电话好多", region="巴中")
    assert r.kind == "unanswered", r.text
    assert "经开区" in r.text and "红星路" not in r.text, r.text


def test_a_listed_offices_phone_is_given(engine):
    r = answer(engine, "恩阳区医保局在哪儿 电话好多", region="巴中")
    assert r.kind == "faq" and "恩阳" in r.text, r.text
