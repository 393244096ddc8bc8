"""Stays as people ask about them: a stay said in other words (住了十来天, 住的县医院, 住的院, 住院的),
which hospital (a grade in brackets, one hospital named twice), a transfer inside the region and a
second stay of the year (a deductible already paid is a fact of the stay before, never its bill: only
the difference is owed), what is inside and outside the catalogue, "职工居民都一样吧", another scheme
asked of the same stay. Figures from the handbooks
(巴中 第一章 四十三, 第二章 二十七问, 第三章 十一、十二问; 长治 居民住院待遇 / 居民住院封顶线; 克拉玛依 第7部分（一））,
asked in phrasings of our own, through intents.forms and the engine."""

import pytest

from tests.helpers import answer, ask, computed, nums, talk

# ---- a stay said in other words ------------------------------------------------------------------


def test_a_stay_said_as_how_long_is_a_stay():
    # 巴中 居民 二级 400 / 70%: (9000 − 400) × 70% = 6020
    r = ask("巴中居民医保 我爸在二级医院住了十来天 合规9000 能报多少")
    computed(r, 6020, name="inpatient")


def test_a_stay_told_as_zhu_de_yuan_is_a_stay():
    r = ask("巴中合疗，在县医院（二级）住的院，花了五千，能报好多")
    computed(r, 3220)


def test_staying_at_a_named_hospital_is_a_stay():
    # "住县医院": 职工 二级 (5000 − 400) × 82% = 3772
    r = ask("巴中职工 住的县医院 二级 合规5000 报多少")
    computed(r, 3772)


def test_a_bill_with_no_kind_of_care_asks_which_then_computes(engine):
    # 巴中 第三章 十一问: 居民 二级 400 / 70%
    r = talk(engine, ["去医院总共花了五千块，医保可以报多少", "是住院的", "居民医保，二级医院"], region="巴中")
    assert r[0].kind == "clarify" and r[0].suggestions == ["住院", "门诊"], r[0].text
    computed(r[-1], 3220)


# ---- which hospital: a grade in brackets, one hospital named twice -------------------------------


def test_a_grade_in_brackets_names_one_hospital():
    # 长治 居民 三类收费标准（二级乙等及以下）100 / 85%: (5000 − 100) × 85% = 4165
    r = ask("长治居民医保 在镇卫生院（二级乙等）住院 合规5000 能报多少")
    computed(r, 4165)


@pytest.mark.parametrize("text,figure", [
    ("长治居民，今年在乡镇卫生院这种一级医疗机构门诊一共花了600，门诊统筹能报多少", 300),   # 一级 = 乡镇卫生院 60%, 限额300
    ("长治居民在乡镇卫生院也就是一级医院住院花了1万，报多少", 8415),                     # both 三类 100/85%
    ("克拉玛依学生医保，去一级的社区医院看门诊，花了150", 98),                           # the table lists 一级 only
])
def test_one_hospital_named_twice_is_one_row_where_the_table_groups_them(text, figure):
    r = ask(text)
    computed(r, figure)


def test_one_hospital_named_twice_is_asked_where_the_figures_differ():
    # 巴中: 乡镇卫生院 100/90% and 一级 300/80% are two rows
    r = ask("巴中居民医保，乡镇卫生院这种一级医院住院花了5000，报多少")
    assert r.kind == "invalid" and r.calculation is None and "哪一级医院" in r.text


# ---- a transfer inside the region: one course, the difference of the deductibles -----------------


def test_a_transfer_in_the_region_is_a_stay_and_no_filing():
    # 第三章 十二问: 低级别转高级别补差额; 居民 一级 300 → 三级 700: (15000 − 400) × 60% = 8760
    r = ask("巴中居民 从一级医院转诊到三级医院 三级医院合规15000 能报多少")
    computed(r, 8760, name="inpatient")
    assert r.calculation.inputs["filing"] == "市内"


