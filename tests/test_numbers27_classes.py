"""Classes the twenty-seventh numbers set showed: a household member named by a one-character kin word
with its owner ("我哥是特困"), an add-on (长护险) chosen by some of the people only, and the others
below. Own phrasings, through the real engine, with the handbooks' figures."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed, talk

# ---- one member of the household named by a short kin word with its owner -------------------------


@pytest.mark.parametrize("text,total", [
    # 巴中 第三章 六问: 2026 个人缴费 400；特困 全额资助 (0)，低保 资助 300 (100)
    ("屋里4口人交2026年合疗 我弟是特困 全家交好多", 1200),
    ("我们家3口人 俺姐是低保 2026年居民医保一共交多少", 900),
])
def test_a_member_named_by_a_short_kin_word_is_one_member(engine, text, total):
    r = ask(engine, text, region="巴中")
    computed(r, total, name="contribution")


# ---- the 长护险 add-on chosen by some of the people only --------------------------------------------


@pytest.mark.parametrize("text,total", [
    # 克拉玛依 2026: 个人缴费 400 元；居民长护险（自愿）53 元
    ("我们寝室6个人交2026年居民医保 其中三个人要加长期护理 总共交多少", 6 * 400 + 3 * 53),
    ("家里5口人交医保 里面1个加长护 一共多少钱", 5 * 400 + 53),
])
def test_an_add_on_chosen_by_some_is_added_for_them_only(engine, text, total):
    r = ask(engine, text, region="克拉玛依")
    computed(r, total, name="contribution")


def test_an_add_on_chosen_by_all_is_added_for_all(engine):
    r = ask(engine, "宿舍3个人交医保 都加长护 一共多少", region="克拉玛依")
    computed(r, 3 * 453, name="contribution")


# ---- two stays' claims asked with their sum ("各报多少 一共多少"): claims, not a fee -------------------


def test_the_sum_asked_beside_two_stays_claims_is_the_claims_sum(engine):
    # 克拉玛依 待遇标准表: 一级 100 / 85%，二级 200 / 75%；再次在高等级住院补足起付标准差额
    r = ask(engine, "今年先在一级医院住院3000 后来又到二级医院住院6000 分别报多少 一共多少", region="克拉玛依")
    computed(r, (3000 - 100) * 0.85, (6000 - 100) * 0.75, (3000 - 100) * 0.85 + (6000 - 100) * 0.75, name="inpatient")


def test_a_household_fee_asked_with_its_sum_stays_a_fee(engine):
    r = ask(engine, "我们家3口人交2026年居民医保 一共多少", region="克拉玛依")
    computed(r, 1200, name="contribution")


# ---- 医疗救助: 倾斜救助 after the 三重制度 said in the handbook's words; the 返贫致贫 floor of 90% -----


@pytest.mark.parametrize("text,tilt", [
    # 长治 医疗救助待遇: 倾斜救助 on the part above 15460 at 70%, 年度限额 3万
    ("低保户 规范转诊省内住院 经三重制度综合保障后自己还要出两万 倾斜救助有多少", (20000 - 15460) * 0.7),
    ("特困 转诊到太原住院 三重制度保障以后还剩六万自付 倾斜救助多少", 30000),
])
def test_tilt_after_the_three_systems_said_in_the_handbooks_words(engine, text, tilt):
    r = ask(engine, text, region="长治")
    computed(r, tilt, name="assistance")


@pytest.mark.parametrize("text,aid", [
    # 长治 返贫致贫人口: 目录内个人自付 70%；省内住院单次综合支付比例达不到90%的，救助到90%
    # 8000 目录内，基本医保报了 5000: 5000 + 3000 × 70% = 7100 < 7200 → 救助 7200 − 5000 = 2200
    ("返贫致贫户 在省内住院 目录内八千 基本医保报了五千 医疗救助给多少", 2200),
    # 20000，报了 15000: 15000 + 3500 = 18500 ≥ 18000 → 3500 as the row's 70%
    ("返贫致贫人口 省内住院目录内两万 基本医保报了一万五 救助多少", 3500),
])
def test_the_floor_of_a_stays_combined_share_is_reached_by_aid(engine, text, aid):
    r = ask(engine, text, region="长治")
    computed(r, aid, name="chain")


# ---- a cost said as a range, where every figure is the same at both ends (七八百 over a 500 limit) -----


def test_a_range_over_a_fixed_limit_is_answered(engine):
    # 巴中 第二章 二十八问: 职工 怀孕不满4个月终止妊娠 限额 500 元，产前检查费 200 元
    r = ask(engine, "巴中职工医保 我怀孕三个月流产了 合规费用六七百 能报多少")
    computed(r, 500, name="maternity")


def test_a_range_across_a_limit_is_asked(engine):
    r = ask(engine, "巴中职工医保 怀孕两个月流产了 合规费用四五百 能报多少")
    assert r.kind == "clarify", r.text
    assert "amount" in r.missing_slots, r.missing_slots


# ---- the day from which the costs had are paid, asked of the costs ("哪天发生的费用才能报") ----------


def test_the_day_costs_are_paid_from_is_the_waiting_period(engine):
    # 巴中 第三章 三问: 已参加上年度医保、3月1日起缴费的，固定等待期3个月，自缴费之日起算
    r = ask(engine, "去年交了的 今年4月2号才交合疗 啥时候花的钱才能报", region="巴中")
    computed(r, name="waiting_period")
    assert "7月2日" in r.text, r.text


# ---- the visit's count said unknown ("今年第几次不记得了"): asked where it changes the answer ----------


def test_an_unknown_visit_count_is_asked_where_the_deductible_halves(engine):
    # 克拉玛依 普通门诊: 一级单次起付 10 元，年度内第二次及以后减半；70%
    r = ask(engine, "一级医院看门诊 忘了是今年第几次 花了80 报多少", region="克拉玛依")
    assert r.kind == "clarify", r.text
    assert r.missing_slots == ["visit"], r.missing_slots


@pytest.mark.parametrize("said,paid", [("第一次", 49), ("第二次及以后", 52.5)])
def test_the_visit_count_told_after_is_computed(engine, said, paid):
    first, second = talk(engine, ["一级医院看门诊 今年第几次记不清了 花了80 报多少", said], region="克拉玛依")
    assert first.kind == "clarify", first.text
    computed(second, paid, name="outpatient")


def test_an_unknown_visit_count_that_changes_nothing_is_not_asked(engine):
    # 巴中 居民普通门诊: 一级 50%，无起付线：第几次都一样
    r = ask(engine, "居民医保 一级医院看门诊 今年第几次不记得了 花了80 报多少", region="巴中")
    computed(r, 40, name="outpatient")


# ---- no formality done at all ("没办任何手续") is no filing and no referral ---------------------------


@pytest.mark.parametrize("text,paid", [
    # 巴中 第三章 十一问: 非急诊且未转诊的其他临时外出住院 起付 1000 元，二级 60%，三级 50%
    ("巴中的 啥手续都没办 去重庆二级医院住院 不是急诊 花了一万 合疗报多少", (10000 - 1000) * 0.6),
    ("巴中合疗 什么手续也没有办就去西安三级医院住院了 非急诊 合规两万 能报多少", (20000 - 1000) * 0.5),
])
def test_no_formality_done_is_no_filing(engine, text, paid):
    r = ask(engine, text)
    computed(r, paid, name="inpatient")


# ---- the diabetes type, where the region's 两病 limits differ by it (长治: 1型 480, 其他 360) ---------


def test_an_unsaid_diabetes_type_that_decides_the_figure_is_asked(engine):
    # 长治 居民两病: 乙类 50%；900 × 50% = 450: 其他类型 限额 360，1型 限额 480 (450 paid) — the type decides
    # the figure, so it is asked (round 39: never the 2型 figure stated with the 1型 one in a note)
    r = ask(engine, "两病 糖尿病 乙类药一年花了900 报多少", region="长治")
    assert r.kind == "clarify" and r.missing_slots == ["diabetes_type"], r.text
    assert "1型" in r.text, r.text


@pytest.mark.parametrize("text,paid", [
    ("两病 糖尿病 甲类药一年花了500 报多少", 300),         # under both limits: the type changes nothing
    ("2型糖尿病 两病 甲类药一年花了700 报多少", 360),       # the type said
    ("糖尿病 不是1型的 两病 乙类药一年900 报多少", 360),    # ... or said not to be 1型
    ("1型糖尿病 两病 乙类药一年花了900 报多少", 450),
])
def test_the_diabetes_type_known_or_changing_nothing_gives_one_figure(engine, text, paid):
    r = ask(engine, text, region="长治")
    computed(r, paid, name="two_diseases")
    assert "如是1型" not in r.text, r.text


def test_the_diabetes_type_without_a_bill_is_no_question(engine):
    r = ask(engine, "俺有糖尿病 两病一年最多报多少", region="长治")
    assert "diabetes_type" not in r.missing_slots, r.missing_slots
