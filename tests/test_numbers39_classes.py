"""The thirty-ninth numbers set's classes, each through the real engine with phrasings of our own: a
filing's kind denied beside the one told (不是转诊, 临时备案了); the asker's scheme not known, with whose it
is said between or the two named back to back; a diabetes type that decides the 两病 figure, asked; a
type named where the region's 两病 table has one row for the disease."""
from tests.helpers import answer as ask
from tests.helpers import computed, talk


# ---- a filing's kind denied -----------------------------------------------------------------------

def test_a_referral_denied_beside_a_temporary_filing_is_the_temporary_row(engine):
    # 克拉玛依 居民 二级 200 / 75 %, 异地临时就医 20 points less: (6000 − 200) × 55 % = 3190 — never the referral's 75 %
    r = computed(ask(engine, "去外省临时住院 备了临时的案 并不是转诊 二级医院花了6000 能报多少", region="克拉玛依"), 3190)
    assert "4,350" not in r.text and "4350" not in r.text, r.text


# ---- the asker's scheme not known --------------------------------------------------------------------

def test_a_relatives_scheme_not_known_is_no_conflict(engine):
    # 巴中 乡镇卫生院: 职工 and 居民 both 100 / 90 % — (2100 − 100) × 90 % = 1800, one figure for either
    r = computed(ask(engine, "我家老人在乡镇卫生院住院 合规的2100 不知道我家老人是居民还是职工 能报好多", region="巴中"), 1800)
    assert "只能参加其中一种" not in r.text, r.text


def test_both_schemes_named_back_to_back_then_not_known(engine):
    # 巴中 门慢 高血压2级: 90 %, 职工 limit 1000, 居民 600 — 400 × 90 % = 360 under each, labelled
    r = ask(engine, "高血压2级门慢 今年花了四百 居民职工俺也弄不清 报好多", region="巴中")
    assert "只能参加其中一种" not in r.text, r.text
    assert "360" in r.text and "职工医保" in r.text and "城乡居民医保" in r.text, r.text


# ---- the 两病 diabetes type ------------------------------------------------------------------------

def test_a_diabetes_type_that_decides_the_figure_is_asked(engine):
    # 长治 两病 甲类 60 %: 800 × 60 % = 480 — 1型's limit 480 pays it all, the others' 360 caps it: the type decides
    r = ask(engine, "糖尿病 两病门诊 买甲类药花了800 能报多少", region="长治")
    assert r.kind == "clarify", r.text
    assert "1型" in r.text, r.text


def test_a_type_the_region_does_not_split_takes_the_diseases_row(engine):
    # 克拉玛依 两病 50 %, 糖尿病 1000 a year, no type rows: 3000 × 50 % = 1500, capped at 1000
    r = computed(ask(engine, "1型糖尿病 两病 社区医院一年药费3000 报多少", region="克拉玛依"), 1000)
    assert "不分类型" in r.text, r.text


# ---- two stays at two levels told by one sum -------------------------------------------------------

def test_two_stays_at_two_levels_told_by_one_sum_ask_each_bill(engine):
    # 克拉玛依 居民: 一级 100 / 85 %, 三级 600 / 65 % — the split decides the figure, so it is asked, never the sum
    # taken for the later stay; told, each stay is computed: (2000 − 100) × 85 % = 1615; (6000 − 500) × 65 % = 3575
    first, then = talk(engine, ["今年住了两回院 一回在一级医院一回在三级医院 加起来花了八千 报多少", "一级2000 三级6000"],
                       region="克拉玛依")
    assert first.kind == "clarify" and "各花了多少" in first.text, first.text
    computed(then, 1615, 3575)


# ---- 门诊救助 on what the 门慢 benefit leaves ------------------------------------------------------------

def test_outpatient_aid_of_a_chronic_bill_said_short_goes_after_the_chronic_benefit(engine):
    # 长治 居民 二类门慢 70 %: 300 × 70 % = 210, left 90; 特困 门诊慢性病 救助 60 % of what is left: 54 — never
    # the stay's 100 % row on the whole bill
    r = computed(ask(engine, "特困户 糖尿病居民门慢 这月医药费300 门诊救助能给多少", region="长治"), 210, 54)
    assert "300 × 100%" not in r.text, r.text


def test_what_is_left_asked_is_no_sum_said_left(engine):
    # the same chain with 还剩多少 asked beside it: 低保 30 % of the 90 left — 27
    computed(ask(engine, "低保 糖尿病居民门慢 这个月花了300 报了还剩多少 救助再给好多", region="长治"), 210, 27)


# ---- the asker and one other, both paying, a total asked ----------------------------------------------

def test_the_asker_and_a_sibling_both_paying_are_two_fees(engine):
    # 巴中 居民 2026: 400 a person — 2 × 400 = 800, never the one person's 400 given for the pair
    r = computed(ask(engine, "俺跟俺姐都要交2026年的合疗 一共要交多少钱", region="巴中"), 800)
    assert "2" in r.text and "× 2" in r.text, r.text


# ---- an employer said not to pay from a month on ----------------------------------------------------

def test_an_employer_not_paying_from_a_month_is_arrears_from_then(engine):
    # 巴中 第二章 二十三问: cover stops from the 4th month of arrears — from March, June; never a first enrolment's wait
    r = computed(ask(engine, "公司打3月起就没给交医保了 第几个月开始报不了", region="巴中"), 6)
    assert "6月" in r.text and "初次" not in r.text, r.text


# ---- a year's fee paid late, the payment remembered in a month of that year -----------------------------

def test_a_fee_remembered_late_in_its_own_year_is_the_late_standard(engine):
    # 克拉玛依: 2025年6月30日以后缴纳当年居民医保费用的，个人缴费标准为1200元 — paid in July of 2025 for 2025
    r = computed(ask(engine, "2025年的居民医保一直没交 7月份才记起来要补缴2025年的 交好多", region="克拉玛依"), 1200)
    assert "6月30日" in r.text, r.text


def test_the_type_said_as_its_own_clause_beside_a_bill_is_read(engine):
    # 长治 两病 甲类 60 %: 900 × 60 % = 540 → the other types' 360 limit; the type told, nothing asked
    r = talk(engine, ["糖尿病的两病咋报", "二型的 一年药费900 都是甲类"], region="长治")[-1]
    computed(r, 360)
