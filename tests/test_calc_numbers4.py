"""Calculations as people ask them (fourth round): a stay's total 合规 bill asked for 大病保险 or
医疗救助 goes through basic insurance first (the chain); a stay said in other words (住了十来天, 在卫生院
住, 转诊到…); a transfer inside the region is no 异地 filing; a later question of a message about the
same bill; "10万全合规" names no place. Figures from the handbooks (巴中 第三章 十一、十二、十六、
二十二至二十六问, 第六章 五问; 长治 居民住院待遇 / 大病保险 / 医疗救助; 克拉玛依 七、居民大病保险待遇一览表),
asked in phrasings of our own, through intents.forms and the engine."""

from bot.reply import Message
from bot.session import Session
from tests.helpers import answer, ask, nums

# ---- a stay's bill, then 大病保险 (and 医疗救助) ------------------------------------------

def test_a_stay_bill_asked_for_serious_illness_goes_through_basic_insurance_first():
    # 巴中 居民 二级 400 / 70%: (50000 − 400) × 70% = 34720; left 15280; 大病 (15280 − 14448) × 60% = 499.20
    r = ask("巴中合疗 我妈在二级医院住了院 合规费用一共5万 大病保险还能再报点不 能报多少")
    assert r.kind == "calculation" and r.calculation.name == "chain", r.text
    assert {34720, 499.2} <= nums(r.text)
    sections = {src.section for src in r.sources}
    assert {"第三章 十一问", "第三章 二十二问", "第三章 二十三问"} <= sections
    assert "含起付线" in r.text


def test_what_is_left_after_basic_insurance_stays_the_serious_illness_amount():
    # said as what the asker still pays: 大病 on it directly, (30000 − 14448) × 60% = 9331.20
    r = ask("巴中居民 住院医保报完以后 自己还要出3万 大病保险能报多少")
    assert r.kind == "calculation" and r.calculation.name == "serious_illness", r.text
    assert 9331.2 in nums(r.text)


def test_changzhi_stay_bill_for_a_poor_asker_gets_serious_illness_and_assistance():
    # 长治 居民 一类 省市级 1000 / 60%: (30000 − 1000) × 60% = 17400; left 12600;
    # 特困 大病 起付 5000, 80%: 6080; 特困 救助 on the rest: 12600 − 6080 = 6520
    r = ask("长治的特困户 市里三甲医院住院 合规3万 大病和救助各给多少")
    assert r.kind == "calculation" and r.calculation.name == "chain", r.text
    assert {17400, 6080, 6520} <= nums(r.text)


def test_karamay_stay_bill_serious_illness_by_its_segments():
    # 克拉玛依 二级 400? no: 三级 600 / 65%: (150000 − 600) × 65% = 97110; left 52890;
    # 一般 大病: (50000 − 21000) × 60% = 17400 + (52890 − 50000) × 65% = 1878.50 → 19278.50
    r = ask("克拉玛依校区的学生 三级医院住院 合规15万 大病保险报多少")
    assert r.kind == "calculation" and r.calculation.name == "chain", r.text
    assert {97110, 19278.5} <= nums(r.text)
    assert "医疗救助约 0" not in r.text


def test_a_later_question_about_the_same_bill_reads_the_story(engine):
    # 巴中 居民 三级: (60000 − 700) × 60% = 35580; left 24420; 大病 (24420 − 14448) × 60% = 5983.20
    r = answer(engine, "巴中城乡居民，在三级医院住院，合规6万。基本医保给多少？大病保险给多少？")
    assert {35580, 5983.2} <= nums(r.text), r.text


def test_ten_wan_all_covered_names_no_place():
    # "10万全合规" is 10万, all of it covered: not 万全区 (河北), so no 异地 question
    r = ask("巴中低保户 居民医保 二级医院住院20万全合规 救助能给多少")
    assert r.kind == "calculation" and r.calculation.name == "chain", r.text
    assert r.calculation.inputs.get("filing") == "市内"


# ---- a stay said in other words -----------------------------------------------------

def test_a_stay_said_as_how_long_is_a_stay():
    # 巴中 居民 二级 400 / 70%: (9000 − 400) × 70% = 6020
    r = ask("巴中居民医保 我爸在二级医院住了十来天 合规9000 能报多少")
    assert r.kind == "calculation" and r.calculation.name == "inpatient", r.text
    assert 6020 in nums(r.text)


