"""Calculations a single message determines, by the handbooks' figures, in phrasings of our own,
through the engine:

- earlier care of the year told with its bill ("今年门诊之前花过350 这次又…"): the yearly deductible
  taken from it first (巴中 第二章 三十九问: 在职 起付200元/年, 二级 60 %, 限额800元/年); the
  门诊特病 deductible once a year (巴中 第四章 五问: 居民 60 %);
- the spouse named in dialect (男人 = husband) for 配偶生育补差 (巴中 第二章 九问、二十八问, 第三章 十四问);
- a trip (旅游 / 出差) puts care away from home: an emergency there is the 临时备案 row (巴中 第三章
  十一问: 起付1000, 二级 65 %), its "当地" the trip's place;
- the minimum base said as a supposition ("要是5000"): the 300 % cap (巴中 第二章 七问);
- 大病保险 in a year whose deductible the handbook does not give (巴中 第三章 二十二问 gives 2025's
  only): not computed, the year's figure said missing;
- 高值药品 (巴中 第五章 二问): 10 % paid first by the person;
- 长治's 门诊慢病 by a treatment's name (透析: 一类, 职工 85 %), a month's bill said "月200", and a 三类
  disease listed for 居民 only (no scheme asked);
- 两病 drugs of each disease told apart where the region lists no joint limit (克拉玛依: 50 %,
  高血压 700, 糖尿病 1000 a year): each within its own limit;
- a year's fee paid late, its sum asked by 补交 (克拉玛依: after 6月30日 1200 元, 400 on time);
- facts told in other words: a figure held to be the rule ("不是五百吗") is checked, not the bill; a
  目录外 part said after its figure; the child named in a pregnancy's length; the year's 门诊 use with
  where said between; the three funds counted ("三样") before 倾斜救助 (巴中 第六章 五问: 特困 8500,
  100 %, 10000 a year); a run of years from its start to the year asked (巴中 第三章 九问).
"""

import pytest

from tests.helpers import answer, computed, nums


@pytest.mark.parametrize("text,figure", [
    # 350 ≥ 200: the deductible taken already; 400 × 60% = 240 (the earlier 90 off the 800)
    ("在职职工 今年门诊之前在二级医院花过350 这次又在二级医院看门诊花了400 报多少", 240),
    # 150 < 200: 50 of it left; (500 − 50) × 60% = 270
    ("在职职工 今年门诊之前花了150 这次又在二级医院看门诊花了500 报多少", 270),
])
def test_outpatient_deductible_taken_from_earlier_visits(engine, text, figure):
    r = computed(answer(engine, text, region="巴中"), figure, name="outpatient")
    assert "本年第一次门诊" not in r.text, r.text


@pytest.mark.parametrize("region,text", [
    # 巴中 第三章 十八问: 居民 门诊 no deductible, 50 %, 100 a year — the earlier 200 paid 100, the limit
    ("巴中", "上次拿药花了200 这次又拿了300的药 合疗 门诊 报多少"),
    ("巴中", "居民医保 今年门诊已经花了1000 今天又看病花了200 一级医院 能报多少"),
    # 长治 居民门诊统筹: 一级 起付0, 60 %, 300 a year — the earlier 600 paid 360, over the limit
    ("长治", "居民医保 今年门诊已经花了600 今天又在一级医院看病花了200 能报多少"),
])
def test_earlier_visits_use_the_yearly_limit_with_no_yearly_deductible(engine, region, text):
    # what the fund paid on the earlier visits comes off the yearly limit: nothing is left for this one
    r = computed(answer(engine, text, region=region), 0, name="outpatient")
    assert r.text.startswith("门诊统筹支付约 0 元"), r.text
    assert "本年此前未用过门诊统筹额度" not in r.text, r.text


def test_special_deductible_taken_from_earlier_bills(engine):
    # once a year: 3000 × 60% = 1800
    r = computed(answer(engine, "合疗 尿毒症门诊特病 今年已经花过2000了 这回又花了3000 报多少", region="巴中"),
                 1800, name="special")
    assert "不再扣" in r.text, r.text


