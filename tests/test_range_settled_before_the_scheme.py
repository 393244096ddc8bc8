"""An amount said as a range with the scheme unsaid is answered when both ends and both schemes pay the
same (巴中 第四章 十九问: 两病 50%，高血压年度限额 200 元), and asked when they do not."""
import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text", [
    "老头儿轻症高血压 两病 降压药一年七八百 报得到好多",
    "高血压 两病 一年药费五六百 能报好多",
])
def test_a_range_past_the_limit_with_no_scheme_said(engine, text):
    r = computed(answer(engine, text, region="巴中"), 200, name="two_diseases")
    assert "范围" in r.text, r.text


def test_a_range_whose_ends_differ_is_asked(engine):
    r = answer(engine, "高血压 两病 降压药一年一两百 报得到好多", region="巴中")
    assert r.kind == "clarify" and "范围" in r.text, r.text
