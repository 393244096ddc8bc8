"""Round 26 dialogue classes (dialogues-26x, -24x, -23x, -24): each test drives the real engine
through a conversation with wordings of its own, never the question sets' words."""
import pytest

from calculators.assistance import assistance
from calculators.money import D
from calculators.policy import policy_for
from intents.acts import correction
from tests.helpers import talk


# 长治 医疗救助待遇: 低保对象目录内个人自付按70%救助，年度最高救助限额6万元 — the cap is the rule
# asked about ("救助有没有上限") even when the sum stays under it
@pytest.mark.parametrize("region,cat,amount", [("长治", "低保", 8000), ("巴中", "低保", 9000)])
def test_a_yearly_cap_of_assistance_is_stated_when_not_reached(region, cat, amount):
    c = assistance(policy_for(region), category=cat, amount=D(amount), referred=False)
    row_cap = next(r.cap for r in policy_for(region).assistance.rows if cat in r.categories)
    said = "\n".join(c.assumptions)
    assert f"{row_cap:,.0f}".replace(",", "") in said.replace(",", "") and "未超过" in said


def test_assistance_asked_after_a_serious_illness_sum_names_its_cap(engine):
    *_, last = talk(engine, ["俺爸居民医保 大病报完以后个人合规自付还剩两万 大病保险能报多少",
                             "他是低保对象", "低保的医疗救助能给多少"], region="长治")
    assert last.kind in ("calculation", "faq") and "70%" in last.text and "6万" in last.text.replace(" ", "")


# a "never mind" closed by putting the sum off or doing it oneself ends the form, with no handoff
@pytest.mark.parametrize("region,first,stop", [
    ("长治", "俺爹在市里住院了 居民医保 能报多少", "不用了 改天再说吧"),
    ("巴中", "我想算下一个人交居民医保多少钱", "算了 我自个儿算算"),
])
def test_a_never_mind_put_off_or_done_oneself_ends_the_calculation(engine, region, first, stop):
    _, ack = talk(engine, [first, stop], region=region)
    assert ack.kind == "clarify" and "工作人员" not in ack.text and "您是想问" not in ack.text
    assert not ack.sources


# "没事了 那巴中呢" after a place no handbook covers: the shrug is to the refusal, and the follow-up asks
# the question before of the place it names
def test_a_shrug_before_a_follow_up_keeps_the_question_it_follows(engine):
    _, again = talk(engine, ["重庆的职工医保住院起付线是多少", "算了 那巴中的呢"])
    # (巴中 第二章 二十七问: 职工 三级医疗机构 700元)
    assert again.kind == "faq" and again.region == "巴中" and "700" in again.text


# who answers, asked with or without a greeting: the help line (which says it is the bot), never a handoff
@pytest.mark.parametrize("text", ["您好 请问您是人工客服吗", "你是不是机器人啊", "你是人还是机器"])
def test_asked_whether_a_person_answers(engine, text):
    reply = talk(engine, [text], region="长治")[0]
    assert reply.kind == "clarify" and "机器人" in reply.text and "工作人员，答复" not in reply.text


# a minor ailment seen ("看感冒", "看了个发烧") with a bill: an outpatient visit, computed as one, never
# asked whether it was a stay (克拉玛依 第7部分（一）: 一级 起付10元 70%)
def test_a_minor_ailment_seen_is_an_outpatient_visit(engine):
    reply = talk(engine, ["上周在一级医院看了个咳嗽 花了60 今年头一回 能报多少"], region="克拉玛依")[0]
    assert reply.kind == "calculation" and "35" in reply.text     # (60 − 10) × 70%


