"""Calculations as people ask them (issue 10, second round): the whole chain for a 低保 / 特困
person, 倾斜救助, a household with one subsidised member, a repeat stay or visit, one hospital named
twice. Figures from the handbooks (巴中 第三章、第六章; 长治 居民住院 / 医疗救助; 克拉玛依 第7部分),
asked in phrasings of our own, through intents.forms, the engine and the batch contract."""

import pytest
from test_dialogues import _batch

from tests.helpers import ask, nums, talk

# the three layers named, or "各种报完 / 走完 / 自己还出多少" for a 救助 identity: the chain on the bill
CHAIN = [
    # 巴中 三级 700/60%; 大病 低保 起付 7224 65%; 常规救助 低保 70% 限额2万
    ("巴中低保户，居民医保，在三级医院住了院花了10万，基本医保、大病保险、医疗救助都走一遍，最后自己出多少",
     [59580, 21577.4, 13189.82, 5652.78]),
    # 巴中 二级 400/70%; 特困 大病 7224 65%; 常规救助 特困 100%
    ("我妈是特困人员，巴中的，二级医院住院花了5万，全部报完了自己还出好多", [34720, 5236.4, 10043.6]),
    # 长治 三类 100/85%; 大病 低保 5000 80%; 救助 低保 70%
    ("长治低保户，县里二级乙等医院住院花了8万，基本医保、大病、医疗救助各报多少", [67915, 5668, 4491.9, 1925.1]),
    # no 救助 identity, the two funds named together: basic and 大病 on the bill
    ("长治居民，二乙医院住院花了8万，基本医保和大病保险一起能报多少", [67915, 1563.75]),
    # anyone, everything paid: basic and 大病 (巴中 大病 起付 14448, 0–10万 60%), 按普通人员 said
    ("巴中居民，三级医院住院花了10万，各种报完自己还出好多", [59580, 15583.2]),
    ("巴中特困户，二级医院住院5万，各种报完自己还出好多", [34720, 5236.4, 10043.6]),
]


@pytest.mark.parametrize("text,figures", CHAIN)
def test_the_whole_chain_when_the_layers_or_everything_paid_are_asked(text, figures):
    r = ask(text)
    assert r.kind == "calculation" and r.calculation.name == "chain", r.text
    assert all(f in nums(r.text) for f in figures), (figures, r.text)


def test_what_is_left_after_the_funds_is_still_only_assistance():
    r = ask("巴中低保户，住院经基本医保、大病保险报完后自付的合规费用还剩1万，医疗救助能给多少")
    assert r.kind == "calculation" and r.calculation.name == "assistance" and 7000 in nums(r.text)


@pytest.mark.parametrize("text,figure", [
    # 巴中 第六章 五问(二): 特困 起付 8500 100% 限额1万; 其他对象 50%
    ("巴中特困供养人员，规范转诊省内看的，基本医保大病医疗救助都报完了，自付合规还有1万2，倾斜救助补多少", 3500),
    ("巴中低保户，转诊在省里住院，三重保障走完了还剩2万自付，倾斜救助有好多", 5750),
    # 长治 医疗救助待遇: 超过15460元的部分70%，年度限额3万
    ("长治低保户，规范转诊省内住院，三重保障报完个人自付还有3万，倾斜救助多少", 10178),
])
def test_tilt_assistance_on_what_is_left_after_the_three_layers(text, figure):
    r = ask(text)
    assert r.kind == "calculation" and figure in nums(r.text), r.text
    assert "倾斜救助" in r.text


def test_three_layers_then_plain_assistance_asks_the_regular_part():
    # "三重保障报完后…医疗救助能给多少" (the first blind set's wording): 常规救助, not 倾斜
    r = ask("长治低保，三重保障报完后目录内个人自付还有1万，医疗救助能给多少")
    assert r.kind == "calculation" and 7000 in nums(r.text)


@pytest.mark.parametrize("text,figure", [
    ("巴中城乡居民，家里4个人交医保，我是低保，其他3个都是普通的，一共要交好多", 1300),   # 3×400 + 100
    ("巴中居民医保，屋头3口人，只有我爸是低保户，一共要交好多", 900),                     # 2×400 + 100
    ("巴中居民，我们家5个人，我婆婆是特困，其余的都是一般人，总共交多少", 1600),          # 4×400 + 0
])
def test_a_household_with_one_subsidised_member(text, figure):
    r = ask(text)
    assert r.kind == "calculation" and figure in nums(r.text), r.text


