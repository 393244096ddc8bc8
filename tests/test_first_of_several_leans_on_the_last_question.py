"""A message of several short questions right after another question ("在哪儿交嘛 手机上能交不" after the
fee): its first question, telling nothing and naming no topic, is read with the last question's topic
as a question alone would be — unless it is understood surely on its own. Real engine and batch contract."""
import pytest

from tests.helpers import talk


@pytest.mark.parametrize("turns", [
    ["合疗一年交好多钱", "去哪儿交嘛 手机上交得了不"],
    ["今年合疗个人交好多 我妈是低保户", "在哪儿交嘛 微信上能交不"],
])
def test_where_to_pay_after_the_fee_is_where_to_pay_it(engine, turns):
    # (巴中 第三章五问: 四川省电子税务局、微信、支付宝 …)
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq" and "缴费渠道" in r.text and "没有找到" not in r.text, r.text


def test_a_question_understood_on_its_own_is_not_read_with_the_last(engine):
    # (克拉玛依 第6部分: 新疆税务社保缴费 — not where a student joins, which "学生" borrowed would find)
    *_, r = talk(engine, ["学生医保一年交多少", "在哪交 能用支付宝不"], region="克拉玛依")
    assert r.kind == "faq" and "新疆税务社保缴费" in r.text, r.text


def test_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {"p": ("巴中", ["今年合疗个人交好多 我妈是低保户", "在哪儿交嘛 微信上能交不"])})
    assert rows["p-1"]["kind"] == "faq" and "缴费渠道" in rows["p-1"]["text"] and "没有找到" not in rows["p-1"]["text"]