# the earlier of two stays corrected by its order ("不对 头一回住的是二级"), an interjection first or not:
# that stay's level changes, this stay stays the second (克拉玛依 第7部分（一）: 再次在高等级医疗机构住院的，
# 补足起付标准的差额 — 三级600 − 二级200 = 400)
@pytest.mark.parametrize("fix", ["哎呀 说错了 前一次是在二级医院", "不对 第一回住的二级医院"])
def test_the_earlier_stay_corrected_by_its_order(engine, fix):
    first, again = talk(engine, ["今年先在一级医院住过院 现在又住进三级医院了 花了6000 能报多少", fix],
                        region="克拉玛依")
    assert first.kind == "calculation" and "3575" in first.text.replace(",", "")     # (6000 − 500) × 65%
    assert again.kind == "calculation" and "3640" in again.text.replace(",", "")     # (6000 − 400) × 65%


@pytest.mark.parametrize("said", ["哦不对 是一万二", "哎呀 不对 是一万二", "额 说错了 是一万二"])
def test_an_interjection_before_a_correction_keeps_it_a_correction(said):
    assert correction(said) == correction("不对 是一万二") == "一万二"


# the referral's paper named ("转院单", "转院证明") is the referral (a filing), no move between two stays of
# the asker's: the form does not ask the level of an earlier stay (克拉玛依 第8部分（一）: 转诊 与参保地相同)
def test_a_referral_paper_is_no_transfer_between_stays(engine):
    _, reply = talk(engine, ["暑假在老家住院 花了6000 能报多少", "三级医院 开了转院证明 备案也办了 是转诊备案"],
                    region="克拉玛依")
    assert reply.kind == "calculation" and "3510" in reply.text.replace(",", "")    # (6000 − 600) × 65%


# one more bill the same day at the same hospital, told after a visit was computed: the day's bills
# together (克拉玛依 第7部分（一）: 一天内在同一级医疗机构的门诊按一次计算 — 一级 起付10元 70%)
def test_another_bill_the_same_day_joins_the_visit_computed(engine):
    first, again = talk(engine, ["今年头回去一级医院看门诊 花了50", "同一天又在那家医院开了30的药呢"], region="克拉玛依")
    assert first.kind == "calculation" and "28" in first.text                  # (50 − 10) × 70%
    assert again.kind == "calculation" and "49" in again.text and "50 + 30" in again.text    # (80 − 10) × 70%


# the figure a form asked for, told in a story with what it yields asked: the form's answer, not a search
# (长治 居民门诊统筹: 二级医疗机构 0元 55%，年度支付限额300元 — 已报250，剩50)
def test_the_figure_asked_told_in_a_story_answers_the_form(engine):
    _, reply = talk(engine, ["新农合 二级医院看门诊能报多少", "今年已经报过250了 这次花了200 还能报多少"], region="长治")
    assert reply.kind == "calculation" and "300 − 250 = 50" in reply.text


# what follows from a case ("会咋样", "有啥影响") asked after a fee was computed: the rule's page, never
# the fee again (克拉玛依 第2部分: 集中缴费期过后参保缴费人员设置待遇等待期)
def test_what_follows_from_a_case_is_no_sum_again(engine):
    _, fee, reply = talk(engine, ["学生医保一年交多少", "再加上长护险的话 总共交多少", "那过了集中缴费期才去交 有啥影响"],
                         region="克拉玛依")
    assert fee.kind == "calculation" and "453" in fee.text
    assert reply.kind == "faq" and "等待期" in reply.text



# a household's fee asked of the whole family with no count: how many asked, never one person's fee
# given for it (巴中 第三章 六问: 个人缴费标准400元/人)
def test_a_household_asked_whole_is_asked_its_head_count(engine):
    asked, told = talk(engine, ["算一下我们一家子交居民医保要多少钱", "四口人"], region="巴中")
    assert asked.kind == "clarify" and "几个人" in asked.text
    assert told.kind == "calculation" and "1600" in told.text.replace(",", "")


def test_one_heads_fee_asked_of_a_household_asks_no_count():
    from intents.slots import extract
    assert extract("算一下我们一家子每人交多少").get("_household_unsized") is None
    assert extract("算一下我们一家子交多少").get("_household_unsized") is True