def test_a_transfer_in_the_region_is_a_stay_and_no_filing():
    # 第三章 十二问: 低级别转高级别补差额; 居民 一级 300 → 三级 700: (15000 − 400) × 60% = 8760
    r = ask("巴中居民 从一级医院转诊到三级医院 三级医院合规15000 能报多少")
    assert r.kind == "calculation" and r.calculation.name == "inpatient", r.text
    assert r.calculation.inputs["filing"] == "市内"
    assert 8760 in nums(r.text)


def test_where_the_patient_came_from_is_the_earlier_hospital():
    # 居民 乡镇 100 → 二级 400: (6000 − 300) × 70% = 3990
    r = ask("巴中合疗 二级医院住院合规6000 是从乡镇卫生院转上来的 能报多少")
    assert r.kind == "calculation", r.text
    assert r.calculation.inputs["prior_tier"] == "乡镇卫生院" and r.calculation.inputs["tier"] == "二级"
    assert 3990 in nums(r.text)


def test_no_referral_said_in_dialect_is_the_unreferred_rule():
    # 第三章 十一问 市外: 非急诊且未转诊 二级 1000 / 60%: (11000 − 1000) × 60% = 6000
    r = ask("平昌合疗 莫得转诊 自己去重庆二级医院住院 合规11000 能报多少")
    assert r.kind == "calculation", r.text
    assert r.calculation.inputs["filing"] == "未备案"
    assert 6000 in nums(r.text)


# ---- years without cover, listed --------------------------------------------------------

def test_years_listed_without_separators_are_each_counted():
    # 巴中 第三章 十问: 断保 4 年: 3 + 1 × (4 − 1) = 6 个月
    r = ask("巴中合疗 2022年2023年2024年2025年都没买 2026年集中期交了 等待期好久")
    assert r.kind == "calculation" and r.calculation.inputs["gap_years"] == 4, r.text
    assert "6 个月" in r.text


def test_years_listed_with_spaces_lower_the_serious_illness_cap_by_each():
    # 第三章 十问: 每断保1年降低4000: 300000 − 3 × 4000 = 288000
    r = ask("巴中居民 2023 2024 2025 这几年都没参保 今年参保了 大病保险封顶变成多少了")
    assert r.kind == "calculation", r.text
    assert 288000 in nums(r.text)


# ---- a hospital with its grade in brackets ------------------------------------------------

def test_a_grade_in_brackets_names_one_hospital():
    # 长治 居民 三类收费标准（二级乙等及以下）100 / 85%: (5000 − 100) × 85% = 4165
    r = ask("长治居民医保 在镇卫生院（二级乙等）住院 合规5000 能报多少")
    assert r.kind == "calculation", r.text
    assert 4165 in nums(r.text)


# ---- the asker's own sum, the amount not said -------------------------------------------

def test_own_stay_without_the_amount_gets_its_row_and_the_question(engine):
    # 巴中 第三章 十一问: 居民 一级 300 / 80%; never a refusal, even with a county named
    session = Session()
    r = engine.answer(Message(text="南江 我婆婆在一级医院住院了 合疗 能报好多"), session)
    assert r.kind == "clarify" and r.missing_slots == ["amount"], r.text
    assert "300元" in r.text and "80%" in r.text and "第三章 十一问" in r.text
    # the amount next computes: (5300 − 300) × 80% = 4000
    r = engine.answer(Message(text="花了5300"), session)
    assert r.kind == "calculation" and 4000 in nums(r.text), r.text


def test_own_serious_illness_sum_without_the_amount_gets_the_groups_row(engine):
    # 长治 居民 大病: 特困/低保 起付线5000, 80%, no cap
    r = answer(engine, "长治低保户 大病保险能给报多少")
    assert r.kind == "clarify" and r.missing_slots == ["amount"], r.text
    assert "5000元" in r.text and "80%" in r.text


def test_a_rule_asked_stays_the_handbooks_answer(engine):
    # "报销比例多少" asks the table's rule, not the asker's own sum
    r = answer(engine, "巴中职工医保 二级医院住院 报销比例多少")
    assert r.kind == "faq", r.text


# ---- what the asker pays in all, funds left out, first 职工 cover, a household by category ------

def test_the_total_out_of_pocket_adds_the_self_paid_and_the_uncovered():
    # 巴中 第一章 四十三: 总费用 = 统筹 + 自付 + 自费; 居民 二级 400 / 70%: (9000 − 400) × 70% = 6020,
    # 自付 9000 − 6020 = 2980, + 目录外 1000 = 3980
    r = ask("巴中居民 二级医院住院一共花了一万 里面1000是自费的 我总共要出多少钱")
    assert r.kind == "calculation", r.text
    assert {6020, 2980, 3980} <= nums(r.text)


