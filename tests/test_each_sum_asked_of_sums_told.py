"""A sum told for each disease of 两病 ("高血压药800 糖尿病药1200") with 各 / 分别 asked: each sum's
payment, computed on its own row (克拉玛依 居民两病: 50 %, 高血压 700 / 糖尿病 1000 a year) — 各报多少 is
not each rule's ratio when each has a bill; without the bills it still is."""

import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text,figures", [
    # 600 × 50% = 300; 1400 × 50% = 700
    ("高血压糖尿病两病都有 降压药花了600 降糖药花了1400 各报好多", (300, 700)),
    # 1800 × 50% = 900 > 700 → 700; 400 × 50% = 200
    ("两病 高血压一年药费1800 糖尿病一年药费400 分别能报多少", (700, 200)),
])
def test_each_diseases_bill_is_computed(engine, text, figures):
    computed(answer(engine, text, region="克拉玛依"), *figures, name="two_diseases")


def test_each_asked_with_no_bills_is_still_the_rule(engine):
    r = answer(engine, "两病 高血压和糖尿病 各报多少", region="克拉玛依")
    assert r.kind != "calculation", r.text
