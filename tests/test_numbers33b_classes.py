"""Calculations of the thirty-third numbers set's second half, each by its handbook, in phrasings of our
own, through the engine:

- a bill told in two parts, one said not to qualify ("不合规的掏了2万 合规的掏了3万"): 大病保险 is on the
  compliant part said (克拉玛依 居民大病保险待遇一览表: 一般人员 21000 起付, 60 % to 50000), the other part
  is 自费 — never the first figure taken for the base;
- one relative named twice in different words ("爸爸…，我爸…"): one person's two bills, never two people's
  first stays;
- 大病保险 asked of a sum said only as spent ("我自己花了十万"): its base is what the asker bears after basic
  insurance (克拉玛依 居民大病保险: 经基本医疗保险按规定支付后，个人负担的合规医疗费用) — that sum is asked,
  never the whole bill taken for it; said as what is left ("报完自己负担", "自己掏了") it is computed;
- visits counted with one bill each ("看了两次门诊，每次250，一共报多少"): each visit computed in turn, the
  year's later visits at the halved deductible (克拉玛依 普通门诊: 一级 10 / 70 %, 二级 20 / 60 %, 年度内第二次及以后
  起付线减半), each within what the yearly 900 has left, and the sum; said as 看病 or 去医院 with no stay word,
  they are visits, not asked 住院还是门诊 — nor is going to a hospital counted ("今年第二次去一级医院了"), the
  count being this visit's;
- a stay's share worked out by the asker ("按比例该报5000") after what the fund paid this year ("已经报了6万8"):
  that share within what the yearly limit has left — no hospital asked (the rate is applied already), the
  scheme asked where the limits differ (长治: 职工 8万, 居民 7万), never 5000 taken for a bill;
- the days left to the payment window's end, today said as a date ("今天12月20号 … 截止还有几天"): the
  window's last day from the policy file less today, in the window's year (克拉玛依 2025-09-01 … 2026-01-10);
- "转诊" said to the filing question (one of the choices it offers): a referral's filing, not a move
  between two stays (巴中 第三章 十一问: 居民 三级 转诊急诊 1000 / 55 %).
"""

import pytest

from intents.message import per_person
from tests.helpers import answer, computed, talk


@pytest.mark.parametrize("text", [
    "大病保险，我自己不合规的掏了2万 合规的掏了3万，能报多少",
    "今年合规的自己出了3万 非合规的自费了2万 大病能报好多",
])
def test_serious_illness_is_on_the_compliant_part_said(engine, text):
    # (30000 − 21000) × 60 % = 5400; on 20000 (the non-compliant part) it would be nothing
    r = computed(answer(engine, text, region="克拉玛依"), 5400, name="serious_illness")
    assert "未达到" not in r.text, r.text


@pytest.mark.parametrize("text", [
    "爸爸在二级医院住院花了2万，我爸后来又在三级医院住院花了3万，一共能报多少",
    "老汉先在二级医院住院花了2万，父亲后来又在三级医院住院花了3万，一共能报好多",
])
def test_one_relative_named_twice_is_one_person(text):
    assert per_person(text) == [text]


def test_two_relatives_are_still_two_people():
    assert len(per_person("爸爸住院花了2万，我妈住院花了3万，分别能报多少")) == 2


def test_one_relative_named_twice_through_the_engine(engine):
    # 克拉玛依 居民 二级 200 (年度) / 75 %: (20000 − 200) × 75 % = 14850, then the same level again with no
    # deductible (再次住院 同一等级 不再支付起付标准), 30000 × 75 % = 22500 — one person's year, never two
    # people's answers side by side
    r = computed(answer(engine, "爸爸是居民医保 在二级医院住院花了2万，我爸后来又在二级医院住院花了3万，一共能报多少",
                        region="克拉玛依"), 14850, 22500, 37350)
    assert "【2】" not in r.text, r.text


@pytest.mark.parametrize("said", ["转诊", "转诊的", "是转诊备案"])
def test_a_referral_said_to_the_filing_question_is_the_referrals_filing(engine, said):
    # 巴中 居民 三级 转诊急诊 1000 / 55 %: (30000 − 1000) × 55 % = 15950
    first, r = talk(engine, ["巴中城乡居民医保，在广州三级医院住院花了3万，报多少", said])
    assert first.missing_slots == ["filing"], first.text
    computed(r, 15950, name="inpatient")


@pytest.mark.parametrize("text", [
    "克拉玛依学生医保 今年大病花了8万 大病保险能赔多少",
    "大病保险这块 我自己花了十万 克拉玛依居民医保 能报好多",
])
def test_serious_illness_of_a_sum_only_spent_asks_what_is_left_after_basic(engine, text):
    r = answer(engine, text)
    assert r.kind == "clarify" and r.missing_slots == ["amount"], r.text
    assert "基本医保报销后" in r.text, r.text


def test_the_sum_left_after_basic_told_next_is_computed(engine):
    # (50000 − 21000) × 60 % + (60000 − 50000) × 65 % = 17400 + 6500 = 23900
    _, r = talk(engine, ["大病保险这块 我自己花了十万 克拉玛依居民医保 能报好多", "报完自己负担了6万"])
    computed(r, 23900, name="serious_illness")


