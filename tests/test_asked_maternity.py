"""生育 as people ask about it: a multiple birth's limit added up, a 居民 wife topped up from her
husband's 职工 cover (what a fund paid is not the bill), the 生育保险 fee on a base, a termination's own
bill, a pregnancy's length said before the loss, an own birth without its kind, the benefit in general,
the prenatal allowance, a birth told as news. Figures from the handbooks (巴中 第二章 七、九问, 第三章 十四问),
asked in phrasings of our own, through intents.forms and the engine."""

import pytest

from tests.helpers import answer, ask, computed, nums

# ---- a birth's limit; a 居民 wife's delivery, topped up from her husband's 职工 cover ------------


def test_a_multiple_birth_limit_is_added_up():
    # 巴中 第三章 十四问: 居民 顺产 2000, 多胞胎每多一个婴儿增加800
    r = ask("巴中居民医保，顺产生了双胞胎，生育费用最高能报多少")
    computed(r, 2800)


def test_a_resident_wife_is_topped_up_from_the_husbands_staff_cover():
    # 巴中 第二章 九问: 职工标准 minus what 居民医保 paid; 剖宫产 职工 5500, 产前检查 800 − 500
    r = ask("巴中，我参加的是城乡居民，丈夫是职工医保，我剖宫产，居民医保报销了3000，他那边还能补多少")
    computed(r, 2500, 300)


def test_what_a_fund_paid_is_not_the_bill():
    # "报了2000" is what 城乡居民医保 paid, not the cost of the delivery
    from intents.slots import extract
    ex = extract("老婆在居民医保那边已经报了2000")
    assert ex.get("reimbursed") == 2000 and "amount" not in ex


# ---- 生育: the fee itself, a termination's own bill, an own case asked back ----------------------


def test_maternity_fee_on_a_base_is_a_contribution_not_a_birth():
    # 巴中 第二章 七问: 缴费基数的0.6%: 6000 × 0.6% = 36
    r = ask("巴中 单位上班的 月缴费基数6000 生育保险一个月要交好多")
    computed(r, 36)
    assert "顺产" not in r.text, r.text


def test_maternity_fee_without_a_base_is_the_rate(engine):
    r = answer(engine, "巴中打零工的灵活就业 生育保险可以买不 要交好多")
    assert r.kind == "faq" and "0.6%" in r.text, r.text


def test_a_termination_s_own_bill_asked_for_each_sum_is_computed():
    # 巴中职工: 不满4个月 医疗费限额 500, 产前检查费 200
    r = ask("巴中职工医保 怀孕10周的时候做了人流 合规医疗费1200 产前检查费和医疗费各给好多")
    computed(r, 500, 200)


def test_a_pregnancy_length_said_before_the_loss_is_read():
    # 巴中居民: 不满4个月 终止妊娠 200
    r = ask("巴中合疗 怀起两个月就流产了 能报好多")
    assert 200 in nums(r.text) and r.kind in ("calculation", "faq"), r.text


def test_an_own_birth_without_its_kind_is_asked_with_the_rule(engine):
    r = answer(engine, "巴中居民 我儿媳妇生娃了 合疗能报好多")
    assert r.kind == "clarify" and "顺产" in r.text and "2000" in r.text, r.text


def test_the_benefit_in_general_is_the_handbook_s_table(engine):
    r = answer(engine, "巴中合疗生小孩能报好多钱")
    assert r.kind == "faq" and "2000" in r.text and "3500" in r.text, r.text


def test_the_prenatal_allowance_of_an_own_pregnancy_is_one_sum(engine):
    r = answer(engine, "巴中职工医保 我老婆刚怀上 产检费补好多")
    assert r.kind == "faq" and "800" in r.text, r.text


def test_a_birth_told_as_news_reaches_the_maternity_rule(engine):
    r = answer(engine, "巴中合疗 我嫂子上周生了个娃 能报好多")
    assert "生育" in r.text and "孤独症" not in r.text, r.text


# ---- 剖的 / 剖出来: a 剖宫产 ---------------------------------------------------------------------


def test_poude_is_a_cesarean_and_twins_add_to_its_limit():
    # 巴中居民 难产（含剖宫产）3500, +800 per further baby: 4300
    r = ask("巴中城乡居民 媳妇怀的双胞胎 最后是剖出来的 政策内花了7000 生育报多少")
    assert r.kind == "calculation" and 4300 in nums(r), r.text


# ---- a spouse on 合疗 beside the asker's 职工医保: the 配偶生育补差 -----------------------------------------


def test_a_spouse_on_hetiao_and_the_asker_on_staff_cover_is_the_top_up():
    # 巴中 第二章 九问: 职工 顺产 3500 − 居民 paid 2000 = 1500; 产检 800 − 500 = 300
    r = ask("巴中 我老婆参加的新农合 我是单位的职工医保 她顺产 新农合报了2000 职工这边给补差多少")
    assert r.kind == "calculation" and {1500, 300} <= nums(r), r.text


# ---- one scheme's 产前检查费 asked after a birth: its page's figure; the 补差 only of two schemes -----
# (巴中 第三章 十四问: 居民 500; 第二章 二十八问: 职工 800; the 补差 800 − 500 is tests/test_calculations_as_asked.py's)

@pytest.mark.parametrize("text, figure, other", [
    ("生完娃儿了 居民医保 产前检查费补助好多", "500", "800"),
    ("职工医保 生了孩子 产检费补好多", "800", "300"),
])
def test_one_scheme_s_prenatal_fee_after_a_birth_is_its_page(engine, text, figure, other):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and figure in r.text and other not in r.text, r.text
