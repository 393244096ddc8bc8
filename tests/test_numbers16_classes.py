"""Classes the sixteenth numbers set showed: an age read as the bill ("我妈七十几了 … 合规的费用一共1850块"
computed with 70). An age is never an amount; the bill is the sum said with 花了 / 费用 / 合规 /
政策范围内 / 医保范围内. Own phrasings, through the real engine (巴中 第三章十一问)."""
import re

import pytest

from intents.numbers import find_numbers
from intents.slots import extract
from tests.helpers import answer as ask
from tests.helpers import computed

# ---- an age said with 几 (七十几了, 八十几的人) is an age ------------------------------------------------


@pytest.mark.parametrize("text", ["我爸八十几了 住院能报多少", "我奶奶九十几了还要交合疗不",
                                  "屋头老人六十几的人了 慢病咋个办"])
def test_an_age_said_with_ji_is_an_age(text):
    assert any(n.age for n in find_numbers(text))
    assert extract(text).get("amount") is None


@pytest.mark.parametrize("text,amount", [
    ("我爸八十几了 住院合规的费用2400 能报多少", 2400),
    ("老汉儿七十出头 住院医保范围内花了3000", 3000),
    ("我妈六十五 在县医院住院 政策范围内六千块", 6000),
    ("我爸73 住院合规的费用3000 报多少", 3000),
])
def test_the_bill_is_the_sum_said_as_the_bill_not_a_bare_number_beside_it(text, amount):
    assert extract(text).get("amount") == amount


def test_a_bare_first_sum_without_a_bill_word_beside_it_is_still_the_bill():
    # nothing names the later sum as the bill: the first one stays (自费 is its own slot)
    assert extract("住院3000 自费500").get("amount") == 3000
    # (the bill, then its in-catalogue part: the part is what the funds pay on — 手册 第一章 四十三's
    # 张三, 总费用4500 of which 4200 符合报销 — the rest is 自费)
    s = extract("住院花了3000 合规2000")
    assert s.get("amount") == 2000 and s.get("amount_in_catalogue") and s.get("amount_total") == 3000


def test_an_age_with_ji_and_the_bill_computes_with_the_bill(engine):
    # 巴中 居民 乡镇卫生院 100 / 90%: (2400 − 100) × 90% = 2070
    r = ask(engine, "我老汉儿八十几了 合疗 在乡镇卫生院住院 合规的费用一共2400块 能报好多", region="巴中")
    computed(r, 2070, name="inpatient")
    assert not re.search(r"(?<![\d,])80 元", r.text), r.text


# ---- where the family works is not where the care was --------------------------------------------------


def test_family_working_away_does_not_make_care_in_the_town_elsewhere(engine):
    # 巴中 居民 乡镇卫生院 100 / 90%: (2000 − 100) × 90% = 1710
    r = ask(engine, "儿女都在外头打工 我把老伴送到镇上卫生院住了几天 合疗 合规的花了两千 能报好多", region="巴中")
    computed(r, 1710, name="inpatient")


def test_care_elsewhere_is_still_asked_about_when_only_work_away_is_said(engine):
    r = ask(engine, "我在外地打工 在那边住院花了5000 合疗能报多少", region="巴中")
    assert r.kind == "clarify", r.text


# ---- 城乡医保 is 城乡居民医保 ------------------------------------------------------------------------------


def test_chengxiang_yibao_names_the_resident_scheme():
    assert extract("我是城乡医保 住院花了5000").get("insurance") == "居民"
    assert extract("之前交城乡医保 现在转成职工医保了").get("insurance") == "职工"


def test_chengxiang_yibao_stay_computes_without_asking_the_scheme(engine):
    # 巴中 居民 三级 700 / 60%: (10000 − 700) × 60% = 5580
    r = ask(engine, "城乡医保在三级医院住院 政策范围内一万 能报好多", region="巴中")
    computed(r, 5580, name="inpatient")


# ---- 居民 → 职工 with a gap: the switch rule (巴中 第一章二十六), not two schemes in conflict ----------------


def test_years_of_resident_cover_then_a_job_is_a_switch():
    s = extract("交了三年合疗 今年进了厂交职工医保 中间断了两个月 要不要等")
    assert s.get("switched") and s.get("insurance") == "职工" and s.get("gap_months") == 2


def test_an_employer_now_paying_after_resident_cover_is_a_switch(engine):
    r = ask(engine, "以前交了四年城乡居民医保 后来断了五个月 现在公司给我交职工医保 要等多久", region="巴中")
    computed(r, 6, name="waiting_period")
    assert "超过 3 个月" in r.text, r.text


def test_a_gap_of_about_a_month_is_read_as_one_month():
    assert extract("以前交居民医保 后来进了单位交职工医保 断了一个来月").get("gap_months") == 1


# ---- one scheme's rule asked, then the other's with 呢: both schemes' rules ---------------------------------


@pytest.mark.parametrize("text", ["两病居民医保报多少 职工呢", "门诊特病职工报好多 居民的呢"])
def test_the_other_scheme_asked_with_ne_gets_both_rules_not_a_conflict(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq", r.text
    assert "只能参加其中一种" not in r.text, r.text


# ---- months in arrears said in years (巴中 第二章二十三问) -------------------------------------------------


@pytest.mark.parametrize("text,months", [("单位欠费欠了一年半 补缴了", 18), ("公司欠了两年多职工医保", 25),
                                         ("职工医保欠了半年 补交了能用不", 6), ("单位欠了8个月", 8)])
def test_arrears_said_in_years_are_months(text, months):
    assert extract(text).get("arrears_months") == months


def test_arrears_of_over_a_year_wait_six_months(engine):
    r = ask(engine, "单位拖欠职工医保欠了一年多 现在补缴清了 要等多久才能报", region="巴中")
    computed(r, 6, name="waiting_period")
    assert "12个月以上" in r.text, r.text


# ---- a place word said of the cover (老家医保断过) is not where the care was --------------------------------


def test_cover_back_home_does_not_make_a_stay_in_the_region_elsewhere(engine):
    # 克拉玛依 居民 三级 600 / 65%: (5000 − 600) × 65% = 2860
    r = ask(engine, "在克拉玛依读书交的居民医保 以前老家的合疗没交了 今年在三级医院住院 目录内5000 能报多少")
    computed(r, 2860, name="inpatient")


def test_care_back_home_is_still_elsewhere():
    assert extract("我在老家住院花了5000 合疗能报多少").get("elsewhere")


# ---- a first 职工 enrolment with words between 第一次 and the verb (巴中 第二章六问) ---------------------------


def test_first_staff_enrolment_with_a_place_between_computes_the_wait(engine):
    r = ask(engine, "我第一次在这个公司参加职工医保 上个月开始交的 多久才能报住院", region="巴中")
    computed(r, 6, name="waiting_period")


def test_the_waiting_rule_alone_is_still_the_handbooks(engine):
    r = ask(engine, "职工医保参保后等待期多久", region="巴中")
    assert r.kind == "faq", r.text
