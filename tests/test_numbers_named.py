"""Numbers that are not the amount, and amounts said as ranges (issue 10, number understanding):
two neighbouring numerals (五六年, 七八千, 十五六天) are a range, never 56 or 78; digits that name a
hospital, a phone, an ID, a date, a reading or an ordinal are never the cost, while the real cost in
the same message is; a hospital's grade (二乙, 三甲) survives typo repair. Phrasings of our own, the
figures checked in the reply the engine computes (巴中 居民 三级 700/60%, 第三章 十一问; 长治 居民
三类收费 100/85%, 居民住院待遇; 巴中 等待期 3 + (断保年数 − 1) 个月, 第三章 十问)."""
import re
from decimal import Decimal

import pytest

from intents.numbers import count_range, find_numbers, to_int
from intents.slots import extract
from tests.helpers import talk


def figures(text):
    return {Decimal(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


# ---- ranges: the lower bound of two neighbouring numerals, never the two digits run together ----

@pytest.mark.parametrize("said, low, high", [
    ("五六", 5, 6), ("十五六", 15, 16), ("三四十", 30, 40), ("两三", 2, 3), ("二十七八", 27, 28)])
def test_a_count_said_as_a_range(said, low, high):
    assert count_range(said) == (low, high)
    assert to_int(said) is None                      # never 56, 1516 …


@pytest.mark.parametrize("text, low, high", [
    ("大概花了六七千", 6000, 7000), ("住了十七八天", 17, 18), ("怕是要三四十万", 300000, 400000),
    ("二十五六万的样子", 250000, 260000)])
def test_range_spans_read_low_and_high(text, low, high):
    [n] = [n for n in find_numbers(text) if n.value is not None]
    assert (n.low, n.value) == (low, high) and n.is_range


def test_a_money_range_is_asked_for_the_figure(engine):
    first, second = talk(engine, ["巴中城乡居民，前阵子在三级医院住院，零零碎碎花了六七千，报得了多少", "6500"])
    assert first.kind == "clarify" and "范围" in first.text and "67" not in first.text
    assert second.kind == "calculation" and Decimal(3480) in figures(second.text)   # (6500-700)×60%


def test_a_gap_said_as_a_range_is_asked_not_run_together(engine):
    text = "巴中的，停保有十一二年了，现在重新参加居民医保，等待期多长"
    [reply] = talk(engine, [text])
    assert "1112" not in reply.text and "112" not in reply.text
    assert reply.kind != "calculation"      # (11 and 12 years wait differently: the years are asked)
    assert extract(text).get("gap_years") is None


def test_a_gap_range_whose_ends_wait_alike_is_computed_at_both(engine):
    # 断了四五年, paid back: 4 and 5 years both wait the 6 months' floor — said so, never "45"
    [reply] = talk(engine, ["巴中居民，医保断了四五年没交，今年补上了，等多久才能报"])
    assert reply.kind == "calculation" and "6 个月" in reply.text and "45" not in reply.text, reply.text
    assert "4 年" in reply.text and "5 年" in reply.text


def test_the_gap_then_given_is_computed(engine):
    replies = talk(engine, ["巴中的，停保有十一二年了，现在重新参加居民医保，等待期多长", "11年"])
    assert replies[-1].kind == "calculation" and "13 个月" in replies[-1].text   # 3 + (11 − 1)


def test_a_stay_said_as_a_range_leaves_the_cost(engine):
    [reply] = talk(engine, ["巴中居民，屋里老人在三级医院住了十七八天，花了9500，能报好多"])
    assert Decimal(5280) in figures(reply.text)                                    # (9500-700)×60%


@pytest.mark.parametrize("text, amount", [
    ("巴中居民，三级医院住院，总共花了三十多万", 300000), ("巴中居民在三级医院住院花了20多万", 200000),
    ("巴中居民三级医院住院差不多花了十来万", 100000)])
def test_many_ten_thousands_keep_their_unit(text, amount):
    """二十多万 is at least 200000, never 20 yuan: the unit after 多 / 来 belongs to the number."""
    s = extract(text)
    assert s.get("amount") == amount and s.get("amount_approx") == "at_least"


def test_at_least_many_ten_thousands_through_the_engine(engine):
    # (issue 10: what the lower end gives is shown, and the exact sum asked)
    [reply] = talk(engine, ["巴中居民，三级医院住院，前后花了十来万块，报好多"])
    assert reply.kind == "clarify" and Decimal(59580) in figures(reply.text)  # (100000-700)×60%
    assert "下限" in reply.text and reply.missing_slots == ["amount"]


# ---- digits that name things: never the amount; the amount in the same message is ----

@pytest.mark.parametrize("text, figure", [
    # a hospital by its number or ordinal
    ("巴中居民，在第二人民医院住院，是三级医院，花了6000，能报多少", 3180),
    ("巴中居民，在市三医院住院，三级医院，花了6000，报好多", 3180),
    ("巴中城乡居民在三级的中心医院第十二病区住院花了5000，报多少", 2580),
    # a phone, a bill or card number
    ("我电话是15982345678，巴中居民三级医院住院花了6000，能报多少", 3180),
    ("巴中居民，三级医院住院，发票号0036152，花了5000，报好多", 2580),
    ("巴中居民，住院号202503120，三级医院，花了5000，能报多少", 2580),
    # a date, a reading
    ("巴中居民，3-18住进三级医院，4-2出院，花了8000，能报多少", 4380),
    ("巴中居民，2025/3/18在三级医院住院，花了8000，能报多少", 4380),
    ("巴中居民，娃儿烧到40度住了院，三级医院花了3000，能报多少", 1380),
    ("巴中居民，我妈血压180住院，三级医院一共花了9000，能报多少", 4980),
])
def test_named_digits_are_not_the_cost(engine, text, figure):
    [reply] = talk(engine, [text])
    assert reply.kind == "calculation", reply.text
    assert Decimal(figure) in figures(reply.text), reply.text


def test_a_hospital_number_is_never_the_cost(engine):
    replies = talk(engine, ["巴中居民，去成都363住院花了5万，三级医院", "异地长期居住备案"])
    assert replies[-1].kind == "calculation"
    assert Decimal(29580) in figures(replies[-1].text) and "363 元" not in replies[-1].text  # (50000-700)×60%


@pytest.mark.parametrize("text", ["去北京301看病花了5万", "在301医院住院花了5万", "我打12393问过，花了5万",
                                  "身份证尾号0417，花了5万", "体温38度5，花了5万", "第3次住院花了5万",
                                  "3月8号住院花了5万", "3-8住院花了5万", "2025-03-08住院花了5万",
                                  "11.20住的院，花了5万", "住在18楼，花了5万", "隔壁36床也是，花了5万",
                                  "身高165，花了5万", "开了30盒药，花了5万", "我打过12393，花了5万",
                                  "拨了0827-12345问的，花了5万", "问了12345热线说能报，花了5万"])
def test_the_cost_is_read_past_named_digits(text):
    assert extract(text).get("amount") == 50000


@pytest.mark.parametrize("text, amount", [("去医院花了301", 301), ("在县医院花了5-8千", 5000), ("花了1.5万", 15000),
                                          ("药费一盒80块", 80), ("一共12.5", Decimal("12.5")),
                                          ("住院花了3000", 3000), ("自己掏了120", 120)])
def test_an_amount_is_still_an_amount(text, amount):
    assert extract(text).get("amount") == amount


def test_a_range_both_ends_of_which_pay_the_same_is_answered(engine):
    """巴中 居民 门诊统筹 50%, 年度限额 100 元 (第三章 十八问): 三四百 pays 100 元 at either end."""
    [reply] = talk(engine, ["巴中城乡居民，门诊统筹，今年在门诊零零星星花了四五百，报得到好多"])
    assert reply.kind == "calculation", reply.text
    assert "100 元" in reply.text and "范围" in reply.text and "45" not in reply.text


@pytest.mark.parametrize("text", ["巴中的，家里老人前前后后花了陆陆续续的药费，住院花了8000",
                                  "队伍排得老长，住院花了8000"])
def test_capital_numerals_inside_words_are_not_amounts(text):
    assert extract(text).get("amount") == 8000


def test_a_range_given_as_the_answer_is_asked_again_saying_why(engine):
    replies = talk(engine, ["巴中城乡居民，中间断过保，现在又交了，等待期有多久", "差不多七八年", "7年"])
    assert replies[1].kind == "clarify" and "范围" in replies[1].text and "78" not in replies[1].text
    assert replies[2].kind == "calculation" and "9 个月" in replies[2].text       # 3 + (7 − 1)


def test_at_least_past_the_yearly_limit_does_not_promise_more(engine):
    """巴中 居民 年度限额 110000 元 (第三章 十六问): 三十多万 reaches it at the lower end already."""
    [reply] = talk(engine, ["巴中居民，三级医院住院，一共花了三十多万，报好多"])
    assert reply.kind == "calculation" and "110,000" in reply.text
    assert "多报一些" not in reply.text and "不会再多报" in reply.text


@pytest.mark.parametrize("again, months", [("是5年", "7 个月"), ("5年呢", "7 个月"), ("不对，断了三年", "5 个月"), ("4年", "6 个月")])
def test_a_count_of_years_told_after_a_waiting_period_is_its_gap_again(engine, again, months):
    # (3 months fixed + 1 a year after the first: 5 years 7, 3 years 5, 4 years 6)
    replies = talk(engine, ["巴中居民，医保断了两年没交，现在交了，等多久才能报", again])
    assert replies[0].kind == "calculation" and "4 个月" in replies[0].text
    assert replies[-1].kind == "calculation" and months in replies[-1].text, replies[-1].text
