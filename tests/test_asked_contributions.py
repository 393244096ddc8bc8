"""What people pay in, and how long they wait, as they ask it: a staff wage's monthly
contributions, 个人账户 划拨 on the asker's own base, a household counted by category (several identities
at once take the highest subsidy), a late payment for the year itself, a fee the handbook does not give;
waiting periods (a first 职工 enrolment, the day a wait ends, years listed, a switch between schemes,
a 职工's months unpaid, a gap of unknown length) and paying back years without cover. Figures from the
handbooks (巴中 第一章 十七、二十六, 第二章 五、六、二十三问, 第三章 三、六、十问; 克拉玛依 第2部分), asked in
phrasings of our own, through intents.forms and the engine."""

import pytest

from tests.helpers import answer, ask, computed, nums, talk

# ---- a staff member's contributions and 个人账户 划拨 on the asker's own base --------------------


def test_a_staff_wage_gives_the_monthly_contributions():
    # 巴中 第二章 五问: 单位 7%, 个人 2% of the 月缴费基数
    r = ask("在巴中的公司上班，月工资5500，医保每个月从工资里扣多少")
    computed(r, 110, 385, name="contribution")


def test_personal_account_from_the_base_monthly_and_yearly():
    # 在职 2% of the base: 6500 × 2% = 130 a month, 1560 a year
    r = ask("巴中上班的职工 我的缴费基数是6500 每月个人账户能进多少钱")
    computed(r, 130, 1560)


def test_personal_account_ratio_alone_is_the_rule(engine):
    r = answer(engine, "巴中在职职工个人账户划拨比例是多少")
    assert r.kind == "faq" and "2%" in r.text, r.text


@pytest.mark.parametrize("turns", [
    ["我上年月平均工资5000 在职的 每个月划好多到个人账户", "退休了呢 划好多"],
    ["巴中的职工 我退休了 以前缴费基数3000 个人账户每个月划好多"],
])
def test_a_retiree_s_personal_account_is_the_rule_not_a_sum_of_their_own(engine, turns):
    # 巴中 第二章 十二问: 退休人员 2.8% of the 2022 average pension, whose figure the handbook does not
    # print — never 2% (or 2.8%) of the asker's own wage or pension
    r = talk(engine, turns, region="巴中")[-1]
    assert r.kind == "faq" and "2.8%" in r.text and r.calculation is None, r.text
    assert not {100, 60, 84} & nums(r), r.text


# ---- households by category; several identities at once ------------------------------------------


@pytest.mark.parametrize("text,figure", [
    ("巴中城乡居民，家里4个人交医保，我是低保，其他3个都是普通的，一共要交好多", 1300),   # 3×400 + 100
    ("巴中居民医保，屋头3口人，只有我爸是低保户，一共要交好多", 900),                     # 2×400 + 100
    ("巴中居民，我们家5个人，我婆婆是特困，其余的都是一般人，总共交多少", 1600),          # 4×400 + 0
])
def test_a_household_with_one_subsidised_member(text, figure):
    r = ask(text)
    computed(r, figure)


def test_a_household_with_a_subsidised_member_pays_for_the_others():
    # 巴中: 低保 400 − 300 = 100; 2 普通 × 400 = 800; 900 in all
    r = ask("恩阳的 屋头婆婆是低保户 其余两个是普通居民 今年医保总共要出好多钱")
    computed(r, 900)


def test_a_household_counted_by_category_pays_each_members_share():
    # 巴中 第三章 六问: 标准400; 特困全额资助; 低保个人100; 普通400: 0 + 100 × 2 + 400 × 2 = 1000
    r = ask("巴中合疗 我爸是特困 我妈和我姐2个是低保 还有2个普通的 一家人一年交好多")
    computed(r, 1000)


def test_household_counted_by_one_category_and_the_rest_not():
    # 巴中 2026: 低保 400 − 300 = 100 each; the rest 400 each: 2 × 100 + 2 × 400 = 1000
    r = ask("巴中居民医保 屋头两个人是低保户 另外两个不是 一年一共交多少")
    computed(r, 1000)


def test_several_identities_at_once_take_the_highest_subsidy():
    r = ask("巴中 我同时是低保户和特困人员 居民医保自己要交多少")
    computed(r, 0)
    assert "特困" in r.text, r.text
    r = ask("巴中 既是监测对象又是低保 2026年居民医保交好多")
    computed(r, 100)


