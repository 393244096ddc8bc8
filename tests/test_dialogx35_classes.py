"""Conversations, round 35x (a stranger's conversations and voice-typed messages), as classes in own
phrasings through the real engine."""
from intents import acts
from tests.helpers import computed, talk


# ---- a stay told finished (住完院) is a stay: the bill with no level asks the level, never an example page
# (巴中 第三章 十一问: 市内住院 起付线 and 比例 by the hospital's level)

def test_a_stay_told_as_finished_asks_the_level_then_computes(engine):
    first, r = talk(engine, ["我妈前几天住完院 合疗 一共花了九千 可以报好多", "乡镇卫生院"], region="巴中")
    assert first.kind == "clarify" and first.missing_slots == ["tier"], first.text
    computed(r, 8010, name="inpatient")          # (9000 − 100) × 90%


# ---- the share left to pay, asked of the household or of the one the case is, after a calculation:
# that case again (its 个人自付), not a page on the fee

def test_the_households_share_after_a_stay_is_that_case_again(engine):
    *_, r = talk(engine, ["我爸合疗 在二级医院住院花了一万", "那我们自己要掏好多"], region="巴中")
    computed(r, 3280, name="inpatient")          # 10000 − (10000 − 400) × 70%


def test_her_share_after_a_stay_is_that_case_again(engine):
    *_, r = talk(engine, ["同学在三级医院住院花了五千 都在目录内", "那她个人要付多少"], region="克拉玛依")
    computed(r, 2140, name="inpatient")          # 5000 − (5000 − 600) × 65%


# ---- a calculation given up with a reason after it ("麻烦得很"): cancelled, not a question for staff

def test_giving_up_with_a_reason_is_a_cancel():
    for said in ("不用算了 太麻烦了", "算了 懒得算了", "算了算了 好麻烦哦"):
        assert acts.is_cancel(said), said
    assert not acts.is_cancel("麻烦得很"), "a complaint alone is no cancel"


def test_a_form_given_up_with_a_reason_is_not_sent_to_staff(engine):
    _, r = talk(engine, ["帮我算一下住院能报好多 合疗的", "不算了不算了 麻烦死了"], region="巴中")
    assert r.kind == "clarify" and "不算了" in r.text and "工作人员" not in r.text, r.text
