"""A long voice-typed message with no stop at all: a story, then the question, sometimes two questions. Read
from its words, the clauses part where they part when typed with stops:
- a yes-or-no asked as A不A (能不能, 是不是 …) opens the question after a clause told whole — closed by its 的,
  its particle or its last word ("…在这边上大学|能不能…", "…算个体户吧|能不能…"), not after who is asked of
  ("自己能不能…", "我妈能不能…");
- the bare 医保 opens a how asked after a deed told done or what the asker does ("…退休了|医保咋办"), not after
  what was paid ("交了医保咋个报销" is one question), and a term paid is no story's end ("…给我交了|合疗");
- a yes-or-no closed by the 医保 term its deed is done to, a few words on, ends before the next question's
  modal ("能不能在这边交居民医保|要带啥子材料"); a where asked opens its own ("…|在哪里交");
- a yes-or-no closed by 没 ends the how asked before it ("…咋报|有封顶线没");
- how long a thing lasted, told done, ends the story before a yes-or-no ("…断了半年|是不是…");
- what a thing is, "是个啥子", ends before what one pays oneself ("…是个啥子|自己要交好多");
- a thing qualified by 的 ("多交的那个合疗") is not pointed at again.
The unpunctuated message then finds the entry its punctuated twin finds."""
import re

import pytest

from corpus.normalize import clean
from intents.message import clauses, voiced
from tests.helpers import answer, ids


def read(engine, text):
    return clauses(voiced(clean(text), engine.index.segmenter.cut, engine._topic_word))


def bare(text):
    return re.sub(r"[，。？！、 ]", "", text)


@pytest.mark.parametrize("said, parts", [
    # a yes-or-no after a clause told whole: its 的, its particle, its last word
    ("我是重庆过来的在巴中这边上大学能不能参加居民医保", ["我是重庆过来的在巴中这边上大学", "能不能参加居民医保"]),
    ("我在巴中开了个小面馆算个体户吧能不能自己交职工医保", ["我在巴中开了个小面馆算个体户吧", "能不能自己交职工医保"]),
    # the bare 医保 asked how after a deed told done, or what the asker does
    ("我下个月就退休了医保咋办", ["我下个月就退休了", "医保咋办"]),
    ("闺女在太原上班俺也没工作医保咋个交", ["闺女在太原上班", "俺也没工作", "医保咋个交"]),
    # a term paid is the deed's object, not where the question opens
    ("屋头老人去年给我交了合疗能不能报门诊费", ["屋头老人去年给我交了合疗", "能不能报门诊费"]),
    # a yes-or-no closed by its 医保 term, then a modal; then a where asked
    ("能不能在巴中这边交居民医保要带啥子材料", ["能不能在巴中这边交居民医保", "要带啥子材料"]),
    ("能不能自己交职工医保在哪里交", ["能不能自己交职工医保", "在哪里交"]),
    # a yes-or-no closed by 没 after a how
    ("在县医院看门诊长治居民医保咋报有封顶线没", ["在县医院看门诊", "长治居民医保咋报", "有封顶线没"]),
    # how long it lasted, then a yes-or-no
    ("我之前在外地打工断了半年是不是补交了就能报", ["我之前在外地打工断了半年", "是不是补交了就能报"]),
    # what a thing is, then what one pays oneself
    ("长护险是个啥子自己要交好多", ["长护险是个啥子", "自己要交好多"]),
])
def test_clauses_part_where_typed_stops_would(engine, said, parts):
    assert read(engine, said) == parts


@pytest.mark.parametrize("said", [
    # (who is asked of stays with the modal)
    "我在巴中上班自己能不能买职工医保",
    # (the scheme paid, then how: one question)
    "我交了医保咋个报销",
    # (a where too short to be a question of its own)
    "能不能交生育保险在哪办",
])
def test_one_question_stays_whole(engine, said):
    assert len(read(engine, said)) == 1


def test_a_thing_qualified_is_not_pointed_at_again(engine):
    assert not any(c.startswith("那个") for c in read(engine, "我在外地打工两边都交了多交的那个合疗能不能退"))


@pytest.mark.parametrize("punctuated, region", [
    ("我是重庆过来的，在巴中这边上大学，能不能参加居民医保", None),
    ("我在巴中开了个小面馆，算个体户吧，能不能自己交职工医保，在哪里交", None),
    ("我下个月就退休了，医保咋办", "巴中"),
    ("在县医院看门诊，长治居民医保咋报，有封顶线没", None),
    ("长护险是个啥子，自己要交好多", "巴中"),
])
def test_the_unpunctuated_twin_finds_the_same_entry(engine, punctuated, region):
    first = ids(answer(engine, punctuated, region=region))[:1]
    assert first and first[0] is not None
    assert ids(answer(engine, bare(punctuated), region=region))[:1] == first