# ---- a late payment for the year itself, the window, a fee the handbook does not give ------------


def test_the_current_year_named_in_brackets_is_this_year_late():
    # 克拉玛依 第2部分: 6月30日以后缴纳当年的，个人缴费1200元
    r = ask("我2025年的克拉玛依居民医保一直没交，2025年8月才去交当年（2025年）的，要交多少钱")
    computed(r, 1200)


def test_karamay_paying_the_year_s_own_fee_after_june_is_the_late_standard():
    # 克拉玛依 第2部分: 2025年6月30日以后缴纳当年居民医保费用的，个人缴费标准为1200元
    r = ask("克拉玛依校区 2025年的医保费我拖到2025年11月才去交 得交多少")
    computed(r, 1200)


def test_karamay_paying_next_year_s_fee_in_the_window_is_the_standard():
    r = ask("克拉玛依校区 2025年10月交2026年的医保 要交多少")
    computed(r, 400)
    assert 1200 not in nums(r.text), r.text


def test_a_short_when_question_after_a_how_much_one_is_its_own(engine):
    # 克拉玛依 第2部分: 学生 个人缴费 400元; 集中参保缴费期 2025年9月1日至2026年1月10日
    r = answer(engine, "石大克拉玛依校区 学生医保今年交多少钱 几号截止", region="克拉玛依")
    assert "400" in r.text and "1月10日" in r.text, r.text


def test_a_fee_the_handbook_does_not_give_is_said_not_replaced_by_another():
    # 巴中 第一章 十七: 长护险 from 2028, no fee in the handbook — not the 医保 fee instead
    r = ask("巴中长期护理保险一年要交好多钱？")
    assert r.kind == "not_listed" and "2028" in r.text and "400" not in r.text
    # 克拉玛依 lists its 长护险 (53元, 第2部分)
    assert 453 in nums(ask("克拉玛依学生医保加长护险一年一共交多少").text)


# ---- waiting periods as people put them ----------------------------------------------------------


@pytest.mark.parametrize("text,figure", [
    # 巴中 第三章 三问 / 十问: 集中缴费期后缴费，固定等待期3个月，自缴费之日起算
    ("2025年我交了居民医保的，2026年的拖到2026年3月10号才交，巴中这边好久开始能报？", 3),
    # 巴中 第一章 二十六: 连续2年以上、切换险种中断超过3个月，设6个月等待期
    ("巴中的，连续交了三年居民医保，现在找到工作要转职工医保，中间断了5个月，要等好久才能报？", 6),
])
def test_waiting_periods_asked_as_people_ask(text, figure):
    r = ask(text)
    computed(r, figure)


def test_a_first_staff_enrolment_waits_six_months():
    # 巴中 第二章 六问: 初次参加职工医保 6 个月
    r = ask("巴中 公司这个月第一次帮我缴职工医保 多久之后才可以报销")
    assert r.kind == "calculation" and r.calculation.name == "waiting_period", r.text
    assert "6 个月" in r.text


def test_how_many_months_after_first_joining_staff_insurance_is_computed():
    r = ask("巴中 刚参加工作第一次交职工医保 要过多少个月才能用医保报销")
    computed(r, 6)


def test_the_wait_ends_on_the_day_counted_from_payment():
    # 巴中 第三章 十问 例四: 断保1年，1月2日参保 → 3个月, 4月2日后
    r = ask("巴中合疗 2025年断了一年 2026年1月9号交上的 哪天开始能报")
    assert r.kind == "calculation" and "4月9日" in r.text, r.text


def test_a_late_renewal_s_wait_ends_on_its_day():
    r = ask("巴中居民 去年有医保 今年5月6号才续交 多久能报销")
    assert r.kind == "calculation" and "8月6日" in r.text, r.text


def test_years_listed_without_separators_are_each_counted():
    # 巴中 第三章 十问: 断保 4 年: 3 + 1 × (4 − 1) = 6 个月
    r = ask("巴中合疗 2022年2023年2024年2025年都没买 2026年集中期交了 等待期好久")
    assert r.kind == "calculation" and r.calculation.inputs["gap_years"] == 4, r.text
    assert "6 个月" in r.text


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


# ---- paying back years without cover -------------------------------------------------------------


