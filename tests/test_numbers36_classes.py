"""The thirty-sixth numbers set's classes, each through the real engine with phrasings of our own:
the 大病 cap's zero-claim reward and a run said with 连着; a household's rest counted besides a funded
member; a year glossed in brackets; a newborn's birth and payment years; a year's fee paid late in a
month of its own year; a 长治 class whose 县级 and 省、市级 columns differ; a household's sum with no size;
大病 care elsewhere where the region cuts an unreferred stay; the other 大病 group beside the ordinary."""
from bot.session import Session
from tests.helpers import answer as ask
from tests.helpers import computed, nums


# ---- 巴中 第三章 九问: the cap's rewards ---------------------------------------------------------------

def test_a_run_said_with_lian_zhe_counts_its_years_and_the_zero_claim_year_before_adds(engine):
    # 2026…2030 in a row: the 5th year, +4000; no claims in 2029, +4000 for 2030: 300000 + 8000
    r = computed(ask(engine, "居民医保2026到2030年连着交 2029年没用过医保报销 2030年大病最高报好多", region="巴中"),
                 308000, name="serious_illness_cap")
    assert "零报销" in r.text, r.text


def test_a_zero_claim_year_raises_only_the_year_after_it(engine):
    # no claims in 2027 raises 2028's cap, not 2030's (例二): the 5th year's 4000 alone
    r = computed(ask(engine, "居民医保2026到2030年连着交 2027年没用过医保报销 2030年大病最高报好多", region="巴中"),
                 304000, name="serious_illness_cap")
    assert "308000" not in r.text.replace(",", ""), r.text
    assert "2028 年" in r.text and "不因此提高" in r.text, r.text


def test_the_year_after_the_zero_claim_year_asked_with_a_later_one(engine):
    # (each year asked is computed and named: 2027 raised by the zero-claim year, 2028 back to the original)
    r = computed(ask(engine, "2026年交了合疗一次都没报过 2027年大病封顶多少 2028年的呢", region="巴中"), 304000, 300000)
    assert "2027 年 304,000 元" in r.text and "2028 年 300,000 元" in r.text, r.text


# ---- 巴中 第三章 六问: a household's fee ---------------------------------------------------------------

def test_the_rest_counted_besides_a_funded_member_are_ordinary_members_too(engine):
    # 爷爷 特困 (0) and two others besides him at 400: 800 for three people
    r = computed(ask(engine, "我爷爷是特困人员 家里另外还有两个人 2026年合疗全家交多少", region="巴中"), 800)
    assert "全家 3 人" in r.text, r.text


def test_the_rest_counted_besides_the_asker_of_a_group(engine):
    # the asker 低保 (100) and three more at 400: 1300 for four, never four 低保 members
    r = computed(ask(engine, "我是低保对象 家里还有三个人 合疗一共交好多", region="巴中"), 1300)
    assert "全家 4 人" in r.text, r.text


def test_a_household_sum_with_no_size_asks_its_size_and_who_is_funded(engine):
    r = ask(engine, "我们全家人交合疗 一共要交好多钱嘛", region="巴中")
    assert r.kind == "clarify", r.text
    assert "几个人" in r.text and "低保" in r.text, r.text


def test_the_household_size_answered_next_computes(engine):
    s = Session()
    first = ask(engine, "我们全家人交合疗 一共要交好多钱嘛", region="巴中", session=s)
    assert first.kind == "clarify", first.text
    computed(ask(engine, "5个人 我爸是特困", region="巴中", session=s), 1600)


# ---- 巴中 第二章 十九问: a year glossed in brackets -----------------------------------------------------

def test_a_year_glossed_in_brackets_is_the_year_said(engine):
    # 2025年退休: 本市 not less than 10 years; 7 said → 3 more
    r = computed(ask(engine, "今年（2025年）就要退休了 职工医保累计交了22年 在巴中交了7年 还差几年", region="巴中"), 3)
    assert "本市缴费年限还差 3 年" in r.text, r.text


def test_glossed_years_in_normalisation():
    from corpus.normalize import as_read, clean
    assert "2025年退休" in clean("今年（2025年）退休")
    assert "2024年没交" in as_read("去年(2024年)没交")
    assert "今年退休" in clean("今年退休")


# ---- 巴中 第三章 十问 例七: a newborn enrolled years late -------------------------------------------------

