"""A birth told in the story ("儿媳妇上个月生了个孙子", "刚生了娃 一个多月"), then how to enrol the child
asked ("怎么给他上医保", "娃儿的合疗咋个上"): the child is the handbook's 新生儿 (巴中 第三章 七问: 90
days, 出生医学证明书 or 户口簿), not a student's pause of cover elsewhere. A child of some years told
("现在三岁了") is no newborn. Own phrasings, through the real engine."""
import pytest

from intents.message import story_slots
from tests.helpers import answer, ids


@pytest.mark.parametrize("said", [
    "我女儿前几天生了个孙子 家里忙不过来 医保还没给孩子办 怎么给他上医保",
    "我弟媳刚生了娃 才一个多月 娃儿的合疗咋个上 要带啥子",
    # (the grandchild in the family's word, 孙孙)
    "我儿媳妇上个月生了个孙孙 户口还没上 户口本还没办下来 我想先把娃儿的一保交了 去交要带啥子嘛",
])
def test_a_child_born_lately_is_a_newborn(engine, said):
    r = answer(engine, said, region="巴中")
    assert ids(r)[:1] == ["bz-3-07"], r.text
    assert "90天" in r.text and "出生医学证明" in r.text, r.text


def test_a_child_of_some_years_is_no_newborn():
    assert "新生儿" not in story_slots("女儿生了个娃 娃儿三岁了 还没上医保").get("who", [])
    assert "新生儿" in story_slots("女儿上个月生了个娃 还没上医保")["who"]


@pytest.mark.parametrize("text, years", [
    ("娃儿出生的时候没给他上医保 现在两岁了才想起来上 要等好久才能报", 2),
    ("孩子出生时没交医保 三岁了才想到去交", 3),
])
def test_a_childs_years_without_cover_said_with_when_it_came_to_mind(text, years):
    from intents.slots import extract
    assert extract(text).values.get("gap_years") == years


@pytest.mark.parametrize("said", [
    # the child said first, then when it was born ("孙子前天生的"), or the birth's papers just issued
    "孙女前天生的 出生证办好了 合疗要在好久之内交",
    "宝宝上周才出生 医保啥时候交最好",
    "外孙这几天刚生的 医保几时之前要交",
])
def test_a_child_said_born_lately_is_a_newborn(engine, said):
    r = answer(engine, said, region="巴中")
    assert ids(r)[:1] == ["bz-3-07"], r.text
    assert "90天" in r.text, r.text


@pytest.mark.parametrize("said", ["孙子前天生的", "宝宝上周才出生", "出生证明拿到了 还没上医保"])
def test_a_birth_said_by_when_is_a_newborn(said):
    assert "新生儿" in story_slots(said + " 医保咋交")["who"]


@pytest.mark.parametrize("said", [
    # a child said fallen ill lately (生了病, 生的疮) is no birth told: the 生 is of the illness
    "儿子上个月生了一场病 住院花了两万能报多少",
    "孩子前几天生了病 医保还没交 现在交能报吗",
    "孩子昨天生的病 门诊能报吗",
    "娃儿前天生的疮 能报不",
    "女儿这几天生了点小病 门诊咋报",
])
def test_a_child_fallen_ill_lately_is_no_newborn(said):
    assert "新生儿" not in story_slots(said).get("who", [])
