"""What the thirteenth sets showed of years and of 大病保险's cap: a year said digit by digit (二五年,
二〇二七年) read as a count of years or a sum, a year list read as a card number or money, a gap
said in 四川 words (两年都莫交), the cap's floor and ceiling (the 20% bound) asked or left unsaid,
a cap's step ("限额加了四千") taken as a cost, "交了是不是马上能报" after a late payment, and "我要算…"
asked back as a search. Own phrasings, through the real engine (巴中 第三章 三问、九问、十问)."""
from bot.masking import mask
from corpus.normalize import said_years
from intents.numbers import find_numbers
from intents.slots import extract
from tests.helpers import answer as ask
from tests.helpers import computed, talk

# ---- years said digit by digit are years -----------------------------------------------------------


def test_years_said_digit_by_digit_are_written_as_years():
    assert said_years("我二四年没交 二五年才补上") == "我2024年没交 2025年才补上"
    assert said_years("二〇二八年再交") == "2028年再交"
    assert said_years("零八年参加工作") == "2008年参加工作"
    assert said_years("二四二五两年都没交") == "2024、2025这两年都没交"   # (这 keeps 两年 off the year)
    assert said_years("二七、二八年度") == "2027、2028年度"


def test_ranges_and_counts_of_years_stay_counts():
    for said in ("断了五六年", "交了七八年了", "三四年没交", "两三年", "二十五年", "断了二三年", "一二年"):
        assert said_years(said) == said


def test_a_year_said_digit_by_digit_is_no_count_of_years(engine):
    # 2026 without cover, paid in the next year's window: one year's gap, 3 months (第三章 十问)
    r = ask(engine, "我表哥二六年没交合疗 二七年集中缴费期交了 他要等好久", region="巴中")
    computed(r, 3, name="waiting_period")
    assert "断保 1 年" in r.text and "26 年" not in r.text, r.text


def test_two_years_said_without_cover_in_sichuan_words_wait_four_months(engine):
    # 莫交 is 没交; two years without cover: 3 + 1 = 4 months, paid in the window (例五)
    r = ask(engine, "我老汉二四年二五年两年都莫交 二六年集中交费的时候交的 要等几个月", region="巴中")
    computed(r, 4, name="waiting_period")
    assert "断保 2 年" in r.text, r.text


def test_years_without_cover_in_a_row_are_a_gap_not_years_insured():
    said = extract("我幺爸连续六年都莫交医保 今年再交")
    assert said.get("gap_years") == 6 and said.get("continuous_years") is None


def test_a_four_digit_year_said_in_numerals_is_the_year_paid(engine):
    # five years without cover, paid back: 3 + 4 = 7 months, never below 6 after repair (例六)
    r = ask(engine, "我姐夫连续五年都没交医保 二零三一年再交 补缴了要等几个月", region="巴中")
    computed(r, 6, 7, name="waiting_period")


# ---- a list of years is years, never a card number or a sum ------------------------------------------


def test_years_in_a_row_are_no_card_number():
    assert mask("2026 2027 2028 2029年都交了") == "2026 2027 2028 2029年都交了"
    assert mask("卡号6222 0212 3456 7890") == "卡号[银行卡号]"


def test_years_listed_with_commas_are_years_not_money():
    read = find_numbers("2025，2026，2027年都交了")
    assert [n.value for n in read] == [2025, 2026, 2027] and all(n.year for n in read)
    assert [n.value for n in find_numbers("花了12,000元")] == [12000]


def test_years_named_as_insured_count_in_a_row(engine):
    # 2025…2030 insured, six years in a row: 4000 × 2 over the 30万 cap (第三章 九问)
    r = ask(engine, "巴中居民 2025 2026 2027年都交了 2028 2029 2030年也继续交 2030年大病保险限额好多")
    computed(r, 308000, name="serious_illness_cap")


# ---- 大病保险's cap: the bound of the reward and of the cut --------------------------------------------


