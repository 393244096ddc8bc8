"""Calculations as people ask them (seventh round): facts of the story read as what they are — a
deductible already paid is no bill, 同一级别 is no 一级 —, a household's contribution, and the other
classes of the sixth numbers set, asked in phrasings of our own, through intents.forms and the engine."""

from tests.helpers import answer, ask, nums

# ---- a deductible already paid: a fact of the stay before, never its bill --------------------------


def test_karamay_deductible_paid_at_a_lower_tier_owes_only_the_difference():
    # 克拉玛依 一级 100 / 三级 600, 65%: (9000 − 500) × 65% = 5525
    r = ask("克拉玛依校区 年初在一级医院住院已经扣了100块起付线 现在又住进三级医院 目录内花了9000 能报好多")
    assert r.kind == "calculation", r.text
    assert 5525 in nums(r.text), r.text


def test_karamay_same_level_again_is_not_the_first_tier():
    # "同一级别" names the tier before (二级 75%), never 一级: 4000 × 75% = 3000
    r = ask("克拉玛依 我今年在二级医院住过一回 起付线交过了 这次住的还是同级别的医院 目录内4000 报多少")
    assert r.kind == "calculation", r.text
    assert 3000 in nums(r.text) and "一级医疗机构" not in r.text, r.text


def test_bazhong_transfer_with_the_deductible_paid_before_counts_the_difference():
    # 巴中居民 一级 300 → 三级 700 (60%), one course: (10300 − 400) × 60% = 5940
    r = ask("巴中合疗 我妈在一级医院住院 已经交了300的起付线 医生让转到三级医院继续治 三级那边合规10300 报好多")
    assert r.kind == "calculation", r.text
    assert 5940 in nums(r.text), r.text


def test_the_deductible_paid_names_the_tier_before_when_it_is_one_tier_s():
    # 克拉玛依: 200 is the 二级 deductible; 三级 owes 600 − 200 = 400: (7400 − 400) × 65% = 4550
    r = ask("克拉玛依 今年已经付过200的起付线了 这回在三级医院住院 目录内7400 可以报多少")
    assert r.kind == "calculation", r.text
    assert 4550 in nums(r.text), r.text


def test_a_deductible_paid_that_is_no_tier_s_is_asked_not_computed():
    r = ask("克拉玛依 上次住院交了350起付线 这回在三级医院住院 花了7400 报多少")
    assert r.kind == "clarify" and "哪一级" in r.text, r.text


def test_a_deductible_asked_about_is_not_one_paid():
    r = ask("克拉玛依三级医院住院花了5000 起付线要扣多少")
    assert "此前已在" not in r.text, r.text


# ---- what the asker pays in: a late payment for the year itself, a household by category ----------


def test_karamay_paying_the_year_s_own_fee_after_june_is_the_late_standard():
    # 克拉玛依 第2部分: 2025年6月30日以后缴纳当年居民医保费用的，个人缴费标准为1200元
    r = ask("克拉玛依校区 2025年的医保费我拖到2025年11月才去交 得交多少")
    assert r.kind == "calculation" and 1200 in nums(r.text), r.text


def test_karamay_paying_next_year_s_fee_in_the_window_is_the_standard():
    r = ask("克拉玛依校区 2025年10月交2026年的医保 要交多少")
    assert r.kind == "calculation" and 400 in nums(r.text) and 1200 not in nums(r.text), r.text


def test_a_household_with_a_subsidised_member_pays_for_the_others():
    # 巴中: 低保 400 − 300 = 100; 2 普通 × 400 = 800; 900 in all
    r = ask("恩阳的 屋头婆婆是低保户 其余两个是普通居民 今年医保总共要出好多钱")
    assert r.kind == "calculation" and 900 in nums(r.text), r.text


# ---- 目录外 自费 beside a sum said to be the in-catalogue part: on top of it, not inside it -----------


def test_in_catalogue_sum_with_out_of_catalogue_beside_is_not_reduced():
    # 巴中居民 三级 700 / 60%: (9700 − 700) × 60% = 5400; the 自费 2500 is extra
    r = ask("巴中城乡居民 三级医院住院 政策范围内9700 范围外自费2500 能报好多")
    assert r.kind == "calculation", r.text
    assert 5400 in nums(r.text) and 2500 in nums(r.text), r.text


def test_a_whole_bill_with_its_out_of_catalogue_part_is_reduced():
    # (12200 − 2500 − 700) × 60% = 5400
    r = ask("巴中城乡居民 三级医院住院一共花了12200 其中目录外的自费药2500 能报好多")
    assert r.kind == "calculation" and 5400 in nums(r.text), r.text


# ---- 门诊统筹 under the year's deductible: no hospital tier needed --------------------------------


def test_outpatient_under_the_deductible_needs_no_tier():
    # 巴中在职职工: 起付线 200 元/年 at every tier
    r = ask("巴中单位上班的在职职工 今年门诊总共才花了170块 门诊统筹报得到不")
    assert r.kind == "calculation" and 200 in nums(r.text), r.text
    assert "各级医院按此计算结果相同" in r.text and "卫生院" not in r.text, r.text


def test_outpatient_over_the_deductible_still_asks_the_tier():
    r = ask("巴中在职职工 门诊看病花了900 统筹能报好多")
    assert r.kind == "clarify" and "哪一级" in r.text, r.text


# ---- 生育: the fee itself, a termination's own bill, an own case asked back ----------------------


