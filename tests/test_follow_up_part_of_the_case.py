"""Follow-ups asking one part of what the conversation was about: "大病那部分呢" after a question that
named its care in words of its own asks the same of 大病保险; "那封顶多少" after a calculation for a
group (低保, 特困, 孤儿) asks the cap of that group's rule. Own phrasings, through the real engine."""
import pytest

from intents.numbers import find_numbers
from tests.helpers import talk

# ---- "大病那部分呢" after "…住了十来天院 … 要在好久之前去报": what was asked last, of 大病保险 (巴中 第三章
# 十七问: 住院 "次年6月底前"; 二十五问: 大病保险 "原则上应在次年7月底前")


@pytest.mark.parametrize("turns", [
    ["我在外地摔伤住了十来天院 没备案 钱是自己垫的 要在好久之前去报", "大病那一块呢"],
    ["老汉在成都住了一回院 自己垫的钱 回来报销截止到啥时候", "那大病保险那部分呢"],
    ["老汉在成都住了一回院 自己垫的钱 回来报销截止到啥时候", "大病那部分呢"],
])
def test_a_part_of_the_topic_asks_what_was_asked_last(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq" and "7月底" in r.text, r.text


# ---- "那一块", "这一块" name a part of the case, never one yuan to compute with


@pytest.mark.parametrize("text", ["大病那一块呢", "这一块报不报", "门诊那一块咋算"])
def test_that_piece_is_no_sum(text):
    assert find_numbers(text) == []


# ---- the cap asked after 大病保险 was computed for a group: that group's rule (长治 医疗救助: 特困人员、低保
# 对象… "取消封顶线"; 巴中 第三章二十六问: "特困对象、孤儿、低保不设赔付限额"), never the ordinary cap alone


@pytest.mark.parametrize("region, turns, needle", [
    ("长治", ["长治居民 报完自付了五万 合规的 大病保险给多少", "我们是特困户", "那封顶多少"], "取消封顶线"),
    ("巴中", ["居民 自付了八万 大病保险赔多少", "俺是孤儿", "一年最多能赔多少"], "不设赔付限额"),
])
def test_the_cap_after_a_groups_calculation_is_the_groups(engine, region, turns, needle):
    *_, r = talk(engine, turns, region=region)
    assert r.kind == "faq" and needle in r.text, r.text
