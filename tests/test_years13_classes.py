"""What the thirteenth sets showed of years and of 大病保险's cap: a year said digit by digit (二五年,
二〇二七年) read as a count of years or a sum, a year list read as a card number or money, a gap
said in 四川 words (两年都莫交), the cap's floor and ceiling (the 20% bound) asked or left unsaid,
a cap's step ("限额加了四千") taken as a cost, "交了是不是马上能报" after a late payment, and "我要算…"
asked back as a search. Own phrasings, through the real engine (巴中 第三章 三问、九问、十问)."""
from corpus.normalize import said_years
from tests.helpers import answer as ask
from tests.helpers import computed

# ---- years said digit by digit are years -----------------------------------------------------------


def test_years_said_digit_by_digit_are_written_as_years():
    assert said_years("我二四年没交 二五年才补上") == "我2024年没交 2025年才补上"
    assert said_years("二〇二八年再交") == "2028年再交"
    assert said_years("零八年参加工作") == "2008年参加工作"
    assert said_years("二四二五两年都没交") == "2024、2025两年都没交"
    assert said_years("二七、二八年度") == "2027、2028年度"


def test_ranges_and_counts_of_years_stay_counts():
    for said in ("断了五六年", "交了七八年了", "三四年没交", "两三年", "二十五年", "断了二三年", "一二年"):
        assert said_years(said) == said


def test_a_year_said_digit_by_digit_is_no_count_of_years(engine):
    # 2026 without cover, paid in the next year's window: one year's gap, 3 months (第三章 十问)
    r = ask(engine, "我表哥二六年没交合疗 二七年集中缴费期交了 他要等好久", region="巴中")
    computed(r, 3, name="waiting_period")
    assert "断保 1 年" in r.text and "26 年" not in r.text, r.text
