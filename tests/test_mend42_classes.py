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


@pytest.mark.parametrize("text,figures", [
    # two people's schemes said first, then "一个…一个…" bills: each bill on the scheme of the one said in
    # that place (巴中 第二章 二十七问 职工 三级 700元 80%; 第三章 十一问 居民 三级 700元 60%)
    ("我老汉职工医保 我妈居民医保 在三级医院住院 一个花了两万 一个花了一万 报好多", (15440, 5580)),
    ("我是职工 我媳妇是合疗 都在三级医院住的院 一个花了两万 一个花了一万 各报多少", (15440, 5580)),
])
def test_two_schemes_then_one_bill_each_computes_both(engine, text, figures):
    from tests.helpers import nums
    r = ask(engine, text, region="巴中")
    assert r.kind == "calculation", r.text
    assert set(figures) <= nums(r), r.text


def test_one_of_two_bills_split_by_the_order_the_schemes_were_said():
    from intents.message import per_person
    parts = per_person("我是合疗 男人是职工 住院 一个用了6000 一个用了4000 各报几多")
    assert len(parts) == 2 and "合疗" in parts[0] and "职工" not in parts[0] and "职工" in parts[1], parts
    # (one scheme for both: the shared head kept with each, as before)
    parts = per_person("两个老人都交的新农合 住院一个用了5000 一个用了8000 分别报多少")
    assert len(parts) == 2 and all("新农合" in p for p in parts), parts
