"""Conversations the sixteenth dialogue set showed misread: an amount written 4万4448 (a unit, then
the figure below it) read as 40000 and 4448, … Own phrasings, through the real engine
(巴中 第三章二十二、二十三问)."""
from decimal import Decimal

from intents.numbers import find_numbers
from tests.helpers import computed, talk

# ---- a unit followed by the whole figure below it: 4万4448, 1万2000, 3千500 --------------------------


def test_unit_then_the_figure_below_it_is_one_amount():
    assert [n.value for n in find_numbers("是4万4448")] == [Decimal(44448)]
    assert [n.value for n in find_numbers("花了1万2000块")] == [Decimal(12000)]
    assert [n.value for n in find_numbers("3千500")] == [Decimal(3500)]
    assert [n.value for n in find_numbers("1万2")] == [Decimal(12000)]     # one digit: the step below


def test_unit_then_a_year_stays_two_numbers():
    assert [n.value for n in find_numbers("花了3万2024年住院")] == [Decimal(30000), Decimal(2024)]


def test_corrected_amount_written_with_unit_and_tail_is_computed(engine):
    # 巴中 2025 大病 起付 14448, 60%: (34448 − 14448) × 60% = 12000
    *_, r = talk(engine, ["我爸2025年住院 城乡居民 基本医保报完自己出了合规的2万4448 大病保险能报多少 普通人员",
                          "说错了 是3万4448"], region="巴中")
    computed(r, 12000)
