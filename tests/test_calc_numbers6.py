"""Calculations as people ask them (sixth round): a 职工's stay through 职工大额医疗费用补助 (巴中 第二章
二十七、三十六、三十七问) and the other classes of the fifth numbers set, asked in phrasings of our own,
through intents.forms and the engine."""

import pytest

from tests.helpers import answer, ask, nums, talk

# ---- 职工大额医疗费用补助: basic insurance first, then 大额 on the rest -----------------------------


def test_large_medical_for_a_retired_staff_member_has_no_deductible():
    # 职工 二级 400 / 82%: (30000 − 400) × 82% = 24272; left 5728; 退休 无起付 85%: 4868.80
    r = ask("巴中职工医保 我爸退休了 二级医院住院合规费用3万 大额医疗补助给报多少")
    assert r.kind == "calculation" and r.calculation.name == "large_medical", r.text
    assert {24272, 4868.8} <= nums(r.text)


def test_large_medical_for_a_working_member_deducts_the_second_tier_deductible():
    # 在职: (5728 − 400) × 85% = 4528.80
    r = ask("巴中 在职上班的职工 住二级医院 合规3万 基本报完大额补助还能报好多")
    assert r.kind == "calculation" and r.calculation.name == "large_medical", r.text
    assert {24272, 4528.8} <= nums(r.text)
    assert "公务员医疗补助约" not in r.text


def test_large_medical_over_eighty_takes_the_higher_row():
    # 85岁: 无起付 90%: 5728 × 90% = 5155.20
    r = ask("巴中退休职工 老太太今年85岁 二级医院住院合规3万 大额补助报多少")
    assert {24272, 5155.2} <= nums(r.text), r.text


def test_large_medical_after_the_basic_cap_is_on_everything_above_it():
    # 三级: (300000 − 700) × 80% = 239440 → 140000 cap; left 160000; 退休: 100000 × 85% + 60000 × 90% = 139000
    r = ask("巴中退休职工 三级医院住院合规30万 基本医保到顶了 大额补助能报多少")
    assert {140000, 139000} <= nums(r.text), r.text


@pytest.mark.parametrize("text,figures", [
    # what basic insurance left, said outright: 大额 on it directly (退休 无起付 85%; 在职 400 起付 85%)
    ("巴中退休的职工 住院基本医保报了过后自己还要出八千 大额补助能给好多", {6800, 1200}),
    ("我是巴中在职职工 医保报完自付还有15000的合规费用 职工大额补助报多少", {12410, 2590}),
])
def test_large_medical_on_what_basic_insurance_left(text, figures):
    r = ask(text)
    assert r.kind == "calculation" and r.calculation.name == "large_medical", r.text
    assert figures <= nums(r.text), r.text


def test_large_medical_on_what_is_left_asks_working_or_retired_then_computes(engine):
    first, second = talk(engine, ["巴中职工 报完基本医保还剩1万合规的 大额补助报好多", "退休了"])
    assert first.kind == "clarify" and "退休" in first.text, first.text
    assert second.kind == "calculation" and 8500 in nums(second.text), second.text


def test_large_medical_asks_whether_working_or_retired():
    r = ask("巴中职工 三级医院住院合规8万 大额补助能报多少")
    assert r.kind == "clarify" and "退休" in r.text, r.text


def test_not_a_civil_servant_is_no_civil_servant(engine):
    r = answer(engine, "巴中职工 不是公务员 在职 三级医院住院合规5万 大额补助报多少")
    assert "公务员医疗补助约" not in r.text and 8636 in nums(r.text), r.text


def test_large_medical_elsewhere_says_the_handbook_lacks_it():
    r = ask("长治职工 退休 住院合规5万 大额补助报多少")
    assert r.kind != "calculation", r.text


def test_large_medical_asks_then_computes_with_the_answer(engine):
    # 在职 三级: (80000 − 700) × 80% = 63440; left 16560; (16560 − 400) × 85% = 13736
    replies = talk(engine, ["巴中职工 三级医院住院合规8万 基本医保和大额补助各报多少", "在职的"])
    assert replies[0].kind == "clarify" and "退休" in replies[0].text, replies[0].text
    assert {63440, 13736} <= nums(replies[1].text), replies[1].text


