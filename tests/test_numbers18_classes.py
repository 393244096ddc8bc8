"""Classes the eighteenth numbers set showed, each a figure read wrongly or a question misread.
Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed

# ---- a sum pointed back at (急诊那六百) is the one already said, not another part ------------------


@pytest.mark.parametrize("text,figure", [
    # 巴中 居民 二级 400 / 70%: (400 + 6000 − 400) × 70% = 4200
    ("居民医保 急诊在二级医院花了四百 收住院花了六千 合规 急诊这四百也一起算吗 总共报多少", 4200),
    # 巴中 职工 三级 700 / 80%: (1000 + 8000 − 700) × 80% = 6640
    ("职工医保 三级医院 先看急诊用了1000 然后住院用了8000 都合规 那1000可以加一起不 一共报多少", 6640),
    # 巴中 居民 三级 700 / 60%: (800 + 9200 − 700) × 60% = 5580 — the 800 named again by what it was
    ("居民医保 急诊花了800 后来住院 三级 合规9200 急诊的800算不算 总共能报多少", 5580),
])
def test_a_sum_named_again_is_not_added_twice(engine, text, figure):
    r = ask(engine, text, region="巴中")
    computed(r, figure, name="inpatient")
    assert "× 60% = 60 元" not in r.text and "(800 − 700" not in r.text, r.text


def test_two_equal_sums_of_different_things_are_both_added(engine):
    # 巴中 居民 两病: 降压药600 + 降糖药的600 are two bills, not one named twice
    from intents.slots import extract
    s = extract("居民医保 降压药600 降糖药的600 一共报多少")
    assert s.get("amount") == 1200, s.values


# ---- the deductible said paid with a when between (起付线前几个月已经扣过了) -----------------------


@pytest.mark.parametrize("text,figure", [
    # 巴中 职工 门特 70%, deductible already taken this year: 3000 × 70% = 2100
    ("职工医保 门特 恶性肿瘤放化疗 起付线上个月扣过了 这次合规3000 报好多", 2100),
    # 巴中 居民 门特 60%: 5000 × 60% = 3000
    ("居民医保 门诊特病 尿毒症透析 起付线年初就已经扣了 这回合规五千 报多少", 3000),
    # 巴中 居民 门特 60%: 6000 × 60% = 3600
    ("居民医保 门特 恶性肿瘤 起付线上半年已经扣了 这次合规6000 报好多", 3600),
])
def test_deductible_paid_earlier_is_not_taken_again(engine, text, figure):
    r = ask(engine, text, region="巴中")
    computed(r, figure)


@pytest.mark.parametrize("text", ["居民医保 门特 透析 起付线去年已经扣过了 今年合规6000 报好多",
                                  "居民医保 门特 透析 起付线是否已经扣了 合规6000 报好多"])
def test_last_years_or_a_questioned_deductible_is_not_paid(engine, text):
    from intents.slots import extract
    assert not extract(text).get("deductible_paid"), text


# ---- a drug class said absent (没有乙类药) -------------------------------------------------------


@pytest.mark.parametrize("text,figure", [
    # 长治 居民 门诊 二级 55%, no 乙类 first share: 300 × 55% = 165
    ("居民医保 二级医院门诊 第一次 合规300 不含乙类药品 报多少", 165),
    # 长治 居民 门诊 三级 80 / 45%: (480 − 80) × 45% = 180
    ("居民医保 三级医院看门诊 今年第一次 目录内480 没得乙类药 能报好多", 180),
])
def test_a_drug_class_said_absent_is_not_taken_as_said(engine, text, figure):
    r = ask(engine, text, region="长治")
    computed(r, figure)
    assert "乙类药品先行自付 5%" not in r.text


# ---- a 职工 gap of months not said, then paid again: asked, never a first enrolment's wait -----------


@pytest.mark.parametrize("text", [
    "职工医保停了一段时间 现在又交上了 多久能报销",
    "单位职工医保断了好几个月 补上了 什么时候能用",
])
def test_staff_gap_of_unsaid_months_is_asked(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "clarify", r.text
    assert "欠费" in r.text and "初次参加" not in r.text


# ---- 倾斜救助 asked after "所有报销救助走完"; a transfer within the region is 规范转诊 --------------------


@pytest.mark.parametrize("text,figure", [
    # 巴中 低保 倾斜: (20000 − 8500) × 50% = 5750
    ("低保 规范转诊 省内住院 全部报销和救助都走完了 自付还有2万 倾斜救助有多少", 5750),
    # 巴中 特困 倾斜: (12000 − 8500) × 100% = 3500
    ("特困供养 转诊 省内医院 该报的救助都走完了 还剩一万二自付 倾斜救助能有好多", 3500),
])
def test_tilt_asked_after_every_stage_is_the_tilt_alone(engine, text, figure):
    r = ask(engine, text, region="巴中")
    computed(r, figure)
    assert "倾斜救助约" in r.text, r.text


def test_a_transfer_within_the_region_counts_as_referred_for_assistance(engine):
    # 巴中 低保 常规 70% capped 20000; tilt on 30000 − 20000 = 10000: (10000 − 8500) × 50% = 750
    r = ask(engine, "低保 从乡镇卫生院转诊到市中心医院 大病保险报完后自付3万 医疗救助能救助多少", region="巴中")
    computed(r, 750)
    assert "未计倾斜救助" not in r.text


# ---- years in a row said as a span ("2025到2031年年年都交了"); 零报销 set aside by the asker ------------


@pytest.mark.parametrize("text,figure", [
    # 巴中 大病 cap 300000, in a row 2025…2030 = 6 years: + 4000 × 2
    ("2025至2030年一直交的居民医保 零报销先不说 2030年大病最高赔多少", 308000),
    # 2026…2032 = 7 years: + 4000 × 3; the zero-claims reward not counted
    ("居民医保2026到2032年每年都交 不考虑零报销 2032年大病保险封顶多少", 312000),
    # 2026…2029 in a row, the next year asked of is the 5th (第三章 九问 例一): + 4000
    ("2026到2029年都交了居民医保 2030年大病封顶多少", 304000),
])
def test_years_in_a_row_as_a_span_and_zero_claims_set_aside(engine, text, figure):
    r = ask(engine, text, region="巴中")
    computed(r, figure)
    assert "零报销 4000" not in r.text


# ---- both schemes said not joined ("职工居民都没参") is a year without cover, not two schemes ----------


@pytest.mark.parametrize("text,figure", [
    # 巴中 大病 cap 300000, one year without cover: − 4000
    ("2025年没参保 职工和居民医保都没交 2026年交了居民医保 大病保险封顶多少", 296000),
    # two years: − 8000
    ("2024 2025年都没交 职工居民一个都没参 2026年参加了居民医保 大病最高报多少", 292000),
])
def test_neither_scheme_joined_is_no_conflict_of_schemes(engine, text, figure):
    r = ask(engine, text, region="巴中")
    computed(r, figure)


# ---- a household: the head count told before a later question's total; members said by pair / not -----


@pytest.mark.parametrize("text,figure", [
    # 巴中 2026 居民 400 each: 4 × 400
    ("2026年居民医保 我家4口人 每个人交多少 全家一共多少", 1600),
    ("合疗2026年 我们一家六口人 一个人交好多 一家一共交好多", 2400),
])
def test_head_count_told_before_reaches_the_total_asked(engine, text, figure):
    r = ask(engine, text, region="巴中")
    assert r.kind == "calculation", r.text
    assert f"{figure:,}" in r.text, r.text


@pytest.mark.parametrize("text,figure", [
    # 巴中 2026: 低保 pay 100, 特困 0, others 400
    ("2026年居民医保 我是低保 我儿子不是 我们两个一共交好多", 500),
    ("爷爷奶奶都是特困 我不是 2026年合疗我们三个人一共交多少", 400),
])
def test_household_members_said_in_pairs_or_not_of_the_category(engine, text, figure):
    r = ask(engine, text, region="巴中")
    computed(r, figure)


# ---- where the family's others work is not where the patient's care was --------------------------


@pytest.mark.parametrize("text,figure", [
    # 巴中 居民 二级 400 / 70%: (20000 − 400) × 70% = 13720
    ("老汉儿中风 县医院二级住院 合规两万 儿女都在外地打工 居民医保能报好多", 13720),
    # 巴中 居民 三级 700 / 60%: (30700 − 700) × 60% = 18000
    ("我妈在三级医院住院 合规30700 娃儿些都在外头上班 照顾不到 居民医保报好多", 18000),
    # 巴中 居民 二级: (6000 − 400) × 70% = 3920 — the son studies away, the asker stays at home
    ("居民医保 儿子在外地读书 我在县医院二级住院 合规6000 报多少", 3920),
])
def test_others_working_away_do_not_put_the_care_elsewhere(engine, text, figure):
    r = ask(engine, text, region="巴中")
    computed(r, figure, name="inpatient")


@pytest.mark.parametrize("text", ["我儿子在外地打工 住院了 三级医院 合规2万 居民医保报多少",
                                  "居民医保 儿子在外地读书 在那边住院了 三级 合规6000 报多少"])
def test_the_patient_working_away_still_asks_the_filing(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "clarify" and "备案" in r.text, r.text


# ---- 在社区住院: the 社区卫生服务中心, the 乡镇卫生院 row --------------------------------------------


@pytest.mark.parametrize("text,figure", [
    # 巴中 居民 乡镇卫生院（社区卫生服务中心） 100 / 90%: (2100 − 100) × 90% = 1800
    ("居民医保 我妈在社区住了一个礼拜 合规2100 能报好多", 1800),
    # 巴中 职工 same row 100 / 90%: (1100 − 100) × 90% = 900
    ("职工医保 社区住院 目录内1100 报多少", 900),
])
def test_a_stay_at_the_community_centre_is_the_township_row(engine, text, figure):
    r = ask(engine, text, region="巴中")
    computed(r, figure, name="inpatient")


# ---- one hospital named twice, apart only by a space ("乡镇卫生院 二级乙等以下那种") -------------------


def test_a_hospital_then_its_class_said_of_it_is_one_place(engine):
    # 长治 居民 三类收费（二级乙等及以下） 100 / 85%: (10000 − 100) × 85% = 8415
    r = ask(engine, "居民医保 镇卫生院，三类收费那种 住院合规1万 报多少", region="长治")
    computed(r, 8415, name="inpatient")


# ---- a child not enrolled at birth, enrolled at last aged N: N years without cover ------------------


@pytest.mark.parametrize("text,months", [
    # 巴中 第三章 十问: 3 fixed + 1 per year beyond the first
    ("娃儿出生没上合疗 三岁了才去交 要等好久", 5),
    ("孙女生下来没给她买医保 两岁半了才交 等待期几个月", 4),
])
def test_child_enrolled_years_after_birth_waits_by_those_years(engine, text, months):
    r = ask(engine, text, region="巴中")
    assert r.kind == "calculation", r.text
    assert f"等待期 {months} 个月" in r.text, r.text


# ---- a 职工's gap in cover said in years: 第二章 二十三问's arrears, not a first enrolment ------------


@pytest.mark.parametrize("text", ["职工医保停了三年没交 现在想重新交 多久能报销", "职工医保断了两年 现在又交上了 啥时候能用"])
def test_staff_gap_in_years_is_the_arrears_rule(engine, text):
    r = ask(engine, text, region="巴中")
    # 连续欠费12个月以上 → 等待期 6 个月
    assert r.kind == "calculation" and "等待期 6 个月" in r.text and "二十三问" in r.text, r.text
    assert "初次参加" not in r.text


# ---- 灵活就业: the two monthly payments summed ----------------------------------------------------


def test_flexible_worker_monthly_payments_are_summed(engine):
    # 巴中 灵活就业: base × 9% + base × 2% (第二章 五问、三十五问): 5000 → 450 + 100 = 550
    r = ask(engine, "灵活就业参职工医保 最低缴费基数按5000 一个月基本医保交好多 大额交好多", region="巴中")
    computed(r, 450, 100, 550)


# ---- an employer's arrears, asked as from which month the cover stops ----------------------------


@pytest.mark.parametrize("text", ["厂里一直欠着职工医保费没交 我们医保啥时候就不能报了",
                                  "单位从三月份起就没交职工医保了 哪个月开始医保就停了"])
def test_employer_arrears_when_cover_stops_reaches_the_arrears_entry(engine, text):
    r = ask(engine, text, region="巴中")
    # (computed since numbers18b, with the month where the start is said: 三月份起 → 6月)
    assert r.kind in ("faq", "calculation") and "从欠费第4个月起" in r.text, r.text


# ---- the earlier stay named after this one ("…二级住院 合规1万 上个月在三级住过一次") ------------------


@pytest.mark.parametrize("text,figure", [
    # this stay 二级 (职工 400 / 82%): (10000 − 400) × 82% = 7872 — never the earlier 三级's rate
    ("职工医保 二级医院住院 合规1万 上个月在三级住过一次 这次报多少", 7872),
    # this stay 三级 (居民 700 / 60%): (10000 − 700) × 60% = 5580
    ("居民医保 三级医院住院 合规1万 今年在二级医院住过一次院 这次报好多", 5580),
])
def test_the_earlier_stay_said_after_is_not_this_one(engine, text, figure):
    r = ask(engine, text, region="巴中")
    computed(r, figure, name="inpatient")


@pytest.mark.parametrize("text,figure", [
    # 巴中 2026: 5 people, 2 named 低保 (100 each), 3 ordinary (400 each): 1400
    ("2026年合疗 我家五口人 其中我爸是低保 我妈也是低保 一共交多少", 1400),
    # 4 people, the pair 低保: 2 × 100 + 2 × 400 = 1000
    ("2026年合疗 我家四口人 我和老伴都是低保 一共交多少", 1000),
])
def test_several_members_named_of_one_category_in_a_head_count(engine, text, figure):
    r = ask(engine, text, region="巴中")
    assert r.kind == "calculation" and f"{figure:,}" in r.text, r.text


@pytest.mark.parametrize("text,figure", [
    ("我和老伴都是低保 2026年居民医保我们两个交多少", 200),     # 2 × (400 − 300)
    ("2026年合疗 我们三个一共交好多", 1200),                   # 3 × 400
])
def test_the_askers_counted_by_women_n_ge(engine, text, figure):
    r = ask(engine, text, region="巴中")
    assert r.kind == "calculation" and f"{figure:,}" in r.text, r.text


# ---- 还没退休 / 未退休: working, never the 退休 rows ---------------------------------------------------


@pytest.mark.parametrize("text,figure", [
    # 巴中 职工在职 门诊 二级: 起付 200 / 60%: (500 − 200) × 60% = 180
    ("职工医保 未退休 二级医院门诊 今年第一次 合规500 报多少", 180),
    ("职工医保 我还没有退休 在二级医院看门诊 今年头一回 目录内700 报好多", 300),
])
def test_not_yet_retired_is_working(engine, text, figure):
    r = ask(engine, text, region="巴中")
    computed(r, figure)
    assert "退休职工" not in r.text, r.text


# ---- one outpatient bill of two places the scheme pays alike ---------------------------------------


def test_one_outpatient_bill_of_two_places_paid_alike_is_computed(engine):
    # 巴中 职工在职: 二级及以下 and 定点药店 both 起付 200 / 60%: (700 − 200) × 60% = 300
    r = ask(engine, "职工医保 在职 今年门诊在药店和二级医院一共花了700 都合规 门诊统筹报多少", region="巴中")
    computed(r, 300)
    assert "报销规定相同" in r.text, r.text


def test_one_outpatient_bill_of_two_places_paid_differently_asks(engine):
    r = ask(engine, "职工医保 在职 门诊在药店和三级医院 一共花了600 门诊统筹报多少", region="巴中")
    assert r.kind == "clarify", r.text
