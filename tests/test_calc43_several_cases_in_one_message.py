"""Round 42: calculations with several amounts, scenarios, stays or years in one message, through the real
engine, in phrasings of our own:

- years without cover told one by one in two digits ("24年没买 25年也没买"): each counted; a year's 年 right
  after its figure is never a spelling slip, so the year the cover began again is no bill;
- bills of two kinds of care, each with its own sum: each on its own kind's row, side by side;
- the two sides of a referral (没转诊 / 办了转诊): both computed, with the difference;
- a later stay at the same tier told with this stay's bill only, the deductible's figure asked ("还要扣600起付"):
  no deductible again, the quoted figure never the bill; a month said (十二月) no stay's bill;
- visits at two tiers each with its bill: each visit on its own tier's rate;
- a run of fives typed after the question (555: crying) is no figure.
"""
from tests.helpers import answer, computed, nums, talk
from intents.numbers import find_numbers


# ---- years without cover, told one by one ----------------------------------------------------------------

def test_two_short_years_told_one_by_one_are_two_years_without_cover(engine):
    r = answer(engine, "俺24年没买 25年也没买 26年又接着买了 大病保险最高报多少", region="巴中")
    computed(r, 292000)


def test_a_short_year_broken_then_another_then_paid_again(engine):
    r = answer(engine, "我妈26年断了 27年也断了 28年才续上 她的二次报销封顶多少", region="巴中")
    assert "29.2" in r.text or "292,000" in r.text, r.text


def test_the_year_cover_begins_again_is_no_bill(engine):
    r = answer(engine, "2026年到2030年都没参保 2031年重新交合疗 大病封顶降到好多", region="巴中")
    computed(r, 280000)
    assert "2,031" not in r.text and "2031 元" not in r.text, r.text


def test_a_figures_year_is_never_repaired_as_a_slip(engine):
    fixed, repairs = engine.index.repaired("2029年重新交的合疗")
    assert fixed.startswith("2029年"), (fixed, repairs)


# ---- bills of two kinds of care ---------------------------------------------------------------------------

def test_two_kinds_of_care_each_with_its_remainder_each_helped(engine):
    r = answer(engine, "俺是低保 门慢报完还剩2000 特药报完还剩4000 各能救助好多", region="长治")
    computed(r, 600, 400)
    assert "门诊慢性病" in r.text and "门诊特药" in r.text, r.text


def test_a_stay_and_a_chronic_visit_each_on_its_row(engine):
    r = answer(engine, "特困供养 住院报完自己还要掏5000 门诊慢性病报完剩1000 分别救助多少", region="长治")
    computed(r)
    assert "【住院】" in r.text and "【门诊慢性病】" in r.text, r.text
    # the chronic remainder on the chronic row, never the stay's 5000 on it
    assert "5000 × 60%" not in r.text, r.text


def test_a_figure_of_the_rule_beside_a_kind_is_no_bill_of_it(engine):
    from intents.acts import each_care_billed
    assert each_care_billed("我有门慢 一年限额2500 住院花了3万 能报多少") is None


def test_the_serious_illness_fund_adds_the_kinds_it_is_never_split(engine):
    from intents.acts import each_care_billed
    # (大病保险 counts the year's own share of every kind together: one sum for it)
    assert each_care_billed("今年住院自付合规9000 门诊慢病自付5000 大病保险能报多少") is None
    assert each_care_billed("住院自己出了7000 门慢自己出了4000 二次报销分别多少") is None


def test_the_working_asked_after_the_figures_is_no_question_of_its_own(engine):
    r = answer(engine, "低保户 门诊慢性病剩800 门诊特药剩3000 分别救助多少 麻烦给我讲讲怎么算的", region="长治")
    computed(r, 240, 300)
    assert "【1】" not in r.text, r.text


# ---- a referral's two sides ------------------------------------------------------------------------------

def test_referred_and_not_each_computed_with_the_difference(engine):
    r = answer(engine, "职工 在外省二级医院住院 合规四万 没转诊和开了转诊各报多少 差多少", region="巴中")
    assert r.kind == "calculation", r.text
    assert "没转诊" in r.text and "转诊】" in r.text and "相差" in r.text, r.text


# ---- this stay only, after an earlier one -----------------------------------------------------------------

def test_same_tier_again_this_bill_only_and_the_quoted_deductible_is_no_bill(engine):
    r = answer(engine, "今年第二次住进同一家三级医院 这回花了八千 还要再扣600起付吗 能报多少", region="克拉玛依")
    computed(r, 5200)
    assert "合计" not in r.text, r.text


def test_a_month_between_two_stays_is_no_bill(engine):
    r = answer(engine, "九月在二级医院住院花了3000 十二月又进了三级医院 花了八千 两回各报多少", region="克拉玛依")
    computed(r, 2100, 4940)


def test_the_quoted_deductible_stays_the_rules_in_a_follow_up(engine):
    first, then = talk(engine, ["上半年在一级医院住过院了 这回要去三级医院 起付线还要再交600不",
                                "那要是还去一级医院住呢"], region="克拉玛依")
    assert 500 in nums(first), first.text
    assert "× 85%" not in then.text and "不再" in then.text, then.text


# ---- visits at two tiers ----------------------------------------------------------------------------------

def test_two_visits_at_two_tiers_each_on_its_rate(engine):
    r = answer(engine, "退休职工 今年先去二级医院看门诊花了500 后来又在三级医院看门诊花了400 门诊统筹总共能报多少",
               region="巴中")
    computed(r, 245, 240, 485)


def test_two_visits_at_two_tiers_are_not_asked_back(engine):
    r = answer(engine, "在职的 二月在三级医院看门诊用了400 六月去二级医院又用了1000 门诊统筹加起来报多少", region="巴中")
    # (400 − 200) × 50% = 100; 1000 × 60% = 600
    computed(r, 100, 600, 700)


# ---- crying typed as fives --------------------------------------------------------------------------------

def test_a_run_of_fives_after_a_pause_is_no_figure():
    assert [n.raw for n in find_numbers("帮忙算一下吧 5555")] == ["一"]
    assert [n.raw for n in find_numbers("花了 555。")] == ["555"]
    assert [n.raw for n in find_numbers("药费 555 能报多少")] == ["555"]
