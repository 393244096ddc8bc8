"""Care elsewhere whose filing the question says was done — a referral (转诊), an emergency (急诊),
a 长期备案 — is answered from that filing's page, never from the not-filed page (非急诊且未转诊,
rates 10% lower) that shares all its words but the denial; and a scheme named only as what the
asker's is likened to ("退休职工 … 跟居民一样") is not the asker's. Figures from the handbooks
(巴中 第一章 三十, 第三章 十一问; 长治 职工住院封顶线), asked in phrasings of our own."""

import pytest

from intents.slots import extract
from tests.helpers import answer, computed, ids, talk


@pytest.mark.parametrize("text, said, entry", [
    # 巴中 第三章 十一问: 临时备案人员 二级 1000 / 65% (not 未转诊's 60%)
    ("通江合疗 医生开了转诊 转到外省二级医院住院 起付多少 报多少", "65%", "bz-3-11-g"),
    ("居民 转到外地二级医院住院 办了转诊 报几成", "65%", "bz-3-11-g"),
    # 巴中 第一章 三十: 临时备案地住院 降低5%
    ("我办了转诊到外地住院 比例是不是要比市内降10%", "5%", "bz-1-30-b"),
    # 巴中 第三章 十一问: 长期备案人员 三级 700 / 60%
    ("合疗 在外地长期居住 办了长期备案 在那边三级医院住院 起付线好多 报好多", "700", "bz-3-11-f"),
])
def test_a_filing_said_done_is_answered_from_its_own_page(engine, text, said, entry):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq", r.text
    assert ids(r)[0] == entry, r.text
    assert said in r.text


@pytest.mark.parametrize("text", ["没转诊也不是急诊 自己去外地住院 起付线好多 报好多",
                                  "莫转诊 又不是急诊 自己跑去外省三级医院住院 合疗报好多",
                                  "没得急诊 也没开转诊 自己去外地住院 比例降好多",
                                  "转诊和没转诊去外地住院 报销比例有啥区别"])
def test_a_filing_denied_or_compared_keeps_the_not_filed_page(engine, text):
    # 巴中 第三章 十一问 / 第一章 三十: the not-filed case (降低10%) is what is asked
    r = answer(engine, text, region="巴中")
    assert "10%" in r.text or "50%" in r.text, r.text


@pytest.mark.parametrize("text, scheme", [
    ("退休职工 听说外地住院不备案也和居民一样降10%", "职工"),
    ("我是合疗 是不是跟职工一样报", "居民"),
    ("职工和居民一样吗", None),
])
def test_a_scheme_named_only_as_a_likeness_is_not_the_askers(text, scheme):
    assert extract(text).get("insurance") == scheme


def test_a_staff_asker_likening_to_residents_gets_the_staff_cut(engine):
    # 长治 职工住院封顶线: 职工 不备案比例降低15% (居民 10%)
    r = answer(engine, "长治退休职工 去外地住院没备案 是不是和居民一样降10%")
    assert "15%" in r.text, r.text
    assert not r.text.startswith("对"), r.text


@pytest.mark.parametrize("text", ["我是平昌的 长期在江苏厂里上班 要办异地备案 我算哪一种",
                                  "恩阳的 一直在深圳上班 要办备案 我是哪一种"])
def test_working_elsewhere_for_good_is_asked_of_the_long_term_kinds(engine, text):
    # 巴中 第一章 二十八 / 第七章 二问: 常驻异地工作人员 is a 长期 kind, never the 临时 list
    r = answer(engine, text)
    assert "常驻异地工作" in r.text, r.text
    assert not r.text.splitlines()[0].endswith("哪些人办理临时异地就医备案？”："), r.text


# ---- a 职工's stay with a temporary filing (巴中 第一章三十: 临时备案地住院 市外起付标准, 比例比市内同等级
# 降低5%, the 转诊急诊 row) is not the unfiled row (非急诊且未转诊的其他临时外出, −10%)


@pytest.mark.parametrize("turns, figure", [
    (["巴中职工医保 办了临时备案 在西安三级医院住院 花了2万 报好多"], 14250),          # (20000−1000)×75%
    (["职工医保 去成都二级医院住院 没备案也不是急诊 花了1万", "要是办了临时备案呢"], 6930),  # (10000−1000)×77%
])
def test_a_staff_temporary_filing_is_five_points_below_the_city(engine, turns, figure):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, figure, name="inpatient")


@pytest.mark.parametrize("text, said, not_said", [
    # 巴中 第一章 二十九: 异地急诊抢救人员 "视同已备案，无需单独备案" — the 临时备案 page (第三章 十一问,
    # 居民 二级 65%) answers, not the not-filed one (60%) the denial of a filing alone would pick
    ("居民医保 在外地急诊住院 没备案 报销比例好多", "65%", "60%"),
    ("合疗 在外地急诊住院 没得备案 报几成", "65%", "60%"),
    # no scheme said: each scheme's filed page (职工 第二章 二十七问 二级 77%, 居民 65%)
    ("在外地急诊住院，没备案，报销比例是多少", "77%", "72%"),
    ("在外地急诊住院，没备案，报销比例是多少", "65%", "60%"),
])
def test_an_emergency_with_no_filing_counts_as_filed(engine, text, said, not_said):
    r = answer(engine, text, region="巴中")
    assert said in r.text and not_said not in r.text, r.text
