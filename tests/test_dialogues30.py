"""Conversations, round 30 (issue 10's behaviours), as classes in own phrasings through the real engine:
a never-mind closed by its reason (the care put off or not had yet), a birth still to come whose scheme
is told answered by the scheme's rule while the form waits for the kind of delivery, and the classes
below."""
import pytest

from tests.helpers import computed, talk


# ---- a never-mind with its reason: the care put off ("等…再说") or not had yet ("还没住"): the form ends,
# nothing is searched and nothing is passed to the staff

@pytest.mark.parametrize("first,cancel", [
    ("帮我算下住院能报好多", "不算了 她还没住院呢"),
    ("帮我算算大病保险二次报销", "没事了 等他做完手术再说"),
    ("我想算一下住院报销", "算了 等出院了再算吧"),
])
def test_a_never_mind_with_its_reason_ends_the_form(engine, first, cancel):
    asked, ended, after = talk(engine, [first, cancel, "花了8000"], region="巴中")
    assert asked.kind == "clarify", asked.text
    assert ended.kind == "clarify" and "已转给工作人员" not in ended.text and "您是想问" not in ended.text, ended.text
    assert not ended.missing_slots, ended.text
    # the form ended: a bare sum afterwards is no answer to its question
    assert after.kind != "calculation", after.text


def test_a_reason_followed_by_a_question_is_the_question(engine):
    # "等…再说" then a question asked: not a cancel alone, the question is answered
    from intents.acts import cancel_lead, is_cancel
    assert not is_cancel("没事了 等他出院了再说 出院要带啥子")
    assert cancel_lead("算了 我还没住院 住院要备案不") == "我还没住院 住院要备案不"


# ---- a birth still to come, its scheme told: how it will end is not known yet, and the scheme's rule states
# every delivery's sum (巴中 第三章 十四问: 居民 顺产 2000、难产 3500; 长治: 居民 顺产 1500、剖腹产 3000) —
# a rule, the form waiting for the kind (a birth that happened, "生娃了", is asked back: tests/test_asked_maternity.py)

@pytest.mark.parametrize("region,turns,figures,pays", [
    ("巴中", ["我闺女下礼拜要生了 合疗的 生娃医保给报好多", "剖宫产 政策内花了五千"], ("2000", "3500"), 3500),
    ("长治", ["俺闺女快生了 城乡居民医保 生娃能报多少钱", "顺产"], ("1500", "3000"), 1500),
])
def test_a_birth_to_come_with_its_scheme_told_is_the_scheme_s_rule_and_the_form_waits(engine, region, turns, figures, pays):
    rule, done = talk(engine, turns, region=region)
    assert rule.kind == "faq" and all(f in rule.text for f in figures) and rule.missing_slots == ["kind"], rule.text
    computed(done, pays, name="maternity")


@pytest.mark.parametrize("text", ["我家闺女生了 合疗给报好多", "儿媳妇上礼拜生了 城乡居民医保 能报多少"])
def test_a_birth_that_happened_is_asked_back(engine, text):
    # the kind of delivery is known to the asker: asked back, not every kind's rule given as the answer
    [r] = talk(engine, [text], region="巴中")
    assert r.kind == "clarify" and r.missing_slots, r.text


# ---- when a doctor or a clinic works, or how a hospital's booking is made: in no handbook (the hours a
# handbook gives are its 医保 offices', 巴中 第七章 四问) — and asked while an offer to compute waits, a
# question of its own, not the offer's figure asked again

@pytest.mark.parametrize("text", ["镇上卫生院的李大夫星期几坐诊", "卫生室的医生一般啥时候上班", "县医院专家号咋个约",
                                  "挂号在哪儿预约"])
def test_a_doctor_s_hours_or_a_booking_is_outside_the_handbooks(text):
    from intents.scope import out_of_scope_topic
    assert out_of_scope_topic(text) in ("医院挂号与作息", "挂号")


@pytest.mark.parametrize("text", ["医保窗口好久上班", "医保局几点上班", "挂号费要自己出不"])
def test_an_office_s_hours_and_the_registration_fee_stay_handbook_questions(text):
    from intents.scope import out_of_scope_topic
    assert out_of_scope_topic(text) is None


def test_a_question_asked_the_spoken_way_after_an_offer_is_its_own(engine):
    # the 一般诊疗费 rule answered with an offer to compute a 门诊 bill; a clinic named in a question (好久:
    # when) is no tier told for that bill: the offer lapses, the question is answered (here: declined)
    rule, other = talk(engine, ["在镇卫生院看门诊 诊查费还收不收", "镇卫生院的张医生好久上班"], region="巴中")
    assert rule.kind == "faq", rule.text
    assert other.kind == "unanswered" and "花了多少钱" not in other.text, other.text


# ---- a group's stay offered through every fund after 医疗救助's rule: the sum said next as what the asker
# was left to pay is 救助's figure (长治 医疗救助待遇: 低保 目录内个人自付 × 70%), never a new stay's bill

def test_a_sum_left_to_pay_after_the_assistance_rule_is_computed_by_the_assistance(engine):
    rule, done = talk(engine, ["低保户住院了 医疗救助是怎么救助的", "住院个人自付了五千块"], region="长治")
    assert rule.kind == "faq" and "70%" in rule.text, rule.text
    computed(done, 3500, name="assistance")                 # 5000 × 70%


# ---- a graduate's situation told in students' words ("offer在…"): another one named next asks about it instead

def test_a_job_offer_is_the_working_situation_and_further_study_replaces_it():
    from intents.acts import with_alternative
    said = with_alternative("快毕业了 拿了offer 学校的医保咋处理", "那要是去读研了呢")
    assert said is not None and "读研" in said and "offer" not in said, said


# ---- how long an act takes to be approved, asked of it by name: a page on another act's review (克拉玛依
# 第5部分: 参保登记 审核 48小时) is no answer — the filing's review time is in no handbook

@pytest.mark.parametrize("text", ["异地备案交上去以后审核要几天", "我在平台上申请了备案 好久能批下来"])
def test_the_review_time_of_a_filing_is_not_the_enrolment_s(engine, text):
    [r] = talk(engine, [text], region="克拉玛依")
    assert "48小时" not in r.text, r.text


def test_the_review_time_of_enrolment_is_still_its_page(engine):
    [r] = talk(engine, ["参保登记提交以后多久审核"], region="克拉玛依")
    assert r.kind == "faq" and "48小时" in r.text, r.text


# ---- a shorter wait asked right after a waiting period computed for a gap, naming no waiting period
# ("能不能少等几天"): the repair's rule (巴中 第三章 十问: 缴费修复变动待遇等待期), not a vague question back

@pytest.mark.parametrize("shorter", ["有没有办法少等几天", "可不可以少等两天", "能少等点不"])
def test_a_shorter_wait_asked_after_a_gap_s_wait_is_the_repair_rule(engine, shorter):
    *_, r = talk(engine, ["2024年2025年两年都没交合疗 今年5月才交的 要等多久才能用", shorter], region="巴中")
    assert r.kind == "faq" and "缴费修复变动待遇等待期" in r.text, r.text
