"""Calculations the fourteenth numbers set showed misread: the contribution said as background
("交的居民医保每年四百那个", "第一年交") taken for the bill or for the question; 长治's class named by its
bound ("二级乙等及以下的乡镇医院") read as two hospitals. Own phrasings, through the real engine
(巴中 第三章十一问, 克拉玛依 第7部分（一）, 长治 居民住院待遇)."""
from intents.calc_kind import calc_kind
from intents.slots import extract
from tests.helpers import answer as ask
from tests.helpers import computed

# ---- the contribution said as background is neither the bill nor the question --------------------


def test_cover_named_by_its_yearly_price_is_no_bill():
    s = extract("我们家买的合疗一年380那个 老汉在二级医院住院 合规两万 报好多")
    assert s.get("amount") == 20000


def test_cover_named_by_its_yearly_price_then_a_stay_is_computed(engine):
    # 巴中 居民 二级 400 / 70%: (20000 − 400) × 70% = 13720
    r = ask(engine, "我们家买的合疗一年380那个 老汉在二级医院住院 合规两万 报好多", region="巴中")
    computed(r, 13720, name="inpatient")


def test_a_yearly_bill_is_still_a_bill():
    # (no cover named before the year: the drugs' own cost)
    assert extract("两病 高血压 甲类降压药一年四百 报多少").get("amount") == 400


def test_the_first_year_paid_is_background_to_a_stay():
    s = extract("新生 头一年交的学校医保 在二级医院住院 目录内两万 能报多少")
    assert calc_kind("新生 头一年交的学校医保 在二级医院住院 目录内两万 能报多少", s) == "inpatient"


def test_the_first_year_paid_then_a_stay_is_computed(engine):
    # 克拉玛依 居民 二级 200 / 75%: (20000 − 200) × 75% = 14850
    r = ask(engine, "大一 学校医保第一年交的 在二级医院住院 目录内两万 能报多少", region="克拉玛依")
    computed(r, 14850, name="inpatient")


def test_a_yearly_contribution_asked_is_still_one(engine):
    r = ask(engine, "巴中居民医保一年交多少")
    assert "400" in r.text, r.text


# ---- a class named by its bound is one hospital ---------------------------------------------------


def test_bound_and_township_hospital_are_one_hospital_in_changzhi(engine):
    # 长治 居民 三类 (二级乙等及以下) 100 / 85%: (10000 − 100) × 85% = 8415
    r = ask(engine, "居民医保 在二乙及以下的镇卫生院住院 合规一万 报多少", region="长治")
    computed(r, 8415, name="inpatient")


def test_bound_alone_is_changzhis_lowest_class(engine):
    r = ask(engine, "居民医保 住的是二级乙等和以下那种医院 合规两万 能报多少", region="长治")
    # (20000 − 100) × 85% = 16915
    computed(r, 16915, name="inpatient")


def test_bound_then_township_hospital_is_the_township_row_where_tables_are_by_tier(engine):
    # 巴中 居民 乡镇卫生院 100 / 90%: (10000 − 100) × 90% = 8910
    r = ask(engine, "居民医保 二级乙等以下的乡镇医院住院 合规一万 能报多少", region="巴中")
    computed(r, 8910, name="inpatient")


def test_bound_alone_asks_the_tier_where_tables_are_by_tier(engine):
    # 二级乙等及以下 spans 乡镇卫生院, 一级 and 二级 in 巴中's table: which one is asked, never 二级 assumed
    r = ask(engine, "居民医保 二级乙等及以下的医院住院 合规一万 能报多少", region="巴中")
    assert r.kind == "clarify", r.text


# ---- a town of a covered county is inside the region ----------------------------------------------


def test_town_after_a_covered_county_is_no_place_elsewhere():
    # 江口 is a 贵州 county, 沙河 a 河北 city: after 巴州区 / 通江 and before 镇 they are the town's name
    for text in ("我是巴州区江口镇的 老汉在二级医院住院 合规两万", "通江沙河乡的 我妈在卫生院住院 合规一万"):
        s = extract(text)
        assert not s.get("elsewhere") and "care_province" not in s.values, (text, s.values)


def test_town_after_a_covered_county_is_a_local_stay(engine):
    # 巴中 居民 二级 400 / 70%: (20000 − 400) × 70% = 13720
    r = ask(engine, "我是巴州区江口镇的 老汉在二级医院住院 合规两万 居民医保 报多少")
    computed(r, 13720, name="inpatient")


def test_a_place_elsewhere_is_still_elsewhere():
    assert extract("巴中居民医保 去河北沙河市住院 合规两万").get("care_province") == "130000"


# ---- years named, then 断了: those years are the gap -----------------------------------------------


def test_years_listed_then_duanle_are_the_gap():
    assert extract("2024 2025两年都断了 2026年交的 要等多久").get("gap_years") == 2
    assert extract("2023、2024、2025年断掉了 今年再交 等待期多久").get("gap_years") == 3
    assert extract("2023到2025年断了 2026年3月交的 等待期几个月").get("gap_years") == 3


def test_years_paid_then_duanle_is_no_count():
    assert "gap_years" not in extract("交了3年断了 现在再交要等好久").values


def test_years_listed_then_duanle_compute_the_wait(engine):
    # 巴中 居民: 3 months fixed + 1 for the second year of the gap = 4
    r = ask(engine, "巴中合疗 2024 2025两年都断了 2026年集中期交的 要等几个月")
    computed(r, 4, name="waiting_period")


# ---- the 补差 asked with 是 is the sum for the asker's case -----------------------------------------


def test_buchai_shi_duoshao_for_a_staff_spouse_is_computed(engine):
    # 巴中 第二章九问: 产前检查费补差 = 职工 800 − 居民 500 = 300
    r = ask(engine, "巴中 老公职工医保 我是居民医保 剖腹产 产前检查费补差有多少")
    computed(r, 300, name="maternity")


def test_buchai_rule_asked_with_no_case_is_the_handbook(engine):
    r = ask(engine, "巴中 职工配偶生育补差是多少")
    assert r.kind == "faq", r.text
