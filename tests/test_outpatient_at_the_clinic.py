"""Outpatient care at the village clinic or the township health centre, asked how much is paid back:
the residents' 门诊统筹 (巴中 第三章 十八问: 50%, no deductible, 100元 a year), not the page on the
fees those clinics waive (第一章 十五: 免缴一般诊疗费), which names the clinic but no rate."""

import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text", ["在村卫生室开药 合疗门诊报好多",
                                  "在村医那里看病拿药 居民医保门诊能报几成",
                                  "我们在镇卫生院看门诊 合疗报好多"])
def test_a_clinics_outpatient_rate_is_the_outpatient_pooling(engine, text):
    r = answer(engine, text, region="巴中")
    assert "bz-3-18" in ids(r), r.text
    assert "50%" in r.text and "100" in r.text, r.text


def test_the_clinics_waived_fees_are_still_their_own_page(engine):
    r = answer(engine, "村卫生室看病还收挂号费不", region="巴中")
    assert ids(r)[0] == "bz-1-15-a", r.text
