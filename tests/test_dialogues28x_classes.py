"""Conversations and voice-typed messages the sets 28x showed misread (round 28): a group written as
voice typing hears it. Own phrasings, through the real engine."""
import pytest

from intents.slots import extract
from tests.helpers import ids, talk

# ---- 地保户: 低保户 as voice typing writes it (dì for dī) ------------------------------------------------
# (巴中 第六章五问: 低保对象 常规救助 0 元起付、70%、年度限额 20000 元 — not 特困's 100% row)


@pytest.mark.parametrize("text", ["俺家是地保户", "我妈是地保户 住院了"])
def test_a_voice_typed_group_is_that_group(text):
    assert extract(text).get("category") == "低保"


def test_a_voice_typed_group_gets_its_own_row(engine):
    *_, r = talk(engine, ["屋头是地保户 我妈住院基本医保报了后自己出的部分 医疗救助给救几成"], region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-6-05-c"] and "70%" in r.text, r.text
