"""A later stay of the year told right after a stay was computed, with its question ("过了半年又在这家
医院住了一回 花了1000 起付线还要交吗"), or an earlier one told of the stay just computed ("我今年之前在
二级医院住过一次 这回还扣起付线不"): the case goes on, its hospital known — not a new case whose
hospital is asked again, nor the rule's page instead of the sum (克拉玛依: 同一等级再次住院不再支付起付
标准, 高等级补足差额). Own phrasings, through the real engine."""
from tests.helpers import computed, talk


def test_a_later_stay_at_the_same_hospital_pays_no_deductible_again(engine):
    first, r = talk(engine, ["居民医保在二级医院住院花了3000 能报多少",
                             "过了半年又在这家医院住了一回 花了1000 起付线还要交吗"], region="克拉玛依")
    computed(first, 2100)
    computed(r, 750, name="inpatient")        # 1000 × 75%, no deductible again


def test_an_earlier_stay_told_of_the_one_computed_tops_up_the_deductible(engine):
    first, r = talk(engine, ["居民医保在三级医院住院花了8000 能报多少",
                             "我今年之前在二级医院住过一次 这回还扣起付线不"], region="克拉玛依")
    computed(first, 4810)
    computed(r, 4940, name="inpatient")       # (8000 − (600 − 200)) × 65%


def test_a_new_stays_procedure_asked_is_not_the_sum(engine):
    # (what to bring for the later stay is a question of its own)
    first, r = talk(engine, ["居民医保在二级医院住院花了3000 能报多少", "第二次住院报销要带啥材料"], region="克拉玛依")
    assert r.kind != "calculation", r.text
