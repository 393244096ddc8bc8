"""What a story tells of care away that decides the page: out of the province said as 省外, a passing visit
said as 临时 — kept in the reading built from the story's slots, so that the page of that kind answers (巴中
第五章 四问: 省外未直接结算的单行支付药品 三个月内手工结算; 长治 居民门诊统筹: 临时外出门诊无需备案). And a place
said by its level (县里, 镇上) is no topic the pages lack. Own phrasings, through the real engine."""
import pytest

from intents.message import parse
from tests.helpers import answer


@pytest.mark.parametrize("text, word", [
    ("去省外医院开的谈判药 那边没直接结 回来多久以内去报账", "省外"),
    ("我妈临时去太原看了个门诊 合疗 要不要先去备案", "临时"),
])
def test_the_story_reading_keeps_the_kind_of_care_away(text, word):
    part = parse(text).parts[-1]
    assert word in part.slots.get("route", []), part.slots
    assert all(word in r for r in part.readings), part.readings


def test_a_drug_claimed_after_care_out_of_the_province_gets_its_three_months(engine):
    r = answer(engine, "去省外医院开的谈判药 那边没直接结 回来多久以内去报账", region="巴中")
    assert r.kind == "faq" and "三个月" in r.text, r.text


def test_a_passing_visit_in_the_province_needs_no_filing(engine):
    r = answer(engine, "俺临时去太原看个门诊 居民医保 用先备案不", region="长治")
    assert r.kind == "faq" and "无需" in r.text, r.text


@pytest.mark.parametrize("text", ["合疗 看门诊 县里二级医院能报几成", "居民医保 门诊 镇上一级医院报多少"])
def test_a_place_said_by_its_level_is_not_off_the_pages_topic(engine, text):
    r = answer(engine, text, region="长治")
    assert r.kind != "unanswered" and ("55%" in r.text or "60%" in r.text), r.text
