"""Calculations as people ask them (eighth round), in phrasings of our own, through intents.forms and
the engine: a switch between schemes within the handbook's gap asserted to wait 6 months."""

from tests.helpers import answer, ask

# ---- a switch between 居民 and 职工: the switch rule, never the first enrolment's wait ----------------


def test_a_switch_within_three_months_asserted_as_six_months_is_corrected(engine):
    # 巴中 第一章 二十六: ≥2 years insured, gap ≤ 3 months: benefits from the day paid
    r = answer(engine, "巴中这边 新农合交了五年多 今年进单位转交职工医保 空了一个月 是不是得等6个月才能报")
    assert r.kind == "calculation", r.text
    assert "不是6个月" in r.text and "等待期 0 个月" in r.text and "缴费之日" in r.text, r.text
    r = answer(engine, "巴中这边 新农合交了五年多 今年进单位转交职工医保 空了一个月 是不是得等半年才能报")
    assert "缴费之日" in r.text and not r.text.startswith("对"), r.text


def test_a_switch_to_resident_said_as_hetiao_is_a_switch():
    # 转成交合疗 after 职工: over 3 months, the 6-month wait of the switch rule
    r = ask("巴中 原来单位交职工医保 辞职了转成交合疗 停了四个月 要等多久")
    assert r.kind == "calculation", r.text
    assert r.calculation.result["months"] == 6, r.text


def test_a_switch_after_only_one_year_is_not_given_the_switch_rule(engine):
    # the rule holds from 2 years insured in a row; fewer is a case the handbook leaves open
    r = answer(engine, "巴中 城乡居民才交了1年 现在转职工医保 断了两个月 要等6个月吗")
    assert r.kind == "unanswered", r.text
    assert "2 年" in r.text and "对，" not in r.text, r.text
