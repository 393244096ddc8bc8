"""The papers a 医保 matter takes, asked with "要不要去医院" ("要不要去医院交啥子资料"), are no medical
advice: the handbook answers (巴中 第四章 二十问: "两病"参保患者不需要提供资料). Whether to see a
doctor at all still is."""
import pytest

from intents.scope import out_of_scope_topic
from tests.helpers import answer, ids


@pytest.mark.parametrize("text, topic", [
    ("要不要去医院交啥子资料", None),
    ("要不要去医院办手续", None),
    ("头疼要不要去医院", "医疗建议"),          # (as before)
])
def test_papers_are_no_medical_advice(text, topic):
    assert out_of_scope_topic(text) == topic


def test_the_second_question_is_answered(engine):
    r = answer(engine, "老汉高血压糖尿病都有 两病一年最多报好多钱 要不要去医院交啥子资料", "巴中")
    assert "500" in r.text and "不需要提供资料" in r.text and "bz-4-20" in ids(r), r.text
