"""Number understanding: a year is never an amount, an asserted policy figure is never a cost,
approximate amounts say what they are, and odd notations parse or get a clear message."""
from decimal import Decimal

import pytest

from intents.forms import handle
from intents.numbers import find_numbers, parse_chinese, to_int
from intents.premise import asserted
from intents.slots import extract


@pytest.mark.parametrize("text,value", [
    ("一万二", 12000), ("两万三", 23000), ("三千五", 3500), ("八千五", 8500), ("一百零五", 105), ("壹万贰仟", 12000),
    ("5千万亿", 5 * 10 ** 15), ("1万2千", 12000), ("零点五", Decimal("0.5"))])
def test_chinese_numerals_by_cn2an(text, value):
    assert parse_chinese(text) == value


@pytest.mark.parametrize("text", ["九亿九", "一百万亿亿", "万"])
def test_unreadable_numerals_are_none_not_a_guess(text):
    assert parse_chinese(text) is None


@pytest.mark.parametrize("text,n", [("3", 3), ("三", 3), ("两", 2), ("十二", 12), ("x", None)])
def test_small_counts(text, n):
    assert to_int(text) == n


@pytest.mark.parametrize("text,amount", [
    ("巴中居民2020-2022年没交，今年在三级医院住院花了5000能报多少", 5000),
    ("2024年在三级医院住院花了3000", 3000),
    ("我2025、2026两年都没交，2027年住院花了8000", 8000),
    ("二〇二五年住院花了六千", 6000),
    ("2025年度参保，住院花了1万", 10000),
])
def test_a_year_is_never_an_amount(text, amount):
    s = extract(text)
    assert s.get("amount") == amount


@pytest.mark.parametrize("text", ["2024年在三级医院住院，居民医保，能报好多", "2020年没交医保，住院了能报好多",
                                  "2025到2029年都没交"])
def test_a_year_alone_gives_no_amount(text):
    assert extract(text).get("amount") is None


@pytest.mark.parametrize("text,gap", [("2020-2022年没交", 3), ("2025到2029年连续5年没交", 5), ("我2025、2026两年都没交", 2),
                                      ("我2025年没交医保，2026年交了", 1), ("2025年参了保的", 0)])
def test_years_named_become_years_without_cover(text, gap):
    assert extract(text).get("gap_years") == gap


@pytest.mark.parametrize("text", ["巴中居民住院三级医院起付线是不是500？", "巴中居民医保住院一年最多报10万吧",
                                  "巴中大病保险起付线是一万二吧", "长治居民在三级医院看门诊，是不是花80以上才报",
                                  "克拉玛依学生在二级医院住院，是不是花了200以上的部分才报？"])
def test_an_asserted_policy_figure_is_never_a_cost(text):
    assert asserted(text)
    assert extract(text).get("amount") is None


@pytest.mark.parametrize("text", [
    "我妈七十多了，前两天摔了，在县医院住了一个礼拜，她交的合疗，出院时没直接报，现在去哪里报？",
    "我爸今年92了，有慢阻肺好多年", "我屋头老汉今年67了，肝硬化好几年了", "屋头老人85岁了，职工大额补助比例多少",
    "老人今年85，住院了能报多少", "都80多了还要交医保吗", "孩子3岁了，医保怎么交", "年满60周岁的有什么照顾",
    "我妈今年七十多了，身体一直不太好，巴中两病高血压一年最多报多少"])
def test_an_age_is_never_an_amount(text):
    ages = [n for n in find_numbers(text) if n.age]
    assert ages and not asserted(text)
    assert extract(text).get("amount") is None


@pytest.mark.parametrize("text,amount", [
    ("我妈七十多了，住院花了5000能报多少", 5000), ("老人今年85，住院花了五千", 5000), ("住院花了七十多", 70),
    ("他住院花了90", 90), ("花了一块钱", 1)])
def test_an_amount_beside_an_age_is_still_the_amount(text, amount):
    assert extract(text).get("amount") == amount


def test_a_part_of_the_bill_is_no_figure():
    """"还有一块是自费一块是自付": 一块 is a part of the bill, not one yuan asserted."""
    text = "结算单上医保报了一部分，还有一块是自费一块是自付，这个自费和自付到底有啥区别？"
    assert not [n for n in find_numbers(text) if n.explicit] and not asserted(text)


def test_a_cost_and_an_asserted_result_are_told_apart():
    text = "巴中居民三级医院住院花了5000，能报2580对吧"
    assert [a.value for a in asserted(text)] == [2580]
    assert extract(text).get("amount") == 5000


