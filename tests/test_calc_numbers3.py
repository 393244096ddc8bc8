"""Calculations as people ask them (issue 10, third round): care elsewhere (which filing, an
emergency stay, no filing said), amounts asked about that get the calculation rather than the rule,
approximate amounts, 大病 limits after years of cover, a 慢病 bill. Figures from the handbooks
(巴中 第一章 二十九、第二章 二十七问、第三章 十一问; 长治 居民住院待遇 / 居民住院封顶线; 克拉玛依 第8部分),
asked in phrasings of our own, through intents.forms and the engine."""

import pytest

from tests.helpers import ask, nums, talk

# ---- care elsewhere -----------------------------------------------------------------

def test_a_temporary_filing_said_in_other_words_is_not_asked_again():
    # 克拉玛依 第8部分（一）: 异地临时就医人员 比例比参保地降低20%; 二级 200 / 75% → 55%
    r = ask("克拉玛依的学生，寒假回老家前办了临时的异地就医登记备案，在县医院二级住院花了5000，能报多少")
    assert r.kind == "calculation", r.text
    assert r.calculation.inputs["filing"] == "临时备案"
    assert 2640 in nums(r.text)          # (5000 − 200) × 55%


def test_an_emergency_stay_elsewhere_is_a_stay_not_an_outpatient_visit():
    # 巴中 第一章 二十九: 异地急诊抢救人员视同已备案; 第二章 二十七问 职工 转诊急诊 二级 1000 / 77%
    r = ask("巴中职工，在重庆旅游时阑尾炎急诊被送去抢救，住进二级医院花了2万，报多少")
    assert r.kind == "calculation" and r.calculation.name == "inpatient", r.text
    assert r.calculation.inputs["filing"] == "急诊"
    assert 14630 in nums(r.text)         # (20000 − 1000) × 77%


def test_emergency_answers_the_filing_question(engine):
    r = talk(engine, ["巴中城乡居民在成都三级医院住院花了3万能报多少", "是急诊送进去的"])
    assert r[0].kind == "clarify" and r[0].missing_slots == ["filing"]
    # 第三章 十一问: 急诊 as 临时备案 (1000, 三级 55%)
    assert r[1].kind == "calculation" and 15950 in nums(r[1].text), r[1].text


def test_no_filing_said_where_only_filing_or_not_matters_gives_both():
    # 长治 居民: 一类省外 1500 / 55%; 不备案比例降低10% (居民住院封顶线)
    r = ask("长治城乡居民，到上海三甲医院住院花了2万，报销多少")
    assert r.kind == "calculation", r.text
    assert 10175 in nums(r.text)         # (20000 − 1500) × 55%, filed
    assert 8325 in nums(r.text)          # (20000 − 1500) × 45%, not filed
    assert "未备案" in r.text


def test_no_filing_said_where_each_filing_differs_is_asked_once():
    # 巴中 居民: 长期备案 700 / 60%, 临时备案 1000 / 55%, 未转诊 1000 / 50% — the asker must say
    r = ask("巴中居民医保在西安三级医院住院花了3万报多少")
    assert r.kind == "clarify" and r.missing_slots == ["filing"]


# ---- an amount given: the calculation, not the rule ---------------------------------------

def test_what_a_poor_person_still_pays_goes_to_assistance():
    # 巴中 第六章 五问: 特困 起付 0, 100%, 限额 3万; 低保 70%
    r = ask("我家是低保户，报销完了还得自己出8000，民政医疗救助能救助多少", region="巴中")
    assert r.kind == "calculation" and r.calculation.name == "assistance", r.text
    assert 5600 in nums(r.text)


def test_a_multiple_birth_limit_is_added_up():
    # 巴中 第三章 十四问: 居民 顺产 2000, 多胞胎每多一个婴儿增加800
    r = ask("巴中居民医保，顺产生了双胞胎，生育费用最高能报多少")
    assert r.kind == "calculation" and 2800 in nums(r.text), r.text


def test_a_staff_wage_gives_the_monthly_contributions():
    # 巴中 第二章 五问: 单位 7%, 个人 2% of the 月缴费基数
    r = ask("在巴中的公司上班，月工资5500，医保每个月从工资里扣多少")
    assert r.kind == "calculation" and r.calculation.name == "contribution", r.text
    assert {110, 385} <= nums(r.text)