# ---- 两病 with no disease named: 高血压 and 糖尿病 have their own limits -------------------------


def test_two_diseases_named_as_the_benefit_asks_which_disease():
    r = ask("巴中 我是两病患者 今年门诊拿药花了800 能报多少")
    assert r.kind == "clarify" and "高血压" in r.text, r.text


def test_two_diseases_both_said_compute_with_the_joint_limit():
    # 800 × 50% = 400, under 两病都有 500
    r = ask("巴中 两病都有 今年门诊拿药花了800 能报多少")
    assert r.kind == "calculation" and 400 in nums(r.text), r.text


# ---- "职工居民都一样吧": no scheme conflict; computed where the schemes agree, asked where not ----------


def test_both_schemes_said_alike_computes_where_the_tables_agree():
    # 乡镇卫生院: 职工 and 居民 both 100 / 90%: (5000 − 100) × 90% = 4410
    r = ask("巴中 乡镇卫生院住院 合规5000 不管职工还是居民 报好多")
    assert r.kind == "calculation" and 4410 in nums(r.text), r.text
    r = ask("巴中糖尿病两病 居民职工反正都一样 降糖药一年花了500 报多少")
    assert r.kind == "calculation" and 250 in nums(r.text), r.text


def test_both_schemes_said_alike_asks_where_the_tables_differ():
    r = ask("巴中 二级医院住院合规1万 职工跟居民应该差不多吧 能报多少")
    assert r.kind == "clarify" and "职工" in r.text and "一种" not in r.text, r.text


def test_both_schemes_asked_about_is_no_case():
    from intents.slots import extract
    assert not extract("两病职工居民一样吗").get("insurance")


# ---- households by category; several identities at once ----------------------------------------


def test_household_counted_by_one_category_and_the_rest_not():
    # 巴中 2026: 低保 400 − 300 = 100 each; the rest 400 each: 2 × 100 + 2 × 400 = 1000
    r = ask("巴中居民医保 屋头两个人是低保户 另外两个不是 一年一共交多少")
    assert r.kind == "calculation" and 1000 in nums(r.text), r.text


def test_several_identities_at_once_take_the_highest_subsidy():
    r = ask("巴中 我同时是低保户和特困人员 居民医保自己要交多少")
    assert r.kind == "calculation" and "特困" in r.text and 0 in nums(r.text), r.text
    r = ask("巴中 既是监测对象又是低保 2026年居民医保交好多")
    assert r.kind == "calculation" and 100 in nums(r.text), r.text


# ---- 个人账户 划拨 on the asker's own base ------------------------------------------------------


def test_personal_account_from_the_base_monthly_and_yearly():
    # 在职 2% of the base: 6500 × 2% = 130 a month, 1560 a year
    r = ask("巴中上班的职工 我的缴费基数是6500 每月个人账户能进多少钱")
    assert r.kind == "calculation" and {130, 1560} <= nums(r.text), r.text


def test_personal_account_ratio_alone_is_the_rule(engine):
    r = answer(engine, "巴中在职职工个人账户划拨比例是多少")
    assert r.kind == "faq" and "2%" in r.text, r.text


# ---- a figure checked against the asked topic's figures ------------------------------------------


def test_special_disease_ratio_checked_against_special_disease_rates(engine):
    r = answer(engine, "巴中职工医保 门特是不是按八成报")
    assert r.text.startswith("不是80%") and "70%" in r.text and "费率" not in r.text, r.text


def test_a_segment_bound_is_no_figure_checked(engine):
    # "20万以上" names the segment; 90% is checked against it: 普通人员 85%
    r = answer(engine, "巴中大病保险 20万以上的部分是不是报90%")
    assert "不是200000" not in r.text and "85%" in r.text, r.text


def test_a_corrected_deductible_says_what_its_rows_share(engine):
    r = answer(engine, "巴中退休的职工 普通门诊起付线是不是100块")
    assert "150" in r.text and "1000" in r.text, r.text


# ---- a half-remembered figure with a bill: corrected, and the bill computed with the handbook's -----


