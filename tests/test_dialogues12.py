"""Conversations, round 12: a term the handbook defines (近亲属) asked right after an answer that uses
it is a question of its own, not the answer before asked again; a student's English "deadline" is the
payment period's end, and past it the period missed; materials not ready for a 备案 ("交不上",
"交不齐") are the 承诺制 page's, and how long one has to hand them in is asked of it next."""
import pytest

from tests.helpers import answer, computed, talk


@pytest.mark.parametrize("first, follow", [
    ("巴中职工个人账户能给家里人交医保不", "近亲属都包括谁"),
    ("巴中 职工个账家庭共济能给谁用", "啥叫近亲属"),
])
def test_a_defined_term_asked_after_an_answer_is_asked_of_its_own(engine, first, follow):
    rs = talk(engine, [first, follow])
    assert rs[1].kind == "faq" and all(w in rs[1].text for w in ("配偶", "父母", "子女")), rs[1].text


def test_deadline_is_the_payment_period_s_end(engine):
    r = answer(engine, "克拉玛依校区学生医保缴费deadline是哪天")
    assert r.kind == "faq" and "1月10日" in r.text, r.text


def test_past_the_deadline_is_the_payment_period_missed(engine):
    rs = talk(engine, ["学校医保什么时候交", "过了deadline还能交吗 有啥影响"], region="克拉玛依")
    assert rs[1].kind == "faq" and "等待期" in rs[1].text, rs[1].text


@pytest.mark.parametrize("said", ["异地长期备案 材料交不齐咋整", "办异地备案 材料一时交不上怎么办"])
def test_materials_not_ready_for_filing_are_the_pledge_s(engine, said):
    rs = talk(engine, [said, "多久之内要补交"], region="克拉玛依")
    assert rs[0].kind == "faq" and "承诺" in rs[0].text, rs[0].text
    assert rs[1].kind == "faq" and "2个月" in rs[1].text, rs[1].text


# ---- another topic of the same case, then the asker's own figure -----------------------------------


@pytest.mark.parametrize("turns, figure", [
    # who is helped (特困, 低保) told two questions back: the 救助 computed for them, not asked again
    (["巴中 特困人员医疗救助起付线多少", "那救助比例呢", "住院自付8000 能救助多少"], 8000),
    (["长治 低保对象医疗救助起付线多少", "救助比例呢", "合规自付2万 救助好多"], 14000),
])
def test_the_case_of_a_topic_follow_up_is_kept_for_the_figure_next(engine, turns, figure):
    rs = talk(engine, turns)
    computed(rs[2], figure)


# ---- a gap "修复了" (the handbook's word for paying it back) after a waiting period computed -------------


@pytest.mark.parametrize("first", ["巴中 娃儿出生两年后才参保 要等多久", "巴中 断保两年了 今年集中缴费期交了 等待期多久"])
def test_repaired_after_a_waiting_period_is_the_gap_paid_back(engine, first):
    rs = talk(engine, [first, "要是交钱修复了的话"])
    computed(rs[0], 4)
    computed(rs[1], 3)


def test_repair_said_as_done_is_a_fact_and_asked_whether_is_not():
    from intents.slots import extract
    assert extract("那修复了呢").values.get("repair_all") is True
    assert "repair_all" not in extract("等待期能修复不").values
    assert "repair_all" not in extract("牙齿修复了能报吗").values