def test_paying_back_years_costs_the_years_contribution():
    # 巴中 第三章 十问（二）: 补缴费用参照当年参保地个人缴费标准 (第三章 六问: 400)
    r = ask("巴中居民 断保两年了 准备补交1年修复等待期 补交要花多少钱")
    assert r.kind == "calculation", r.text
    assert 400 in nums(r.text) and "补缴" in r.text


# ---- approximate amounts, 大病 limits ahead, one 慢病 bill ---------------------------

def test_an_approximate_amount_is_computed_and_said():
    # 巴中 二级 400 / 70%
    r = ask("巴中居民在二级医院住院差不多花了六千，报多少")
    assert r.kind == "calculation" and 3920 in nums(r.text), r.text
    assert "约数" in r.text


def test_a_serious_illness_limit_after_years_of_cover():
    # 巴中 第三章 九问: 连续参保满4年后，每连续参保1年提高4000 → 第7年 +12000
    r = ask("巴中居民医保，从来没断过，明年就是连续交的第7年了，大病保险限额能到多少")
    assert r.kind == "calculation", r.text
    assert 312000 in nums(r.text) and "以后年度" in r.text


def test_a_chronic_bill_of_a_group_without_monthly_limit_is_computed():
    # 长治 居民门诊慢性病 一类: 70%, no limit of its own (with the inpatient limit)
    r = ask("长治居民，我妈乳腺癌在门诊化疗，一类慢病，这次花了6000，能报多少")
    assert r.kind == "calculation" and 4200 in nums(r.text), r.text


# ---- a 居民 wife's delivery, topped up from her husband's 职工 cover -----------------------

def test_a_resident_wife_is_topped_up_from_the_husbands_staff_cover():
    # 巴中 第二章 九问: 职工标准 minus what 居民医保 paid; 剖宫产 职工 5500, 产前检查 800 − 500
    r = ask("巴中，我参加的是城乡居民，丈夫是职工医保，我剖宫产，居民医保报销了3000，他那边还能补多少")
    assert r.kind == "calculation", r.text
    assert {2500, 300} <= nums(r.text)


def test_what_a_fund_paid_is_not_the_bill():
    # "报了2000" is what 城乡居民医保 paid, not the cost of the delivery
    from intents.slots import extract
    ex = extract("老婆在居民医保那边已经报了2000")
    assert ex.get("reimbursed") == 2000 and "amount" not in ex


# ---- diseases asked about together, each -------------------------------------------------

def test_diseases_asked_for_each_are_answered_each():
    from intents.message import per_disease
    assert per_disease("冠心病、糖尿病伴并发症的限额各是多少") == ["冠心病的限额各是多少", "糖尿病伴并发症的限额各是多少"]
    assert per_disease("高血压和糖尿病都有，两病能报多少") == ["高血压和糖尿病都有，两病能报多少"]


def test_two_diseases_limits_for_each(engine):
    # 克拉玛依 第7部分（一）: 两病 高血压 700, 糖尿病 1000
    (r,) = talk(engine, ["克拉玛依的学生 高血压跟糖尿病的两病门诊一年限额各是多少"])
    assert "700" in r.text and "1000" in r.text, r.text


def test_a_yearly_chronic_benefit_without_the_disease_asks_which(engine):
    # 巴中 第四章 三问: each of the 33 门诊慢性病 has its own yearly limit
    (r,) = talk(engine, ["俺是巴中的，门诊慢性病一年可以报好多钱"])
    assert r.kind == "clarify" and r.missing_slots == ["disease"], r.text


def test_a_bill_with_no_kind_of_care_asks_which_then_computes(engine):
    # 巴中 第三章 十一问: 居民 二级 400 / 70%
    r = talk(engine, ["去医院总共花了五千块，医保可以报多少", "是住院的", "居民医保，二级医院"], region="巴中")
    assert r[0].kind == "clarify" and r[0].suggestions == ["住院", "门诊"], r[0].text
    assert r[-1].kind == "calculation" and 3220 in nums(r[-1].text), [x.text for x in r]


