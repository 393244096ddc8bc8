"""A rule for care at home found surely while the message puts the care elsewhere: the region's page on that
case comes with it (`Entry.elsewhere_with`), by where the care is (省内 / 省外 / a long stay); where the
handbook says nothing of that case the question is referred, the home rule named as such. Own phrasings,
through the real engine."""
from tests.helpers import answer, ids


def test_a_city_of_the_province_brings_the_in_province_page(engine):
    # 长治 居民门诊统筹 备注2: 在省内其他统筹区临时就医的，按照参保地待遇执行
    r = answer(engine, "合疗 在大同看门诊开了乙类药 咋个报", region="长治")
    assert r.kind == "faq" and "5%" in r.text and "参保地待遇" in r.text, r.text
    assert "跨省临时外出" not in r.text and "双向" not in r.text, r.text


def test_another_province_brings_the_cut(engine):
    # ... 跨省临时外出 普通门诊: 降低10个百分点
    r = answer(engine, "居民医保 在郑州看门诊拿了乙类药 咋报", region="长治")
    assert r.kind == "faq" and "5%" in r.text and "降低10个百分点" in r.text, r.text
    assert "省内其他统筹区" not in r.text, r.text


def test_home_care_brings_nothing_else(engine):
    r = answer(engine, "居民医保 门诊拿乙类药 要先自付多少", region="长治")
    assert r.kind == "faq" and "5%" in r.text, r.text
    assert ids(r) == ["cz-jm-07"] and "省内其他统筹区" not in r.text and "跨省" not in r.text, r.text


def test_a_case_the_handbook_is_silent_on_is_referred(engine):
    # 巴中 第三章 十八问 gives 门诊统筹 50% / 100元 and nothing of 门诊 outside 巴中
    r = answer(engine, "合疗 去西安走亲戚看了门诊 报销比例会不会少", region="巴中")
    assert r.kind == "unanswered", r.text
    assert "没有写" in r.text and "0827" in r.text and "10个百分点" not in r.text, r.text


def test_a_long_stay_brings_the_long_stay_page(engine):
    # 备注2: 办理了异地长期居住备案的参保居民，可在备案地和参保地双向享受普通门诊统筹待遇
    r = answer(engine, "居民医保 长期住在西安女儿家 门诊乙类药咋报", region="长治")
    assert r.kind == "faq" and "5%" in r.text and "双向" in r.text, r.text
