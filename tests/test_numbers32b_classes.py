"""Calculations where a figure stated would be a confident guess, each by its handbook, in phrasings of
our own, through the engine:

- two hospitals said as an either-or the asker cannot tell apart ("忘了是一级还是二级"): the tier is
  asked, never the first one named computed (巴中 第三章 十一问: 乡镇卫生院 100 / 90 %, 二级 400 / 70 %);
- the scheme said to be paid at home in a place no handbook covers ("医保是在老家南充交的"), care in
  a covered region: that place's policy is not ours — said so, never the covered region's rates;
- a stay in the region's own province with the filing unsaid (长治 居民住院封顶线: 省内 免备案, yet
  不备案比例降低10%): whether it was filed is asked (the filed and unfiled rows are in
  tests/test_asked_elsewhere.py).
"""

import pytest

from tests.helpers import answer, computed, talk


@pytest.mark.parametrize("text", [
    "巴中居民医保 住院花了9000 忘了是一级医院还是二级医院 能报多少",
    "巴中合疗住院一万 到底是乡镇卫生院或者县医院 我也搞不清 报好多",
])
def test_a_hospital_said_as_one_of_two_the_asker_cannot_tell_is_asked(engine, text):
    r = answer(engine, text)
    assert r.kind == "clarify" and r.missing_slots == ["tier"], r.text


def test_the_tier_answered_after_the_doubt_is_computed(engine):
    # 巴中 居民 二级 400 / 70 %: (9000 − 400) × 70 % = 6020
    _, r = talk(engine, ["巴中居民医保 住院花了9000 忘了是一级医院还是二级医院 能报多少", "二级"])
    computed(r, 6020)


def test_two_hospitals_said_in_turn_without_doubt_are_two_stays(engine):
    # a transfer said plainly: this stay is at the second (巴中 第三章 十二问: 二级 400 − 一级 300 补差 100;
    # (9000 − 100) × 70 % = 6230)
    computed(answer(engine, "巴中居民医保 先在一级医院住了几天 后来转到二级医院 这次花了9000 能报多少"), 6230)


@pytest.mark.parametrize("text,place", [
    ("我在巴中做工，医保是在老家南充交的，在巴中三级医院住院花了2万，能报多少", "南充"),
    ("在长治打工 新农合是在老家邯郸交的 在长治住院花了6000 报多少", "邯郸"),
])
def test_a_scheme_paid_at_home_in_an_uncovered_place_is_not_computed_with_the_care_regions_rates(engine, text, place):
    r = answer(engine, text)
    assert r.kind == "unanswered" and place in r.text, r.text
    assert r.calculation is None


# ---- the rest, by class ------------------------------------------------------------------------------


def test_a_hospital_of_a_city_in_the_province_is_of_the_city_column(engine):
    # 长治 居民住院待遇: 二类（二级甲等）省、市级 500 / 70 %; a city named (大同), no county: 省、市级
    # (10000 − 500) × 70 % = 6650; 不备案比例降低10%: × 60 % = 5700
    computed(answer(engine, "长治城乡居民 去大同的二级甲等医院住院 花了一万 备过案的 报多少"), 6650)
    computed(answer(engine, "长治城乡居民 去大同的二级甲等医院住院 花了一万 没备案 报多少"), 5700)


def test_a_hospital_of_a_county_in_the_province_still_asks_its_column(engine):
    # (each column computed side by side, 县级 7200 and 省、市级 6650, the column asked)
    r = computed(answer(engine, "长治城乡居民 去平遥县二级甲等医院住院 花了一万 备过案的 报多少"), 7200, 6650)
    assert r.missing_slots == ["level"], r.text


def test_the_sums_kind_said_between_who_paid_and_the_paying_is_still_own_paid(engine):
    # 长治 居民大病保险: 超过1万元 75 %, 未办理转院审批的 降低10% → 65 %: (20000 − 10000) × 65 % = 6500
    r = computed(answer(engine, "长治居民 没办转院审批到北京住院 自己合规的出了2万 大病保险报多少"), 6500,
                 name="serious_illness")
    assert "转院" in r.text, r.text


def test_stays_and_chronic_care_paid_apart_are_summed_for_the_serious_illness_fund(engine):
    # 长治 居民大病保险 (含住院、门诊慢特病): 9000 + 5000 = 14000; (14000 − 10000) × 75 % = 3000
    r = computed(answer(engine, "长治居民医保 今年住院自付合规9000 门诊慢特病自付合规5000 大病保险能报多少"), 3000,
                 name="serious_illness")
    assert r.calculation.inputs["amount"] == "14000", r.text


def test_each_schemes_case_told_with_its_own_sum_is_computed_with_that_sum(engine):
    # 长治 门诊慢病 高血压3级(极高危): 居民 70 % (月限额 260), 职工 75 % (月限额 340)
    # 居民 180 × 70 % = 126; 职工 320 × 75 % = 240
    r = computed(answer(engine, "长治 我妈居民医保 高血压3级（极高危）二类慢病 这个月药费180；我是职工医保 一样的病 "
                                "这个月320 分别报多少"), 126, 240)
    assert "【职工医保】" in r.text and "【城乡居民医保】" in r.text, r.text


