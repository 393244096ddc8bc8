"""Review of round 42's merges: readers that stated a figure the message did not support. Own phrasings,
through the real engine.

- A disease's grade (级, by blood pressure) is not its stage (期, by organ damage): a region whose 门诊慢病
  list bounds 高血压 by stage (克拉玛依 "Ⅱ期及以上") asks 两病 or 门诊慢病 when a grade is told, and one that
  bounds it by grade (巴中 "2级及以上") when a stage is told; a period ("这一期的药费") is no stage at all.
- Bills at three tiers are three stays of a year only where the stays are counted or told one after
  another; "一级花… 二级花… 三级花… 分别报多少" alone may be each tier's sum, and is never chained through the
  year's deductible. The count is read in the lexicon's form too ("住了三次院" becomes "住院三次").
- A repair asked as a choice ("补不补缴", "修不修复") is not a repair denied; a repair said after a
  denial ("之前没补交 现在补交了") is the case.
- "第一次" said right after a bill, before the next visit opens ("花了300 第一次看门诊 后来…"), is that bill's
  visit, never the later one's.
"""
import pytest

from intents.disease_stage import stage_said
from intents.slots import extract
from tests.helpers import computed, talk


# ---- a grade is not a stage ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, said", [
    ("医生讲我高血压二期了", (2, "期")),
    ("血压3级 吃药控制", (3, "级")),
    ("还没到二期", (1, "期")),
    ("我高血压 这一期的药费有1000", None),
    ("上一期的账单还没出", None),
])
def test_the_stage_read_keeps_its_scale(text, said):
    assert stage_said(text) == said


@pytest.mark.parametrize("question", [
    "老爸高血压3级 门诊拿药花了1500 能报多少",
    "我是二级高血压 门诊药费800 能报多少",
    "高血压 这一期的药费花了900 能报好多",
])
def test_karamay_asks_the_benefit_when_no_stage_is_told(engine, question):
    # 克拉玛依's 门诊慢病 list takes 高血压 from Ⅱ期: a grade, or a period, settles nothing — asked back
    r = talk(engine, [question], region="克拉玛依")[0]
    assert r.kind == "clarify" and "两病" in r.text and "门诊慢病" in r.text, r.text


def test_bazhong_reads_the_grade_its_list_is_bounded_by(engine):
    # 巴中 居民: 门诊慢病 高血压2级及以上 (90 %, 600 a year); below it 两病 (50 %, 高血压 200 a year)
    low = talk(engine, ["合疗 高血压1级 门诊拿药一年花了1000 能报多少"], region="巴中")[0]
    computed(low, 200, name="two_diseases")
    high = talk(engine, ["合疗 高血压2级 门诊拿药一年花了500 能报多少"], region="巴中")[0]
    computed(high, 450, name="chronic")                                 # 500 × 90 %
    staged = talk(engine, ["合疗 高血压二期 门诊拿药一年花了500 能报多少"], region="巴中")[0]
    assert staged.kind == "clarify" and "两病" in staged.text, staged.text


# ---- three tiers' bills are stays only when told as stays --------------------------------------------------

@pytest.mark.parametrize("text", [
    "住院 一级医院花2000 二级医院花5000 三级医院花8000 分别能报多少",
    "假如住院 卫生院3000 二级6000 三级9000 各报多少",
])
def test_three_tiers_bills_alone_are_no_chain_of_stays(engine, text):
    assert extract(text).get("stays") is None, extract(text).values
    r = talk(engine, [text], region="克拉玛依")[0]
    # (克拉玛依 would top a yearly deductible up across stays: 二级 5000 then pays 3675, not its own 3600)
    assert "3675" not in r.text.replace(",", ""), r.text


def test_stays_counted_in_the_lexicons_form_are_a_chain(engine):
    # 克拉玛依 居民: 一级 (2000 − 100) × 85 % = 1615; 二级 owes 200 − 100: (5000 − 100) × 75 % = 3675;
    # 三级 owes 600 − 200: (8000 − 400) × 65 % = 4940
    r = talk(engine, ["今年一共住了三回院 一级2000 二级5000 三级8000 一共报多少"], region="克拉玛依")[0]
    computed(r, 1615, 3675, 4940, name="inpatient")
    # (a count that is not the bills' is no list, in the engine's reading as in the raw one)
    two = talk(engine, ["今年住了两回院 一级2000 二级5000 三级8000 一共报多少"], region="克拉玛依")[0]
    assert "4940" not in two.text.replace(",", ""), two.text


# ---- a repair asked as a choice, or said after a denial ----------------------------------------------------

@pytest.mark.parametrize("text, repaired", [
    ("断了两年 补不补缴有区别没", None),
    ("修不修复都要等吗", None),
    ("之前没补交 后来全补交了", True),
    ("不补缴的话要等多久", False),
    ("不想修复 就这样交今年的", False),
])
def test_a_repair_choice_is_no_denial(text, repaired):
    assert extract(text).get("repair_all") is repaired, extract(text).values


def test_a_repair_after_a_denial_is_the_case(engine):
    # 巴中: 断保 2 年 → 3 + 1 = 4 个月; the gap paid back → 3
    r = talk(engine, ["2024 2025两年断了合疗 开始没补交 上个月全补交了 还得等几个月才能报"], region="巴中")[0]
    assert r.kind == "calculation" and "等待期 3 个月" in r.text, r.text


# ---- "第一次" said of the bill before it ---------------------------------------------------------------

def test_the_first_visit_said_after_a_bill_is_that_bills():
    read = extract("三级医院普通门诊花了260 那是今年第一次看门诊 然后去一级医院花了90 一共报多少")
    assert read.get("visit_first_at") is None, read.values
    said = extract("三级医院普通门诊花了260 另外在一级医院第一次看门诊花了90 一共报多少")
    assert said.get("visit_first_at") == 1, said.values
