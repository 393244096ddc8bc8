"""A question names one member of a set of mutually exclusive things (高血压 / 糖尿病; 普通门诊 / 门诊慢病 /
门诊特病 / 两病; 医疗救助 / 参保资助; 在职 / 退休 …) and the handbook has a page per member: the page of the
member asked answers, not its sibling's, though the sibling's shares every other word (the ranking feature
other_member, sets in corpus/data/siblings.yaml). A page that names the member asked beside its siblings
(顺产、剖宫产各报多少; 慢特病) still answers a question on one of them. Phrasings of our own, three regions."""
import pytest

from corpus.sibling_sets import asked_members, entry_members, other_member, sibling_sets
from tests.helpers import answer, ids


def _first(engine, text, region):
    r = answer(engine, text, region)
    assert r.kind == "faq", (text, r.kind, r.text)
    return ids(r)[0]


# ---- the member asked wins over its sibling's page ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "量的血压一百五十多 两病能进不",       # 长治: 两病高血压's admission, not 糖尿病's
    "血压多高够两病",
    "血压要到好多才能进两病",
])
def test_blood_pressure_asked_gets_the_hypertension_admission_page(engine, text):
    assert _first(engine, text, "长治") == "cz-ld-06"


@pytest.mark.parametrize("text", [
    "门诊一年总共能报好多",               # 克拉玛依: the ordinary 门诊's limit, not the 门诊慢病 list
    "看门诊全年封顶多少钱",
    "门诊这块一年最多给报多少",
])
def test_ordinary_outpatient_limit_is_not_the_chronic_list(engine, text):
    assert _first(engine, text, "克拉玛依") == "ky-07-04"


def test_assistance_and_contribution_help_are_told_apart(engine):
    # 巴中: two hardship statuses at once — 医疗救助 (第六章) and 参保资助 (第三章) each have their rule
    assert _first(engine, "低保户又是残疾人 救助是按哪个来", "巴中") == "bz-6-05-i"
    assert _first(engine, "又是低保又是特困 参保资助按哪个算", "巴中") == "bz-3-06-d"


def test_working_and_retired_accounts_are_told_apart(engine):
    assert _first(engine, "在职的职工个人账户每月进好多钱", "巴中") == "bz-2-11"
    assert _first(engine, "退休了个人账户每月划多少", "巴中") == "bz-2-12"


# ---- a page naming the member asked beside its siblings still answers --------------------------------

def test_page_on_both_diseases_answers_a_question_on_both(engine):
    assert _first(engine, "同时有高血压和糖尿病 两病用药一年限额多少", "克拉玛依") == "ky-07-05-both"
    assert _first(engine, "同时有高血压和糖尿病 两病一年能报多少", "长治") == "cz-ld-00"
    assert _first(engine, "居民两病高血压一年限额多少", "长治") == "cz-ld-01"


@pytest.mark.parametrize("text", ["门慢认定没通过 能不能申诉", "特病认定结果不服找哪个"])
def test_page_on_chronic_and_special_answers_either(engine, text):
    # bz-4-11 is asked of 慢特病: it names both members, so neither asked is its sibling
    assert _first(engine, text, "巴中") == "bz-4-11"


# ---- the sets as read ---------------------------------------------------------------------------------

def _at(name):
    return [s.name for s in sibling_sets()].index(name)


def test_one_member_named_is_asked_and_two_are_not():
    assert asked_members(["血压", "两病"])[_at("两病")] == "高血压"
    assert asked_members(["高血压", "糖尿病"])[_at("两病")] is None
    # 慢特病 names 慢病 and 特病 at once: no one member of the 门诊 set asked
    assert asked_members(["慢特病", "报销"])[_at("门诊的种类")] is None


def test_a_disease_named_leaves_the_kind_of_outpatient_care_open():
    diseases = frozenset({"高血压"})
    assert asked_members(["门诊", "报销"], diseases)[_at("门诊的种类")] == "普通门诊"
    assert asked_members(["高血压", "门诊", "报销"], diseases)[_at("门诊的种类")] is None


def test_other_member_only_where_the_entry_lacks_the_member_asked():
    asked = asked_members(["剖腹产", "报销"])
    assert other_member(asked, entry_members(["顺产"]))
    assert not other_member(asked, entry_members(["顺产", "剖宫产"]))
    assert not other_member(asked, entry_members(["生育", "报销"]))
