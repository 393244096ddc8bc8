"""Where, or with what papers, an act is done (备案, 暂停 …), asked of it by name: a page that never names
that act is about another procedure — where 两病 is applied for, what its application takes — and is
never the answer, nor offered as what the asker may have meant. Where the region's handbook says nothing
of the act's procedure (长治's slides), the honest refusal. Through the real engine."""
import pytest

from tests.helpers import answer, ids

# 长治's page on where and with what 两病 is applied for
TWO_DISEASES_APPLIED = "cz-ld-05"


@pytest.mark.parametrize("text", [
    "我老伴想在长治办异地长期居住备案 去哪里办 需要啥资料",
    "儿子要办异地长期居住备案 在哪儿办 要带什么材料",
    "我要办个异地备案 怎么办理 要啥子材料",
])
def test_a_page_on_another_procedure_is_not_the_answer(engine, text):
    r = answer(engine, text, region="长治")
    assert TWO_DISEASES_APPLIED not in ids(r), r.text
    assert "两病" not in r.text, r.text


def test_no_page_on_the_act_asked_is_refused(engine):
    r = answer(engine, "闺女要在长治办异地长期居住备案 去哪儿办 要啥材料", region="长治")
    assert r.kind == "unanswered", r.text


@pytest.mark.parametrize("text,region,entry", [
    # a page on the act asked still answers
    ("异地就医备案在哪里办", "巴中", "bz-1-27"),
    ("两病待遇去哪里申报 要带什么材料", "长治", TWO_DISEASES_APPLIED),
    # (a page saying the act in another of its words: 转回, 迁移 for 转移)
    ("毕业后医保转移回老家去哪办", "克拉玛依", "ky-09-06"),
    ("毕业了医保转移回老家怎么办理", "克拉玛依", "ky-09-06"),
])
def test_a_page_on_the_act_asked_answers(engine, text, region, entry):
    r = answer(engine, text, region=region)
    assert ids(r)[:1] == [entry], r.text


@pytest.mark.parametrize("text,region", [
    # an act told as done is a fact of the story: the procedure asked is of what went wrong after it
    ("放暑假在外地看病 已经备了案 医院结算失败了 咋办", "克拉玛依"),
    ("已经备案了 在外地医院结算不了 怎么办", "克拉玛依"),
])
def test_an_act_told_as_done_is_not_the_act_asked(engine, text, region):
    r = answer(engine, text, region=region)
    assert r.kind == "faq" and "手工报销" in r.text, r.text
