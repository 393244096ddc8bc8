""""降压降糖药" is the name of the drugs 两病 pays for (巴中 第四章 十九问: 降血压、降血糖的药品), not a
word on which disease the asker has: 血压高 with 降压降糖药 is 高血压 alone (limit 200), the name said
with no disease leaves the disease to ask, and a second disease said as "血糖也高" still counts
(both: limit 500)."""
import pytest

from intents.slots import extract
from tests.helpers import answer, ids


@pytest.mark.parametrize("text, two", [
    ("血压高吃药 没达到慢病标准 一年门诊降压降糖药1200块 两病能报好多", "高血压"),
    ("轻的糖尿病 属于两病 今年门诊降压降糖药一共1260元 能报好多", "糖尿病"),
    ("血压高吃药 血糖也高 一年门诊降压降糖药1200块 两病能报好多", "两病"),
    ("两病 一年降血压/降血糖药品1200 能报好多", None),
])
def test_the_drugs_name_names_no_disease(text, two):
    assert extract(text).get("two") == two


@pytest.mark.parametrize("text, paid, limit", [
    ("我在南江 血压高吃药 没达到慢病标准 一年门诊降压降糖药1200块 两病能报好多", "200", "高血压"),
    ("巴中 轻的糖尿病 莫得达到慢病标准 属于两病 今年门诊降压降糖药一共1260元 能报好多", "300", "糖尿病"),
    ("曾口镇的 血压高吃药 血糖也高 没达到慢病标准 一年门诊降压降糖药1200块 两病能报好多", "500", "两病"),
])
def test_the_limit_is_the_diseases_said(engine, text, paid, limit):
    r = answer(engine, text, region="巴中")
    assert r.kind == "calculation" and f"报销约 {paid} 元" in r.text and f"{limit}年度最高支付限额" in r.text, r.text


def test_the_drugs_name_alone_asks_the_disease(engine):
    r = answer(engine, "巴中 两病 一年降压降糖药1200 能报好多", region="巴中")
    assert r.kind == "clarify" and "高血压" in r.text and "糖尿病" in r.text, r.text


def test_the_drugs_name_alone_is_no_one_diseases_page(engine):
    # the rule for both (bz-4-19), not 糖尿病's page read off the 降糖 in the drugs' name
    r = answer(engine, "两病 降压降糖药一年能报好多", region="巴中")
    assert r.kind == "faq" and "bz-4-19-tnb" not in ids(r) and "500" in r.text, r.text
