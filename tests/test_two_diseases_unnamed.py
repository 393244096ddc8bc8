"""两病 asked what it pays with neither disease named ("两病买药能报好多"): the handbook's one rule —
the rate and each disease's yearly limit — answers it (巴中 第四章 十九问: 50%, 高血压 200, 糖尿病
300, both 500), the form staying open to ask which. An entry of one disease's limit is no answer for
both (the form asks which), nor the other scheme's page (长治's 两病 is 居民's)."""
import pytest

from tests.helpers import answer, ids, talk


@pytest.mark.parametrize("said", ["两病买药能报好多", "医生说我是两病 开药能报多少"])
def test_the_rule_for_both_diseases_answers(engine, said):
    r = answer(engine, said, region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-4-19", r.text
    assert all(f in r.text for f in ("50%", "200", "300", "500")), r.text


def test_the_form_stays_open_for_the_disease(engine):
    rs = talk(engine, ["两病买药能报好多", "高血压", "一年花了三百"], region="巴中")
    assert rs[-1].kind == "calculation" and "150" in rs[-1].text, rs[-1].text    # 300 × 50%


def test_one_diseases_page_is_no_answer_for_both(engine):
    r = answer(engine, "两病买药能报好多", region="克拉玛依")
    assert r.kind == "clarify" and "高血压" in r.text and "糖尿病" in r.text, r.text


def test_the_other_schemes_page_is_no_answer(engine):
    r = answer(engine, "我爸是长治的职工医保 两病能报多少")
    assert r.kind in ("clarify", "unanswered"), r.text
