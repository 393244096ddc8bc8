"""Whether one named institution is on a list a page gives (认定 / 治疗 / 国谈药 institutions): the answer for
that name is said first, read from the page's lists — yes with the list it is on; not on the column asked
(门特) when it is only on the other (门慢); absent when named with the list's place and on no list — and
nothing is said where no list's heading names what was asked. Own phrasings."""
from corpus.list_member import member_answer
from tests.helpers import answer

_PAGE = ("苍溪县门诊慢病认定医疗机构：苍溪县人民医院、苍溪县中医医院、苍溪县城东医院；"
         "门诊特病认定医疗机构：苍溪县人民医院、苍溪县中医医院。申请时需持相关资料到定点医疗机构办理。")


def test_a_name_on_the_list_asked_gets_a_yes_with_the_list():
    said = member_answer("城东医院可以办慢病认定吗", _PAGE)
    assert said is not None and said.startswith("可以") and "苍溪县城东医院" in said and "慢病" in said, said


def test_a_name_only_on_the_other_column_gets_no_yes():
    said = member_answer("城东医院可以认定门特不", _PAGE)
    assert said is not None and not said.startswith("可以") and "特病" in said and "没有" in said, said


def test_a_column_unsaid_gets_both_columns():
    said = member_answer("城东医院能认定不", _PAGE)
    assert said is not None and "慢病" in said and "特病" in said and "没有它" in said, said


def test_another_institution_with_the_same_ending_is_not_taken_for_the_listed_one():
    # (第二人民医院 is not the 人民医院 of the list; 旺苍县 is another county's)
    assert member_answer("旺苍县人民医院能认定慢病吗", _PAGE) is None
    said = member_answer("苍溪县第二人民医院能认定慢病吗", _PAGE)
    assert said is None or not said.startswith("可以"), said


def test_a_which_question_is_no_yes_no():
    assert member_answer("慢病认定去哪家医院 城东医院行不行", _PAGE) is None


def test_a_list_not_of_what_was_asked_says_nothing():
    drugs = "苍溪县国谈药品治疗机构：苍溪县人民医院、苍溪县中医医院。"
    assert member_answer("苍溪县人民医院能认定慢病吗", drugs) is None


def test_engine_says_yes_for_a_county_hospital_on_the_chronic_list(engine):
    r = answer(engine, "我妈想办门慢 平昌县第二人民医院那边能认定吗", region="巴中")
    assert r.kind == "faq" and r.text.startswith("可以") and "平昌县第二人民医院" in r.text.splitlines()[0], r.text


def test_engine_says_no_for_the_special_column(engine):
    r = answer(engine, "通江新区医院可以认定门诊特病吗", region="巴中")
    first = r.text.splitlines()[0]
    assert r.kind == "faq" and "没有" in first and "特病" in first and not first.startswith("可以"), r.text


def test_engine_places_a_hospital_of_the_handbook_s_own_table_without_a_region(engine):
    # (四川友好医院: 恩阳区's rows of 巴中's tables; the province in its name is no place said)
    r = answer(engine, "四川友好医院可以办门诊特病认定不")
    assert r.kind == "faq" and r.region == "巴中" and r.text.startswith("可以"), r.text