def test_the_current_year_named_in_brackets_is_this_year_late():
    # 克拉玛依 第2部分: 6月30日以后缴纳当年的，个人缴费1200元
    r = ask("我2025年的克拉玛依居民医保一直没交，2025年8月才去交当年（2025年）的，要交多少钱")
    assert r.kind == "calculation" and 1200 in nums(r.text)


@pytest.mark.parametrize("text,figure", [
    # 克拉玛依 第7部分（一）: 同一等级再次住院不再支付起付标准; 三级 65%
    ("今年已经在克拉玛依三级医院住过一次院了，这次又住三级医院，花了1万，学生医保报多少", 6500),
    ("克拉玛依学生医保，今年住过一次院了，在二级医院，这次又住二级医院花了4000，能报多少", 3000),
])
def test_a_second_stay_at_the_same_level_owes_no_deductible(text, figure):
    r = ask(text)
    assert r.kind == "calculation" and figure in nums(r.text), r.text
    assert "不再计起付线" in r.text


@pytest.mark.parametrize("text,figure", [
    ("长治居民，今年在乡镇卫生院这种一级医疗机构门诊一共花了600，门诊统筹能报多少", 300),   # 一级 = 乡镇卫生院 60%, 限额300
    ("长治居民在乡镇卫生院也就是一级医院住院花了1万，报多少", 8415),                     # both 三类 100/85%
    ("克拉玛依学生医保，去一级的社区医院看门诊，花了150", 98),                           # the table lists 一级 only
])
def test_one_hospital_named_twice_is_one_row_where_the_table_groups_them(text, figure):
    r = ask(text)
    assert r.kind == "calculation" and figure in nums(r.text), r.text


def test_one_hospital_named_twice_is_asked_where_the_figures_differ():
    # 巴中: 乡镇卫生院 100/90% and 一级 300/80% are two rows
    r = ask("巴中居民医保，乡镇卫生院这种一级医院住院花了5000，报多少")
    assert r.kind == "invalid" and r.calculation is None and "哪一级医院" in r.text


def test_an_identity_after_a_stay_widens_it_to_the_chain(engine):
    first, low, poorest = talk(engine, ["长治居民，县里二级乙等医院住院花了8万，基本医保和大病保险能报多少",
                                        "俺家是低保户", "特困呢"])
    assert {67915, 1563.75} <= nums(first.text)
    assert {5668, 4491.9} <= nums(low.text)
    assert {5668, 6417} <= nums(poorest.text) and "个人最后负担 0 元" in poorest.text
    stay, widened = talk(engine, ["巴中居民医保，三级医院住院花了2万，能报多少", "我是特困人员"])
    assert widened.kind == "calculation" and "医疗救助" in widened.text and 11580 in nums(widened.text)


def test_second_visit_correction_halves_the_deductible_through_the_batch_contract(tmp_path):
    rows = _batch(tmp_path, {"visit": ("克拉玛依", ["克拉玛依学生医保，一级医院看门诊花了150，今年第一次去",
                                                  "哦不对，这是今年第二次去了"])})
    assert 98 in nums(rows["visit-0"]["text"])
    second = rows["visit-1"]
    assert second["kind"] == "calculation" and "减半" in second["text"] and 100 in nums(second["text"])


# ---- the amount is what is left, not a stay's bill: no hospital level is needed ----------------

@pytest.mark.parametrize("text,figure", [
    # 长治 居民大病保险: 超过1万元以上部分75%
    ("长治居民，住院加门诊慢病今年自己合规自付一共3万，大病保险能报多少", 15000),
    ("长治居民，今年住院和门诊慢病加起来个人合规自付2万，大病保险一起能赔多少", 7500),
    # 长治 医疗救助待遇: 易返贫致贫人口 超过3092元部分70%
    ("长治易返贫致贫人口，今年政策范围内住院自付2万，医疗救助多少", 11835.6),
])
def test_what_is_left_after_basic_insurance_needs_no_hospital_level(text, figure):
    r = ask(text)
    assert r.kind == "calculation" and figure in nums(r.text), r.text


def test_a_fee_the_handbook_does_not_give_is_said_not_replaced_by_another():
    # 巴中 第一章 十七: 长护险 from 2028, no fee in the handbook — not the 医保 fee instead
    r = ask("巴中长期护理保险一年要交好多钱？")
    assert r.kind == "not_listed" and "2028" in r.text and "400" not in r.text
    # 克拉玛依 lists its 长护险 (53元, 第2部分)
    assert 453 in nums(ask("克拉玛依学生医保加长护险一年一共交多少").text)


