"""What the thirty-seventh numbers set left, each class through the real engine with phrasings of our own:
a month number right after a bill ("…4000 5月…") read as its own month, not the bill's tail, so every bill
is counted; a later stay told after the first's bill ("又住院") its own stay; an asserted wrong figure beside a
bill with no scheme said (the figure corrected and the bill computed under each scheme, labelled); a sum
asked of a long-term filer's stay after a how-question (computed, not the rule page); a campus clinic with its
tier written in brackets; a 职工's spouse's 生育补差 asked with the birth told by 她 (the kind asked back); the
asker counted with classmates with no 人 after the count."""
from intents.numbers import find_numbers
from tests.helpers import answer as ask
from tests.helpers import computed, nums


# ---- the number reader: a digit after a bare amount and a space is no tail of it ------------------------

def test_a_month_number_after_a_bill_is_not_read_into_the_bill():
    text = "2月花了3000 6月花了1000"
    found = [n for n in find_numbers(text) if n.value is not None and n.value >= 1000]
    assert [n.value for n in found] == [3000, 1000]
    assert found[0].end <= text.index("6月"), found        # (the 6 of 6月 is the month's, never the bill's)


def test_a_tail_after_a_unit_is_still_read():
    assert [n.value for n in find_numbers("住院花了1万2")] == [12000]
    assert [n.value for n in find_numbers("花了3千5")] == [3500]


# ---- 巴中 第四章 五问: 门诊特病 bills month by month, the deductible once a year ---------------------------

def test_each_months_bill_of_special_outpatient_care_is_counted(engine):
    # (3000 − 400) × 60% = 1560, then 1000 × 60% = 600: 2160 together — never one bill of 1000 alone
    r = computed(ask(engine, "我爸门特 城乡居民医保 2月花了3000 6月又花了1000 加起来报多少", region="巴中"),
                 1560, 600, 2160)
    assert "(1000 − 400)" not in r.text, r.text


# ---- 巴中 第三章 十一问: two stays in one year, each its own deductible --------------------------------------

def test_a_later_stay_told_after_the_first_bill_is_a_stay_of_its_own(engine):
    # 二级: (5000 − 400) × 70% = 3220, (3000 − 400) × 70% = 1820 — never (8000 − 400) × 70% = 5320 as one stay
    r = computed(ask(engine, "居民医保 在县里二级医院 4月住院花了5000 9月又住院花了3000 一共报多少", region="巴中"),
                 3220, 1820, 5040)
    assert 5320 not in nums(r), r.text


# ---- 巴中 第二章 二十七问 / 第三章 十一问: a figure heard, the bill, no scheme -------------------------------

def test_a_wrong_figure_heard_beside_a_bill_with_no_scheme_gets_each_schemes_sum(engine):
    # 二级 起付 400 under both schemes: the 300 heard corrected, the bill computed under each, labelled
    r = ask(engine, "听说二级医院起付线是300 我家里人住院花了1万 到底能报多少", region="巴中")
    assert r.kind == "calculation", r.text
    assert "不是300" in r.text, r.text
    assert "【职工医保】" in r.text and "【城乡居民医保】" in r.text, r.text
    assert 6720 in nums(r), r.text          # 居民 二级: (10000 − 400) × 70%
    assert "(10000 − 300" not in r.text, r.text


def test_the_scheme_told_next_computes_that_ones_sum(engine):
    from tests.helpers import talk
    first, second = talk(engine, ["听说二级医院起付线是300 我家里人住院花了1万 到底能报多少", "城乡居民"], region="巴中")
    computed(second, 6720)


# ---- 巴中 第三章 十一问（二）: a long-term filer's stay is paid as at home ----------------------------------

def test_a_sum_asked_after_how_of_a_long_term_filers_stay_is_computed(engine):
    # 二级 at the filing place: (10000 − 400) × 70% = 6720
    r = ask(engine, "我爸办了长期备案 在深圳二级医院住院一万 居民医保怎么报 能报多少", region="巴中")
    assert r.kind == "calculation", r.text
    assert 6720 in nums(r), r.text


# ---- 克拉玛依 待遇标准表: the campus clinic with its tier written beside it -------------------------------

def test_a_campus_clinic_with_its_tier_in_brackets_is_that_tiers_visit(engine):
    # 一级 门诊: (60 − 10) × 70% = 35
    computed(ask(engine, "在校医院(一级)看门诊花了60 今年第一次 能报多少", region="克拉玛依"), 35)


def test_a_campus_clinic_with_no_tier_is_still_not_in_the_handbooks(engine):
    r = ask(engine, "在校医院看门诊花了60 能报多少", region="克拉玛依")
    assert r.kind == "unanswered", r.text


# ---- 巴中 第二章 九问: a 职工's spouse's 生育补差 ------------------------------------------------------------

def test_the_spouses_top_up_with_the_birth_told_by_she_asks_the_kind(engine):
    r = ask(engine, "老婆是居民医保 我是职工医保 她上个月生了 我这边能补差好多", region="巴中")
    assert r.kind == "clarify", r.text
    assert "剖宫产" in r.text and "顺产" in r.text, r.text


def test_she_fell_ill_is_no_birth(engine):
    from intents.calc_kind import BIRTH_TOLD
    assert not BIRTH_TOLD.search("她生了病 住院花了3000")


# ---- 克拉玛依 缴费: the asker with classmates counted with no 人 ------------------------------------------

def test_the_asker_and_classmates_counted_without_a_measure_word(engine):
    # 2026 学生 个人缴费 400 each, three of them: 1200
    r = computed(ask(engine, "我和室友三个 2026年学校医保加起来交多少", region="克拉玛依"), 1200)
    assert "全家" not in r.text, r.text


# ---- 克拉玛依 缴费通知 三: care before a late payment ------------------------------------------------------

def test_care_before_a_late_payment_with_its_bill_is_no_calculation(engine):
    # the month after the bill (5月才交) is the payment's, read apart from the bill now: the care (2月) came
    # before it — the wait's question (等待期内及之前发生的医疗费基金不予支付), never the stay computed
    r = ask(engine, "2026年医保我错过了1月10号前交 2月份在一级医院住院花了3000 5月才补交 这笔能报吗", region="克拉玛依")
    # (the wait's rule applied to the months said — mend38: not paid — never a stay's payment computed)
    assert r.calculation is None or r.calculation.name == "waiting_period", r.text
    assert "等待期" in r.text and "不予支付" in r.text and "不能报" in r.text, r.text
