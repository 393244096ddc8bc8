"""More classes of failure read on the strangers' colloquial-38 set, each asked in our own words through
the real engine."""
import pytest

from bot.engine import _denies_heard_figure
from intents.message import is_question
from tests.helpers import answer as ask, ids


# ---- 甚 (山西: 什么) alone: a question word, so its clause is the question, not a remark dropped ---------

@pytest.mark.parametrize("clause", ["看甚指标", "要带甚材料", "甚时候交"])
def test_shen_asks(clause):
    assert is_question(clause)


@pytest.mark.parametrize("clause", ["甚至还要等", "不甚清楚"])
def test_shen_as_very_asks_nothing(clause):
    assert not is_question(clause)


def test_shen_clause_keeps_the_criteria_asked(engine):
    r = ask(engine, "高血压想办两病 要达到甚标准", region="长治")
    assert "cz-ld-06" in ids(r)[:1], r.text
    assert "140" in r.text, r.text


# ---- a direct settlement that did not happen: the claim afterwards, not how a filed stay settles ------

@pytest.mark.parametrize("text", ["去外地看病医院没能直接结算 现在咋办"])
def test_no_direct_settlement_is_the_claim_afterwards(engine, text):
    r = ask(engine, text, region="克拉玛依")
    assert ids(r)[:1] == ["ky-08-09"], r.text
    assert "无需后续报销" not in r.text, r.text


# ---- a heard figure corrected in one answer to two questions: no heading quoting it again --------------

def test_heading_left_out_when_the_answer_denies_a_heard_figure(engine):
    r = ask(engine, "职工医保住三级医院 有人说报95% 对不对 起付线多少", region="巴中")
    assert r.text.startswith("不是95"), r.text
    assert "【" not in r.text.split("\n")[0], r.text


def test_denied_figure_only_of_the_questions():
    assert _denies_heard_figure(["听说报75%是不是", "起付好多"], "不是75%：……是70%")
    assert not _denies_heard_figure(["报几成", "起付好多"], "不是75%：……是70%")
    assert not _denies_heard_figure(["听说报75%是不是", "起付好多"], "巴中城乡居民医保……70%")


# ---- a birth about to happen is a birth's costs asked --------------------------------------------------

@pytest.mark.parametrize("text", ["老婆下个月就要生了 合疗能报多少", "媳妇儿快生了 医保能给多少钱"])
def test_birth_about_to_happen_asks_the_delivery(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "clarify" and "顺产" in r.text, r.text


# ---- "can the card pay for it" asks of what was told before it --------------------------------------------

def test_card_claim_asks_of_the_thing_told(engine):
    r = ask(engine, "做了个健康体检 花了两百 刷医保卡能报不", region="巴中")
    assert ids(r)[:1] == ["bz-1-06-e"], r.text
    assert "不能" in r.text, r.text


# ---- a refund for a reason of leaving: the handbooks give only 重复参保's ----------------------------------

@pytest.mark.parametrize("text", ["娃儿退学了 学校交的医保钱退不退", "孩子出国了 今年交的合疗能退钱不"])
def test_refund_for_leaving_is_referred(engine, text):
    r = ask(engine, text, region="克拉玛依")
    assert r.kind == "unanswered", r.text
    assert "重复参加" not in r.text.split("你是不是想问")[0], r.text
    assert "0990" in r.text, r.text


def test_refund_for_enrolling_twice_still_answered(engine):
    r = ask(engine, "重复参保了 居民医保交的钱能退吗", region="巴中")
    assert ids(r)[:1] == ["bz-1-23"], r.text


# ---- months "and some" of a break said: the working says them as said, not a month more ----------------

@pytest.mark.parametrize("text, said, wait", [("职工医保换成合疗 中间停了四个多月 要等多久才能用", "4 个多月", "6 个月"),
                                              ("职工医保换成合疗 中间停了两个多月 要等多久才能用", "2 个多月", "0 个月")])
def test_months_and_some_of_a_switch_gap_said_as_said(engine, text, said, wait):
    r = ask(engine, text, region="巴中")
    assert r.kind == "calculation" and f"中断缴费 {said}" in r.text, r.text
    assert f"等待期 {wait}" in r.text, r.text