def test_one_bill_asked_of_each_scheme_keeps_that_bill(engine):
    # the same bill before both schemes: read once for each (长治 门诊慢病 高血压3级(极高危) 200: 居民 140, 职工 150)
    computed(answer(engine, "长治 高血压3级（极高危）二类慢病 这个月药费200 职工医保和居民医保分别报多少"), 140, 150)


def test_a_class_counted_then_some_by_category_pays_the_standard_for_the_rest(engine):
    # 克拉玛依 第2部分: 学生 400; 低保 资助 300 → 100; 特困 全额资助 → 0
    # 25 × 400 + 2 × 100 + 1 × 0 = 10200 (28 people: more than a household)
    r = computed(answer(engine, "克拉玛依校区 我们宿舍加隔壁一共28个人 其中2个低保 1个特困 医保费一共要交多少"), 10200,
                 name="contribution")
    assert "全家" not in r.text, r.text


@pytest.mark.parametrize("text", [
    "克拉玛依校区 过了6月30号才交今年的医保 比按时交的多交多少",
    "克拉玛依校区学生 错过了缴费期才交医保 比正常的多交多少钱",
])
def test_a_late_payment_is_priced_at_the_late_standard_with_the_difference(engine, text):
    # 克拉玛依 第2部分: 6月30日以后缴纳当年的 1200; 按时 400: 800 more
    r = computed(answer(engine, text), 1200, 800, name="contribution")
    assert r.calculation.inputs.get("late") is True, r.text


def test_a_late_payment_where_the_handbook_sets_no_late_standard_says_so(engine):
    # 巴中 第三章 六问: 400, no other standard for paying late
    r = computed(answer(engine, "巴中合疗 缴费期过了才交 一个人要交多少"), 400, name="contribution")
    assert "没有另列" in r.text, r.text


def test_a_years_fee_paid_in_its_own_last_months_is_late_and_the_wait_runs_into_the_next_year(engine):
    # 巴中 第三章 十问 例三: 2025年度断保，2026年12月缴2026年保费：仍有3个月等待期，到2027年3月，须同时缴2027年的
    r = computed(answer(engine, "巴中 2025年没参保 2026年11月才把2026年的合疗交了 好久能报"), 3, name="waiting_period")
    assert "不在集中缴费期" in r.text and "2027年2月" in r.text and "下一年度" in r.text, r.text


def test_the_next_years_fee_paid_in_the_window_before_new_year_still_waits_from_1_january(engine):
    # 巴中 第三章 十问 例二: 集中缴费期 1月1日前参保 (2025年11月交2026年的)，断保1年：3个月，4月1日起
    r = computed(answer(engine, "巴中 2025年没参保 2025年11月交了2026年的合疗 好久能报"), 3, name="waiting_period")
    assert "在集中缴费期内" in r.text and "4月1日" in r.text, r.text


@pytest.mark.parametrize("text,figures", [
    # 巴中 第四章 三问: 冠心病 年度支付限额 职工 1500, 居民 800
    ("巴中 冠心病的门诊慢病 职工医保跟居民医保一年最多报的相差多少", (1500, 800, 700)),
    # 长治 门诊慢病 高血压3级(极高危): 职工 340, 居民 260 元/月
    ("长治 高血压3级（极高危）门慢 职工医保和居民医保限额差好多", (340, 260, 80)),
])
def test_the_two_schemes_limits_set_against_each_other_give_the_difference(engine, text, figures):
    computed(answer(engine, text), *figures, name="chronic_limit_gap")


def test_two_births_one_of_each_kind_give_each_and_their_sum(engine):
    # 长治 居民住院待遇: 顺产定额 1500, 剖腹产定额 3000: 4500 together
    r = computed(answer(engine, "长治合疗 家里两个媳妇今年都生了 一个顺产 一个剖的 一共能报多少"), 1500, 3000, 4500)
    assert "【顺产】" in r.text and "【剖宫产】" in r.text, r.text


def test_a_students_filing_where_they_intern_is_the_long_stay_filing(engine):
    # 克拉玛依 第8部分（二）: 实习地备案 is listed under 异地长期居住人员 — the home rate (二级 200 / 75 %),
    # not the 临时 one's 20 % cut: (5200 − 200) × 75 % = 3750
    r = computed(answer(engine, "克拉玛依校区的 在成都实习 学校开了证明在实习地备了案 在那边二级医院住院5200 报多少"), 3750)
    assert r.calculation.inputs["filing"] == "长期备案", r.text


def test_a_late_fee_heard_and_its_difference_asked_is_checked_and_computed(engine):
    # 克拉玛依 第2部分: the 1200 heard is right; 1200 − 400 = 800 more
    r = computed(answer(engine, "听人说错过缴费期再交要1200 比按时交的学生多交多少", region="克拉玛依"), 1200, 800,
                 name="contribution")
    assert r.text.startswith("对"), r.text
