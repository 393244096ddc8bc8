"""A programme named by its own name with a case its page bounds (倾斜救助 outside the province, 两病 at a
hospital above 一级): the programme's page, which states the bound, not a neighbour sharing the case's
words. Own phrasings, through the real engine."""
from tests.helpers import answer, ids


def test_tilted_aid_asked_of_care_outside_the_province(engine):
    # 巴中 第六章 五问（二）: 对规范转诊且在省域内就医的救助对象
    r = answer(engine, "特困户 跑到外省医院住院 倾斜救助还给不给", region="巴中")
    assert r.kind == "faq" and "省域内" in r.text and "bz-6-05-g" in ids(r), r.text


def test_two_diseases_asked_at_a_higher_tier(engine):
    # 克拉玛依 待遇标准表: 居民“两病”保障 一级医疗机构
    r = answer(engine, "两病的降压药 去三级医院开能报不", region="克拉玛依")
    assert r.kind == "faq" and "一级医疗机构" in r.text, r.text
