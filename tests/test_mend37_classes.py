"""Round 37 (mend37): readings the last round's merges moved, and engineers' leftovers, mended as classes,
through the real engine. Our own examples in each class, none from eval/."""
import pytest

from intents.message import parse
from tests.helpers import answer, ids


# ---- a one-character verb glued by jieba's HMM to the 啥 it asks of ("选啥", "交啥" before another word) is
# the verb and 什么, as "选啥子" and "办啥" are cut (克拉玛依 第8部分（二）: 户籍地 就医 → 异地长期居住人员)

@pytest.mark.parametrize("said, verb", [("备案选啥类型", "选"), ("签啥字", "签")])
def test_a_verb_glued_to_what_is_the_verb_and_what(engine, said, verb):
    terms = engine.index.analyze(said).terms
    assert verb in terms and "什么" in terms and verb + "啥" not in terms, terms


def test_a_student_home_asking_which_filing_gets_the_long_stay_kind(engine):
    r = answer(engine, "我在克拉玛依校区读书 暑假回甘肃老家 到时候在家那边医院看病想直接刷卡 备案选啥类型",
               region="克拉玛依")
    assert "ky-08-10" in ids(r) and "异地长期居住" in r.text, r.text


# ---- a later question naming a tier and no care of its own, after one of the message named 门诊, asks of 门诊
# (长治 居民门诊统筹 by tier), not of the 住院 table the tier's bare figure finds

def test_a_tier_asked_after_a_visit_reads_the_visit():
    parts = parse("居民医保看门诊给报不 市里二级医院报几成").parts
    assert parts[1].slots.get("care") == ["门诊"], parts[1].slots
    # (a tier question naming its own care is read with it alone; one after a question of no tiered care
    # carries none)
    assert "care" not in parse("看门诊能报不 三级医院住院报几成").parts[1].slots
    assert "care" not in parse("大病保险怎么报 三级医院报几成").parts[1].slots


def test_a_tier_asked_after_a_visit_gets_the_outpatient_rates(engine):
    r = answer(engine, "居民医保看门诊给报不 市里三级医院报多少", region="长治")
    assert "cz-jm-19" not in ids(r) and "住院" not in r.text and "45%" in r.text, r.text


# ---- a 国谈 drug told in the story ("医生说要用谈判药") is what a bare "能报好多" after it asks of (巴中 第五章
# 二问: 单行支付 居民 60%, 高值药品 先自付10%) — never the page a bare sum finds (a stay's worked example)

def test_a_negotiated_drug_told_is_what_the_bare_sum_asks_of(engine):
    r = answer(engine, "大夫讲我爸那个病得用国谈药 好贵 居民医保报好多", region="巴中")
    assert ids(r)[:1] == ["bz-5-02"] and "60%" in r.text, r.text


# ---- a school of another name said where the asker studies ("在四川读技校", "在山西上职校") is where the school's
# cover is paid, as a university's is (学籍地): the province named alone is asked which part is covered — never
# read as a home told apart from the school's cover (the double-enrolment page)

@pytest.mark.parametrize("said", ["我在山西上职校 学校交的医保 住院怎么报", "在四川念卫校 学校统一交的医保 看病咋报"])
def test_a_vocational_school_in_a_province_asks_the_covered_part(engine, said):
    r = answer(engine, said)
    assert r.kind == "clarify" and "重复参保" not in r.text, r.text
    assert ("长治" if "山西" in said else "巴中") in r.text, r.text


# ---- a 长治 县医院 of unsaid grade is shown on the classes a county hospital may be in: 一类 (三级甲等) has only
# 省、市级 and 省外 columns (居民住院待遇 表头), so it is no class of the side by side; a county's 三级甲等 said is
# computed on the 省、市级 column, that reading said

def test_a_county_hospital_side_by_side_has_no_first_class(engine):
    r = answer(engine, "我妈在县医院住的院 花了一万 城乡居民医保 报多少", region="长治")
    assert "一类" not in r.text and "三级甲等）省" not in r.text, r.text
    assert "8415" in r.text.replace(",", "") and "7200" in r.text.replace(",", ""), r.text


def test_a_county_top_grade_hospital_says_the_column_it_is_computed_on(engine):
    r = answer(engine, "县里的三级甲等医院住院 居民医保 花了一万 报多少", region="长治")
    assert r.kind == "calculation" and "5400" in r.text.replace(",", "") and "没有县级一栏" in r.text, r.text
