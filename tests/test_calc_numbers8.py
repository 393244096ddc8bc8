"""Calculations as people ask them (eighth round): a switch between schemes within the handbook's
gap asserted to wait 6 months, a hospital named again in a follow-up, an amount said only roughly
(万把块) — in phrasings of our own, through intents.forms and the engine."""

from tests.helpers import answer, ask, nums, talk

# ---- a switch between 居民 and 职工: the switch rule, never the first enrolment's wait ----------------


def test_a_switch_within_three_months_asserted_as_six_months_is_corrected(engine):
    # 巴中 第一章 二十六: ≥2 years insured, gap ≤ 3 months: benefits from the day paid
    r = answer(engine, "巴中这边 新农合交了五年多 今年进单位转交职工医保 空了一个月 是不是得等6个月才能报")
    assert r.kind == "calculation", r.text
    assert "不是6个月" in r.text and "等待期 0 个月" in r.text and "缴费之日" in r.text, r.text
    r = answer(engine, "巴中这边 新农合交了五年多 今年进单位转交职工医保 空了一个月 是不是得等半年才能报")
    assert "缴费之日" in r.text and not r.text.startswith("对"), r.text


def test_a_switch_to_resident_said_as_hetiao_is_a_switch():
    # 转成交合疗 after 职工: over 3 months, the 6-month wait of the switch rule
    r = ask("巴中 原来单位交职工医保 辞职了转成交合疗 停了四个月 要等多久")
    assert r.kind == "calculation", r.text
    assert r.calculation.result["months"] == 6, r.text


def test_a_switch_after_only_one_year_is_not_given_the_switch_rule(engine):
    # the rule holds from 2 years insured in a row; fewer is a case the handbook leaves open
    r = answer(engine, "巴中 城乡居民才交了1年 现在转职工医保 断了两个月 要等6个月吗")
    assert r.kind == "unanswered", r.text
    assert "2 年" in r.text and "对，" not in r.text, r.text


# ---- a hospital named again: the tier it was said to have --------------------------------------------


def test_the_same_hospital_named_again_keeps_its_tier(engine):
    # 职工 三级 700 / 80%: (30000 − 700) × 80% = 23440
    rs = talk(engine, ["巴中合疗 我妈在市人民医院住院 那是三级医院 合规3万 报好多",
                       "换到镇卫生院的话呢",
                       "她要是职工医保 还是市人民医院呢"])
    assert 17580 in nums(rs[0]) and 26910 in nums(rs[1]), (rs[0].text, rs[1].text)
    assert 23440 in nums(rs[2]) and 26910 not in nums(rs[2]), rs[2].text


def test_another_hospital_with_no_tier_said_is_not_the_last_one_s_tier(engine):
    rs = talk(engine, ["巴中合疗 我妈在市中心医院住院 三级医院 合规3万 报好多",
                       "那在乡卫生院呢",
                       "那在市中医院呢"])
    assert rs[2].kind != "calculation" or 26910 not in nums(rs[2]), rs[2].text


# ---- an amount said roughly: the case's rule, and the figure asked ------------------------------------


def test_wanba_for_a_stay_gives_the_rule_and_asks_the_figure(engine):
    r = answer(engine, "恩阳区居民医保 二级医院住院 大概花了万把块钱 能报多少")
    assert r.kind == "clarify", r.text
    assert "400" in r.text and "70%" in r.text and "万把块" in r.text, r.text


def test_the_figure_given_after_wanba_computes(engine):
    # 巴中居民 二级 400 / 70%: (10800 − 400) × 70% = 7280
    rs = talk(engine, ["巴中居民医保 二级医院住院 大概花了万把块钱 能报多少", "准确是10800"])
    assert rs[1].kind == "calculation" and 7280 in nums(rs[1]), rs[1].text


def test_qianba_for_an_outpatient_bill_is_asked_too():
    r = ask("克拉玛依 门诊花了千把块 报多少")
    assert r.kind == "clarify" and "千把块" in r.text, r.text


def test_yiwanduo_is_still_computed_from_its_lower_end():
    r = ask("巴中居民 二级医院住院 花了一万多 能报多少")
    assert r.kind == "calculation" and 6720 in nums(r), r.text


# ---- a stay said by the hospital's grade alone (住三甲), and 长治's lost 职工 table --------------------


