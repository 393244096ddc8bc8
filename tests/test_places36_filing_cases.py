"""Filing for care elsewhere, as people tell their case: a paper not at hand (承诺制), living with a child
there, a filing asked for after discharge, a filing's place changed, a stay told unfiled whose filing is
asked to be made late. Own phrasings, through the real engine."""
from tests.helpers import answer, ids


def test_a_paper_not_at_hand_is_the_pledge_filing_not_the_page_listing_that_paper(engine):
    # 克拉玛依 第8部分（一）: 如果不能及时提供材料…可以先承诺制备案，2个月内补传材料
    r = answer(engine, "办异地备案 居住证现在不在手上 可以先备上过后再补吗", region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == "ky-08-08" and "2个月" in r.text, r.text
    r = answer(engine, "备案的时候身份证忘带了 能不能先备着", region="克拉玛依")
    assert ids(r)[0] == "ky-08-08", r.text
    # (the paper asked for, not said missing, is still its own page)
    r = answer(engine, "回老家看病备案要传户口本吗", region="克拉玛依")
    assert ids(r)[0] == "ky-08-10", r.text


def test_a_parent_living_with_a_child_elsewhere_asking_what_to_do_is_the_long_term_filing(engine):
    # 巴中 第一章 二十八: 长期异地就医备案办理对象（一）异地长期就医人员（如村民长期异地随子女生活）
    r = answer(engine, "我妈六十多了 跟着我在西安生活 以后都不回去了 她在西安住院看病要办些啥", region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-1-28", r.text
    assert "长期" in r.text and "备案" in r.text, r.text


def test_a_filing_asked_for_after_discharge_says_the_rule_and_what_the_handbook_does_not_say(engine):
    # 巴中 第一章 二十七: 出院结算前应向参保地医保经办机构申报备案 — after it, the handbook says nothing
    r = answer(engine, "在外省住了院 出院才发现没办备案 现在补办还行不行", region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-1-27-b", r.text
    assert "出院结算前" in r.text and "手册没有写" in r.text and "申请报销" in r.text, r.text


def test_a_filings_place_changed_is_the_change_rule(engine):
    # 克拉玛依 第8部分（一）: 长期备案…备案后最少6个月变更
    r = answer(engine, "长期居住备案刚办好 想换到别的城市去 行不行", region="克拉玛依")
    assert ids(r)[0] == "ky-08-04" and "6个月" in r.text, r.text


def test_a_stay_told_unfiled_whose_filing_is_asked_to_be_made_late_asks_the_filing(engine):
    # the sum hangs on the filing the stay is settled under, which the asker is asking about: asked, with
    # why, never the not-filed row computed as settled
    r = answer(engine, "我爸合疗的 前年秋天跟儿子到深圳住 上个月在深圳三级医院住院没有备案 全自费 合规三万 "
                       "我想问出院了还能补办备案吗 大概能报多少", region="巴中")
    assert "您问到补办备案" in r.text and "计算：" not in r.text, r.text
    assert r.calculation is None, r.text
