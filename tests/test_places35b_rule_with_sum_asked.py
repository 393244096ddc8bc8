"""A case told in full but its sum, "报多少" asked, and no page found surely: the row the case follows is
told with the question for the sum, never the sum alone asked. Own phrasings, through the real engine."""
from tests.helpers import answer, nums


def test_a_stay_elsewhere_not_filed_gets_its_row_with_the_sum_asked(engine):
    # 巴中 第二章 二十七问（二）: 非急诊且未转诊的其他临时外出住院, 三级 1000元 70%
    r = answer(engine, "老公交的巴中职工医保 跑到西安三级医院住院 没办备案 也不是急救 报多少", region="巴中")
    assert r.kind == "faq", r.text
    assert {1000, 70} <= nums(r.text) and "多少钱" in r.text, r.text
