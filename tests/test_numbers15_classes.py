"""Calculations the fifteenth numbers set showed answered by the rule instead of computed: the method
named with the bill ("按起付线和比例算能报多少"), … Own phrasings, through the real engine
(巴中 第三章十一问, 长治 居民住院待遇)."""
from tests.helpers import answer as ask
from tests.helpers import computed

# ---- the deductible and the rate named as the method, with the asker's own bill --------------------


def test_deductible_and_rate_named_as_the_method_computes(engine):
    # 巴中 居民 二级 400 / 70%: (8000 − 400) × 70% = 5320
    r = ask(engine, "居民医保在二级医院住院 合规8000 按照起付线跟比例算一下报好多", region="巴中")
    computed(r, 5320, name="inpatient")


def test_deductible_and_rate_named_without_compute_word_computes(engine):
    # 巴中 居民 乡镇卫生院 100 / 90%: (3000 − 100) × 90% = 2610
    r = ask(engine, "居民医保住乡镇卫生院 政策范围内3000 按起付标准和报销比例能报多少", region="巴中")
    computed(r, 2610, name="inpatient")


def test_the_rule_alone_is_still_the_handbooks(engine):
    r = ask(engine, "巴中城乡居民在三级医院住院起付线和比例")
    assert r.kind == "faq", r.text
