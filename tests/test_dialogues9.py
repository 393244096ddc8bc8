"""Conversations, round 9: a region answer said with a dialect yes; follow-ups on a rule answer that
change the case within its topic (a transfer the other way, the part of a sum beyond a bracket, the
cost of not filing, an office's address after its phone)."""
import pytest

from tests.helpers import nums, talk


# ---- a yes in dialect before the place: the question that waited for it -------------------------

@pytest.mark.parametrize("yes", ["要得 巴中的", "好的 是巴中", "要得，就在巴中"])
def test_a_dialect_yes_with_the_place_answers_the_waiting_question(engine, yes):
    rs = talk(engine, ["四川的合疗 在二级医院住院 起付线是好多", yes])
    assert rs[0].kind == "clarify", rs[0].text
    assert rs[1].kind == "faq" and "400" in rs[1].text, rs[1].text


# ---- a stay's course told anew after the rule on transfers ---------------------------------------

@pytest.mark.parametrize("back", ["那从三级转回乡镇呢", "要是从二级医院转到乡镇卫生院呢"])
def test_a_transfer_the_other_way_gets_the_transfer_rule(engine, back):
    rs = talk(engine, ["巴中合疗 从乡镇卫生院转去三级医院住 起付线怎么算", back])
    # "怎么算" is answered with the difference worked out (dialog37) or the rule stated
    assert rs[0].kind in ("faq", "calculation") and "差额" in rs[0].text, rs[0].text
    assert rs[1].kind in ("faq", "calculation") and "不再" in rs[1].text, rs[1].text


def test_a_transfer_down_computes_at_the_lower_level(engine):
    rs = talk(engine, ["巴中城乡居民 先住的乡镇卫生院 后来转到二级医院 起付线咋算", "那从二级转回乡镇呢", "花了2万"])
    # 乡镇卫生院 90%, no new deductible after a stay at a higher level: 20000×90%
    assert rs[2].kind == "calculation" and 18000 in nums(rs[2]), rs[2].text


# ---- the part of a sum beyond a bracket, asked of the fund just computed -------------------------

@pytest.mark.parametrize("beyond", ["要是超出10万那部分呢", "那10万以上的部分呢"])
def test_the_bracket_above_is_asked_of_the_staff_top_up(engine, beyond):
    rs = talk(engine, ["巴中职工医保 退休了 基本医保报完自己还负担2万 大额医疗补助报多少", beyond])
    assert rs[0].kind == "calculation" and 17000 in nums(rs[0]), rs[0].text      # 20000×85%
    assert rs[1].kind in ("faq", "calculation") and "90%" in rs[1].text, rs[1].text
    assert "大病保险" not in rs[1].text.split("\n")[0], rs[1].text


# ---- not filing, asked after whether to file ------------------------------------------------------

@pytest.mark.parametrize("then", ["不备案的话报销少多少", "没备案会少报吗"])
def test_not_filing_is_asked_of_the_stay_before(engine, then):
    rs = talk(engine, ["长治合疗 要到省城医院住院 需要备案吗", then])
    assert rs[1].kind == "faq" and "10%" in rs[1].text, rs[1].text


# ---- an office's address after its phone -----------------------------------------------------------

@pytest.mark.parametrize("where", ["在哪儿办", "地址在哪里", "具体地址呢"])
def test_where_after_an_office_phone_is_that_office(engine, where):
    rs = talk(engine, ["南江县医保窗口电话是多少", where])
    assert "0827-8227681" in rs[0].text, rs[0].text
    assert rs[1].kind == "faq" and "红塔" in rs[1].text, rs[1].text


# ---- a form that asked its region: the answer resumes the question as first asked -----------------

def test_the_region_answer_to_a_form_answers_the_rule_asked(engine):
    rs = talk(engine, ["媳妇怀上了 产前检查医保补多少钱", "平昌县的 她在单位上班交的职工医保", "那她要是合疗呢"])
    assert rs[0].kind == "clarify" and rs[0].missing_slots == ["region"], rs[0].text
    assert "800" in rs[1].text and "顺产、剖宫产" not in rs[1].text.split("\n")[0], rs[1].text
    assert "500" in rs[2].text, rs[2].text


def test_a_fact_told_again_with_the_region_is_the_one_taken(engine):
    rs = talk(engine, ["老妈住院花了一万多 报得到好多", "巴中 城乡居民 二级医院 准确的是一万二"])
    assert rs[1].kind == "calculation" and 8120 in nums(rs[1]), rs[1].text       # (12000-400)×70%


# ---- the deductible of a stay after an earlier one, asked with no bill -----------------------------