def test_maternity_fee_on_a_base_is_a_contribution_not_a_birth():
    # 巴中 第二章 七问: 缴费基数的0.6%: 6000 × 0.6% = 36
    r = ask("巴中 单位上班的 月缴费基数6000 生育保险一个月要交好多")
    assert r.kind == "calculation" and 36 in nums(r.text), r.text
    assert "顺产" not in r.text, r.text


def test_maternity_fee_without_a_base_is_the_rate(engine):
    r = answer(engine, "巴中打零工的灵活就业 生育保险可以买不 要交好多")
    assert r.kind == "faq" and "0.6%" in r.text, r.text


def test_a_termination_s_own_bill_asked_for_each_sum_is_computed():
    # 巴中职工: 不满4个月 医疗费限额 500, 产前检查费 200
    r = ask("巴中职工医保 怀孕10周的时候做了人流 合规医疗费1200 产前检查费和医疗费各给好多")
    assert r.kind == "calculation" and {500, 200} <= nums(r.text), r.text


def test_a_pregnancy_length_said_before_the_loss_is_read():
    # 巴中居民: 不满4个月 终止妊娠 200
    r = ask("巴中合疗 怀起两个月就流产了 能报好多")
    assert 200 in nums(r.text) and r.kind in ("calculation", "faq"), r.text


def test_an_own_birth_without_its_kind_is_asked_with_the_rule(engine):
    r = answer(engine, "巴中居民 我儿媳妇生娃了 合疗能报好多")
    assert r.kind == "clarify" and "顺产" in r.text and "2000" in r.text, r.text


def test_the_benefit_in_general_is_the_handbook_s_table(engine):
    r = answer(engine, "巴中合疗生小孩能报好多钱")
    assert r.kind == "faq" and "2000" in r.text and "3500" in r.text, r.text


def test_the_prenatal_allowance_of_an_own_pregnancy_is_one_sum(engine):
    r = answer(engine, "巴中职工医保 我老婆刚怀上 产检费补好多")
    assert r.kind == "faq" and "800" in r.text, r.text


def test_a_birth_told_as_news_reaches_the_maternity_rule(engine):
    r = answer(engine, "巴中合疗 我嫂子上周生了个娃 能报好多")
    assert "生育" in r.text and "孤独症" not in r.text, r.text


# ---- 等待期: the day it ends, a 职工's months unpaid, a gap of unknown length --------------------


def test_the_wait_ends_on_the_day_counted_from_payment():
    # 巴中 第三章 十问 例四: 断保1年，1月2日参保 → 3个月, 4月2日后
    r = ask("巴中合疗 2025年断了一年 2026年1月9号交上的 哪天开始能报")
    assert r.kind == "calculation" and "4月9日" in r.text, r.text


def test_a_late_renewal_s_wait_ends_on_its_day():
    r = ask("巴中居民 去年有医保 今年5月6号才续交 多久能报销")
    assert r.kind == "calculation" and "8月6日" in r.text, r.text


def test_a_staff_member_s_unpaid_months_are_arrears_not_a_first_enrolment():
    # 巴中 第二章 二十三问: 6个月以内，补缴后追溯
    r = ask("巴中职工 单位停缴了4个月 现在补交了 这几个月看的病还能报吗")
    assert r.kind == "calculation" and "追溯" in r.text and "初次" not in r.text, r.text


def test_a_gap_of_unknown_length_is_asked():
    r = ask("巴中合疗 中间断了好几年 现在重新交 要等多久才报得到")
    assert r.kind == "clarify" and "几年" in r.text, r.text


def test_a_switch_said_as_转交_is_a_switch():
    r = ask("巴中 一直交的合疗 后来进厂改交职工医保 中间空了两个月 多久能享受待遇")
    assert r.kind == "calculation" and "切换" in r.text, r.text


# ---- rules: several 慢病, every tier at once, a corrected sum, the 大病 cap's reach ----------------


def test_several_chronic_diseases_take_the_highest_limit(engine):
    # 巴中 第四章 三问: 只按限额标准最高的一种结算 (居民 高血压2级 600, 冠心病 800)
    r = answer(engine, "巴中合疗 冠心病跟高血压2级的慢病都办了 一年最多能报好多")
    assert "800" in r.text and "最高的一种" in r.text, r.text


def test_every_tier_asked_at_once_gets_the_whole_table(engine):
    r = answer(engine, "巴中职工住院 每一级医院的报销比例各是多少")
    assert all(x in r.text for x in ("90%", "85%", "82%", "80%")), r.text


def test_a_corrected_sum_does_not_restate_the_wrong_one_in_money(engine):
    r = answer(engine, "巴中三级医院住院起付线是800元吧")
    assert "700元" in r.text and "800元" not in r.text, r.text


def test_the_serious_illness_cap_s_reach_both_ways(engine):
    r = answer(engine, "巴中合疗一直连续交 大病保险限额最高能涨到多少")
    assert "36万" in r.text, r.text


def test_a_transfer_back_down_in_one_course_owes_no_new_deductible():
    # 巴中 第三章 十二问: 高级别转往同级别或低级别，不再另计起付标准 (居民 一级 80%): 3000 × 80% = 2400
    r = ask("巴中居民 我妈先住的二级医院 后来转回镇上一级医院接着治 同一个治疗过程 一级医院合规3000 报好多")
    assert r.kind == "calculation" and 2400 in nums(r.text), r.text
