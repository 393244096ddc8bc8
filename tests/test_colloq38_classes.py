"""Classes of failure read on the strangers' colloquial-38 set, each asked in our own words through the
real engine."""
import pytest

from corpus.normalize import half_width_figures
from intents.slots import extract
from tests.helpers import answer as ask, nums


# ---- 单位医保: 职工医保 named by who pays into it ------------------------------------------------------
# (the everyday name said the scheme; read as none, a 职工 question got both schemes' figures side by
# side and a later part of the message was asked which scheme)

@pytest.mark.parametrize("text", ["我是单位医保 住院报几成", "单位上的医保生孩子给多少", "单位那个医保一年交好多"])
def test_unit_insurance_is_the_staff_scheme(text):
    assert extract(text).get("insurance") == "职工"


def test_unit_insurance_corrects_a_rate_on_the_staff_row_alone(engine):
    r = ask(engine, "单位医保去二级医院住院 是不是报九成 起付线好多", region="巴中")
    assert "职工医保" in r.text and "城乡居民医保在二级" not in r.text, r.text
    assert "82%" in r.text and "400" in r.text, r.text


def test_unit_insurance_carries_to_the_next_part_of_a_birth(engine):
    r = ask(engine, "单位医保剖腹产给好多 产检又补多少", region="巴中")
    assert "城乡居民医保" not in r.text, r.text
    assert {5500, 800} <= nums(r), r.text


# ---- a 职工's monthly fee asked with no base: the shares of the base, then the base asked --------------

def test_staff_monthly_fee_without_a_base_states_the_shares(engine):
    r = ask(engine, "我在厂里上班交的职工医保 每个月自己要扣好多", region="巴中")
    assert r.kind == "clarify" and r.missing_slots == ["base"], r.text
    assert "2%" in r.text and "月缴费基数" in r.text, r.text


def test_staff_monthly_fee_after_the_employers_part_states_the_share(engine):
    r = ask(engine, "职工医保公司那边出多少 我自己一个月扣多少", region="巴中")
    assert "7%" in r.text and "2%" in r.text, r.text


def test_staff_monthly_fee_with_a_base_is_computed(engine):
    r = ask(engine, "职工医保月缴费基数6000 个人每个月扣好多", region="巴中")
    assert r.kind == "calculation" and 120 in nums(r), r.text


# ---- diseases named together, each asked in the clause after ---------------------------------------

def test_each_asked_after_a_pair_of_diseases_is_asked_of_each(engine):
    r = ask(engine, "职工的哮喘和强直都算门诊慢病不 每个月各报多少", region="长治")
    assert "哮喘" in r.text and "强直" in r.text, r.text
    assert "我不太确定" not in r.text, r.text


# ---- 门铁: 门特 typed one letter over ----------------------------------------------------------------

def test_men_tie_is_the_special_outpatient_diseases(engine):
    r = ask(engine, "门铁起付线一年要扣几道", region="巴中")
    assert r.kind == "faq" and "只扣减一次" in r.text, r.text


# ---- full-width figures ---------------------------------------------------------------------------

def test_half_width_figures_keeps_punctuation():
    assert half_width_figures("２０２６年交了３００元，报７０％？") == "2026年交了300元，报70%？"


def test_full_width_years_are_the_same_years(engine):
    r = ask(engine, "２４年２５年都没交合疗 ２６年集中缴费期交的 好久能报", region="巴中")
    wide = ask(engine, "24年25年都没交合疗 26年集中缴费期交的 好久能报", region="巴中")
    assert r.kind == wide.kind == "calculation" and r.text == wide.text, r.text


# ---- waiting periods told in everyday words ----------------------------------------------------------

def test_a_job_left_then_he_liao_bought_is_a_switch_to_the_resident_scheme(engine):
    # 职工 for years, then 合疗 after a gap over 3 months: the switch's 6-month wait, never "which scheme?"
    r = ask(engine, "厂里交了四年职工医保 后来不干了改买新农合 中间空了四个多月 好久能报", region="巴中")
    assert r.kind == "calculation" and 6 in nums(r), r.text
    assert extract("辞职以后回老家买合疗了").get("insurance") == "居民"


def test_about_a_month_without_cover_is_one_month(engine):
    r = ask(engine, "从重庆的公司调回巴中上班 职工医保停了月把 啥时候能报", region="巴中")
    assert r.kind == "calculation" and "当月" in r.text, r.text


def test_a_child_years_old_never_enrolled_waits_as_the_years_since_birth(engine):
    r = ask(engine, "孙女都三岁了 从来没给她交过合疗 现在交要等多久", region="巴中")
    assert r.kind == "calculation" and 5 in nums(r), r.text


def test_a_child_under_a_year_or_an_age_limit_is_no_gap():
    assert extract("孩子三岁以下 一直没买医保").get("gap_years") is None


# ---- a figure heard from someone, said the 四川 way: checked, never taken as a bill -----------------------

def test_a_cap_heard_from_bie_ge_is_corrected(engine):
    r = ask(engine, "职工住院一年最多报好多 听别个说才5万", region="巴中")
    assert r.kind == "faq" and "不是" in r.text and "14万" in r.text, r.text


# ---- 从多会儿开始报 (山西: from when): the point a fund starts paying, its 起付线 --------------------------

def test_from_when_a_fund_pays_is_its_threshold(engine):
    r = ask(engine, "俺们居民的大病保险从多会儿开始报", region="长治")
    assert r.kind in ("faq", "clarify") and "1万" in r.text and "75%" in r.text, r.text