def test_spouse_named_in_dialect_gets_the_top_up(engine):
    # 4000 ≥ 3500: 3500 − 2000 = 1500; 产前检查费 800 − 500 = 300
    computed(answer(engine, "我男人是职工医保 我是合疗 顺产花了4000 补差多少", region="巴中"), 1500, 300,
             name="maternity")


@pytest.mark.parametrize("text", [
    "合疗 出差的时候突然发病 急诊在当地二级医院住院 合规5000 报多少",
    "居民医保 我们出去旅游 老伴急诊住进当地二级医院 合规5000 报好多",
])
def test_emergency_on_a_trip_is_care_away(engine, text):
    # (5000 − 1000) × 65% = 2600
    computed(answer(engine, text, region="巴中"), 2600, name="inpatient")


def test_minimum_base_said_as_a_supposition(engine):
    # 20000 over 5000 × 300% = 15000: 15000 × 2% = 300
    computed(answer(engine, "我上年月平均工资20000 最低缴费基数要是5000 个人每月交多少", region="巴中"), 15000, 300,
             name="contribution")


@pytest.mark.parametrize("text", [
    "2023年 居民 住院报完自付5万 大病能报多少",
    "2026年合疗住院 基本医保报了以后自己还有4万 大病保险赔好多",
])
def test_serious_illness_of_a_year_the_handbook_gives_no_deductible_for(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "unanswered", r.text
    assert "2025" in r.text and "14448" in r.text, r.text


def test_serious_illness_of_the_handbooks_year_still_computed(engine):
    # (34448 − 14448) × 60% = 12000
    computed(answer(engine, "2025年 合疗住院 基本医保报了以后自己负担的合规费用34448 大病保险赔好多", region="巴中"),
             12000, name="serious_illness")


def test_high_value_drugs_paid_first(engine):
    computed(answer(engine, "高值药品花了8000 自己要先付多少", region="巴中"), 800, 7200, name="high_value_drugs")


def test_high_value_drugs_where_the_handbook_has_none(engine):
    r = answer(engine, "高值药品花了8000 自己要先付多少", region="长治")
    assert r.kind != "calculation", r.text


@pytest.mark.parametrize("text,figure", [
    # 一类, 职工 85%: 20000 × 85% = 17000
    ("职工 尿毒症透析 花了两万 统筹报多少", 17000),
    # 居民 冠心病 280 a month: 200 × 70% = 140
    ("居民 冠心病慢病 月200 报多少", 140),
    # 三类, listed for 居民 only (300 a month): 200 × 70% = 140, no scheme asked
    ("布鲁氏杆菌病 三类慢病 一个月200 报多少", 140),
])
def test_changzhi_chronic_bills(engine, text, figure):
    computed(answer(engine, text, region="长治"), figure, name="chronic")


def test_two_diseases_each_within_its_own_limit(engine):
    # 1600 × 50% = 800 over 700: 700; 600 × 50% = 300; 1000 in all
    r = computed(answer(engine, "两病 降压药1600 降糖药600 一共报多少", region="克拉玛依"), 700, 300, 1000,
                 name="two_diseases")
    assert "分别计算" in r.text, r.text


def test_late_fee_asked_by_its_back_payment(engine):
    computed(answer(engine, "2025年8月补缴2025年的居民医保 要交多少", region="克拉玛依"), 1200, 800,
             name="contribution")


def test_an_earlier_stay_told_with_its_bill_is_still_computed(engine):
    # 克拉玛依: (3000 − 200) × 75% = 2100; the 三级 stay makes up 600 − 200: (6000 − 400) × 65% = 3640
    computed(answer(engine, "今年先在二级医院住院花了3000 后来又转去三级医院住院 花了6000 两次一共报多少",
                    region="克拉玛依"), 2100, 3640, 5740, name="inpatient")


# ---- facts told in other words (巴中 unless said) ---------------------------------------------

def test_a_figure_held_to_be_the_rule_is_no_bill(engine):
    # "起付线不是五百吗": the 500 is checked (居民 三级: 700), the bill is 两万: (20000 − 700) × 60% = 11580
    r = computed(answer(engine, "三级医院的起付线不是五百吗 我妈在市里三级医院住院 合疗 目录内花了两万 报好多",
                        region="巴中"), 11580, name="inpatient")
    assert "700" in r.text, r.text


def test_self_paid_part_said_after_its_figure(engine):
    # "有800是医保目录外的": off the bill first; (6000 − 800 − 100) × 90% = 4590
    computed(answer(engine, "总共花了6000 其中有800是医保目录外的药 在乡镇卫生院住院 合疗 报好多", region="巴中"),
             4590, name="inpatient")


def test_pregnancy_months_said_with_the_child_named(engine):
    # 5 months ≥ 4: the 居民 limit for a termination after 16 weeks, 1000
    computed(answer(engine, "媳妇怀孩子五个月 没保住引产了 合疗 政策范围内花了2500 报好多", region="巴中"), 1000,
             name="maternity")


def test_year_used_said_with_where_between(engine):
    # 克拉玛依 一级: (200 − 5) × 70% = 136.5 over the 100 visit cap; 900 − 850 = 50 left
    computed(answer(engine, "今年在学校这边看普通门诊医保已经一共报了850了 今天又去一级医院看了 不是第一次 目录内花了200 还能报多少",
                    region="克拉玛依"), 50, name="outpatient")


def test_the_three_funds_done_counted_in_words(engine):
    # 特困 倾斜救助: (30000 − 8500) × 100% = 21500, over the 10000 limit
    computed(answer(engine, "特困人员 规范转诊省内住院 三样都报完了 自己还要出合规的3万 倾斜救助有好多", region="巴中"),
             10000, name="assistance")


def test_a_run_from_its_start_to_the_year_asked(engine):
    # 2025 … 2031 in a row: 3 × 4000 after the 4th year, and 4000 for a year without claims: 316000
    computed(answer(engine, "我从2025年起就一直交合疗 没断过 2030年一次医保都没用 2031年大病保险封顶好多", region="巴中"),
             316000, name="serious_illness_cap")


def test_hardship_said_of_my_household(engine):
    # 克拉玛依 lists 困难人员 for 大病保险: (50000 − 10500) × 65% + (60000 − 50000) × 70% = 32675
    computed(answer(engine, "俺家困难 基本医保报完个人负担合规费用6万 大病报多少", region="克拉玛依"), 32675,
             name="serious_illness")
    # 巴中 lists no such group: which one is asked
    r = answer(engine, "俺家困难 基本医保报完个人负担合规费用6万 大病报多少", region="巴中")
    assert r.kind == "clarify", r.text


def test_household_counted_as_a_couple_and_the_rest(engine):
    # 巴中 2026: 低保 400 − 300 = 100 each for the couple, 400 each for the other three: 1400
    computed(answer(engine, "家里老两口是低保 儿子媳妇和孙子三个不是 2026年合疗一共交好多", region="巴中"), 1400,
             name="contribution")


def test_serious_illness_in_a_year_whose_deductible_is_not_given(engine):
    # 巴中 第三章 二十二问 gives 2025's 起付线 only: a bill of 2024 is not computed by it
    r = answer(engine, "2024年 合疗 住院报完自付三万 大病保险能报多少", region="巴中")
    assert r.kind == "unanswered" and "2024年度" in r.text, r.text


@pytest.mark.parametrize("text", [
    "我2020年参保的 今年大病 自付了5万 大病保险能报多少",
    "我2020年就参保了 大病 自付了5万 大病保险能报多少",
])
def test_a_year_said_of_joining_is_not_the_bills_year(engine, text):
    # (50000 − 14448) × 60% = 21331.20: the year the asker joined names no year of the bill
    computed(answer(engine, text, region="巴中"), 21331.20, name="serious_illness")


@pytest.mark.parametrize("text,alone", [
    # (20000 − 700) × 60% = 11580 would be the later 2万 alone, the 3万 before it dropped as if 门诊
    ("做手术已经花了3万了 估计还要再花2万 合疗 三级医院住院 一共能报多少", 11580),
    ("已经花了3万了 还要再花2万 合疗 三级医院住院 能报多少", 11580),
])
def test_a_sum_spent_on_care_unsaid_is_not_set_aside_as_earlier_visits(engine, text, alone):
    r = answer(engine, text, region="巴中")
    assert alone not in nums(r), r.text
