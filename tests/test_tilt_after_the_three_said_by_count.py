""""三样都报完了 … 倾斜救助给好多": the three funds (basic insurance, 大病保险, 常规救助) said by their count
are behind the sum told — only 倾斜救助 is computed on it, never 常规救助 again (巴中 第六章 五问（二）)."""
import pytest

from intents.slots import extract
from tests.helpers import computed, talk


@pytest.mark.parametrize("text", ["三样都报完了 自付还有3万 倾斜救助给好多", "三个都报了 还剩两万 倾斜救助有没有"])
def test_the_three_said_by_count_are_behind_the_sum(text):
    assert extract(text).get("after_regular") is True


def test_tilt_alone_with_its_cap(engine):
    # 特困 倾斜救助: 起付 8500（2025年）, 100%, 年度限额 10000 → (30000 − 8500) = 21500 > 10000
    [r] = talk(engine, ["特困 规范转诊在省内住院 2025年三样都报完了 个人自付合规的还有3万 倾斜救助给好多"], region="巴中")
    computed(r, 10000)
    assert "常规救助：" not in r.text
