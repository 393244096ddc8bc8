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
