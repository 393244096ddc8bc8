"""Figures the handbook does not give, never stated as if it did, each class through the real engine with
phrasings of our own: a late standard the handbook dates to one year (克拉玛依: 2025's fee only); a month
the payment window may hold or may be a year late; a retiring 职工's years said roughly; an outpatient
visit told before a stay; a stay supposed to have gone straight to another hospital; the 大病 cap asked
of two years in one message."""
from bot.session import Session
from tests.helpers import answer as ask
from tests.helpers import computed, nums


# ---- 克拉玛依 第2部分: "2025年6月30日以后缴纳当年居民医保费用的，个人缴费标准为1200元" is 2025's fee only ----

def test_a_later_years_fee_paid_late_is_not_priced_from_the_2025_line(engine):
    r = ask(engine, "2027年度的居民医保我到了8月份才去交 个人得交多少", region="克拉玛依")
    assert r.kind == "unanswered", r.text
    assert "2025年度" in r.text and "2027年度" in r.text and "手册没有写" in r.text, r.text
    assert "个人需缴 1,200" not in r.text, r.text


def test_the_handbooks_own_years_fee_paid_late_names_its_window_and_is_not_priced(engine):
    r = ask(engine, "2026年的学生医保拖到5月份才交 个人要交好多钱", region="克拉玛依")
    assert r.kind == "unanswered", r.text
    assert "2026年度的医保费过了规定时间再交要交多少，手册没有写" in r.text, r.text
    assert "2025年9月1日至2026年1月10日" in r.text and "等待期" in r.text, r.text


def test_the_2025_fee_paid_late_is_still_computed_and_the_ordinary_fee_named_as_2026s(engine):
    r = computed(ask(engine, "2025年度的居民医保我是2025年9月才补交的 个人要交多少 比按时交贵多少", region="克拉玛依"),
                 1200, 800)
    assert "400 元是手册写的2026年度标准" in r.text, r.text


def test_a_late_payment_with_no_year_names_the_year_the_standard_is_for(engine):
    r = computed(ask(engine, "错过了缴费期才交 个人要交多少", region="克拉玛依"), 1200)
    assert "2025年度保费逾期缴纳的标准" in r.text.split("\n")[0], r.text


# ---- a month the window may hold, or a year late (the window read from the policy file) ----------------

def test_a_month_of_either_year_gives_both_fees_and_asks_which(engine):
    r = ask(engine, "2026年度的医保等到11月份才交 个人交多少", region="克拉玛依")
    head = r.text.split("计算：")[0]
    assert "2025年11月交的" in head and "400" in head, r.text
    assert "2026年11月才交的" in head and "手册没有写" in head, r.text
    assert "请告诉我是2025年还是2026年的11月交的" in head, r.text


def test_a_month_of_either_year_gives_both_waits(engine):
    r = ask(engine, "2026年的合疗拖到11月份才交 好久能报", region="巴中")
    head = r.text.split("计算：")[0]
    assert "等待期 0 个月" in head and "等待期 3 个月" in head, r.text


def test_the_cover_year_and_the_month_of_that_year_both_said_is_late(engine):
    # the fee's year said before the dated month ("…的合疗2026年11月才交"): that year's own month, no window
    r = computed(ask(engine, "2026年的合疗2026年11月才交 要等多久", region="巴中"), 3)
    assert "等待期 0 个月" not in r.text, r.text


def test_a_month_the_window_holds_alone_is_one_reading(engine):
    r = computed(ask(engine, "2026年的合疗拖到1月份才交 交好多", region="巴中"), 400)
    assert "要看是哪一年" not in r.text, r.text


# ---- 巴中 第二章 十九问: the retiring year's minimums, the years said roughly -----------------------------

def test_years_said_roughly_under_the_minimum_say_at_least_how_many_more_and_ask(engine):
    session = Session()
    r = ask(engine, "我2025年就退休了 职工医保交了十多年 够不够", region="巴中", session=session)
    assert r.kind == "clarify", r.text
    assert "至少还差 1 年" in r.text and "交了几年" in r.text, r.text
    r = ask(engine, "累计16年 在巴中交了11年", region="巴中", session=session)
    assert r.kind == "calculation" and "累计缴费年限还差 4 年" in r.text, r.text


def test_years_said_roughly_over_the_minimum_with_the_citys_years_are_settled(engine):
    r = ask(engine, "2025年退休 职工医保一共交了二十几年 在巴中交了7年 还差几年", region="巴中")
    assert r.kind == "calculation", r.text
    assert "已满 20 年" in r.text and "本市缴费年限还差 3 年" in r.text, r.text


# ---- a stay told after an outpatient visit: the visit's bill is no stay's ---------------------------------

def test_an_outpatient_visit_before_a_stay_is_no_first_stay(engine):
    # 巴中 居民 二级 400 / 70%: (7000 − 400) × 70% = 4620 — the 260 of the visit neither a stay nor the bill
    r = computed(ask(engine, "老伴先在乡镇卫生院看门诊花了260 后来又住了一次院 县医院二级的 目录内7000 合疗报好多",
                     region="巴中"), 4620)
    assert "第二次" not in r.text and "260 元是门诊费用" in r.text, r.text
    from intents.slots import extract
    told = extract("在二级医院门诊拿了药花了150 第二天又住院了 三级医院 花了8000").values
    assert told.get("amount") == 8000 and "prior_tier" not in told and told.get("tier") == "三级", told


def test_a_stay_billed_as_such_after_care_in_general_is_no_visit_set_apart():
    from intents.slots import extract
    told = extract("去外地大医院看病 没备案 住院医保范围内三万 报多少").values
    assert "outpatient_bill" not in told and told.get("amount") == 30000, told


# ---- a stay supposed to have gone straight to another hospital: one stay there -------------------------------

def test_a_stay_supposed_straight_at_another_hospital_is_one_first_stay(engine):
    session = Session()
    ask(engine, "老妈在乡镇卫生院住院花了两千 后来转到市里三级医院又花了八千 都是目录内 合疗 各报多少",
        region="巴中", session=session)
    # (8000 − 700) × 60% = 4380: no earlier stay, no deductible's difference, no 异地 row
    r = computed(ask(engine, "要是没转院 直接住的三级医院 八千报好多", region="巴中", session=session), 4380)
    assert "第二次" not in r.text and "补差额" not in r.text and "未转诊" not in r.text, r.text
    from intents.slots import extract
    assert "transfer" not in extract("要是没转院 直接住进县医院呢").values


# ---- 巴中 第三章 九问: the 大病 cap asked of two years, each named ----------------------------------------------

def test_two_years_of_a_run_each_get_their_own_cap_named(engine):
    r = computed(ask(engine, "合疗2025年开始一直交 2031年和2032年大病封顶各是多少", region="巴中"), 312000, 316000,
                 name="serious_illness_cap")
    assert "2031 年 312,000 元" in r.text and "2032 年 316,000 元" in r.text, r.text


def test_two_years_beside_a_year_without_claims_each_get_their_own_cap(engine):
    r = computed(ask(engine, "2027年一次都没报销过 2028年大病最高报多少 2030年呢", region="巴中"), 304000, 300000)
    head = r.text.split("\n")[0]
    assert "2028 年 304,000 元" in head and "2030 年 300,000 元" in head, r.text
    assert 304000 not in nums(head.split("2030")[1]), r.text
