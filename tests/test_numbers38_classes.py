"""The thirty-eighth numbers set's classes, each through the real engine with phrasings of our own: two
people's bills in one message (a fact both share said with 两个都, a scheme word of one, 一个…一个…); a
household counted by two groups; a household's fee asked per head with its size, or whole with none; a
stay's bill said as money with 咋报; a limit asserted away; a newborn's birth year said the spoken way;
the years a retiring 职工 lacks, paid at once on a base told; two stays or visits of a year, each at
its own level; one day's visits at one hospital."""
from tests.helpers import answer as ask
from tests.helpers import computed, nums, talk


# ---- two people's bills, each its own case ----------------------------------------------------------

def test_a_scheme_both_share_adds_no_bill_to_the_other(engine):
    # 巴中 居民 市内: 乡镇卫生院 100 / 90 %, 二级 400 / 70 % — (2500 − 100) × 90 % = 2160; (7000 − 400) × 70 % = 4620
    r = computed(ask(engine, "我爸在镇卫生院住院用了2500，我婆婆在二级医院住院用了7000，两个都是新农合，分别能报多少",
                     region="巴中"), 2160, 4620)
    assert "9500" not in r.text, r.text


def test_a_relative_said_to_share_the_scheme_is_no_more_of_the_last_bill(engine):
    # the second person's own bill, never added to the first's: (7000 − 400) × 70 % = 4620
    r = talk(engine, ["我爸合疗 在镇卫生院住院用了2500 报好多", "我婆婆也是合疗 在二级医院住院用了7000 报好多"],
             region="巴中")[-1]
    computed(r, 4620)
    assert "9500" not in r.text, r.text


def test_each_scheme_reading_keeps_no_word_of_the_other_scheme(engine):
    # 职工 二级 400 / 82 %: (8000 − 400) × 82 % = 6232; 居民 二级 400 / 70 %: 5320 — never 职工's under 居民's label
    r = computed(ask(engine, "我个体户交的职工医保 老公是居民医保 都在二级医院住院 各花了8000 各报好多", region="巴中"),
                 6232, 5320)
    assert r.text.count("6,232") == 1, r.text


def test_two_people_told_one_and_the_other(engine):
    # 巴中 居民 门诊: 50 %, no deductible, 100 a year each — 80 × 50 % = 40; 130 × 50 % = 65
    computed(ask(engine, "我跟老公都是新农合 今年看门诊一个花了80 一个花了130 各报好多", region="巴中"), 40, 65)


# ---- a household's fee ---------------------------------------------------------------------------

def test_a_couple_of_one_group_and_the_rest_counted_with_who_they_are(engine):
    # 2026: 400 each, 特困 fully funded: 2 × 0 + 2 × 400 = 800
    r = computed(ask(engine, "屋里4个人 我和老婆是特困 两个娃儿不是 2026年合疗一共交多少", region="巴中"), 800)
    assert "1200" not in r.text, r.text


def test_the_fee_per_head_asked_with_the_household_size_gives_the_total_too(engine):
    computed(ask(engine, "2026年居民医保一个人交多少钱 我们家4个人", region="巴中"), 400, 1600)


def test_the_whole_household_with_no_size_is_asked_however_the_year_is_said(engine):
    r = ask(engine, "全家人交2026年度的居民医保要多少钱", region="巴中")
    assert r.kind == "clarify", r.text
    assert "几个人" in r.text, r.text


# ---- a stay's bill said as money, asked how it is paid ------------------------------------------------

def test_a_bill_said_as_money_with_how_asked_is_computed(engine):
    # 巴中 职工 异地急诊抢救: 起付 1000, 二级 77 %: (9000 − 1000) × 77 % = 6160
    computed(ask(engine, "去外地办事 急诊住进了二级医院，9000元，职工医保怎么报", region="巴中"), 6160)


# ---- a limit asserted away ------------------------------------------------------------------------

def test_no_limit_asserted_is_corrected_by_the_limit_met(engine):
    # 巴中 在职 门诊统筹: 起付 200, 药店 60 %, 800 a year: (3000 − 200) × 60 % = 1680 → 800
    r = computed(ask(engine, "我是上班的 在定点药店拿药用了三千 门诊统筹报好多 别人说不封顶", region="巴中"), 800)
    assert r.text.startswith("不是没有上限"), r.text


# ---- a newborn's birth year said the spoken way ----------------------------------------------------------

def test_a_child_born_two_years_before_paying_waits_as_one_two_years_without_cover(engine):
    # 第三章 十问 例七: 3 fixed + 1 varying = 4 months; repaired, 3
    r = computed(ask(engine, "孩子2024年生的 一直没交 2026年才交居民医保 要等多久", region="巴中"), 4)
    assert 3 in nums(r), r.text


# ---- the years a retiring 职工 lacks, paid at once --------------------------------------------------

def test_the_lacking_years_paid_at_once_on_a_base_told(engine):
    # 第二章 十九问 20 years, 二十问 7 % of the year's minimum base: 2 years × 12 × 3500 × 7 % = 5880
    r = computed(ask(engine, "2025年退休 职工医保一共交了18年 巴中交了15年 差几年 补缴的话最低基数按3500 要补多少",
                     region="巴中"), 2, 5880)
    assert "第二章 二十问" in r.text, r.text


# ---- two stays, two visits, one day --------------------------------------------------------------------

def test_the_stay_said_again_at_another_level_is_the_later_one(engine):
    # 克拉玛依: 一级 100 / 85 %, 二级 200 / 75 %, the deductible's difference on the higher: (2000 − 100) × 85 % = 1615;
    # (5000 − 100) × 75 % = 3675
    computed(ask(engine, "大二 今年在一级医院住院2000 后来在二级医院又住了一次5000 各报多少", region="克拉玛依"), 1615, 3675)


def test_a_second_stay_said_with_又在_is_at_its_own_hospital(engine):
    # 巴中 居民: 二级 (3000 − 400) × 70 % = 1820; 三级 700 / 60 %: (9000 − 700) × 60 % = 4980
    computed(ask(engine, "今年在二级医院住了一次 花了3000 现在又在三级医院住院 花了9000 合疗能报多少", region="巴中"),
             1820, 4980)


def test_two_visits_of_the_year_each_asked(engine):
    # 克拉玛依 二级 门诊: 起付 20, the second halved to 10, 60 %: (150 − 20) × 60 % = 78; (80 − 10) × 60 % = 42
    computed(ask(engine, "大一 今年在二级医院看了两次门诊 头一次150 第二次80 分别报多少", region="克拉玛依"), 78, 42)


def test_one_days_visits_at_one_hospital_are_one(engine):
    # 克拉玛依 一级: one visit a day, 起付 10, 70 %: (40 + 70 − 10) × 70 % = 70
    computed(ask(engine, "大一 今天在一级医院先看了眼科40 又去看了牙科70 报多少", region="克拉玛依"), 70)