@pytest.mark.parametrize("text,amount,approx", [
    ("住院花了一万多", 10000, "at_least"), ("两万多", 20000, "at_least"), ("万把块", 10000, "rough"),
    ("上万", 10000, "at_least"), ("一万出头", 10000, "at_least"), ("五千左右", 5000, "about"),
    ("大概三千块", 3000, "about"), ("三四千", 3000, "range")])
def test_approximate_amounts(text, amount, approx):
    s = extract(text)
    assert s.get("amount") == amount and s.get("amount_approx") == approx


def test_several_thousands_is_no_figure():
    s = extract("住院花了好几万")
    assert s.get("amount") is None and s.get("amount_unread") == "好几万"


@pytest.mark.parametrize("text,value", [("5e3元", 5000), ("1e308元", Decimal("1e308")), ("负五千元", -5000),
                                        ("-500元", -500), ("5千万亿元", 5 * 10 ** 15), ("3w", 30000), ("¥5,000", 5000)])
def test_odd_notations_parse(text, value):
    [n] = [n for n in find_numbers(text) if n.value is not None]
    assert n.value == value


def test_a_phone_number_is_no_range():
    assert all(not n.is_range for n in find_numbers("电话0827-5775700"))


def ask(text):
    return handle(text, {}, region="巴中", now=0)


@pytest.mark.parametrize("text,needle", [
    ("居民三级医院住院花了1e308元能报多少", "超出常见范围"),
    ("居民三级医院住院花了5千万亿元能报多少", "超出常见范围"),
    ("居民三级医院住院花了负五千元能报多少", "不能是负数"),
    ("居民三级医院住院花了好几万能报多少", "好几万"),
    ("居民三级医院住院花了0元能报多少", "大于 0"),
])
def test_impossible_amounts_get_a_clear_message_and_the_form_waits(text, needle):
    r = ask(text)
    assert r.kind == "invalid" and needle in r.text and r.calculation is None
    assert r.missing_slots == ["amount"]


def test_scientific_notation_is_computed():
    r = ask("居民三级医院住院花了5e3元能报多少")
    assert r.kind == "calculation" and "2580" in r.text


def test_the_years_story_still_computes_and_says_the_waiting_period_applies():
    r = ask("巴中居民2020-2022年没交，今年在三级医院住院花了5000能报多少")
    assert r.kind == "calculation" and "2580" in r.text and "等待期" in r.text


@pytest.mark.parametrize("text", ["万一在外地生病了医保咋用", "暑假实习万一住院 能报好多", "万万没想到要自己垫钱"])
def test_wan_opening_a_word_is_no_amount(text):
    # 万一 is "in case": a figure never opens with its unit, so nothing here is an amount to compute on
    assert find_numbers(text) == [] and "amount_unread" not in extract(text).values


# a price said with its 角 after 块 / 元 and no unit of its own: tenths of a yuan, one number —
# not the whole yuan alone (一块五 read as 1), nor the 五 read on as a second amount
@pytest.mark.parametrize("text,value", [
    ("门诊拿药花了一块五", Decimal("1.5")), ("买药花了三块5", Decimal("3.5")), ("挂号十二块五毛", Decimal("12.5")),
    ("自付了100元5角", Decimal("100.5")), ("花了两块八 能报不", Decimal("2.8")),
])
def test_tenths_after_the_yuan_are_one_amount(text, value):
    assert extract(text).get("amount") == value
    assert [n.value for n in find_numbers(text)] == [value]


@pytest.mark.parametrize("text,values", [
    ("交了380块 五个人", [Decimal("380"), Decimal("5")]),      # a pause: another number
    ("花了三十块五月份又花了", [Decimal("30"), Decimal("5")]),   # 五月: a month, not 角
    ("花了一万五", [Decimal("15000")]),                        # 五 after 万 is thousands, as before
])
def test_a_number_after_the_yuan_that_is_not_its_tenths(text, values):
    assert [n.value for n in find_numbers(text)] == values


# after 块 / 元, a digit with a measure of its own counts something else (五口人, 五位, 五项): no tenths;
# and the 分 after 毛 / 角 is hundredths of the same price, not a second amount
@pytest.mark.parametrize("text,values", [
    ("合疗380块五口人 交多少", [Decimal("380"), Decimal("5")]),
    ("每个400元三位老人", [Decimal("400"), Decimal("3")]),
    ("自付了200块两项检查", [Decimal("200"), Decimal("2")]),
    ("买药花了80块三盒", [Decimal("80"), Decimal("3")]),
    ("住院花了3000块三周", [Decimal("3000"), Decimal("3")]),
    ("花了两块五毛五", [Decimal("2.55")]),
    ("拿药两块八毛九分", [Decimal("2.89")]),
])
def test_what_follows_the_yuan_read_as_said(text, values):
    assert [n.value for n in find_numbers(text)] == values
