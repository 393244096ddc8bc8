"""A figure put as "isn't it …?" (premise._DOUBTED: 不是 … 吗 / 嘛 at a clause's end, or mid-message
holding a figure) is one doubt, checked against the handbook (巴中 第三章 十一问: 三级 起付线 700 元,
60%); the check's words are stripped before the figure the search reads."""
import pytest

from intents import premise
from tests.helpers import answer


@pytest.mark.parametrize("text,value,question", [
    ("三级医院起付线不是五百吗", 500, "三级医院起付线多少"),
    ("三级医院起付线不是五百吗我屋头住院花了3000", 500, None),          # mid-message, a figure held
    ("三级医院住院不是报七成嘛", 0.7, None),
])
def test_the_doubt_is_read(text, value, question):
    said = premise.asserted(text)
    assert [float(a.value) for a in said] == [value], said
    if question:
        assert premise.without_assertions(text) == question


def test_the_doubted_figure_is_corrected(engine):
    r = answer(engine, "巴中居民 三级医院住院起付线不是五百吗", region="巴中")
    assert r.text.startswith("不是") and "700" in r.text.splitlines()[0], r.text
