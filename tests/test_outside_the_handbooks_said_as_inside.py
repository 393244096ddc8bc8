"""Matters no handbook covers, asked in 医保's own words: a campus clinic (校医院, 医务室), a lost
card's replacement said as people say it ("社保卡掉了 在哪儿补"), and what a commercial product named
just before covers ("巴惠保一年交好多钱 能报些啥子"). Each is declined with the office, never answered
with a page that only shares a word; a hospital beside the clinic is still a tier's question."""
import pytest

from intents.scope import out_of_scope_topic
from tests.helpers import answer


@pytest.mark.parametrize("text, region", [
    ("校医院看病能不能走医保", "克拉玛依"),
    ("校医院看病能直接刷医保吗", "克拉玛依"),
    ("学校医务室开的药能报销不", "克拉玛依"),
    # (a hospital said only as the other choice is no care at one)
    ("校医院看病能报吗 还是要去医院", "克拉玛依"),
    ("社保卡掉了 在哪儿补 要好多钱", "巴中"),
    ("医保卡丢了咋个补", "长治"),
    ("巴惠保一年交好多钱 能报些啥子", "巴中"),
    ("惠民保一年多少钱 保些什么", "巴中"),
])
def test_declined_with_the_office(engine, text, region):
    reply = answer(engine, text, region=region)
    assert reply.kind == "unanswered" and not reply.sources, reply.text
    assert "不在我的医保政策手册范围内" in reply.text, reply.text


@pytest.mark.parametrize("text", [
    "室友发烧去校医院隔壁的一级医院看了门诊 合规花了80块 今年第一次看 学校医保能报多少啊",
    "医保卡丢了还能看病吗",
    "社保卡丢了 住院还能报销吗",
    # paying for care or drugs while the card is lost: a question of paying, not of the card
    "医保卡掉了 买药能补刷不",
    "医保卡丢了 药店买药的钱能补报吗",
    # care the clinic sent on, or went on to, at a hospital: that hospital's tier's question
    "校医院开了转诊单 去市医院住院能报多少",
    "校医院看不了 转到市人民医院住院 花了5000 报多少",
    "我在校医院看了 又去了克拉玛依市中心医院门诊 能报多少",
])
def test_the_medical_insurance_side_stays_a_handbook_question(text):
    assert out_of_scope_topic(text) is None


def test_a_later_question_of_its_own_after_a_topic_that_pays_nothing_is_answered(engine):
    # ("失业金怎么领 住院能报多少": after a topic paying nothing out, a 医保 question of its own)
    reply = answer(engine, "失业金怎么领 合疗住院起付线好多", region="巴中")
    assert reply.kind in ("faq", "calculation") and reply.sources, reply.text
