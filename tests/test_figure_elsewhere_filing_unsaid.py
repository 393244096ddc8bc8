"""A stay elsewhere whose rate or threshold is asked with nothing said of a filing: the region pays it
by the filing (巴中 第三章 十一问: 长期备案 as 市内, 临时备案 lower, 非急诊且未转诊 lower still), so which
case is asked, each case's page offered — never one case's page, nor both schemes' pages of every
row, as the answer. A filing said (done, its kind, denied, an emergency) keeps its own page, and how a
claim is made elsewhere is answered. Phrasings of our own."""

import pytest

from tests.helpers import answer, ids, talk


@pytest.mark.parametrize("text", [
    "老汉在重庆打工 在那边住院的话起付线好多",
    "娃儿在广东上班 要是在那边生病住院 报几成",
    "去外省住院 合疗报销比例多少",
])
def test_a_figure_elsewhere_with_no_filing_said_asks_which_case(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "clarify", r.text
    assert "备案" in r.text and "没备案" in r.text, r.text
    assert {"bz-3-11-f", "bz-3-11-g"} <= set(r.choice_ids), r.choice_ids


def test_the_case_picked_answers_from_its_page(engine):
    # 巴中 第三章 十一问: 临时备案人员 二级 1000 / 65%
    first, picked = talk(engine, ["老汉在重庆打工 在那边住院的话起付线好多", "临时备案的"], region="巴中")
    assert first.kind == "clarify", first.text
    assert picked.kind == "faq" and "65%" in picked.text, picked.text


@pytest.mark.parametrize("text, said", [
    ("临时到外省住院 办了备案 比例降多少", "5%"),          # 第一章 三十: 临时备案地 降低5%
    ("去外地住院没备案 也不是急诊 起付线好多", "1000"),     # 第三章 十一问: 非急诊且未转诊 1000
])
def test_a_filing_said_is_not_asked(engine, text, said):
    r = answer(engine, text, region="巴中")
    assert "您是哪种情况" not in r.text, r.text
    assert said in r.text, r.text


def test_how_a_claim_is_made_elsewhere_is_answered(engine):
    # 第三章 十一问: 未报销的将发票、清单、社保卡交到参保地医保经办机构
    r = answer(engine, "在外地住院了咋个报销 要带啥", region="巴中")
    assert r.kind == "faq", r.text
    assert "社保卡" in r.text and ids(r), r.text
