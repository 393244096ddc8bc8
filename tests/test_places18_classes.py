"""Questions of place and year the eighteenth places set showed misread. Own phrasings, through the
real engine (巴中 第三章十一问: 长期备案 in 备案地, 二级 400元 70%, 三级 700元 60%)."""
import pytest

from tests.helpers import answer, ids

# ---- a tier said and what is paid back asked: the table's row, not the rule that states no figure ----


@pytest.mark.parametrize("text, figures", [
    ("在子女那边长期备案 二级医院住院 城乡居民医保怎么报销", ("400", "70%")),
    ("我妈跟我在深圳住 办了异地长期备案 在那边二级医院住院 合疗怎么报", ("400", "70%")),
    ("长期备案在杭州 三级医院住院 居民医保报好多", ("700", "60%")),
    ("老汉随子女在昆明长住 备案了 去三级医院住院 城乡居民医保能报几成", ("700", "60%")),
])
def test_a_tier_said_gets_the_tiers_row(engine, text, figures):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq", r.text
    assert ids(r)[0] == "bz-3-11-f", r.text
    for f in figures:
        assert f in r.text, (f, r.text)


# ---- care told in a place outside every covered region's province is 外省 (长治's 门诊: 10个百分点 less) -----


@pytest.mark.parametrize("text", [
    "合疗 到呼和浩特看女儿 在那边看了门诊 能报不",
    "居民医保 去北京旅游 在那边看了个门诊 门诊统筹咋报",
    "居民医保 去包头走亲戚 在那看了个门诊 门诊统筹能报不",
])
def test_outpatient_care_told_outside_the_province_is_across_provinces(engine, text):
    r = answer(engine, text, region="长治")
    assert r.kind == "faq", r.text
    assert ids(r)[0] == "cz-jm-10", r.text
    assert "10个百分点" in r.text, r.text


def test_the_route_word_of_a_place_told(engine):
    from intents.message import story_slots
    # (太原 is 省内 for 长治 and 外省 for 巴中: left as 外地 for the region's own reading)
    assert "外省" in story_slots("去乌兰察布走亲戚 在那看了个门诊").get("route", [])
    assert "外地" in story_slots("去太原走亲戚 在那看了个门诊").get("route", [])


# ---- a filing not made, and how much less is paid asked (长治: 职工 15%, 居民 10%) ---------------------


@pytest.mark.parametrize("text, entry, figure", [
    ("俺是职工医保 想去上海住院 不办备案的话报销少多少", "cz-zg-11", "15%"),
    ("在职职工 打算到郑州住院 不去备案的话要少报多少", "cz-zg-11", "15%"),
    ("合疗 要去天津住院 不备案的话报销会少几成", "cz-jm-24", "10%"),
])
def test_less_paid_without_a_filing(engine, text, entry, figure):
    r = answer(engine, text, region="长治")
    assert r.kind == "faq", r.text
    assert ids(r)[0] == entry, r.text
    assert figure in r.text, r.text


# ---- a birth told by its kind (顺产) with a year, asked in dialect (甚数): the 定额 page, the year noted ----


@pytest.mark.parametrize("text, region, figure", [
    ("合疗顺产报甚数", "长治", "1500"),
    ("娃儿2024年生的 顺产 合疗报了好多", "长治", "1500"),
    ("2022年生的老大 顺产 居民医保报了甚数", "长治", "1500"),
    ("2023年生的闺女 顺产 合疗报了多少来着", "巴中", "2000"),
])
def test_a_birth_told_by_its_kind(engine, text, region, figure):
    r = answer(engine, text, region=region)
    assert r.kind in ("faq", "calculation"), r.text
    assert figure in r.text, r.text
    if "20" in text:
        assert "年的标准" in r.text, r.text        # the year asked is named, not silently swapped
