"""Classes of last round's leftovers (mend42), in our own words, through the real engine."""
import pytest

from tests.helpers import answer as ask


@pytest.mark.parametrize("text,region", [
    # 巴中 第一章 六: 应当由第三人负担的 医疗费用 不予支付 — a rule of a party who bears the cost; the
    # handbook says nothing of one who is gone or cannot pay, so its page is offered, never stated
    ("骑电瓶车被人撞了 那个司机跑了 住院能走医保不", "巴中"),
    ("我妈过马路被车撞了 肇事的逃逸了 医保报不报", "巴中"),
    ("被人打伤了 打人的到现在都找不到 医药费医保给报不", "巴中"),
    ("被撞了 撞人的是个老头 赔不起 医保能报吗", None),
])
def test_a_liable_party_gone_is_never_stated_the_third_party_rule(engine, text, region):
    r = ask(engine, text, region=region)
    assert r.kind in ("clarify", "unanswered"), r.text
    assert not r.text.startswith("按医保基金不予支付"), r.text


def test_a_liable_party_who_pays_still_gets_the_rule(engine):
    r = ask(engine, "被车撞了 对方负全责 住院费用医保给报吗", region="巴中")
    assert r.kind == "faq" and "第三人" in r.text and "我不太确定" not in r.text, r.text
