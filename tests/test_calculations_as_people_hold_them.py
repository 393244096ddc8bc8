"""Calculations as people hold them, each by its handbook's figures, in phrasings of our own, through
the engine:

- a drug class said absent by the prescribing ("没开乙类药"): the bill is all of the other class, no
  乙类 share paid first (长治 居民门诊统筹 备注1);
- a scheme whose benefit the handbook lost whole (长治's 职工 门诊统筹 was an image), with the bill told:
  the scheme it does list is computed, and the answer says the other's figures are missing — no
  question whose every other answer is "not listed" (a stay still asks: 职工's yearly limit is given);
- earlier visits of the year told ("今年已经看过几次门诊了"): this one is a later visit (克拉玛依: 起付线
  减半), and the year's limit left is said to be assumed, not that none was used;
- 两病 with the disease unsaid, where 高血压 and 糖尿病 pay the same on the bill: computed and said; where
  their limits make the sums differ: asked;
- years insured in a row from a start "到" an end, and the next year said insured too: one more year;
- a 职工's own base told and one party's share asked however said ("单位那部分一个月好多"): the fee;
- 大病保险's groups set side by side ("困难的和一般的不一样吧") with the asker's own unsaid: asked;
- a termination told as the asker's own ("没保住", "流产了"), the scheme unsaid: the page and the scheme
  asked (巴中 职工 1800, 居民 1000), not one scheme's page as the answer;
- the 产前检查费 补差 asked with both schemes told and no birth word: the 补差 (800 − 500).
"""

import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text,figure", [
    # 居民 二级 55%, no 乙类 share: 300 × 55% = 165
    ("居民医保 二级医院看门诊 300块 没开乙类的药 报好多", 165),
    # 居民 一级 60%: 150 × 60% = 90
    ("城乡居民 一级医院门诊花了150 没用过乙类药 能报多少", 90),
])
def test_a_drug_class_said_not_prescribed_is_not_paid_first(engine, text, figure):
    r = computed(answer(engine, text, region="长治"), figure, name="outpatient")
    assert "先行自付" not in r.text, r.text


@pytest.mark.parametrize("text,figure", [
    # 居民 一级 门诊: 乙类 5% first, (200 − 10) × 60% = 114
    ("乡镇一级医院看门诊 拿了乙类药 200块 能报好多", 114),
    # 居民 一级 门诊: 800 × 60% = 480, over the 300 yearly limit
    ("一级医院门诊 今年合规一共800 报多少", 300),
])
def test_the_scheme_the_handbook_lists_is_computed_and_the_lost_one_said(engine, text, figure):
    r = computed(answer(engine, text, region="长治"), figure, name="outpatient")
    assert "职工医保的这项待遇手册中缺失" in r.text, r.text


def test_a_stay_whose_lost_scheme_still_has_a_figure_asks_the_scheme(engine):
    # 长治's 职工 住院 table is lost, but its yearly limit (8万) is given: which scheme is asked
    r = answer(engine, "在三甲医院住院 合规12万 基本医保最多给报好多", region="长治")
    assert r.kind == "clarify" and r.missing_slots == ["insurance"], r.text


@pytest.mark.parametrize("text,figure", [
    # 二级: deductible 20 halved to 10 after the first visit: (310 − 10) × 60% = 180, under the 200 a visit
    ("今年之前已经看过几次门诊了 这回二级医院 310 报多少", 180),
    # 一级: 10 halved to 5: (105 − 5) × 70% = 70
    ("门诊前面看过好几次 今天一级医院 105块 能报好多", 70),
])
def test_earlier_visits_told_make_this_a_later_visit(engine, text, figure):
    r = computed(answer(engine, text, region="克拉玛依"), figure, name="outpatient")
    assert "减半" in r.text and "本年此前未用过" not in r.text, r.text


