"""Conversations, round 11: a short follow-up asking how, where, with what or what then of the topic
before ("那在哪儿申请", "超了咋办", "要带啥材料", "几点上班" after an office); a scheme said alone after
an answer (given for both schemes side by side); a follow-up naming another covered place with facts
of the case after a question on a place the handbooks do not cover; a place said alone right after
a calculation."""
import pytest

from intents.scope import asks_office
from tests.helpers import computed, talk

# ---- a short follow-up asks how, where, with what or what then of the topic before ---------------


@pytest.mark.parametrize("first, follow, said", [
    # where to claim 居民's 产检 allowance: the app the same page names
    ("巴中居民产前检查费好多", "那在哪儿申请", "四川医保APP"),
    ("巴中居民产前检查费好多", "咋个申领", "四川医保APP"),
    # 异地备案's channels offline, and online
    ("我是巴中的 要去外地住院 异地就医备案咋个弄", "那线下在哪儿办", "便民服务中心"),
    ("巴中 异地就医备案怎么办", "网上能办不", "国家医保服务"),
    # past 职工's yearly cap: the 大额补充 insurance the cap's page names
    ("长治职工住院一年最多报多少", "超了咋办", "大额补充"),
    # who pays back care in the city itself: the hospital, not the campus
    ("在克拉玛依医院没刷医保卡自费了 咋整", "那校区能帮报吗", "无法"),
    # materials of what the question before was about, though it named no kind of care
    ("克拉玛依 在外地看病自费了咋报", "要带啥材料", "J1-II-702"),
])
def test_a_short_follow_up_asks_of_the_topic_before(engine, first, follow, said):
    rs = talk(engine, [first, follow])
    assert rs[1].kind == "faq" and said in rs[1].text, rs[1].text


@pytest.mark.parametrize("office, hours", [("南江县医保在哪儿办事", "几点上班"), ("通江县医保在哪", "几点下班")])
def test_hours_after_an_office_are_that_office_s(engine, office, hours):
    rs = talk(engine, [office, hours])
    assert rs[1].kind == "faq" and "办理时间" in rs[1].text, rs[1].text


def test_a_county_s_or_city_s_own_yibao_asked_where_is_its_office():
    assert asks_office("南江县医保在哪儿办事") and asks_office("巴中市医保在哪")
    # (not the campus, and not a card, a code or a list of the county's)
    assert not asks_office("克拉玛依校区医保在哪交钱")
    assert not asks_office("县医保卡在哪办") and not asks_office("市医保目录在哪查")


# ---- a scheme said alone after an answer ---------------------------------------------------------


@pytest.mark.parametrize("scheme, figure, other", [("职工", "800元", "500元"), ("我是居民", "500元", "800元")])
def test_a_scheme_alone_after_both_schemes_answered_is_that_scheme_s(engine, scheme, figure, other):
    rs = talk(engine, ["巴中 产前检查费能补好多", scheme])
    assert "【职工医保】" in rs[0].text and "【城乡居民医保】" in rs[0].text, rs[0].text
    assert rs[1].kind == "faq" and figure in rs[1].text and "【" not in rs[1].text, rs[1].text


def test_the_other_scheme_asked_after_a_rule_of_one(engine):
    rs = talk(engine, ["长治居民 在省内外地住院没备案 比例降多少", "职工呢"])
    assert rs[1].kind == "faq" and "15%" in rs[1].text, rs[1].text


# ---- another place named with facts of the case -----------------------------------------------


def test_a_covered_place_with_facts_after_an_uncovered_one_computes_there(engine):
    rs = talk(engine, ["成都的医保住院报多少", "那巴中居民二级医院呢 花了3000"])
    assert rs[0].kind == "unanswered", rs[0].text
    # (3000 − 400) × 70%
    computed(rs[1], 1820, name="inpatient")
    assert "巴中" in rs[1].text and "异地" not in rs[1].text, rs[1].text


# ---- a place said alone right after a calculation -----------------------------------------------


def test_a_place_alone_after_a_calculation_computes_it_there(engine):
    rs = talk(engine, ["室友住院了 医保报完还自己负担了4万 大病保险能报多少", "克拉玛依校区的", "他是困难学生呢"])
    # (40000 − 21000) × 60%, then the 困难 row: (40000 − 10500) × 65%
    computed(rs[1], 11400, name="serious_illness")
    computed(rs[2], 19175, name="serious_illness")


def test_a_place_alone_after_a_calculation_elsewhere_asks_what_that_place_needs(engine):
    rs = talk(engine, ["巴中居民 三级医院住院花了2万", "长治的"])
    assert rs[1].kind == "clarify" and rs[1].region == "长治", rs[1].text
    assert "之后按" not in rs[1].text, rs[1].text
