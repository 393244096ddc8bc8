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


# ---- a page whose answer points at a figure elsewhere in the handbook: the figure named ----------------
# (巴中 第一章 三十 and its table: 临时备案 in the filing place pays from the 市外 threshold, 1000元, at 5 %
# below the city's rate)

def test_the_filing_page_names_the_threshold_it_points_at(engine):
    r = ask(engine, "巴中的 异地就医备案了住院咋报 比本地低好多", region="巴中")
    assert r.kind == "faq" and ids(r)[:1] in (["bz-1-30"], ["bz-1-30-b"]), r.text
    assert "1000元" in r.text and "5%" in r.text, r.text


# ---- a limit per day or visit named before its figure: the rule asked after, no sum spent -------------
# (长治 居民门诊统筹: 2024年起不再执行50元/次/天单次限额)

@pytest.mark.parametrize("text", ["原来看门诊每次最多报五十块 现在取消没有", "门诊一天只能报50元 今年还是这样不"])
def test_a_limit_per_day_said_before_its_figure_is_the_rule_asked(engine, text):
    r = ask(engine, text, region="长治")
    assert r.kind == "faq" and "不再执行" in r.text, r.text


# ---- a village's 卫生所 is its 卫生室: the lowest tier, no hospital level to ask ---------------------------
# (长治 居民门诊统筹: 一级（三类收费及以下）60%, 起付0元, 年度限额300元; 巴中 第三章 十八问: 50%, 100元)

@pytest.mark.parametrize("text, region, needles", [
    ("在村卫生所拿药 居民医保门诊报几成", "长治", ["60%", "300"]),
    ("在村卫生所看门诊 合疗报好多", "巴中", ["50%", "100"]),
])
def test_a_village_health_post_is_the_lowest_tier(engine, text, region, needles):
    r = ask(engine, text, region=region)
    assert r.kind == "faq" and all(n in r.text for n in needles), r.text
    assert "哪一级" not in r.text, r.text


def test_a_schools_health_post_is_still_the_campus_clinic(engine):
    r = ask(engine, "学校卫生所看病能刷医保不", region="克拉玛依")
    assert r.kind == "unanswered" and "校医院" in r.text, r.text
