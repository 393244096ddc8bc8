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


# ---- the national rule's exception for 建档立卡 students, asked with no campus: the national page ------

@pytest.mark.parametrize("text", ["建档立卡户家的娃读大学 医保能在老家交不", "贫困户的大学生能不能在老家参保",
                                  "我家是脱贫户 孩子上大学医保可以在户籍地交吗"])
def test_a_poor_household_s_student_asked_with_no_place_gets_the_national_rule(engine, text):
    r = ask(engine, text)
    assert r.kind == "faq" and "ky-01-01" in ids(r) and "身份认定地" in r.text, r.text


def test_the_campus_s_own_rule_still_answers_on_the_campus(engine):
    r = ask(engine, "贫困户的大学生能不能在老家参保", region="克拉玛依")
    assert r.kind == "faq" and "ky-02-02" in ids(r), r.text


# ---- "A 和 B 是一个东西吗": whether two names are one thing — the page defining it, not a 资料 page ------

@pytest.mark.parametrize("text", ["医保码和电子医保码是一个东西不", "医保电子凭证跟医保码是同一个东西吗"])
def test_two_names_asked_to_be_one_thing_is_the_definition(engine, text):
    r = ask(engine, text)
    assert r.kind == "faq" and ids(r)[:1] == ["bz-1-31"], (ids(r), r.text)
