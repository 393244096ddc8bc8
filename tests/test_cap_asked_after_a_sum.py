"""The year's cap asked right after a sum was computed ("那一年最多赔好多"): its 一年 is the cap's year,
no fact of the case, so the cap's page answers, not the sum again (巴中 第三章 二十六问); and how the
大病保险 is computed states its threshold with the bands (第三章 二十二问, 二十三问). Own phrasings."""
import pytest

from tests.helpers import computed, ids, talk


@pytest.mark.parametrize("follow, entry", [
    ("那一年最多赔好多", "bz-3-26"),
    ("那一年最多能报多少", "bz-3-26"),
    ("那大病保险一年最多能二次报多少", "bz-3-26"),
])
def test_the_cap_after_a_serious_illness_sum_is_the_caps_page(engine, follow, entry):
    first, r = talk(engine, ["合疗住院报完后自己出了3万 大病保险能报多少", follow], region="巴中")
    computed(first, 9331.2)
    assert r.kind == "faq" and "30万" in r.text, r.text
    assert ids(r)[0] == entry


def test_a_monthly_limits_months_still_change_the_sum(engine):
    # (months are a fact of a 慢病's monthly limit: "一年的" after its sum is the sum over the year)
    first, r = talk(engine, ["长治居民冠心病慢病 花了2000 能报多少", "是一年的费用 最多能报多少"], region="长治")
    assert first.kind in ("calculation", "clarify"), first.text
    assert r.kind == "calculation", r.text


def test_how_the_serious_illness_insurance_is_computed_names_its_threshold(engine):
    r = talk(engine, ["合疗的大病保险是咋个算的"], region="巴中")[0]
    assert r.kind == "faq" and "14448" in r.text and "60%" in r.text, r.text
