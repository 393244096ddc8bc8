"""Calculations where a figure stated would be a confident guess, each by its handbook, in phrasings of
our own, through the engine:

- two hospitals said as an either-or the asker cannot tell apart ("忘了是一级还是二级"): the tier is
  asked, never the first one named computed (巴中 第三章 十一问: 乡镇卫生院 100 / 90 %, 二级 400 / 70 %);
- the scheme said to be paid at home in a place no handbook covers ("医保是在老家南充交的"), care in
  a covered region: that place's policy is not ours — said so, never the covered region's rates;
- a stay in the region's own province with the filing unsaid (长治 居民住院封顶线: 省内 免备案, yet
  不备案比例降低10%): whether it was filed is asked (the filed and unfiled rows are in
  tests/test_asked_elsewhere.py).
"""

import pytest

from tests.helpers import answer, computed, talk


@pytest.mark.parametrize("text", [
    "巴中居民医保 住院花了9000 忘了是一级医院还是二级医院 能报多少",
    "巴中合疗住院一万 到底是乡镇卫生院或者县医院 我也搞不清 报好多",
])
def test_a_hospital_said_as_one_of_two_the_asker_cannot_tell_is_asked(engine, text):
    r = answer(engine, text)
    assert r.kind == "clarify" and r.missing_slots == ["tier"], r.text


def test_the_tier_answered_after_the_doubt_is_computed(engine):
    # 巴中 居民 二级 400 / 70 %: (9000 − 400) × 70 % = 6020
    _, r = talk(engine, ["巴中居民医保 住院花了9000 忘了是一级医院还是二级医院 能报多少", "二级"])
    computed(r, 6020)


def test_two_hospitals_said_in_turn_without_doubt_are_two_stays(engine):
    # a transfer said plainly: this stay is at the second (巴中 第三章 十二问: 二级 400 − 一级 300 补差 100;
    # (9000 − 100) × 70 % = 6230)
    computed(answer(engine, "巴中居民医保 先在一级医院住了几天 后来转到二级医院 这次花了9000 能报多少"), 6230)


@pytest.mark.parametrize("text,place", [
    ("我在巴中做工，医保是在老家南充交的，在巴中三级医院住院花了2万，能报多少", "南充"),
    ("在长治打工 新农合是在老家邯郸交的 在长治住院花了6000 报多少", "邯郸"),
])
def test_a_scheme_paid_at_home_in_an_uncovered_place_is_not_computed_with_the_care_regions_rates(engine, text, place):
    r = answer(engine, text)
    assert r.kind == "unanswered" and place in r.text, r.text
    assert r.calculation is None
