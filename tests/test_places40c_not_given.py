"""What the handbooks leave open, asked by strangers (round 40): residents' cover paid elsewhere moved into
巴中, and a remark on a blank table cell after the question it follows. Examples are our own, in the same classes."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text", [
    "在广元交的合疗 人搬到巴中了 能转过来吗",
    "我在别的市参了新农合 回巴中住了 医保关系转得过来不",
])
def test_residents_cover_moved_into_bazhong_is_referred(engine, text):
    """The handbook gives the 职工 transfer rule and who may join here, never how residents' cover moves in."""
    r = answer(engine, text, region="巴中")
    assert r.kind == "unanswered"
    assert ids(r)[:1] == ["bz-3-01-g"]
    assert "手册没有写" in r.text and "慢特病" not in r.text


def test_workers_cover_moved_into_bazhong_keeps_its_rule(engine):
    r = answer(engine, "在成都交的职工医保 调回巴中上班 关系怎么转过来", region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-2-21"]
    assert "缴费年限累计计算" in r.text


@pytest.mark.parametrize("text", [
    "南江的特病去哪认定 表格上怎么是空的",
    "平昌门特在哪个医院认定 手册上咋没写",
])
def test_a_remark_on_the_blank_cell_shares_the_referral(engine, text):
    """The clause after the question lands on the same page: one referral, never the page again as an answer."""
    r = answer(engine, text, region="巴中")
    assert r.kind == "unanswered"
    assert "【2】" not in r.text
    assert "为空" in r.text and "医保局咨询" in r.text
