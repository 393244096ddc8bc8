"""异地就医 told in the asker's own words (places-39 classes): settlement at the desk said to have failed is
answered with the claim made back home, never with the page saying no claim follows; bills never handed
in, asked whether still paid, get the claim's deadline; a stay elsewhere told as one for good (years
there, staying on, moved there) is the 长期 case, not a visit. Handbooks: 克拉玛依 第8部分（一）(手工报销),
第10部分（二）(当年票据仅能当年报销); 巴中 第三章 十七问 (次年6月底前), 第一章 二十八 (常驻异地工作人员);
长治 居民门诊统筹 备注2 (异地长期居住备案 双向享受). Phrasings are our own."""

import pytest

from intents.message import STAY_FOR_GOOD
from tests.helpers import answer, ids


@pytest.mark.parametrize("text", ["备了案去外地住院 结果那家医院没能直接结算 回来该咋办",
                                  "办了备案的 但在外地没给我直接结算 现在回来了怎么处理"])
def test_failed_settlement_gets_the_claim_back_home(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert "无需后续报销" not in r.text, r.text
    assert r.kind == "faq" and ids(r)[0] == "ky-08-09", r.text
    assert "手工报销" in r.text


def test_failed_settlement_never_answered_as_settled(engine):
    # (however the rest is read, the page of the opposite case is never the reply)
    r = answer(engine, "弄好了异地备案 那边医院却结算不了 回来怎么搞", region="克拉玛依")
    assert "无需后续报销" not in r.text, r.text


def test_bills_not_handed_in_get_the_claim_deadline(engine):
    r = answer(engine, "前年寒假回家乡看病的发票 忘了交给学校 今年还可以报吗", region="克拉玛依")
    # (stated as understood, or the first choice offered where the story's words read weakly)
    first = ids(r)[0] if r.kind == "faq" else (r.choice_ids or [None])[0]
    assert first == "ky-10-10", r.text
    assert "克外就诊的报销材料什么时候交" in r.text


def test_bills_not_handed_in_bazhong_deadline(engine):
    r = answer(engine, "去年住院的发票一直没拿去报 还能报不", region="巴中")
    assert r.kind == "faq", r.text
    assert "次年6月底" in r.text


def test_working_there_for_years_is_the_working_filing(engine):
    r = answer(engine, "在广东上班好多年了 常驻那边 医保在巴中 该办哪个备案", region="巴中")
    assert r.kind == "faq", r.text
    assert "常驻异地工作人员" in r.text


@pytest.mark.parametrize("said, for_good", [("在那住了两年多", True), ("以后都在那边", True), ("搬到成都去了", True),
                                            ("在外面打工好几年", True), ("住院了三天", False), ("去那边玩几天", False)])
def test_stay_for_good_words(said, for_good):
    import re
    assert bool(re.search(STAY_FOR_GOOD, said)) == for_good