def test_a_second_stay_at_a_higher_level_owes_the_difference(engine):
    rs = talk(engine, ["克拉玛依校区 今年先在一级医院住过一次 这回又住进二级医院了 起付线还交吗", "花了5000"])
    assert rs[0].kind == "faq" and "差额" in rs[0].text and 100 in nums(rs[0]), rs[0].text     # 200 − 100
    assert rs[1].kind == "calculation" and 3675 in nums(rs[1]), rs[1].text                     # (5000−100)×75%


def test_a_contribution_word_after_the_deductible_is_no_contribution_question(engine):
    rs = talk(engine, ["克拉玛依学生 今年住过一次三级医院 现在又住三级 门槛费还要交多少"])
    # (the rule, or the stay's deductible computed from it: none again at the same level)
    assert rs[0].kind in ("faq", "calculation") and "不再计起付线" in rs[0].text, rs[0].text


# ---- a gap in cover told after 大病保险's cap: the cap for that case -------------------------------

@pytest.mark.parametrize("gap", ["我前年断过一年没缴 后来又交上了呢", "我中间断保了一年 今年重新交的呢"])
def test_a_gap_told_after_the_serious_cap_lowers_it(engine, gap):
    rs = talk(engine, ["巴中合疗 大病保险封顶是多少", gap])
    assert "30万" in rs[0].text, rs[0].text
    assert rs[1].kind in ("faq", "calculation") and 296000 in nums(rs[1]), rs[1].text


# ---- the sum left told with its figure, and 怎么报: the asker's own sum computed --------------------

@pytest.mark.parametrize("asked", ["巴中合疗 今年个人自付合规费用5万 大病保险怎么报", "长治居民 年度合规自付费用是3万 大病咋个报"])
def test_a_sum_left_with_how_is_it_paid_is_computed(engine, asked):
    (r,) = talk(engine, [asked])
    assert r.kind == "calculation", r.text


# ---- a gap in a year the rule does not reach is not taken to lower the cap ------------------------

def test_a_gap_before_the_rule_began_is_not_computed_as_lowering_the_cap(engine):
    (r,) = talk(engine, ["巴中居民医保 我2023年断过一年 大病保险最高能赔多少"])
    assert "29.6" not in r.text and "296,000" not in r.text, r.text


def test_a_gap_the_rule_reaches_lowers_the_cap(engine):
    rs = talk(engine, ["巴中城乡居民的大病保险封顶多少", "那我2025年断了一年 2026年才交的 那年最多赔多少"])
    assert rs[1].kind in ("faq", "calculation") and 296000 in nums(rs[1]), rs[1].text


def test_the_cap_calculator_leaves_an_earlier_gap_to_the_office():
    from calculators.common import NotListed
    from calculators.policy import policy_for
    from calculators.serious_illness import serious_cap
    with pytest.raises(NotListed):
        serious_cap(policy_for("巴中"), gap_years=1, gap_year=2024)
    assert serious_cap(policy_for("巴中"), gap_years=1, gap_year=2025).result["cap"] == 296000


# ---- whom the asker addresses is no topic the handbooks lack ----------------------------------------

def test_a_student_addressing_a_senior_gets_each_question_answered(engine):
    (r,) = talk(engine, ["学姐 克拉玛依校区的医保一年交多少 截止到哪天"])
    assert "400" in r.text and "1月10日" in r.text, r.text


# ---- a bill said of "看病" alone: a stay's or a visit's, asked; the answer may bring its facts --------

def test_a_bill_for_seeing_a_doctor_asks_stay_or_visit(engine):
    rs = talk(engine, ["巴中合疗 在县上看病用了5000 报得到好多", "住的院 是二级医院"])
    assert rs[0].kind == "clarify" and rs[0].missing_slots == ["care"], rs[0].text
    assert rs[1].kind == "calculation" and 3220 in nums(rs[1]), rs[1].text       # (5000−400)×70%


def test_seeing_a_doctor_asked_with_no_bill_is_still_the_outpatient_rule(engine):
    (r,) = talk(engine, ["巴中居民医保 平时看病能报多少"])
    assert r.kind != "unanswered", r.text


# ---- a figure someone else said, doubted: checked against the handbook ------------------------------

@pytest.mark.parametrize("said", ["邻居说巴中合疗一年要交500块 真的假的", "我同学说巴中城乡居民医保一年交500"])
def test_a_figure_someone_said_is_checked(engine, said):
    (r,) = talk(engine, [said])
    assert r.text.startswith("不是500") and "400" in r.text, r.text


# ---- a follow-up after a figure was corrected asks again of the rule checked ------------------------

def test_a_follow_up_after_a_corrected_figure_keeps_its_topic(engine):
    rs = talk(engine, ["巴中合疗在二级医院住院 起付线是不是500", "那三级医院报几成"])
    assert rs[0].text.startswith("不是500"), rs[0].text
    assert rs[1].kind == "faq" and "60%" in rs[1].text, rs[1].text
