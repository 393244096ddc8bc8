"""The thirty-seventh numbers set's classes, each through the real engine with phrasings of our own:
a household listed member by member with its head count said after (the couple word 两口子 one member
of the list, not the count); people counted together who choose differently (one adds 长护险, one not);
a 职工's account share asked as money going in (进, 打进去); several visits' bills said one after another
after their count; 门诊特病 bills said month by month."""
from tests.helpers import answer as ask
from tests.helpers import computed, nums


# ---- 巴中 第三章 六问: a household's sum ------------------------------------------------------------

def test_the_head_count_said_wins_over_the_couple_word_in_a_listed_household(engine):
    # 400 a person in 2026, five people: 2000 — never the couple's 800
    r = computed(ask(engine, "爷爷奶奶 我们两口子 加一个娃 一共五个人 2026年合疗全家要交多少", region="巴中"), 2000)
    assert "800" not in r.text, r.text


def test_the_couple_word_alone_is_still_two(engine):
    # 低保: 2026 个人缴费 400, 资助 300 → 100 each, the couple two
    computed(ask(engine, "我们两口子都是低保 2026年居民医保一共自己交多少", region="巴中"), 200)


# ---- 克拉玛依 2026 缴费通知 二、三: 长护险 chosen by some -------------------------------------------------

def test_one_of_two_pays_the_care_insurance_and_the_other_only_the_medical(engine):
    # 400 + 53 for the one, 400 for the other: 853 — never 906 (both adding it)
    r = computed(ask(engine, "我和同学两个人 我要交医保和长护险 她就只交医保 2026年一共交多少", region="克拉玛依"), 853)
    assert "906" not in r.text, r.text


# ---- 巴中 第二章 十一问: the 在职 account's share ------------------------------------------------------

def test_the_account_share_asked_as_money_going_in_beside_the_fee(engine):
    # base 6000: 个人 2% = 120 a month; the account gets 2% of the base = 120 a month, 1440 a year
    r = ask(engine, "在职职工 缴费基数6000 每个月自己交多少 个人账户一个月打进去多少钱", region="巴中")
    assert {120.0, 1440.0} <= nums(r), r.text
    assert "个人账户每月划入" in r.text, r.text


# ---- 巴中 第三章 十八问 / 克拉玛依 待遇标准表: visits' bills said in a row ---------------------------------------

def test_visits_bills_said_in_a_row_after_their_count_are_each_a_visit(engine):
    # 50% each, yearly limit 100: 40 + 35 (70) → 40 + 35 = 75, then 25 left of the limit for 100 (50)
    r = computed(ask(engine, "合疗 今年门诊去了三回 80块 70块 100块 一共能报好多", region="巴中"), 40, 35, 25, 100,
                 name="outpatient")
    assert "第3次门诊" in r.text, r.text


def test_a_per_visit_deductible_is_taken_from_each_visit_said_in_a_row(engine):
    # 一级 70%, first visit's 起付线 10, later ones halved: (40−10)×70% = 21; (80−5)×70% = 52.5 → 73.5
    r = computed(ask(engine, "今年在一级医院看了两次门诊 40元 80元 一共能报多少", region="克拉玛依"), 21, 52.5, 73.5,
                 name="outpatient")
    assert "77" not in r.text, r.text


# ---- 巴中 第四章 五问: 门诊特病 bills month by month --------------------------------------------------------

def test_special_disease_bills_said_month_by_month_are_computed_each(engine):
    # one deductible (二级 400) a year, from the first: (3000−400)×60% = 1560; 4000×60% = 2400; 3960
    r = computed(ask(engine, "我爸门特 居民医保 今年三月花了3000 四月又花了4000 两个月一共能报多少", region="巴中"),
                 1560, 2400, 3960)
    assert "第2笔" in r.text, r.text


def test_the_employers_share_asked_after_the_account_share_is_the_fee_on_that_base(engine):
    # base 6000: the account's 2% (120) computed, then "单位呢" — the employer's 7% of the base: 420
    from bot.session import Session
    session = Session()
    ask(engine, "我基数6000 个人账户一个月打进去多少钱", region="巴中", session=session)
    r = computed(ask(engine, "那单位要交好多", region="巴中", session=session), 420)
    assert "单位" in r.text, r.text