def test_where_the_patient_came_from_is_the_earlier_hospital():
    # 居民 乡镇 100 → 二级 400: (6000 − 300) × 70% = 3990
    r = ask("巴中合疗 二级医院住院合规6000 是从乡镇卫生院转上来的 能报多少")
    computed(r, 3990)
    assert r.calculation.inputs["prior_tier"] == "乡镇卫生院" and r.calculation.inputs["tier"] == "二级"


def test_bazhong_transfer_with_the_deductible_paid_before_counts_the_difference():
    # 巴中居民 一级 300 → 三级 700 (60%), one course: (10300 − 400) × 60% = 5940
    r = ask("巴中合疗 我妈在一级医院住院 已经交了300的起付线 医生让转到三级医院继续治 三级那边合规10300 报好多")
    computed(r, 5940)


def test_a_transfer_back_down_in_one_course_owes_no_new_deductible():
    # 巴中 第三章 十二问: 高级别转往同级别或低级别，不再另计起付标准 (居民 一级 80%): 3000 × 80% = 2400
    r = ask("巴中居民 我妈先住的二级医院 后来转回镇上一级医院接着治 同一个治疗过程 一级医院合规3000 报好多")
    computed(r, 2400)


# ---- a deductible already paid: a fact of the stay before, never its bill ------------------------


def test_karamay_deductible_paid_at_a_lower_tier_owes_only_the_difference():
    # 克拉玛依 一级 100 / 三级 600, 65%: (9000 − 500) × 65% = 5525
    r = ask("克拉玛依校区 年初在一级医院住院已经扣了100块起付线 现在又住进三级医院 目录内花了9000 能报好多")
    computed(r, 5525)


def test_karamay_same_level_again_is_not_the_first_tier():
    # "同一级别" names the tier before (二级 75%), never 一级: 4000 × 75% = 3000
    r = ask("克拉玛依 我今年在二级医院住过一回 起付线交过了 这次住的还是同级别的医院 目录内4000 报多少")
    computed(r, 3000)
    assert "一级医疗机构" not in r.text, r.text


def test_the_deductible_paid_names_the_tier_before_when_it_is_one_tier_s():
    # 克拉玛依: 200 is the 二级 deductible; 三级 owes 600 − 200 = 400: (7400 − 400) × 65% = 4550
    r = ask("克拉玛依 今年已经付过200的起付线了 这回在三级医院住院 目录内7400 可以报多少")
    computed(r, 4550)


def test_a_deductible_paid_that_is_no_tier_s_is_asked_not_computed():
    r = ask("克拉玛依 上次住院交了350起付线 这回在三级医院住院 花了7400 报多少")
    assert r.kind == "clarify" and "哪一级" in r.text, r.text


def test_a_deductible_asked_about_is_not_one_paid():
    r = ask("克拉玛依三级医院住院花了5000 起付线要扣多少")
    assert "此前已在" not in r.text, r.text


@pytest.mark.parametrize("text,figure", [
    # 克拉玛依 第7部分（一）: 同一等级再次住院不再支付起付标准; 三级 65%
    ("今年已经在克拉玛依三级医院住过一次院了，这次又住三级医院，花了1万，学生医保报多少", 6500),
    ("克拉玛依学生医保，今年住过一次院了，在二级医院，这次又住二级医院花了4000，能报多少", 3000),
])
def test_a_second_stay_at_the_same_level_owes_no_deductible(text, figure):
    r = ask(text)
    computed(r, figure)
    assert "不再计起付线" in r.text


def test_two_stays_of_one_year_each_with_its_bill():
    # 克拉玛依 (deductible by year): first 一级 100 / 85%:
    # (2000 − 100) × 85% = 1615; then 三级 pays only the difference 600 − 100 = 500: (8000 − 500) × 65% = 4875
    r = ask("克拉玛依校区学生 先在一级医院住了一次院 花了2000 后来又去三级医院住院 花了8000 两次分别报多少")
    computed(r, 1615, 4875)


# ---- inside and outside the catalogue; what the asker pays in all; funds left out ----------------


def test_in_catalogue_sum_with_out_of_catalogue_beside_is_not_reduced():
    # 巴中居民 三级 700 / 60%: (9700 − 700) × 60% = 5400; the 自费 2500 is extra
    r = ask("巴中城乡居民 三级医院住院 政策范围内9700 范围外自费2500 能报好多")
    computed(r, 5400, 2500)


