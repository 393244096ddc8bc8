"""A stay's bill asked fund by fund with the first fund's question in the past ("基本医保报了好多 大额补助
又能报好多"): one chain, the case told before both (巴中 职工: an 80-year-old retiree's 大额补助 has no
deductible and pays 90 % up to 10万, 第二章 三十六问) — not two questions, the second asking again
whether the asker works or is retired."""

import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text,figures", [
    # 三级 在职: (50000 − 700) × 80% = 39440; 大额 (10560 − 400) × 85% = 8636
    ("职工在职 三级医院住院 合规50000 统筹报了好多 大额又报好多", (39440, 8636)),
    # 三级, 80+: 23440; 6560 × 90% = 5904
    ("我外婆83岁了 职工退休 市里三级医院住院合规30000 基本医保报了多少 大额补助又能报多少", (23440, 5904)),
])
def test_the_funds_asked_in_turn_are_one_chain(engine, text, figures):
    r = computed(answer(engine, text, region="巴中"), *figures)
    assert "【2】" not in r.text, r.text
