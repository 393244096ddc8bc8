"""Classes read from the places-31 failures and the places-30 leftovers, each asked in our own words
(none is in eval/):

- a relative said to be in an uncovered place, then the scheme asked of pointed back to through them
  ("他们那的职工医保", "她那儿的合疗"): that place's own scheme — refused with its office to ask, never the
  chat's region's figures; care there said before the pointer, going home, a filing, or the place's
  cards and offices are still care elsewhere of the home scheme;
- care in another province said (外省, 跨省 …) and the best page bounds care by the city alone (市外): a
  page of the same region on care across provinces answers instead, as the question understood."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer, ids


@pytest.mark.parametrize("text,unsupported", [
    ("我儿子在西安打工 他们那的职工医保生孩子报多少", "西安"),
    ("我妹在郑州 她那边的合疗住院起付线多少", "郑州"),
    # care there said before the pointer, or going home, or the place's card: care elsewhere
    ("我妈在西安住院 她那边的医保能报不", None),
    ("我妹在郑州 她那边的医保转回巴中咋办", None),
    ("我妈在西安 那边的医保卡在长治能用不", None),
    # paying into it (the asker's account may pay for the relative): not its benefits asked
    ("我妈在深圳 那边的合疗我能帮她交不", None),
    # no relative: as before
    ("在西安读书 那边住院能报不", None),
])
def test_a_relatives_scheme_there_is_that_places(text, unsupported):
    assert detect_region(text).unsupported == unsupported


@pytest.mark.parametrize("text,region,figure", [
    ("我儿子在西安打工 他们那的职工医保住院报几成", "巴中", "82%"),
    ("我妹在郑州 她那儿的合疗门诊一年报多少", "长治", "300元"),
])
def test_a_relatives_scheme_there_gets_no_covered_figure(engine, text, region, figure):
    r = answer(engine, text, region=region)
    assert r.kind == "unanswered" and r.refusal == "uncovered_place", r.text
    assert figure not in r.text


@pytest.mark.parametrize("text", ["巴中参保的 门诊慢病去外省医院开药 可以直接刷卡结算吗",
                                  "巴中的慢特病 跨省看病能直接结算不"])
def test_care_in_another_province_gets_the_page_across_provinces(engine, text):
    r = answer(engine, text)
    assert r.kind == "faq", r.text
    assert "bz-4-13" not in ids(r), r.text        # 市外's page: 即时结算, nothing of 认定 and 备案 first
    assert "认定" in r.text and "备案" in r.text, r.text


def test_the_askers_own_page_still_answers_with_the_region_known(engine):
    r = answer(engine, "长期居住备案以后 在居住地住院报销比例会降低吗", region="巴中")
    assert r.kind == "faq" and ids(r)[0].startswith("bz-1-30"), r.text


# - the campus clinic said to be of a tier ("校医院这种一级医院"): that tier's rule, as of any hospital of it;
#   the clinic alone is still the handbook's silence


def test_the_clinic_said_of_a_tier_gets_the_tiers_rule(engine):
    r = answer(engine, "校医院是一级医院吧 在那看普通门诊医保报多少", region="克拉玛依")
    assert r.kind == "faq" and "70%" in r.text, r.text
    r = answer(engine, "校医院看病医保能报吗", region="克拉玛依")
    assert r.kind == "unanswered", r.text


# - a term at another school (外校 交流, 实习) is a student's words: with no region known, the campus's page


def test_another_schools_term_is_the_campus_students(engine):
    r = answer(engine, "在外校实习三个月 生病了要先备案吗")
    assert r.kind == "faq" and r.region == "克拉玛依" and "实习地" in r.text, r.text
