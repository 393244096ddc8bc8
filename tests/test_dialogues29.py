"""Conversations, round 29: thanks for a past favour, the sum left after basic insurance said in the
northern way, a sudden illness away as the handbook's 急诊抢救 case, a school's scheme where the school
is, and a delivery's 补差 asked beside the 产检's. Own phrasings, through the engine; figures from the
handbooks."""
import pytest

from tests.helpers import answer, ids, nums, talk


# ---- thanks, whatever they are for and whatever the script -------------------------------------------

@pytest.mark.parametrize("text", ["多谢你之前帮了我大忙", "谢谢学姐上回帮我", "感谢你们的帮助"])
def test_thanks_for_a_past_favour_are_thanks(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "clarify" and "已转给工作人员" not in r.text and "您是想问" not in r.text, r.text


@pytest.mark.parametrize("text", ["thx", "thanks", "ok"])
def test_thanks_in_latin_letters_are_thanks_not_a_foreign_question(engine, text):
    r = answer(engine, text)
    assert r.kind == "clarify" and "请用中文" not in r.text and "已转给工作人员" not in r.text, r.text


def test_a_favour_alone_or_a_request_is_no_thanks():
    from intents.smalltalk import smalltalk_kind
    assert smalltalk_kind("上次帮我") is None and smalltalk_kind("谢谢你帮我算下住院") is None


# ---- 自个儿掏的: what is left after basic insurance, the ground of 大病保险 -------------------------------

def test_the_sum_paid_oneself_said_the_northern_way_is_what_serious_illness_insurance_pays_on(engine):
    # 长治 居民大病保险: 一般 起付 1万, 75% → (40000 − 10000) × 75% = 22500 (17500 left, under 5万's second
    # layer); 低保 起付 5000, 80% → (40000 − 5000) × 80% = 28000 — never a hospital's tier asked for it
    rs = talk(engine, ["俺娘今年住院 自个儿掏的合规费用一共4万 居民大病保险给报多少", "要是低保户呢"], region="长治")
    assert rs[0].kind == "calculation" and 22500 in nums(rs[0]), rs[0].text
    assert rs[1].kind == "calculation" and 28000 in nums(rs[1]), rs[1].text


# ---- a sudden illness away from home is the handbook's 急诊抢救 -----------------------------------------

def test_a_sudden_illness_on_a_trip_is_computed_as_an_emergency_and_its_filing_question_is_its_own(engine):
    # 巴中 第二章 二十七问: 职工 异地急诊抢救 二级 起付 1000, 77% → (30000 − 1000) × 77% = 22330;
    # 第一章 二十九: 因工作、旅游等原因异地急诊抢救人员 视同已备案 — not the list of every filing's kinds
    rs = talk(engine, ["我是职工 去外地出差突然晕倒 住进了当地二级医院 花了3万 能报多少", "那要不要去办备案"],
              region="巴中")
    assert rs[0].kind == "calculation" and 22330 in nums(rs[0]), rs[0].text
    assert rs[1].kind == "faq" and ids(rs[1])[:1] == ["bz-1-29-a"], rs[1].text


# ---- a student's school scheme is where the school is ---------------------------------------------------

@pytest.mark.parametrize("region", [None, "巴中"])
def test_the_school_s_scheme_in_a_place_not_covered_is_that_place_s(engine, region):
    r = answer(engine, "我在兰州读大学 学校医保住院报多少", region=region)
    assert r.kind == "unanswered" and "兰州" in r.text, r.text


def test_where_a_student_joins_asked_with_the_place_studied_in_is_the_national_rule(engine):
    # 指导意见 (医保发〔2020〕33号): 大中专学生原则上在学籍地参保 — the rule asked, not that place's own policy
    r = answer(engine, "我在西安上大学 学生医保原则上应该在哪里参保")
    assert r.kind == "faq" and "学籍地" in r.text, r.text


# ---- a delivery's 补差 and the 产检's asked together ------------------------------------------------------

def test_the_delivery_s_and_the_prenatal_top_up_asked_together_are_both_computed(engine):
    # 巴中 第二章 九问、二十八问, 第三章 十四问: 剖宫产 职工 5500 − 居民 3500 = 2000; 产检 800 − 500 = 300
    r = answer(engine, "老公是职工 我是合疗 剖腹产跟产检各补差好多", region="巴中")
    assert r.kind == "calculation" and {2000, 300} <= nums(r), r.text


# ---- a place not covered, its fee asked ---------------------------------------------------------------

def test_the_fee_of_a_home_place_not_covered_is_declined_not_the_chat_region_s(engine):
    # the home's scheme is paused first (克拉玛依 第4部分); its own fee is in no handbook: declined, never
    # 克拉玛依's 400 元
    rs = talk(engine, ["我老家在安徽 那边也交了医保 要咋停", "安徽那边一年交多少钱"], region="克拉玛依")
    assert rs[1].kind == "unanswered" and "安徽" in rs[1].text and "400" not in rs[1].text, rs[1].text


# ---- no year missed, said the spoken way ----------------------------------------------------------------

@pytest.mark.parametrize("text", ["我从2025年起一年都没落下 交到2029年 大病保险最高能报多少",
                                  "从2025年开始年年不落地交合疗 到2029年大病封顶多少"])
def test_no_year_missed_said_the_spoken_way_is_a_run_of_years(engine, text):
    # 巴中 第三章 九问 例一: 2025–2028 满 4 年, 2029 the 5th → 300000 + 4000 = 304000
    r = answer(engine, text, region="巴中")
    assert r.kind == "calculation" and 304000 in nums(r), r.text


# ---- 补差 asked after one scheme's birth benefits ---------------------------------------------------------

@pytest.mark.parametrize("turns", [["职工医保生娃 剖腹产能报好多", "那剖腹产和产检各补差好多"],
                                   ["合疗生娃 剖腹产报好多", "那补差好多"]])
def test_the_top_up_asked_after_a_birth_is_the_couple_s_case(engine, turns):
    # 巴中 第二章 九问: 补差 is only the 职工 side's top-up of a birth paid by 居民医保 — 剖宫产 5500 − 3500 =
    # 2000, 产检 800 − 500 = 300; never one scheme's own sums (5500 + 800) for a 补差 asked
    r = talk(engine, turns, region="巴中")[1]
    assert r.kind == "calculation" and {2000, 300} <= nums(r) and 6300 not in nums(r), r.text
