"""A waiting period the asker asserts ("第一次参保3个月后就能报了吧") or a day the cover is said to
hold from ("是不是明年一月就能用") is checked against the rule of the asker's scheme — 巴中 职工
初次参保 6个月 (第二章 六问), 居民 3个月 (第三章 十问) — or, the scheme unsaid, each scheme's rule
labelled; never the other scheme's figure confirmed. Phrasings of our own."""

import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text, said, not_said", [
    # 职工: 6个月, the 3 asserted is corrected
    ("职工医保 第一次参保3个月后就能报了吧", "不是3个月", "对，"),
    ("我是单位上的职工医保 首次参保 是不是3个月以后就可以报", "6个月", "对，"),
    # 职工's own 6 confirmed
    ("职工医保 第一次参加 6个月后才能报吧", "对，", "不是"),
    # no scheme said: each scheme's wait, neither confirmed
    ("第一次参保3个月后就能报了吧", "要看参加的是哪种医保", "对，"),
])
def test_a_wait_asserted_is_checked_against_the_askers_scheme(engine, text, said, not_said):
    r = answer(engine, text, region="巴中")
    assert said in r.text and not_said not in r.text, r.text
    if said != "对，":
        assert "6个月" in r.text, r.text


@pytest.mark.parametrize("text", [
    "我妈前年断了 今年十月份补交了2026年的 是不是明年一月就能用",
    "屋头老人断了两年 这个月交了 下个月就能报了吧",
    "断保了 今年补交了 是不是一月份就可以用了",
])
def test_a_day_of_cover_asserted_after_a_gap_gets_the_waiting_rule(engine, text):
    # 巴中 第三章 十问: the waiting period after a gap, not an unrelated page (个人账户 代缴)
    r = answer(engine, text, region="巴中")
    assert "等待期" in r.text, r.text
    assert "个人账户" not in r.text, r.text