def test_the_ceiling_of_the_rewards_is_worked_out(engine):
    r = ask(engine, "巴中 连续参保奖励和零报销激励加起来 大病封顶最高能提到多少")
    computed(r, 360000, name="serious_illness_cap")
    assert "20%" in r.text, r.text


def test_the_floor_of_the_cut_is_worked_out(engine):
    r = ask(engine, "巴中居民 断保以后大病保险限额最少会降到好多")
    computed(r, 240000, name="serious_illness_cap")


def test_a_gap_told_gives_its_own_cap_and_the_rules_floor(engine):
    # twelve years without cover: 4000 × 12 = 48000 off, above the 60000 bound's floor of 240000
    r = ask(engine, "巴中居民 断保了十二年 再参保大病保险封顶最低能降到好多")
    computed(r, 252000, 240000, name="serious_illness_cap")
    assert r.text.startswith("大病保险年度最高支付限额为 252,000 元"), r.text


def test_a_gap_of_one_year_says_the_step_and_the_floor(engine):
    r = ask(engine, "巴中的 我断过一年医保 大病保险封顶会少好多")
    computed(r, 296000, 4000, 240000, name="serious_illness_cap")


def test_the_rewards_name_is_no_year_without_claims():
    assert not extract("零报销奖励是啥").get("zero_claim")
    assert extract("去年一分钱都莫用 今年有啥好处").get("zero_claim")


# ---- a cap's step is no cost -------------------------------------------------------------------------


def test_a_cap_said_to_have_moved_is_no_cost():
    said = extract("2026年大病限额加了四千 2027年还是加四千不")
    assert "amount" not in said.values, said.values
    assert extract("住院花了四千 大病能报不").get("amount") == 4000


# ---- whether the cover holds at once, after a late payment --------------------------------------------


def test_paid_late_is_it_covered_at_once_asks_the_waiting_period(engine):
    # insured last year, paid in April: after the window, a fixed 3 months (第三章 三问)
    r = ask(engine, "我爸去年有医保 今年四月份才交 交了是不是马上就能用", region="巴中")
    computed(r, 3, name="waiting_period")


# ---- "我要算…" starts the form ---------------------------------------------------------------------------


def test_i_want_to_compute_starts_the_form(engine):
    r = talk(engine, ["巴中 我要算门诊", "居民 一级医院 花了300"])
    assert r[0].kind == "clarify" and r[0].missing_slots, r[0].text
    assert r[1].kind == "calculation", r[1].text


def test_i_want_to_compute_without_a_place_asks_the_place(engine):
    r = ask(engine, "我要算大病保险")
    assert r.kind == "clarify" and "region" in r.missing_slots, r.text


def test_cover_bought_not_paid_is_the_same_waiting_period(engine):
    # 没买 / 买了 (四川 for 没交 / 交了): two years without cover, bought in the window: 4 months (例五)
    r = ask(engine, "我2026 2027两年都没买合疗 2028年集中期买了 要等多久", region="巴中")
    computed(r, 4, name="waiting_period")


def test_two_digit_years_beside_another_year_are_years(engine):
    # "25年没交 … 把26年的交了": 2025 without cover, 2026 paid in the window: 3 months, never 25 years
    r = ask(engine, "我24年没交医保 年底把25年的交了 要等多久", region="巴中")
    computed(r, 3, name="waiting_period")
    assert "断保 1 年" in r.text, r.text
    r = ask(engine, "巴中 25年没交医保 26年大病保险封顶是好多")
    computed(r, 296000, name="serious_illness_cap")


def test_two_digit_year_or_count_told_alone_is_asked(engine):
    # "25年没交" alone may be 2025 or 25 years: the gap is asked, never 27 months stated
    r = ask(engine, "我25年没交医保 今年又交了 要等多久", region="巴中")
    assert r.kind != "calculation" and "断保（没参保）几年" in r.text, r.text
    # … a count said as one ("断了25年") is one
    computed(ask(engine, "断了25年没交 今年交了要等多久", region="巴中"), 27, name="waiting_period")