# ---- waiting periods as people put them ---------------------------------------------------------

@pytest.mark.parametrize("text,figure", [
    # 巴中 第三章 三问 / 十问: 集中缴费期后缴费，固定等待期3个月，自缴费之日起算
    ("2025年我交了居民医保的，2026年的拖到2026年3月10号才交，巴中这边好久开始能报？", 3),
    # 巴中 第一章 二十六: 连续2年以上、切换险种中断超过3个月，设6个月等待期
    ("巴中的，连续交了三年居民医保，现在找到工作要转职工医保，中间断了5个月，要等好久才能报？", 6),
])
def test_waiting_periods_asked_as_people_ask(text, figure):
    r = ask(text)
    assert r.kind == "calculation" and figure in nums(r.text), r.text


# ---- follow-ups that carry the case on ------------------------------------------------------------

def test_paying_back_the_gap_as_a_follow_up_repairs_the_variable_months(engine):
    # 巴中 第三章 十问 例五: 断2年 3+1=4个月; 补缴修复后只剩固定3个月
    first, repaired = talk(engine, ["巴中的，我2025年和2026年都没交医保，2027年集中缴费期交了，好久能报销？",
                                    "那我把断的补缴了呢"])
    assert "等待期 4 个月" in first.text and "等待期 3 个月" in repaired.text


def test_another_scheme_after_a_lost_table_computes_the_case_for_it(engine):
    # 长治's 职工 table was an image; "那居民呢" asks the same stay for 居民 (三类 100/85%)
    lost, resident = talk(engine, ["长治职工，市里三甲医院住院花了3万能报多少", "那居民呢，县里二级乙等医院"])
    assert lost.kind == "unanswered" and resident.kind == "calculation" and 25415 in nums(resident.text)


def test_an_outpatient_bill_while_the_chronic_form_waits_is_that_diseases_bill(engine):
    # 巴中 第四章 三问: 慢阻肺 居民 年限额800, 90%
    turns = talk(engine, ["巴中，我有慢阻肺，门诊慢病能报好多", "慢病是按好多比例报哦？", "居民医保，一年门诊花了1200"])
    assert turns[2].kind == "calculation" and 800 in nums(turns[2].text) and "慢" in turns[2].text


def test_the_chain_and_its_follow_ups_through_the_batch_contract(tmp_path):
    rows = _batch(tmp_path, {
        **{f"chain{i}": (None, [text]) for i, (text, _) in enumerate(CHAIN)},
        "widen": ("长治", ["长治居民，县里二级乙等医院住院花了8万，基本医保和大病保险能报多少", "俺家是低保户", "特困呢"]),
        "cap": ("巴中", ["巴中居民，我从2025年开始每年都交居民医保，一直没断，到2031年大病保险最高限额是好多"]),
    })
    for i, (_, figures) in enumerate(CHAIN):
        row = rows[f"chain{i}-0"]
        assert row["kind"] == "calculation" and row["calculation"]["name"] == "chain"
        assert all(f in nums(row["text"]) for f in figures), row["text"]
    assert {5668, 4491.9} <= nums(rows["widen-1"]["text"]) and 6417 in nums(rows["widen-2"]["text"])
    # 巴中 第三章 九问 例一: 2029年30.4万、2030年30.8万 … 2031年 31.2万
    assert 312000 in nums(rows["cap-0"]["text"])


def test_a_stay_asked_without_scheme_or_sum_gives_each_schemes_row_then_asks(engine):
    """"巴中二级医院住院能报好多": no scheme, no sum. Each scheme's row of the handbook's table is the
    answer (居民 400 / 70%, 职工 400 / 82%); the sum is asked, then the scheme where the result
    depends on it."""
    first, second, third = talk(engine, ["我们巴中的 在二级医院住院能报好多", "花了1万", "城乡居民"])
    # (the asker's own stay: the rule, and the sum asked with it)
    assert first.kind == "clarify" and first.missing_slots == ["amount"], first.text
    assert "报销比例70%" in first.text and "报销比例82%" in first.text and "花了多少钱" in first.text
    assert second.kind == "clarify" and "居民" in second.text and "职工" in second.text, second.text
    # (10000 − 400) × 70% = 6720
    assert third.kind == "calculation" and 6720 in nums(third.text), third.text