def test_paying_back_more_years_than_repair_says_which_count():
    # 巴中 第三章 十问: 断保 6 年 → 3 + 5 = 8 个月; 修复后不少于 6 个月, so 2 of 3 years count
    r = ask("巴中合疗断保6年，打算补交3年，得花多少钱")
    assert r.kind == "calculation", r.text
    assert {1200, 800, 6} <= nums(r.text)


def test_care_in_the_regions_own_province_needs_no_filing_where_the_handbook_says_so():
    # 长治 居民住院封顶线: 省内异地住院“免备案”直接结算; 一类（三甲）省、市级 1000 / 60%
    r = ask("长治的城乡居民，去大同的三甲医院住院花了1万5，报多少")
    assert r.kind == "calculation", r.text
    assert 8400 in nums(r.text) and "免备案" in r.text and "如未备案" not in r.text


def test_short_answers_to_the_filing_question(engine):
    # 巴中 第三章 十一问: 居民 三级 未转诊 1000 / 50%, 长期备案 700 / 60%
    for answer, figure in (("没去办", 14500), ("长期住那边的", 17580)):
        r = talk(engine, ["巴中城乡居民医保，在广州三级医院住院花了3万，报多少", answer])
        assert r[0].missing_slots == ["filing"]
        assert r[1].kind == "calculation" and figure in nums(r[1].text), (answer, r[1].text)


def test_one_chronic_bill_is_one_months_costs():
    # 长治 居民门诊慢性病: 高血压3级 月限额 260, 70%
    r = ask("长治城乡居民，高血压慢病，这次去医院开药花了500，能报多少")
    assert r.kind == "calculation" and 260 in nums(r.text), r.text
    assert "一个月" in r.text


def test_a_staff_emergency_bill_is_paid_as_inpatient_costs_where_the_handbook_says_so(engine):
    # 巴中 第二章 三十一问: 急诊、抢救的门（急）诊费用纳入住院医疗费用报销; 职工 二级 400 / 82%
    r = talk(engine, ["巴中的，半夜去二级医院看急诊花了2000，医保报多少", "职工医保"])
    assert r[-1].kind == "calculation" and 1312 in nums(r[-1].text), [x.text for x in r]
    assert "三十一问" in r[-1].text


def test_a_resident_emergency_visit_without_a_stay_stays_outpatient():
    # 巴中 第三章 十五问: 居民 急诊 fees join the stay's bill (当次住院); with no stay, 门诊统筹 (50%, 限额100)
    r = ask("巴中居民医保，孩子发烧去二级医院急诊花了300，能报多少")
    assert r.kind == "calculation" and r.calculation.name == "outpatient", r.text


@pytest.mark.parametrize("text", ["巴中合疗，在成都三级医院住院花了两万，没有办临时备案",
                                  "巴中合疗，在成都三级医院住院花了两万，临时备案还没弄",
                                  "巴中城乡居民 成都三级医院住院两万 异地备案没办"])
def test_a_filing_said_not_done_is_the_not_filed_rule(text):
    # 巴中 第三章 十一问: 居民 三级 非急诊且未转诊的临时外出 1000 / 50% → 9500
    r = ask(text)
    assert r.kind == "calculation" and 9500 in nums(r.text), r.text


def test_where_the_asker_is_from_is_not_where_care_was(engine):
    # 长治 居民 一类（三甲）省、市级 1000 / 60%; 克拉玛依 学生 三级 600 / 65%
    (home,) = talk(engine, ["老家是河北的，在长治住院花了两万，居民，三甲"])
    assert home.kind == "calculation" and 11400 in nums(home.text) and "省外" not in home.text, home.text
    (student,) = talk(engine, ["我是河南的学生，在克拉玛依住院花了两万，三级医院"])
    assert student.kind == "calculation" and 12610 in nums(student.text), student.text


def test_a_stay_told_as_zhu_de_yuan_is_a_stay():
    r = ask("巴中合疗，在县医院（二级）住的院，花了五千，能报好多")
    assert r.kind == "calculation" and 3220 in nums(r.text), r.text
