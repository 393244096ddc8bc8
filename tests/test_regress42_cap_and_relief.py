"""Round 42's regressions mended: the year's cap asked by the fund's name (统筹基金), and what 救助 there is
asked by one in none of the named groups — own phrasings, through the real engine."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("q, cap", [
    ("我是单位上班的 住院的话统筹基金一年顶多给报好多", "8万"),
    ("在职的 统筹基金每年住院最多支付多少钱", "8万"),
    ("居民医保住院 统筹基金一年最多给付多少", "7万"),
])
def test_the_years_cap_asked_by_the_funds_name_is_answered(engine, q, cap):
    # 长治: 基金年累计最高支付医疗费用年度限额8万元 (居民 7万元) — the handbook states it: never refused
    r = answer(engine, q, region="长治")
    assert r.kind == "faq" and cap in r.text, r.text


@pytest.mark.parametrize("q", [
    "住院花了好多钱 家里实在撑不住了 巴中有没有啥救助",
    "我们不是低保户 生大病家里困难 有没得啥子救助可以申请",
])
def test_what_relief_there_is_asked_plainly_is_not_the_slanted_relief_page(engine, q):
    # 倾斜救助 is for 救助对象 after 医疗救助; a plain "有没有啥救助" is not that page's question
    r = answer(engine, q, region="巴中")
    assert "bz-6-05-g" not in ids(r)[:1], r.text
