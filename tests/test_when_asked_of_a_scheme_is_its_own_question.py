"""A question naming a scheme and asking when ("合疗 啥时候截止"), after the question before (this message's
first, "今年合疗交好多钱", or the last one): its own question, the payment window (巴中 第三章 三问: 2025年10月20日
至2026年2月28日) — not the question before asked again for that scheme. Also after a calculation put off
("算了 不用算了 就问一下…"), both parts answered in full."""
from tests.helpers import talk


def test_both_parts_after_a_calculation_put_off(engine):
    *_, r = talk(engine, ["我想算一哈住院报销", "算了 不用算了 就问一下今年合疗交好多钱 啥时候截止"], region="巴中")
    assert r.kind == "faq", r.text
    assert "400" in r.text and "2月28日" in r.text, r.text


def test_asked_next(engine):
    *_, r = talk(engine, ["今年合疗交好多钱", "合疗 啥时候截止"], region="巴中")
    assert r.kind == "faq" and "2月28日" in r.text, r.text
