"""Care away from home (round 42): who is insured where, and where the care is. A place named that is
only a relative's new home or where the asker paid before is no question on that place's policy; a
city written with its own county is an address (not a common word across the names); visiting
relatives is a trip, so an emergency there is settled at the temporary-filing rates. Our own words."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer, computed


@pytest.mark.parametrize("text,region", [
    ("我闺女嫁到江苏了 我在巴中交的职工医保 个人账户的钱能给她用不", "巴中"),
    ("儿子早就搬到深圳去了 俺在长治是职工医保 个账里的钱能转给他不", "长治"),
    ("女儿远嫁浙江 她那边也有医保 我的职工医保个人账户能帮她交吗", None),
])
def test_a_relatives_new_home_beside_the_askers_own_account_is_not_asked_of(text, region):
    hit = detect_region(text)
    assert hit.unsupported is None
    if region:
        assert hit.region == region


@pytest.mark.parametrize("text", [
    "我医保在老家河南交过了 学校群里又让交 要不要再交一份",
    "在老家安徽交了合疗 辅导员还催着交 两边都交吗",
    "医保是在家乡湖北交的 学校又通知交医保 能不能不交",
])
def test_paid_at_home_then_the_school_asks_again_is_the_schools_question(text):
    assert detect_region(text).unsupported is None


@pytest.mark.parametrize("text", [
    "我在老家河南交了合疗 河南住院报多少",
    "俺闺女嫁到太原了 她那边新农合门诊一年能报多少",
])
def test_that_places_own_scheme_asked_stays_uncovered(text):
    """The negative side: the place's own benefits asked are still that place's."""
    assert detect_region(text).unsupported is not None


def test_a_city_written_with_its_county_is_an_address():
    # (元朝 is written across 广元|朝天: the address still names both)
    from intents.regions import elsewhere_place
    assert elsewhere_place("去广元朝天住院了") is not None


@pytest.mark.parametrize("text,figures,rate", [
    ("俺爸去广元朝天那边走人户 突然晕倒 急诊送到当地乡镇卫生院住了几天 政策范围内6000 巴中居民医保报好多",
     (1000, 4250), "85%"),
    ("我妈出去走亲戚 路上突发脑梗 急诊送当地二级医院住了十天 花了8000 巴中居民医保能报多少",
     (1000, 4550), "65%"),
])
def test_an_emergency_while_visiting_relatives_is_settled_as_temporary_care_away(engine, text, figures, rate):
    r = computed(answer(engine, text, region="巴中"), *figures)
    assert "临时备案" in r.text and rate in r.text


def test_a_local_stay_that_mentions_relatives_away_stays_local(engine):
    """Negative: relatives named as living elsewhere, the stay itself at home, is computed at home."""
    r = answer(engine, "儿子在外地打工 我自己在巴中中心医院住院 三级医院 居民医保 花了5000 能报多少", region="巴中")
    computed(r, 700, 2580)
    assert "临时备案" not in r.text
