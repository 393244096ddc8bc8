"""FAQ ranking on people's words, each a class checked on phrasings of our own: a year's payout
said 一年报多少 reaches the 门诊 page; 用支付宝 finds the region's own 支付宝 page; a story's 自费 is
the case; 这个 points at the care just named; a later question of the message keeps the story's care; a gap said
as a range is settled when the repaired wait is asked and both ends share it."""
import pytest

from intents.message import story_slots
from intents.slots import extract
from tests.helpers import answer, ids


@pytest.mark.parametrize("story,care", [
    ("他当时着急用的是自费", ["自费"]),
    ("在外地看病全部自费", ["自费"]),
    # the self-paid drugs (目录外) are a kind of cost, not how the bill was paid
    ("医生开了些自费药", []),
])
def test_paying_it_all_oneself_is_the_case_told(story, care):
    assert [w for w in story_slots(story).get("care", []) if w == "自费"] == care


@pytest.mark.parametrize("text", [
    "断了五六年没交 补缴修复以后最少等多久",
    "合疗断了3年 修复之后要等几个月",
])
def test_the_repair_said_as_done_is_every_year_paid_back(text):
    assert extract(text).get("repair_all") is True


@pytest.mark.parametrize("text,region,entry", [
    # 一年报 is a year's payout, not an annual report: the 门诊统筹 page, not a disease's limit
    ("合疗看门诊一年报多少", "巴中", "bz-3-18"),
    # 用支付宝: the campus handbook's 支付宝 page is the region's own answer
    ("我们克拉玛依校区的 用支付宝咋个激活医保码", "克拉玛依", "ky-11-03"),
    # a 外省 stay with a 门诊慢病's drugs not settled: the 慢特病 page's papers
    ("我妈是门诊慢病 在外省女儿家住 拿药没直接结算 回来要带什么报", "巴中", "bz-4-13"),
])
def test_peoples_words_find_the_entry(engine, text, region, entry):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and ids(reply)[0] == entry, (reply.kind, ids(reply), reply.text[:200])


def test_this_points_at_the_care_just_named(engine):
    # "这个咋报" after a story of 住院, 门诊慢病 and then 大病保险: the 大病保险 asked, not 门诊慢病
    reply = answer(engine, "我爸是新农合 今年住了两次院 又在门诊看慢病 听人说还有个大病保险 这个怎么报 报多少",
                   region="长治")
    assert ids(reply)[0] == "cz-db-01" and "75%" in reply.text, (ids(reply), reply.text[:200])


def test_a_later_question_keeps_the_story_of_the_message(engine):
    # "最迟多久" after the papers of a 外地 住院 not settled: that stay's deadline (次年6月底)
    reply = answer(engine, "请问 在外省住院没刷卡结算 回来报销要带哪些东西 最迟多久要报", region="巴中")
    assert "bz-3-17" in ids(reply) and "6月底" in reply.text, (ids(reply), reply.text[:300])


def test_a_gap_range_with_the_repaired_wait_asked_is_answered(engine):
    # 断了五六年: 7 or 8 months, but repaired both wait the floor of 6 months — the answer, not a question
    reply = answer(engine, "合疗断了五六年没交 补缴修复以后最少要等多久才能报", region="巴中")
    assert reply.kind == "calculation" and "6 个月" in reply.text, reply.text[:200]