def test_two_diseases_unsaid_computed_where_both_pay_the_same(engine):
    # 50% of 600 = 300, under 高血压's 700 and 糖尿病's 1000
    r = computed(answer(engine, "两病 一年降压降糖的药一共600 能报多少", region="克拉玛依"), 300)
    assert "未说明是高血压还是糖尿病" in r.text, r.text


def test_two_diseases_unsaid_asked_where_the_limits_differ(engine):
    # 50% of 1800 = 900: over 高血压's 700, under 糖尿病's 1000
    r = answer(engine, "两病 一年药费1800 能报多少", region="克拉玛依")
    assert r.kind == "clarify" and r.missing_slots == ["two"], r.text


@pytest.mark.parametrize("text,figure", [
    # 2024…2029 in a row: the 6th year, 300000 + 4000 × 2
    ("从2024年起每年都交合疗 一直交到2028年 2029年继续交 大病最高限额好多", 308000),
    # 2023…2030: the 8th year, 300000 + 4000 × 4
    ("2023年开始年年都交 交到了2029年 2030年也接着交 大病保险最高限额多少", 316000),
])
def test_the_next_year_said_insured_after_a_run_is_one_more(engine, text, figure):
    computed(answer(engine, text, region="巴中"), figure)


@pytest.mark.parametrize("text,figures", [
    # 7% of 6500 = 455; 2% = 130
    ("我缴费基数6500 单位那部分每个月好多", (455, 130)),
    # 7% of 8000 = 560; 2% = 160
    ("公司给交的职工医保 基数八千 个人那份一个月几多", (560, 160)),
])
def test_a_base_told_with_a_share_asked_is_the_fee(engine, text, figures):
    computed(answer(engine, text, region="巴中"), *figures, name="contribution")


@pytest.mark.parametrize("text", [
    "职工医保 基数6000 自己门诊能报好多",
    "我是职工 基数5000 自己买药能报好多",
    "职工 基数四千 个人住院能报几多",
])
def test_a_base_told_with_care_paid_to_ones_self_asked_is_not_the_fee(text):
    """"自己…能报好多" asks what care pays the asker, not the asker's share of the fee on the base."""
    from intents.calc_kind import calc_kind
    from intents.slots import extract
    assert calc_kind(text, extract(text)) != "contribution"


@pytest.mark.parametrize("text", [
    "大病保险 困难户和普通人报的不一样吧 我今年自付了六万 能报好多",
    "大病 一般的和困难的分开算吧 自付四万 报多少",
])
def test_groups_set_side_by_side_ask_the_askers_own(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "clarify" and r.missing_slots == ["category"], r.text
    assert {"一般", "困难"} <= set(r.suggestions), r.suggestions


@pytest.mark.parametrize("text", [
    "怀孕五个多月没保住 做了终止妊娠 医保给报好多",
    "怀孕三个月流产了 能报好多",
])
def test_a_termination_of_the_askers_own_asks_the_scheme(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "clarify" and r.missing_slots == ["insurance"], r.text


def test_the_prenatal_top_up_asked_with_both_schemes_told(engine):
    r = computed(answer(engine, "我是城乡居民 爱人是职工医保 产前检查费补差有好多", region="巴中"), 300,
                 name="maternity")
    assert "800" in r.text and "500" in r.text, r.text


@pytest.mark.parametrize("text", [
    "大病保险 困难人员跟一般人员是不一样的吧 我今年自付了六万 能报好多",
    "大病保险 贫困户和普通人报的不一样哦？我自己出了八万 报好多",
])
def test_groups_set_side_by_side_in_a_question_of_their_own_name_no_group_for_the_next(engine, text):
    """The comparison asked as a question apart ("…不一样的吧") names neither group as the asker's: the
    sum asked after it is not computed with the group of the comparison (no 困难 taken from it)."""
    r = answer(engine, text, region="克拉玛依")
    assert r.kind != "calculation" and r.calculation is None, r.text
    assert "属于哪类人员" in r.text, r.text
