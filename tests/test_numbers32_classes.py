"""Calculations the thirty-second numbers set showed answered by the rule, asked back wrongly or
split, in phrasings of our own, through the real engine (巴中 handbook figures):

- a benefit asked as taken ("能领多少", "能拿好多"): the sum, like "能报多少" (第二章 二十八问);
- the basic fund's room asked with 再 between ("还可以再报好多"): the yearly limit less what it paid;
- a stay's bill under the deductible: that it is not paid, and why, first;
- a group's 大病 deductible asked by the people's name of 大病保险 (二次报销), not by 第二次报销;
- 救助 asked of what basic insurance left of the bill told: one case through the funds;
- two people's bills asked together ("一共能报多少"): each computed, then added up; a fact said of them
  all after the last bill ("都是居民医保") is theirs in common;
- a switch to 职工 told with the 居民 scheme named before its years: the switch's wait (第一章 二十六);
- how the deductible is taken on a transfer, asked with the bill's sum: the calculation.
"""
from tests.helpers import answer, computed, nums

# ---- a benefit asked as taken ---------------------------------------------------------------------


def test_a_birth_benefit_asked_as_taken_is_computed(engine):
    # 职工 难产（含剖宫产）限额 5500 + 产前检查费 800 = 6300
    r = computed(answer(engine, "职工医保 剖宫产生的娃 生育的钱能领多少", region="巴中"), 5500, 800, 6300,
                 name="maternity")
    assert r.calculation.inputs.get("kind") in ("剖宫产", "难产"), r.text


def test_a_termination_under_a_bound_keeps_the_bound_said(engine):
    # 职工 不满4个月终止妊娠: 500 + 产前检查费 200 = 700
    r = computed(answer(engine, "职工医保 怀孕不到两个月就流产了 一共能拿好多", region="巴中"), 500, 200, 700,
                 name="maternity")
    assert "怀孕不到2个月" in r.text, r.text


# ---- the basic fund's room, asked with 再 -----------------------------------------------------------


def test_room_left_asked_with_zai_is_the_limit_less_paid(engine):
    # 职工 年度最高支付限额 140000 − 120000 = 20000
    r = computed(answer(engine, "职工医保 今年统筹已经报了十二万 还可以再报好多", region="巴中"), 20000,
                 name="cap_room")
    assert 140000 in nums(r), r.text


# ---- a bill under the deductible ------------------------------------------------------------------


def test_a_bill_under_the_deductible_says_so_first(engine):
    # 居民 二级 起付线 400: 350 is under it
    r = computed(answer(engine, "居民医保 二级医院住了一晚 合规三百五 这个报得到不", region="巴中"), 400,
                 name="inpatient")
    assert r.text.startswith("目录内费用 350 元未达到起付线 400 元"), r.text
    assert r.calculation.result["fund_pays"] == 0, r.text


def test_a_bill_over_the_deductible_keeps_its_headline(engine):
    # 居民 二级: (500 − 400) × 70% = 70
    r = computed(answer(engine, "居民医保 二级医院住院 合规五百 报好多", region="巴中"), 70, name="inpatient")
    assert r.text.startswith("医保统筹基金支付约 70 元"), r.text


# ---- 二次报销's deductible for a group ------------------------------------------------------------


def test_a_groups_deductible_asked_by_the_peoples_name_is_computed(engine):
    # 特困人员 大病保险起付线 14448 × 50% = 7224
    r = computed(answer(engine, "我家是特困户 二次报销门槛是好多钱", region="巴中"), 7224)
    assert "14448" in r.text, r.text


def test_second_claim_is_not_the_serious_illness_insurance(engine):
    r = answer(engine, "我家是特困户 第二次报销的起付线是好多", region="巴中")
    assert 7224 not in nums(r), r.text


# ---- 救助 after basic insurance, of the same bill ----------------------------------------------------


def test_assistance_asked_of_what_basic_insurance_left_is_one_chain(engine):
    # 低保 → 居民 (said); 三级 (20000 − 700) × 60% = 11580
    r = computed(answer(engine, "低保户在三级医院住院合规两万 基本医保报好多 剩下的救助能报多少", region="巴中"),
                 11580, name="chain")
    assert "城乡居民" in r.text, r.text


# ---- two people's bills asked together ------------------------------------------------------------


def test_two_peoples_bills_are_each_computed_and_added_up(engine):
    # 居民 一级 (1300 − 300) × 80% = 800; 三级 (10700 − 700) × 60% = 6000; together 6800
    r = answer(engine, "我爸在一级医院住院花了1300，我妈在三级医院住院花了10700，都是居民医保，一共能报多少", region="巴中")
    assert r.kind == "calculation", r.text
    assert {800, 6000, 6800} <= nums(r), r.text
    assert "同时提到" not in r.text, r.text


def test_two_peoples_bills_asked_each_have_no_total(engine):
    r = answer(engine, "我爸在一级医院住院花了1300，我妈在三级医院住院花了10700，都是居民医保，各报多少", region="巴中")
    assert {800, 6000} <= nums(r) and 6800 not in nums(r), r.text


# ---- a switch to 职工 told scheme first ------------------------------------------------------------


def test_switch_told_with_the_resident_scheme_first_is_the_switch(engine):
    # 连续2年以上，切换中断超过3个月：6个月等待期
    r = computed(answer(engine, "城乡居民医保交了4年，后来进厂参加了职工医保，中间停了4个月，要等多久才能报", region="巴中"),
                 6, name="waiting_period")
    assert "切换" in r.text, r.text


# ---- how the deductible is taken on a transfer, with the bill --------------------------------------


def test_how_the_deductible_is_taken_with_the_bill_is_computed(engine):
    # 一级 300 → 二级 400: only 100 more; (5400 − 100) × 70% = 3710
    r = computed(answer(engine, "居民医保 先在一级医院住院 后面同一个病转到二级医院 二级那边合规五千四 起付线怎么算 能报多少",
                        region="巴中"), 100, 3710, name="inpatient")
    assert "差额" in r.text, r.text


def test_how_the_deductible_is_taken_with_the_bill_and_no_scheme_asks_it(engine):
    # the two schemes' rates differ: the scheme is asked, once — not the rule's pages side by side
    r = answer(engine, "先在一级医院住院 后面同一个病转到二级医院 二级那边合规五千四 起付线怎么算 能报多少", region="巴中")
    assert r.kind == "clarify" and r.missing_slots == ["insurance"], r.text


def test_the_maternity_allowance_alone_asks_no_delivery_kind(engine):
    # 生育津贴 is paid by the month's average wage over the leave: no delivery kind decides it, and no
    # calculator has its figures — never "顺产、剖宫产，还是终止妊娠？"
    r = answer(engine, "职工医保 生育津贴一共能领好多", region="巴中")
    assert r.kind != "calculation" and "顺产" not in r.text, r.text
