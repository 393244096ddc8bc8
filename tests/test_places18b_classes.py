"""Classes of failure read on the places and colloquial dev sets (round 18, places18b), each asked in
our own words through the real engine."""
import pytest

from tests.helpers import answer as ask, ids


# ---- 门慢 read as the handbook's 门诊慢病 (one word), not 门诊 + 慢病 --------------------------------
# ("门诊慢性病" cut 门诊 | 慢性病 pulled every disease's cap page, whose phrasings say 门诊, above the list)

@pytest.mark.parametrize("text", ["门慢总共有几种病", "门慢包括哪些病种", "我们这边门慢有好多种"])
def test_men_man_asked_for_its_list_is_the_list_page(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-4-03"], (ids(r), r.text)


# ---- a 门诊慢病's limit asked with no disease: each disease has its own, so which one is asked ---------

@pytest.mark.parametrize("text", ["门慢每年限额是多少", "慢病一年封顶好多", "门诊慢病一年最高能报多少钱",
                                  "职工医保的门慢最高支付限额多少"])
def test_a_chronic_limit_without_its_disease_asks_which(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "clarify" and "disease" in r.missing_slots, r.text


@pytest.mark.parametrize("text,needle", [("痛风门慢一年限额多少", "痛风"), ("冠心病慢病每年最多报多少", "冠心病")])
def test_a_chronic_limit_with_its_disease_is_answered(engine, text, needle):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and needle in r.text, r.text


def test_the_chronic_rate_for_all_is_still_the_general_rule(engine):
    r = ask(engine, "门慢报销比例是好多", region="巴中")
    assert r.kind == "faq" and "90%" in r.text, r.text


@pytest.mark.parametrize("text,needle", [("阿耳茨海默病居民医保门慢一年限额好多", "800")])
def test_a_disease_misspelt_is_still_named(engine, text, needle):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and needle in r.text, r.text


# ---- "A 和 B 是一个东西吗": whether two names are one thing — the page defining it, not a 资料 page ------

@pytest.mark.parametrize("text", ["医保码和电子医保码是一个东西不", "医保电子凭证跟医保码是同一个东西吗"])
def test_two_names_asked_to_be_one_thing_is_the_definition(engine, text):
    r = ask(engine, text)
    assert r.kind == "faq" and ids(r)[:1] == ["bz-1-31"], (ids(r), r.text)


# ---- a covered region named only to locate a place not named ("巴中旁边的县"): where is asked -----------

@pytest.mark.parametrize("text", ["巴中隔壁那个县的 合疗住院报多少", "我们在长治附近的县城 职工医保起付线多少",
                                  "克拉玛依旁边的地方 学生医保交多少"])
def test_an_unnamed_place_beside_a_region_is_asked(engine, text):
    from intents.regions import detect_region
    assert detect_region(text).region is None
    # (no region's figures: the region asked, or the honest refusal)
    r = ask(engine, text)
    assert r.region is None and r.kind in ("clarify", "unanswered"), r.text


@pytest.mark.parametrize("text,region", [("巴中附近的医院住院能报多少", "巴中"), ("长治的县医院住院起付线多少", "长治")])
def test_the_region_s_own_places_are_still_the_region(text, region):
    from intents.regions import detect_region
    assert detect_region(text).region == region