def test_a_newborn_paid_for_years_after_the_birth_year_waits_for_the_years_between(engine):
    # born 2024, first paid 2027: three years without cover → 3 + 2 = 5 months, 3 after repair
    r = computed(ask(engine, "孙子2024年出生的 一直没交 2027年才去交 等待期要多久 能缩短不", region="巴中"), 5, 3)
    assert "修复" in r.text, r.text


def test_a_newborn_paid_the_year_after_birth_is_not_read_by_years(engine):
    # a year apart, months unsaid, may lie within the newborn's days: no gap of years read
    from intents.slots import extract
    assert "gap_years" not in extract("娃儿2025年出生 2026年才交").values


# ---- 克拉玛依 第2部分: a year's fee paid late in its own year ---------------------------------------------

def test_a_month_of_the_cover_year_past_the_line_is_the_late_standard_with_its_difference(engine):
    r = computed(ask(engine, "2025年的居民医保 我等到8月份才交 要交好多 比按时交的多多少", region="克拉玛依"), 1200, 800)
    assert "【2】" not in r.text, r.text


def test_a_month_the_window_may_hold_is_not_taken_as_late():
    from intents.slots import extract
    from intents.form_rules import _paid_in_cover_year
    from calculators.policy import policy_for
    s = extract("2026年的医保拖到11月才交 要交多少").values
    assert not _paid_in_cover_year(policy_for("克拉玛依"), s)
    s = extract("2025年的医保拖到7月才交 要交多少").values
    assert _paid_in_cover_year(policy_for("克拉玛依"), s)


def test_paying_on_time_compared_is_no_payment_on_time():
    from intents.slots import extract
    assert extract("2025年的医保8月才交 比按时交贵多少").get("in_window") is not True
    assert extract("我是按时交的").get("in_window") is True


# ---- 长治 居民住院表: 二类's two columns ------------------------------------------------------------------

def test_a_class_with_two_columns_computes_each_and_asks_the_level(engine):
    # 二级甲等 is 二类: 县级 (8000 − 400) × 75% = 5700; 省、市级 (8000 − 500) × 70% = 5250
    r = computed(ask(engine, "城乡居民 二级甲等医院住院 花了8000 报多少", region="长治"), 5700, 5250)
    assert "县级还是省、市级" in r.text, r.text
    assert r.missing_slots == ["level"]


def test_the_level_answered_next_computes_its_column(engine):
    s = Session()
    computed(ask(engine, "城乡居民 二级甲等医院住院 花了8000 报多少", region="长治", session=s), 5700, 5250)
    r = computed(ask(engine, "县级的", region="长治", session=s), 5700)
    assert "5250" not in r.text, r.text


# ---- 长治 居民大病保险: 未办理转院审批手续的，比例降低10% ------------------------------------------------------

def test_serious_care_elsewhere_asks_whether_it_was_referred_where_the_rate_turns_on_it(engine):
    s = Session()
    r = ask(engine, "大病保险 在上海做的手术 个人合规自付6万 能赔多少", region="长治", session=s)
    assert r.kind == "clarify" and "转院" in r.text, r.text
    # not referred: (60000 − 10000) × (75% − 10%) = 32500, then the second layer on what is left over 5万
    r = ask(engine, "没办", region="长治", session=s)
    assert r.kind == "calculation" and "降低" in r.text, r.text
    assert 32500 in nums(r.text), r.text


def test_serious_care_elsewhere_where_no_cut_applies_is_computed(engine):
    r = ask(engine, "大病保险 在重庆做的手术 个人合规自付6万 能赔多少", region="巴中")
    assert r.kind == "calculation", r.text


# ---- the other 大病 group beside the ordinary ------------------------------------------------------------

def test_no_group_said_puts_the_other_groups_result_beside(engine):
    # 克拉玛依 一般: (40000 − 21000) × 60% = 11400; 困难: (40000 − 10500) × 65% = 19175
    r = computed(ask(engine, "大病保险 个人合规自付4万 能报多少", region="克拉玛依"), 11400, 19175)
    assert "按普通人员计算" in r.text and "困难人员" in r.text, r.text


def test_a_group_said_has_nothing_beside(engine):
    r = computed(ask(engine, "我是普通学生 大病保险 个人合规自付4万 能报多少", region="克拉玛依"), 11400)
    assert "19175" not in r.text.replace(",", ""), r.text
