"""A hospital's tier and a bill said after its figure to be all in the catalogue ("1万2 三级医院 居民医保
全部是目录内"), with no word of a visit, is a stay's 合规 bill as "三级医院 目录内的1万2" is (said so in the
answer); a visit named keeps it a visit — 巴中 第三章 十一问 (三级 起付线 700，60%), 十八问 (门诊 50%，年限 100)."""
from tests.helpers import answer, computed


def test_a_tiers_bill_all_in_the_catalogue_is_a_stays(engine):
    r = computed(answer(engine, "1万2 三级医院 居民医保 全部是目录内 能报好多钱嘛", region="巴中"), 6780, name="inpatient")
    assert "按住院" in r.text, r.text


def test_a_visit_named_stays_a_visit(engine):
    computed(answer(engine, "1万2 三级医院看门诊 居民医保 全部是目录内 能报好多钱嘛", region="巴中"), 100, name="outpatient")