@pytest.mark.parametrize("text", [
    "克拉玛依居民医保 基本医保报完以后自己还负担了10万 大病保险能报多少",
    "克拉玛依居民医保 大病保险 合规自付10万 能报多少",
])
def test_serious_illness_of_a_sum_said_as_left_is_computed(engine, text):
    # 17400 + (100000 − 50000) × 65 % = 49900
    computed(answer(engine, text), 49900, name="serious_illness")


@pytest.mark.parametrize("text,figures", [
    # (250 − 20) × 60 % = 138, then (250 − 10) × 60 % = 144: 282
    ("克拉玛依学生 今年去二级医院门诊看了两回 每回250 加起来能报多少", (138, 144, 282)),
    # (50 − 10) × 70 % = 28, then (50 − 5) × 70 % = 31.5 twice: 91
    ("克拉玛依校区的 在一级医院看了三次病 每次都是50块 之前没看过 一共报好多", (28, 31.5, 91)),
])
def test_visits_counted_with_one_bill_each_are_each_computed_and_added(engine, text, figures):
    r = computed(answer(engine, text), *figures, name="outpatient")
    assert "第2次门诊" in r.text, r.text


def test_visits_counted_take_a_years_deductible_once(engine):
    # 巴中 在职职工 门诊统筹 二级 200 (年度) / 60 % (第二章 三十九问): (500 − 200) × 60 % = 180, then 500 × 60 % = 300
    r = computed(answer(engine, "在职职工 今年在二级医院看了两次门诊 每次500 一共报多少", region="巴中"), 180, 300, 480,
                 name="outpatient")
    assert "不再扣" in r.text, r.text


def test_visits_counted_where_the_handbook_does_not_say_how_the_deductible_is_taken(engine):
    # 长治 居民 三级 门诊 80: 手册未写明按次还是按年 — several visits' sum cannot be told
    r = answer(engine, "居民医保 今年在三级医院看了两次门诊 每次250 一共报多少", region="长治")
    assert r.kind != "calculation" and "按次还是按年" in r.text, r.text


def test_visits_counted_with_no_years_first_said_say_what_was_taken(engine):
    r = computed(answer(engine, "克拉玛依居民医保 去二级医院看了两次门诊 每次250 一共报多少"), 282, name="outpatient")
    assert "最初" in r.text, r.text


def test_one_days_visits_are_no_visits_counted(engine):
    # 一天内在同一级医疗机构发生的门诊费用按照一次门诊就医计算: (80 − 20) × 60 % = 36
    r = answer(engine, "克拉玛依居民医保 同一天在二级医院看了两次门诊 每次40 报多少")
    assert "第2次门诊" not in r.text, r.text


def test_going_to_a_hospital_counted_is_that_visit(engine):
    # the year's second visit: (80 − 5) × 70 % = 52.5
    r = computed(answer(engine, "克拉玛依居民医保 这是今年第二回到一级医院了 这次花了80 能报好多"), 52.5,
                 name="outpatient")
    assert "减半" in r.text, r.text


def test_a_stay_counted_is_still_a_stay(engine):
    # 克拉玛依 同一等级再次住院不再支付起付标准: 二级 75 %, 6000 × 75 % = 4500
    computed(answer(engine, "克拉玛依校区 今年第二次在二级医院住院了 目录内6000 报多少"), 4500, name="inpatient")


def test_a_share_worked_out_after_the_years_payments_asks_the_scheme_then_applies_the_limit(engine):
    first, r = talk(engine, ["今年住院统筹已经给我报了6万8 这回又住院 按比例算下来该报5000 能报多少", "城乡居民"],
                    region="长治")
    assert first.kind == "clarify" and first.missing_slots == ["insurance"], first.text
    # 长治 居民 7万: 70000 − 68000 = 2000 < 5000
    computed(r, 2000)
    _, staff = talk(engine, ["今年住院统筹已经给我报了6万8 这回又住院 按比例算下来该报5000 能报多少", "职工"],
                    region="长治")
    # 长治 职工 8万: 12000 left, the 5000 paid in full
    computed(staff, 5000, 12000)


def test_a_share_worked_out_with_the_scheme_said_is_computed_at_once(engine):
    # 巴中 居民 11万 (第三章 十六问): 110000 − 100000 = 10000 < 20000
    computed(answer(engine, "巴中居民医保 今年住院统筹已经报了10万 这次住院按规定应该报2万 能报多少"), 10000)


@pytest.mark.parametrize("text,region,days", [
    ("今天是12月20日 克拉玛依校区医保集中缴费还剩多少天截止", None, 21),
    ("现在1月8号了 交合疗截止还有几天", "克拉玛依", 2),
    # 巴中 2025-10-20 … 2026-02-28
    ("今天11月3号 巴中居民医保缴费还有多少天截止", None, 117),
])
def test_days_left_to_the_payment_windows_end(engine, text, region, days):
    r = computed(answer(engine, text, region=region), days, name="payment_days_left")
    assert "天" in r.text, r.text


def test_days_left_asked_of_another_deadline_is_not_the_windows(engine):
    r = answer(engine, "今天12月20号 报销材料截止还有几天 克拉玛依", region="克拉玛依")
    assert not (r.calculation and r.calculation.name == "payment_days_left"), r.text
