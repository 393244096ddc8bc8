"""Classes of failure read on the strangers' colloquial-27 and places-27 sets, each asked in our own
words through the real engine."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer as ask, ids


# ---- a scheme said as an uncovered place's own, or a place married or moved to, then its scheme asked --
# (no handbook covers 重庆, 成都, 西安 or 太原: their own benefits are theirs to say, never a covered
# region's figures; care or a claim in a covered region does not make the scheme that region's)

@pytest.mark.parametrize("text, region, place", [
    ("俺是西安的合疗 在长治打工 住院了西安那边能报好多", None, "西安"),
    ("我是成都的医保 在巴中这边做手术 成都报多少", None, "成都"),
    ("孩子医保是在西安交的 放假回来在平昌住院 西安的医保拿回平昌能报不", None, "西安"),
    ("我妹妹嫁到西安了 她那边居民医保住院报多少", "巴中", "西安"),
    ("俺闺女嫁到郑州了 她那里合疗门诊一年报多少", "长治", "郑州"),
])
def test_a_scheme_of_an_uncovered_place_is_not_a_covered_regions(engine, text, region, place):
    assert detect_region(text).unsupported == place
    r = ask(engine, text, region=region)
    assert r.kind == "unanswered" and place in r.text, r.text
    assert "%" not in r.text, r.text


@pytest.mark.parametrize("text, region", [
    # the covered region's own scheme, care elsewhere: still that region's (its pages on care elsewhere)
    ("我是巴中的合疗 在西安住院报多少", "巴中"),
    # a hospital of the uncovered place is no scheme of it
    ("去西安的医保定点医院住院 巴中合疗能报不", "巴中"),
    # married away, the scheme still said as paid in the covered region
    ("闺女嫁到西安了 她还在长治交的医保 住院能报不", "长治"),
])
def test_a_covered_regions_scheme_beside_an_uncovered_place_stays_its_own(text, region):
    assert detect_region(text).region == region


# ---- pages whose answer points at a figure elsewhere in the handbook: the figure named ----------------
# (巴中 第一章 三十 and its table: 临时备案 / 急诊抢救 in the filing place pay from the 市外 threshold,
# 1000元, at 5 % below the city's rate; 克拉玛依 第8部分（二）: a student at home files as 异地长期居住)

def test_an_emergency_stay_elsewhere_names_the_threshold_and_the_cut(engine):
    r = ask(engine, "巴中的合疗 在外地出差急诊住院了 没来得及备案 能报不")
    assert r.kind == "faq" and "bz-1-29-a" in ids(r), r.text
    assert "视同已备案" in r.text and "1000元" in r.text and "5%" in r.text, r.text


def test_the_filing_page_names_the_threshold_it_points_at(engine):
    r = ask(engine, "巴中的 异地就医备案了住院咋报 比本地低好多", region="巴中")
    assert r.kind == "faq" and ids(r)[:1] in (["bz-1-30"], ["bz-1-30-b"]), r.text
    assert "1000元" in r.text and "5%" in r.text, r.text


def test_a_student_settling_at_home_is_told_which_filing(engine):
    r = ask(engine, "放假回老家住院 能不能直接刷医保卡 不想自己垫钱", region="克拉玛依")
    assert r.kind == "faq" and "ky-08-02" in ids(r), r.text
    assert "异地长期居住人员" in r.text and "户口" in r.text, r.text
