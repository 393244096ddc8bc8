"""A figure the asker has only heard, told in a run of its own right after the question asking that
figure ("一年住院最高能报好多 听说只有五十万", "最多报多少 听说才十万"): the rule's figure, checked against
the policy and corrected — never the asker's bill, whose hospital would then be asked."""

import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text,needle", [
    # 巴中 职工: 66万 in all (基本 14万, 公务员 2万, 大额 50万), 第二章 三十七问
    ("职工医保一年住院最高能报好多 听说只有五十万", "66万"),
    # 巴中 居民: 11万, 第三章 十六问
    ("居民医保住院一年最多报多少 听说才十万", "11万"),
])
def test_the_heard_figure_is_checked_not_computed(engine, text, needle):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq", r.text
    assert needle in r.text, r.text


def test_a_heard_figure_beside_a_bill_is_corrected_and_the_bill_computed(engine):
    # 居民 三级: (30000 − 700) × 60% = 17580; "只有1万" is the heard sum, not the bill
    r = answer(engine, "住院花了3万 三级医院 居民 能报好多 听说只有1万", region="巴中")
    assert r.kind == "calculation", r.text
    assert "17,580" in r.text, r.text
