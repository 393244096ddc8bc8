"""Conversations, round 35x (a stranger's conversations and voice-typed messages), as classes in own
phrasings through the real engine."""
from intents import acts
from intents.forms import handle
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


# ---- another case supposed ("要是…呢") while a form whose case's rule was answered waits for the level:
# that case's rule asked (巴中 第一章 二十九: 异地急诊抢救 视同已备案), not a fact for the waiting form

def _ruled_stay_waiting_for_level():
    return {"form": {"open": {"calc": "inpatient", "slots": {"insurance": "居民", "region": "巴中", "filed": True},
                              "asked": "tier", "updated": 0, "said": ["在哪一级医院？"], "times": {"tier": 1},
                              "ruled": "备了长期的案 住院报销跟本地一样吗"}}}


def test_a_supposed_case_is_no_answer_to_the_ruled_form():
    state = _ruled_stay_waiting_for_level()
    assert handle("万一是急诊抢救 来不及备案呢", state, region="巴中", now=1) is None
    assert state["form"]["open"]["slots"].get("filing") is None, state


def test_the_level_supposed_still_answers_the_ruled_form():
    turn = handle("要是二级医院呢", _ruled_stay_waiting_for_level(), region="巴中", now=1)
    assert turn is not None and turn.missing_slots == ["amount"], turn


# ---- a figure just given, pointed back at and asked of a year to come ("…年也还是这个数吗"), in material
# that dates none of its figures (长治): not known — said so, the current figure shown, the office to ask

def test_the_figure_pointed_back_at_for_a_year_to_come_is_not_known(engine):
    first, r = talk(engine, ["长治职工医保住院一年最多报多少", "2029年还是这个标准吗"], region="长治")
    assert first.kind == "faq", first.text
    assert r.kind == "unanswered" and "不能确认2029年" in r.text, r.text


# ---- a shorter wait asked with the months to spare ("少等一个月") right after a wait computed for a gap:
# the repair's rule and that case repaired (巴中 第三章 十问: 每多缴纳1年可减少1个月变动待遇等待期)

def test_a_wait_shorter_by_a_month_asked_after_a_gap_gets_the_repair(engine):
    *_, r = talk(engine, ["合疗2024 2025两年都断了 2026年1月交的 要等多久才能报", "有没有啥法子少等一个月"],
                 region="巴中")
    assert r.kind == "faq" and "修复" in r.text and "按您刚才说的情况" in r.text, r.text


# ---- two bills told each after its own hospital, of a stay's case: two stays, the one named first the earlier
# (巴中 第三章 十二问: 低级别转往高级别 只补计起付标准差额; 十一问: 乡镇 100 / 90%, 二级 400 / 70%)

def test_two_hospitals_bills_after_a_transfer_asked_are_two_stays(engine):
    _, r = talk(engine, ["合疗 在镇卫生院住了两天 后来转去县医院 二级医院 起付线是不是要交两次",
                         "卫生院那边花了三千 县医院那边花了六千 能报好多"], region="巴中")
    # 乡镇 (3000 − 100) × 90% = 2610; 二级 after a transfer (6000 − 300) × 70% = 3990; together 6600
    computed(r, 2610, 3990, 6600, name="inpatient")


def test_two_stays_told_with_their_hospitals_in_one_message_are_each_computed(engine):
    r = talk(engine, ["合疗 今年一级医院住院花了2000 二级医院住院花了3000 一共报多少"], region="巴中")[0]
    computed(r, 1360, 1820, 3180, name="inpatient")     # (2000 − 300) × 80%; (3000 − 400) × 70%


def test_two_peoples_bills_at_two_hospitals_are_not_one_persons_stays():
    from intents.slots import stays_each_billed
    assert stays_each_billed("我爸在乡镇卫生院花了2000 我妈在县医院花了8000 一共报多少") is None
    assert stays_each_billed("一级医院花了2000 其中自费300") is None


# ---- a referral's paper taken to a stay elsewhere ("开了转院单过去的"): the referral (异地转诊), the filing it
# counts as (巴中 第二章 三十七问: 职工 异地转诊 三级 起付 1000, 75%) — not asked which filing again

def test_a_referral_paper_said_of_a_stay_elsewhere_is_the_referral_filing(engine):
    _, r = talk(engine, ["职工医保 在重庆新桥医院住院花了三万 能报好多", "三级的 县医院开了转院单过去的"], region="巴中")
    computed(r, 21750, name="inpatient")      # (30000 − 1000) × 75%


def test_a_referral_paper_with_the_place_named_is_the_referral_filing():
    from intents.slots import extract
    assert extract("县医院开了转院证明 转到成都住的").get("filing") == "转诊"
    assert extract("县医院开了转院单 转到市中心医院住的").get("filing") is None     # (a move at home)


# ---- an outpatient bill told plainly right after a named disease's limit was asked: that disease's 门诊慢病
# bill (巴中 第四章 三问: 居民 冠心病 90%, 年度限额 800), not a 门诊统筹 visit whose hospital is asked

def test_a_bill_after_a_diseases_limit_asked_is_that_diseases_chronic_bill(engine):
    first, r = talk(engine, ["我妈冠心病 合疗的 一年限额是好多", "她今年门诊买药花了六百"], region="巴中")
    assert first.kind == "faq" and "800" in first.text, first.text
    computed(r, 540, name="chronic")          # 600 × 90%


def test_a_bill_after_a_question_naming_no_disease_is_still_asked_where():
    from bot.engine import Engine
    from bot.session import Session
    session = Session()
    session.state["last_question"] = {"text": "门诊一年最多报多少", "at": __import__("time").time()}
    assert Engine._bill_of_chronic_asked("上个月门诊花了三百", session) is None
