"""What a thing is, asked ("两病是啥", "什么叫家庭共济", "大病保险是什么意思"): one pattern, the 定义 question
type's core (corpus.qtype.WHAT_IS), which the engine reads alone where the type's every 哪些 / 区别 would be
too wide (the thing a later question of the message asks of: "两病是啥 报好多")."""
import pytest

from corpus.qtype import WHAT_IS_ASKED, qtypes


@pytest.mark.parametrize("text", ["两病是啥", "两病是什么", "什么叫家庭共济", "啥叫门诊统筹", "大病保险是什么意思",
                                  "门特指的是什么", "什么是医保钱包"])
def test_what_a_thing_is_is_the_definition_type(text):
    assert WHAT_IS_ASKED.search(text) and "定义" in qtypes(text)


@pytest.mark.parametrize("text", ["门诊慢病有哪些病", "职工和居民有啥区别", "个人账户包括哪些"])
def test_the_rest_of_the_definition_type_is_not_what_a_thing_is(text):
    assert "定义" in qtypes(text) and not WHAT_IS_ASKED.search(text)