def test_paying_back_years_costs_the_years_contribution():
    # 巴中 第三章 十问（二）: 补缴费用参照当年参保地个人缴费标准 (第三章 六问: 400)
    r = ask("巴中居民 断保两年了 准备补交1年修复等待期 补交要花多少钱")
    computed(r, 400)
    assert "补缴" in r.text


def test_paying_back_more_years_than_repair_says_which_count():
    # 巴中 第三章 十问: 断保 6 年 → 3 + 5 = 8 个月; 修复后不少于 6 个月, so 2 of 3 years count
    r = ask("巴中合疗断保6年，打算补交3年，得花多少钱")
    computed(r, 1200, 800, 6)


def test_paying_back_the_gap_as_a_follow_up_repairs_the_variable_months(engine):
    # 巴中 第三章 十问 例五: 断2年 3+1=4个月; 补缴修复后只剩固定3个月
    first, repaired = talk(engine, ["巴中的，我2025年和2026年都没交医保，2027年集中缴费期交了，好久能报销？",
                                    "那我把断的补缴了呢"])
    assert "等待期 4 个月" in first.text and "等待期 3 个月" in repaired.text


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


# ---- a household's cover asked as one sum ---------------------------------------------------------


def test_a_household_s_cover_asked_as_one_sum_is_computed():
    # 巴中 2026 个人缴费 400 × 3
    r = ask("巴中 我家3个人都交城乡居民医保 加起来好多钱")
    assert r.kind == "calculation" and 1200 in nums(r), r.text


# ---- a newborn's birthday and a payment day: the 90-day rule's days -------------------------------------


def test_a_birthday_and_a_late_payment_day_are_the_newborn_rule_s_days():
    # 巴中 第三章 七问: past 90 days, benefits from the day paid
    r = ask("巴中 我家宝宝1月10号生的 5月20号才去交的合疗 哪天起能报")
    assert r.kind == "calculation" and "缴费之日" in r.text and "90" in r.text, r.text
    r = ask("巴中 我家宝宝1月10号生的 2月20号去交的合疗 哪天起能报")
    assert r.kind == "calculation" and "出生之日" in r.text, r.text


# ---- a monthly base told with no scheme, or in a clause of its own before the fee asked -----------


@pytest.mark.parametrize("text,personal,employer", [
    # only 职工 pay on a 月缴费基数 (巴中 第二章 五问: 个人 2%, 单位 7%): never the 居民 year's flat fee
    ("巴中 我的缴费基数是6000 医保一个月要交几多", 120, 420),
    ("巴中 基数九千 每个月要交好多", 180, 630),
])
def test_a_base_with_no_scheme_is_a_staff_fee(engine, text, personal, employer):
    r = answer(engine, text)
    assert r.kind == "calculation" and r.calculation.name == "contribution", r.text
    assert {personal, employer} <= nums(r.text) and 400 not in nums(r.text), r.text


@pytest.mark.parametrize("text,figure", [
    # 巴中 第二章 七问: 生育保险 0.6% of the same base told in a clause before (6000 × 0.6% = 36)
    ("巴中职工 缴费基数6000 个人账户一个月进好多 生育保险按多少交", 36),
    ("巴中上班的 月基数8000 个人账户每月多少 那生育保险每月缴几多", 48),
])
def test_a_base_told_before_is_the_base_of_a_later_fee(engine, text, figure):
    r = answer(engine, text)
    assert r.kind == "calculation", r.text
    assert figure in nums(r.text), r.text


def test_a_base_told_is_no_bill_of_a_later_rule_question(engine):
    # the base is carried only into a question of paying in: a rate asked after it stays the rule
    r = answer(engine, "巴中职工医保 基数5000 个人账户一个月划多少 住院报销比例多少")
    assert "(5000 −" not in r.text and "5000 − " not in r.text, r.text


@pytest.mark.parametrize("text,figure", [
    # 巴中 第二章 三十二问: 公务员医疗补助 2% of the base; the base and the sum asked in clauses after the fee
    ("巴中 公务员补助是怎么个交法 基数8000 一个月是多少", 160),
    ("巴中职工 公务员医疗补助按什么标准缴 我基数是6500 每月好多", 130),
])
def test_a_base_and_a_sum_after_a_fee_named_compute_that_fee(engine, text, figure):
    r = answer(engine, text)
    assert r.kind == "calculation", r.text
    assert figure in nums(r.text), r.text
