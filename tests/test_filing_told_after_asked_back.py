"""A stay elsewhere asked back which filing it was (巴中 第三章 十一问(二): 长期备案 as 市内, 临时备案 and none
lower), answered with the filing and the bill: that question's case (scheme, hospital) computed with them —
居民 三级 长期备案 (20000 − 700) × 60% = 11580 — and a follow-up changing the filing recomputes it
(未备案、非急诊 三级: (20000 − 1000) × 50% = 9500). The filing alone still picks its kind's page. Own
phrasings, through the real engine."""
from tests.helpers import computed, talk

ASKED = "合疗 在外地打工 在成都三级医院住的院 报销比例好多"


def test_the_filing_and_the_bill_told_compute_the_case(engine):
    asked, told, changed = talk(engine, [ASKED, "办了长期居住备案 花了两万 都是目录内的", "那要是没备案 也不是急诊呢"],
                                region="巴中")
    assert asked.kind == "clarify", asked.text
    computed(told, 11580, name="inpatient")
    computed(changed, 9500, name="inpatient")


def test_the_filing_alone_is_its_kinds_page(engine):
    asked, told = talk(engine, [ASKED, "没备案"], region="巴中")
    assert asked.kind == "clarify", asked.text
    assert told.kind == "faq" and "1000" in told.text and "50%" in told.text, told.text