def test_a_whole_bill_with_its_out_of_catalogue_part_is_reduced():
    # (12200 − 2500 − 700) × 60% = 5400
    r = ask("巴中城乡居民 三级医院住院一共花了12200 其中目录外的自费药2500 能报好多")
    computed(r, 5400)


def test_the_total_out_of_pocket_adds_the_self_paid_and_the_uncovered():
    # 巴中 第一章 四十三: 总费用 = 统筹 + 自付 + 自费; 居民 二级 400 / 70%: (9000 − 400) × 70% = 6020,
    # 自付 9000 − 6020 = 2980, + 目录外 1000 = 3980
    r = ask("巴中居民 二级医院住院一共花了一万 里面1000是自费的 我总共要出多少钱")
    computed(r, 6020, 2980, 3980)


def test_a_fund_said_to_be_left_out_is_not_the_one_asked():
    # 巴中 第二章 二十七问: 职工 二级 起付400, 82%: (30000 − 400) × 82% = 24272, no 公务员补助 added
    r = ask("巴中职工医保 二级医院住院合规3万 除了大额补助和公务员补助 统筹能报多少")
    computed(r, 24272, name="inpatient")
    assert not r.calculation.inputs.get("civil_servant")
    assert "公务员医疗补助约" not in r.text


# ---- "职工居民都一样吧": no scheme conflict; computed where the schemes agree, asked where not ----


def test_both_schemes_said_alike_computes_where_the_tables_agree():
    # 乡镇卫生院: 职工 and 居民 both 100 / 90%: (5000 − 100) × 90% = 4410
    r = ask("巴中 乡镇卫生院住院 合规5000 不管职工还是居民 报好多")
    computed(r, 4410)
    r = ask("巴中糖尿病两病 居民职工反正都一样 降糖药一年花了500 报多少")
    computed(r, 250)


def test_both_schemes_said_alike_asks_where_the_tables_differ():
    r = ask("巴中 二级医院住院合规1万 职工跟居民应该差不多吧 能报多少")
    assert r.kind == "clarify" and "职工" in r.text and "一种" not in r.text, r.text


def test_both_schemes_asked_about_is_no_case():
    from intents.slots import extract
    assert not extract("两病职工居民一样吗").get("insurance")


def test_another_scheme_after_a_lost_table_computes_the_case_for_it(engine):
    # 长治's 职工 table was an image; "那居民呢" asks the same stay for 居民 (三类 100/85%)
    lost, resident = talk(engine, ["长治职工，市里三甲医院住院花了3万能报多少", "那居民呢，县里二级乙等医院"])
    assert lost.kind == "unanswered", lost.text
    computed(resident, 25415)


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


# ---- a stay said by the hospital's grade alone (住三甲), and 长治's lost 职工 table --------------------


def test_a_stay_said_by_grade_alone_is_a_stay():
    # 长治居民 三甲 1000 / 60%, yearly 7万: (150000 − 1000) × 60% = 89400 → 70000
    r = ask("长治城乡居民 我爸住二甲 目录内花了9000 报多少")
    # (长治's 二甲 row turns on the level: both columns computed, the level asked)
    assert {6450, 5950} <= set(nums(r)) and "县级还是省、市级" in r.text, r.text
    r = ask("长治城乡居民 我爸住县里的二甲 目录内花了9000 报多少")
    assert r.kind == "calculation" and 6450 in nums(r), r.text        # 县级 400 / 75%: 8600 × 75%
    r = ask("长治居民 住三甲 政策内15万 最多报多少")
    assert r.kind == "calculation" and 70000 in nums(r), r.text


def test_changzhi_stay_without_scheme_gives_the_resident_row_and_says_the_staff_table_is_lost(engine):
    r = answer(engine, "长治 我爹住了三甲 大概能报好多")
    assert "1000" in r.text and "60%" in r.text and "职工" in r.text and "缺失" in r.text, r.text
    assert "门诊统筹" not in r.text, r.text
