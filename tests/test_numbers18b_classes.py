"""Classes the numbers sets still showed after round 18, each a figure said or computed as people
ask it. Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer as ask

# ---- a sum under the 大病 threshold: the threshold said as the handbook says it (1万元) -------------


@pytest.mark.parametrize("text", [
    "长治居民 今年个人合规自付六千多一点 大病保险给报不",
    "长治城乡居民医保 合规自付一共9000 大病能不能报",
])
def test_a_sum_under_the_serious_threshold_names_it_as_the_handbook_does(engine, text):
    r = ask(engine, text, region="长治")
    assert r.kind == "calculation", r.text
    assert "1万元" in r.text and "不赔付" in r.text, r.text


# ---- what a later stay owes of the deductible, asked as a sum with no bill: computed ---------------


@pytest.mark.parametrize("text,region,figure", [
    # 巴中 居民 transfer 二级 400 → 三级 700: 300
    ("居民医保 在二级医院住了几天转去三级医院 同一个病 起付线要补好多", "巴中", 300),
    # 巴中 居民 transfer 乡镇卫生院 100 → 二级 400: 300
    ("合疗 老汉先住的乡镇卫生院 病重了转到二级医院 还是这个病 起付线还差多少要补", "巴中", 300),
    # 克拉玛依 居民 the year's second stay 一级 100 → 三级 600: 500
    ("克拉玛依校区 今年在一级医院住过一次院了 这回去三级医院住院 起付线还要交好多", "克拉玛依", 500),
])
def test_a_later_stays_deductible_asked_as_a_sum_is_computed(engine, text, region, figure):
    r = ask(engine, text, region=region)
    assert r.kind == "calculation", r.text
    assert "补计起付线差额" in r.text and "如需帮您测算" in r.text, r.text
    if figure is not None:
        assert f"= {figure} 元" in r.text, r.text


def test_a_later_stay_not_said_to_be_a_transfer_keeps_both_readings_in_bazhong(engine):
    # 巴中's rule is for a transfer within one course of treatment: a second stay not said to be one
    # is not computed as one
    r = ask(engine, "居民医保 今年住过一回二级医院 这次住三级医院 起付线要交好多", region="巴中")
    assert r.kind != "calculation", r.text
    assert "若是另外一次住院" in r.text, r.text


# ---- the 筹资 asked with the state's part of it: its parts computed -------------------------------


@pytest.mark.parametrize("text,region,figures", [
    # 克拉玛依 2026: 1200 包括政府补助及个人缴费两部分, 个人 400: 政府 1200 − 400 = 800
    ("克拉玛依校区医保 每人筹资是多少 我们学生交多少 政府那边补多少", None, ("1200 − 400 = 800",)),
    ("筹资标准是1200对吧 个人交400 剩下政府给补好多", "克拉玛依", ("1200 − 400 = 800",)),
    # 巴中 2026: 筹资总额 1100 = 个人 400 + 财政补助 700 (both stated)
    ("合疗筹资一个人一年好多钱 财政给补好多", "巴中", ("1100", "700")),
])
def test_the_funding_asked_with_the_subsidy_is_computed(engine, text, region, figures):
    r = ask(engine, text, region=region) if region else ask(engine, text)
    assert r.kind == "calculation", r.text
    assert all(f in r.text for f in figures), r.text


@pytest.mark.parametrize("text,region", [
    ("职工医保筹资 单位交多少 政府补多少", "巴中"),          # 职工: no 筹资 of residents
    ("筹资标准1000 学生交400 政府补多少", "克拉玛依"),       # a figure the policy does not have: not computed on it
])
def test_not_the_residents_funding_or_a_wrong_figure_is_not_computed(engine, text, region):
    r = ask(engine, text, region=region)
    assert r.kind != "calculation" or "1000 −" not in r.text, r.text
    assert "funding" != (r.calculation.name if r.calculation else None), r.text


# ---- a gap said as a range of years (断了五六年): both ends computed, never one picked ---------------


@pytest.mark.parametrize("text", [
    "合疗停了四五年没交 现在补缴修复了 还要等好久才报得到",
    "我七八年没参保了 全部补缴了 要等几个月",
])
def test_a_gap_range_whose_ends_wait_the_same_is_computed(engine, text):
    # 巴中: a gap of 4 years or more, repaired, waits no less than 6 months at either end
    r = ask(engine, text, region="巴中")
    assert r.kind == "calculation", r.text
    assert "等待期 6 个月" in r.text and "等待期都是 6 个月" in r.text, r.text


@pytest.mark.parametrize("text,low,high", [
    ("居民医保 断了三四年了 这阵交要等多久", 5, 6),
    ("合疗有两三年没交了 现在交了好久能用", 4, 5),
])
def test_a_gap_range_whose_ends_differ_says_both_and_asks(engine, text, low, high):
    r = ask(engine, text, region="巴中")
    assert r.kind == "clarify", r.text
    assert f"等待 {low} 个月" in r.text and f"等待 {high} 个月" in r.text and "具体断了几年" in r.text, r.text


# ---- a group's own 大病 deductible asked: the figure, computed, not the rule of the reduction -------


@pytest.mark.parametrize("text,region,figure", [
    ("屋头是特困户 合疗大病保险的门槛是多少钱", "巴中", "7,224"),      # 14448 × 50%
    ("孤儿参加居民医保 大病起付线好多", "巴中", "7,224"),
    ("我们家低保 大病保险起付标准是多少", "长治", "5,000"),            # stated as such
])
def test_a_groups_serious_threshold_is_its_figure(engine, text, region, figure):
    r = ask(engine, text, region=region)
    assert r.kind == "calculation", r.text
    assert figure in r.text, r.text


@pytest.mark.parametrize("text", ["大病保险起付线是好多", "低保户大病保险起付线是不是5000"])
def test_no_group_or_a_wrong_figure_is_not_this_calculation(engine, text):
    r = ask(engine, text, region="巴中")
    assert (r.calculation.name if r.calculation else None) != "serious_threshold", r.text


# ---- what is left of the basic fund's yearly limit, after what it paid: limit − paid ----------------


@pytest.mark.parametrize("text,region,figure", [
    ("居民医保 今年住院统筹基金一共给我报了5万 基本医保还剩多少额度", "长治", "70000 − 50000 = 20000"),
    ("巴中职工医保 今年基本医保已经报了十万 还能报好多", "巴中", "140000 − 100000 = 40000"),
])
def test_the_room_left_of_the_yearly_limit_is_computed(engine, text, region, figure):
    r = ask(engine, text, region=region)
    assert r.kind == "calculation", r.text
    assert figure in r.text, r.text


def test_the_limit_reached_says_none_is_left(engine):
    r = ask(engine, "长治居民医保 今年基本医保已经报了七万五 还能报多少", region="长治")
    assert r.kind == "calculation" and "不能再报" in r.text, r.text


# ---- a 职工's arrears asked from when cover stops: the month, counted from when they began ----------


@pytest.mark.parametrize("text,said", [
    ("公司欠了我们的职工医保费 欠到几个月就用不了医保", "欠费第 4 个月"),
    ("厂里从3月份开始就没给交医保了 到啥时候就不能报了", "6月"),        # 3月 + 3
    ("单位从十一月起就欠着职工医保 哪个月开始医保就停了", "2月"),        # 11月 + 3, into the next year
])
def test_from_when_cover_stops_for_arrears_is_computed(engine, text, said):
    r = ask(engine, text, region="巴中")
    assert r.kind == "calculation", r.text
    assert said in r.text and "第二章 二十三问" in r.text, r.text


def test_arrears_with_their_months_told_are_the_paying_back_rule(engine):
    # months counted: the rules on paying back decide, not the month cover stopped
    r = ask(engine, "单位欠了8个月职工医保 补缴了多久能用", region="巴中")
    assert (r.calculation.name if r.calculation else None) != "arrears_suspension", r.text


# ---- the years of contributions a retiring 职工 lacks, for the year the handbook states fully -------


@pytest.mark.parametrize("text,said", [
    ("2025年要办退休了 职工医保加起来交了15年 在巴中交了15年 还差几年", "累计缴费年限还差 5 年"),
    ("今年是2025年退休 我职工医保累计缴了二十一年 本市交了六年 够不够", "本市缴费年限还差 4 年"),
])
def test_the_years_a_retiring_worker_lacks_are_computed(engine, text, said):
    r = ask(engine, text, region="巴中")
    assert r.kind == "calculation", r.text
    assert said in r.text and "第二章 十九问" in r.text and "可能不同" not in r.text, r.text


def test_a_year_whose_minimum_the_handbook_does_not_state_is_not_computed(engine):
    # 2026年起渐进式延长: only the 2035 end is given, so no year between is computed
    r = ask(engine, "2028年退休 职工医保累计交了18年 还差几年", region="巴中")
    assert (r.calculation.name if r.calculation else None) != "retirement_years", r.text


@pytest.mark.parametrize("text", ["低保户 大病起付线好多 老汉住院花了好几万", "合疗筹资多少 政府补好多 我家交了几千块"])
def test_a_rough_sum_beside_these_questions_does_not_break_them(engine, text):
    # an amount said too roughly to read has no value: the question falls back to its usual path
    r = ask(engine, text, region="巴中")
    assert r.text, r


@pytest.mark.parametrize("first,second,region,figure", [
    # 长治 特困 5000 / 80%: (20000 − 5000) × 80% = 12000
    ("我们家是低保 长治大病保险起付线是多少", "合规自付两万", "长治", 12000),
    # 克拉玛依 困难 10500, 65% up to 50000: (30000 − 10500) × 65% = 12675
    ("困难学生 大病保险起付线多少", "自己负担的合规费用3万", "克拉玛依", 12675),
])
def test_the_sum_after_a_groups_threshold_is_computed(engine, first, second, region, figure):
    from tests.helpers import talk
    rs = talk(engine, [first, second], region=region)
    assert rs[0].kind == "calculation" and "如需帮您测算" in rs[0].text, rs[0].text
    assert rs[1].kind == "calculation" and f"{figure}" in rs[1].text.replace(",", ""), rs[1].text
