"""A stay elsewhere told as one for good asks the 长期 row of a hospital stay's rate there, as it asks the
長期 kind of filing; and a step of the procedure told as done (备案 办了) is a fact of the story, not the act
whose procedure is asked — the page on what to do when settlement failed answers, never a refusal."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "我爸妈以后就在重庆跟我住了 他们是巴中的合疗 在重庆住院怎么报销",
    "我在杭州打工好多年了 一直交的是老家的城乡居民医保 在杭州住院报销比例是多少",
])
def test_a_stay_for_good_asks_the_long_term_row_of_a_hospital_stay(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and "长期" in r.text, r.text
    # (the 长期 row is the home table: the 三级 row's 700 元, or said to be the same as at home)
    assert "700" in r.text or "相同" in r.text, r.text


@pytest.mark.parametrize("text", [
    "异地备案都办了 到那边医院还是结算不了 回来咋办",
    "备案已经弄好了 医院说结算不了 回来怎么处理",
    "已经办理了异地就医备案 外地医院结算不了 回来怎么弄",
])
def test_a_filing_told_as_done_is_no_filing_asked(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq" and "手工报销" in r.text, r.text


def test_a_filing_asked_whether_done_is_still_the_act_asked():
    from bot.engine import _ACT_DONE
    assert _ACT_DONE.search("备案办好了 回来咋报")
    assert _ACT_DONE.search("办完备案了")
    assert not _ACT_DONE.search("认定办好了吗")
    assert not _ACT_DONE.search("备案办了没")
