"""Bugs the round-30 review found in the round's merged work, each through the real engine in our
own words: a wrong figure stated with confidence where the asker's words do not support it."""
from tests.helpers import answer as ask
from tests.helpers import computed

# ---- 克拉玛依: the ratio raised for years paid in a row, the run said broken ---------------------------
# 克拉玛依 第7部分（一）: 三级 起付600 65%; 参保缴费案例: 连续缴费3年以上，第4年每多交1年提高一个百分点.
# A break told after the years (断了一年, 中间断缴过) leaves the run now unknown: the raise is not
# counted (and said so), never the years before the break raising this year's ratio.


def test_a_break_told_keeps_the_years_before_it_from_raising_the_ratio(engine):
    # (9600 − 600) × 65% = 5850, not × 69% for a "seventh year in a row" the break ended
    r = ask(engine, "我是克拉玛依居民医保 之前连着交了7年 前年断过一年没交 今年在三级医院住院 头一回住 目录内9600 报多少",
            region="克拉玛依")
    computed(r, 5850, 65, name="inpatient")
    assert "69%" not in r.text, r.text
    assert "未计连续缴费提高的报销比例" in r.text, r.text


def test_a_break_told_keeps_the_chronic_ratio_too(engine):
    # 门诊慢病 65%: 2000 × 65% = 1300, not × 67% for five years the break ended
    r = ask(engine, "克拉玛依居民医保连续交了5年 中间断缴过 高血压门诊慢病 这个月花了2000 报多少", region="克拉玛依")
    computed(r, 1300, name="chronic")
    assert "67%" not in r.text, r.text


def test_a_run_said_unbroken_still_raises_the_ratio(engine):
    # "从没断过": the run holds — 7th year, 65% + 4 = 69%: (9600 − 600) × 69% = 6210
    r = ask(engine, "我是克拉玛依居民医保 连续交了7年 从没断过 今年在三级医院住院 头一回住 目录内9600 报多少",
            region="克拉玛依")
    computed(r, 6210, 69, name="inpatient")


# ---- the yes read from a page: a lapse of cover said in the question is a case that does not hold ------
# 巴中 第二章 二十三问 (职工医保欠费): 从欠费第4个月起暂停其基本医疗保险待遇; 连续欠费6个月以内的，可以申报恢复
# 缴费. "断缴了还能用吗" asks of cover lapsed: the sentence saying 可以 says the payments can be resumed,
# of the case the page sets out — no yes opens the reply (the page is given as it is), as for 没备案.


def test_no_yes_for_cover_said_lapsed(engine):
    from bot import texts
    r = ask(engine, "我的职工医保断缴了 现在还能用不", region="巴中")
    body = r.text.split("\n", 1)[1] if r.text.startswith("按我的理解") else r.text
    assert not body.startswith(texts.YES_FIRST), r.text


def test_a_lapse_in_any_words_is_no_can_clause_and_the_plain_ask_still_is():
    from corpus.normalize import normalize
    from corpus.yesno import can_clause
    for asked in ("医保欠费三个月了还能报销吗", "合疗停保了 住院还可以报不", "社保卡过期了还能用吗", "中断缴费以后还能不能享受待遇"):
        assert can_clause(normalize(asked)) is None, asked
    assert can_clause(normalize("医保卡能在外地用吗")) is not None


# ---- a number right after 今年 counting a hospital's level or the like is no age ----------------------
# 巴中 第二章 三十六问 职工大额医疗费用补助: 80周岁以上 不设起付标准, 10万以内 90%. "今年三级医院" read as an age
# of 3 made the 83 said before it one of two ages — none kept, and the 未满80 row (85%) computed.


def test_a_level_after_this_year_leaves_the_age_said(engine):
    r = ask(engine, "我是巴中职工 已经退休 我83岁了 今年三级医院住院 统筹报完自己还出5万 大额医疗补助能报多少", region="巴中")
    computed(r, 45000, name="large_medical")
    assert "未满80" not in r.text, r.text


def test_counted_things_after_this_year_are_no_age():
    from intents.numbers import find_numbers
    for said in ("今年三级医院住院", "今年三甲医院住院", "今年二级乙等医院", "今年两回住院"):
        assert not any(n.age for n in find_numbers(said)), said
    assert any(n.age for n in find_numbers("老人今年八十五 住院花了两万")), "an age right after 今年"