def test_a_fund_said_to_be_left_out_is_not_the_one_asked():
    # 巴中 第二章 二十七问: 职工 二级 起付400, 82%: (30000 − 400) × 82% = 24272, no 公务员补助 added
    r = ask("巴中职工医保 二级医院住院合规3万 除了大额补助和公务员补助 统筹能报多少")
    assert r.kind == "calculation" and r.calculation.name == "inpatient", r.text
    assert not r.calculation.inputs.get("civil_servant")
    assert 24272 in nums(r.text) and "公务员医疗补助约" not in r.text


def test_a_first_staff_enrolment_waits_six_months():
    # 巴中 第二章 六问: 初次参加职工医保 6 个月
    r = ask("巴中 公司这个月第一次帮我缴职工医保 多久之后才可以报销")
    assert r.kind == "calculation" and r.calculation.name == "waiting_period", r.text
    assert "6 个月" in r.text


def test_a_household_counted_by_category_pays_each_members_share():
    # 巴中 第三章 六问: 标准400; 特困全额资助; 低保个人100; 普通400: 0 + 100 × 2 + 400 × 2 = 1000
    r = ask("巴中合疗 我爸是特困 我妈和我姐2个是低保 还有2个普通的 一家人一年交好多")
    assert r.kind == "calculation", r.text
    assert 1000 in nums(r.text)


# ---- rules asked in other words ------------------------------------------------------------

def test_a_short_when_question_after_a_how_much_one_is_its_own(engine):
    # 克拉玛依 第2部分: 学生 个人缴费 400元; 集中参保缴费期 2025年9月1日至2026年1月10日
    r = answer(engine, "石大克拉玛依校区 学生医保今年交多少钱 几号截止", region="克拉玛依")
    assert "400" in r.text and "1月10日" in r.text, r.text


def test_changzhi_two_diseases_yearly_limits_for_both(engine):
    # 长治 居民两病: 高血压 260; Ⅰ型糖尿病 480; 其他糖尿病 360
    r = answer(engine, "长治合疗两病门诊拿药一年最多能报多少钱", region="长治")
    assert all(x in r.text for x in ("260", "360", "480")), r.text


def test_changzhi_serious_illness_how_paid_states_the_cap(engine):
    # 长治 居民大病保险: 超1万 75%, 自付超5万再报50%, 年度最高支付限额40万元
    r = answer(engine, "长治城乡居民的大病保险是怎么报的", region="长治")
    assert all(x in r.text for x in ("75%", "40万")), r.text


def test_what_basic_insurance_paid_said_leaves_the_serious_illness_amount():
    # 巴中 第三章 二十二/二十三问: (80000 − 50000) = 30000 left; (30000 − 14448) × 60% = 9331.20
    r = ask("巴中合疗 住院一共花了8万 基本医保报销了5万 大病保险还能报多少")
    assert r.kind == "calculation" and r.calculation.name == "serious_illness", r.text
    assert {30000, 9331.2} <= nums(r.text)


def test_what_the_asker_still_paid_of_a_stay_goes_to_the_fund_asked():
    # 巴中 第六章 五问: 低保 常规救助 起付0, 70%, 年度限额2万: 8000 × 70% = 5600 — no stay recomputed
    r = ask("我爸住院 报完以后自己还掏了8000 巴中低保户 医疗救助能给多少")
    assert r.kind == "calculation" and r.calculation.name == "assistance", r.text
    assert 5600 in nums(r.text)


def test_costs_outside_the_catalogue_come_off_before_serious_illness(engine):
    # 巴中 居民 大病 起付线 14448, 60% (第三章 二十三问): only 合规 costs count, so what the asker says
    # was 自费 comes off the bill with what basic insurance paid: 9万 − 1.5万 − 4.5万 = 3万;
    # (30000 − 14448) × 60% = 9331.20
    r = answer(engine, "巴中合疗 我爸住院一共花了9万 里头自费药1万5 医保报了4万5 大病还能报好多")
    assert r.kind == "calculation" and 9331.2 in nums(r.text), r.text
    assert "目录外自费" in r.text


def test_assistance_after_a_bill_and_what_basic_paid_goes_through_serious_illness(engine):
    # 巴中 低保: 4万 − 2.5万 = 1.5万 after basic; 大病 起付线 7224, 65% (第三章 二十四问):
    # (15000 − 7224) × 65% = 5054.40; 救助 常规 低保 0 起付, 70% (第六章 五问): 9945.60 × 70% = 6961.92
    r = answer(engine, "巴中 我家低保户 住院总共4万 医保报了2万5 剩下的救助能给好多")
    assert r.kind == "calculation" and {5054.4, 6961.92} <= nums(r.text), r.text