def test_a_stay_said_by_grade_alone_is_a_stay():
    # 长治居民 三甲 1000 / 60%, yearly 7万: (150000 − 1000) × 60% = 89400 → 70000
    r = ask("长治城乡居民 我爸住二甲 目录内花了9000 报多少")
    assert r.kind == "clarify" and "县级" in r.text, r.text          # 长治's 二甲 row turns on the level
    r = ask("长治城乡居民 我爸住县里的二甲 目录内花了9000 报多少")
    assert r.kind == "calculation" and 6450 in nums(r), r.text        # 县级 400 / 75%: 8600 × 75%
    r = ask("长治居民 住三甲 政策内15万 最多报多少")
    assert r.kind == "calculation" and 70000 in nums(r), r.text


def test_changzhi_stay_without_scheme_gives_the_resident_row_and_says_the_staff_table_is_lost(engine):
    r = answer(engine, "长治 我爹住了三甲 大概能报好多")
    assert "1000" in r.text and "60%" in r.text and "职工" in r.text and "缺失" in r.text, r.text
    assert "门诊统筹" not in r.text, r.text


# ---- 十万: ten of a unit is a number, not the unit word alone ------------------------------------------


def test_shiwan_is_a_hundred_thousand():
    from intents.numbers import find_numbers
    assert [n.value for n in find_numbers("政策范围内十万块")] == [100000]
    assert [n.value for n in find_numbers("大概十万左右")] == [100000]
    assert find_numbers("十分感谢") == [] and find_numbers("万一不行") == []


def test_a_stay_of_shiwan_through_basic_and_serious_is_computed():
    # 巴中居民 三级 700 / 60%: 59580; 大病 (40420 − 14448) × 60% = 15583.2
    r = ask("巴中合疗 我妈三级医院住院 合规费用十万 基本医保报好多 大病保险又报好多")
    assert r.kind == "calculation" and {59580, 15583.2} <= nums(r), r.text


# ---- 剖的: a 剖宫产; a household's cover as one sum; a figure heard from others -----------------------


def test_poude_is_a_cesarean_and_twins_add_to_its_limit():
    # 巴中居民 难产（含剖宫产）3500, +800 per further baby: 4300
    r = ask("巴中城乡居民 媳妇怀的双胞胎 最后是剖出来的 政策内花了7000 生育报多少")
    assert r.kind == "calculation" and 4300 in nums(r), r.text


def test_a_household_s_cover_asked_as_one_sum_is_computed():
    # 巴中 2026 个人缴费 400 × 3
    r = ask("巴中 我家3个人都交城乡居民医保 加起来好多钱")
    assert r.kind == "calculation" and 1200 in nums(r), r.text


def test_a_figure_heard_from_others_is_checked(engine):
    r = answer(engine, "巴中居民医保住院一年最多报多少钱 听我表哥说是15万")
    assert r.text.startswith("不是") and "11万" in r.text, r.text


def test_several_chronic_diseases_limit_asked_how_is_their_highest_limit(engine):
    # 巴中 第四章 三问: only the highest limit of the diseases named (居民 冠心病 800)
    r = answer(engine, "巴中居民医保 高血压2级加冠心病 两种慢病 年度限额怎么算")
    assert "800" in r.text and "最高" in r.text, r.text


def test_a_birthday_and_a_late_payment_day_are_the_newborn_rule_s_days():
    # 巴中 第三章 七问: past 90 days, benefits from the day paid
    r = ask("巴中 我家宝宝1月10号生的 5月20号才去交的合疗 哪天起能报")
    assert r.kind == "calculation" and "缴费之日" in r.text and "90" in r.text, r.text
    r = ask("巴中 我家宝宝1月10号生的 2月20号去交的合疗 哪天起能报")
    assert r.kind == "calculation" and "出生之日" in r.text, r.text


def test_a_spouse_on_hetiao_and_the_asker_on_staff_cover_is_the_top_up():
    # 巴中 第二章 九问: 职工 顺产 3500 − 居民 paid 2000 = 1500; 产检 800 − 500 = 300
    r = ask("巴中 我老婆参加的新农合 我是单位的职工医保 她顺产 新农合报了2000 职工这边给补差多少")
    assert r.kind == "calculation" and {1500, 300} <= nums(r), r.text


def test_a_diabetes_limit_checked_names_the_type_1_limit_beside_it(engine):
    # 长治 两病: 糖尿病 360, 1型糖尿病 480
    r = answer(engine, "长治城乡居民 两病里头糖尿病一年能报的限额是不是400")
    assert r.text.startswith("不是") and "360" in r.text and "480" in r.text, r.text