def test_checked_figure_before_a_bill_is_corrected_and_the_bill_computed(engine):
    # 巴中 居民 三级 700 / 60%: (20000 − 700) × 60% = 11580
    r = answer(engine, "巴中合疗 三级医院起付线我记得是1000？ 合规两万 能报好多")
    assert r.text.startswith("不是1000") and 11580 in nums(r.text), r.text


def test_a_figure_checked_with_a_tag_mid_message_is_no_cost(engine):
    # 职工 二级 400 / 82%: (9000 − 400) × 82% = 7052
    r = answer(engine, "巴中职工 二级医院住院起付线是500吧 我住院合规9000 能报多少")
    assert "不是500" in r.text and 7052 in nums(r.text), r.text


def test_staying_at_a_named_hospital_is_a_stay():
    # "住县医院": 职工 二级 (5000 − 400) × 82% = 3772
    r = ask("巴中职工 住的县医院 二级 合规5000 报多少")
    assert r.kind == "calculation" and 3772 in nums(r.text), r.text


def test_the_next_fund_asked_of_the_same_bill_is_one_chain(engine):
    # 巴中 居民 二级 400 / 70%: (20000 − 400) × 70% = 13720; left 6280 < 14448: 大病 0, said
    r = answer(engine, "巴中合疗 二级医院住院 合规两万 医保报多少 大病还能报不")
    assert r.kind == "calculation" and 13720 in nums(r.text) and "大病保险约 0 元" in r.text, r.text


def test_how_many_months_after_first_joining_staff_insurance_is_computed():
    r = ask("巴中 刚参加工作第一次交职工医保 要过多少个月才能用医保报销")
    assert r.kind == "calculation" and 6 in nums(r.text), r.text


def test_a_year_without_claims_said_in_other_words_raises_the_serious_cap():
    r = ask("巴中合疗 去年一年都没拿医保报过账 今年接着交 大病最高能报多少")
    assert r.kind == "calculation" and 304000 in nums(r.text), r.text


def test_two_stays_of_one_year_each_with_its_bill():
    # 克拉玛依 (deductible by year): first 一级 100 / 85%:
    # (2000 − 100) × 85% = 1615; then 三级 pays only the difference 600 − 100 = 500: (8000 − 500) × 65% = 4875
    r = ask("克拉玛依校区学生 先在一级医院住了一次院 花了2000 后来又去三级医院住院 花了8000 两次分别报多少")
    assert r.kind == "calculation" and {1615, 4875} <= nums(r.text), r.text


def test_outpatient_after_earlier_visits_halves_the_deductible_and_keeps_to_what_is_left():
    # 克拉玛依 二级: 20 per visit, halved after the first: (400 − 10) × 60% = 234;
    # the year's limit 900 with 800 already paid leaves 100
    r = ask("克拉玛依校区 今年门诊已经报销了800 这回又去二级医院看门诊 不是头一次 花了400 能报多少")
    assert r.kind == "calculation" and 100 in nums(r.text) and "减半" in r.text, r.text


def test_changzhi_class_b_drugs_pay_their_first_share_before_the_ratio():
    # 长治 居民 二级 0 / 55%: 乙类 400 × 5% = 20 first; (400 − 20) × 55% = 209
    r = ask("长治合疗 在二级医院门诊拿了400块钱的乙类药 能报多少")
    assert r.kind == "calculation" and {20, 209} <= nums(r.text), r.text


# ---- a referral elsewhere is a stay, however the hospital is named ------------------------------


@pytest.mark.parametrize("text,figures", [
    # 职工 转诊 在备案地 三级: 1000 / 75%: (40000 − 1000) × 75% = 29250
    ("巴中在职职工 办了转诊备案转到重庆三级医院 合规4万 医保能报好多", {29250}),
    # 居民 临时备案 二级: 1000 / 65%: (20000 − 1000) × 65% = 12350
    ("南江合疗 医院开转诊单转去成都的二级 也备了案 合规2万 能报多少", {12350}),
])
def test_a_referral_to_another_city_is_a_stay(text, figures):
    r = ask(text)
    assert r.kind == "calculation" and r.calculation.name == "inpatient", r.text
    assert figures <= nums(r.text), r.text
