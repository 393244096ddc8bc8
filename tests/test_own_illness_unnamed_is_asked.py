"""Whether the asker's own illness, pointed at and never named ("我这个病能不能办慢病"), can be had as a
门诊慢特病 or 两病: which illness it is decides, so it is asked — never the list of every disease in its
place. A disease named, or a question on how or where to apply, is answered. Through the engine."""
import pytest

from tests.helpers import answer, talk


@pytest.mark.parametrize("text", ["我这个病能不能办慢病哦", "我这病能办慢病不", "俺这个病能不能评门特",
                                  "我的病属于慢特病吗", "我得的病够不够得上门慢"])
def test_whether_an_unnamed_illness_can_be_had_is_asked_which(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "clarify" and "病名" in r.text, r.text


@pytest.mark.parametrize("text", ["我这个高血压能不能办慢病", "我这个病在哪认定慢病"])
def test_a_named_illness_or_where_to_apply_is_answered(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind != "clarify" or "病名" not in r.text, r.text


def test_the_illness_the_question_before_named_is_the_one(engine):
    first, second = talk(engine, ["痛风能不能办门慢", "我这个病能不能办慢病"], region="巴中")
    assert "病名" not in second.text, second.text


@pytest.mark.parametrize("text", ["我这个病能不能报大病", "我得的病算不算大病 花了十万", "俺这病能不能走大病保险"])
def test_whether_the_illness_is_a_big_one_is_no_list_to_name_it_from(engine, text):
    # (大病保险 pays on what was left to pay after the basic insurance, past its threshold — no list of
    # diseases: 巴中 第三章 二十三问, 长治 居民大病保险; the illness's name decides nothing)
    r = answer(engine, text, region="巴中")
    assert "病名" not in r.text, r.text
