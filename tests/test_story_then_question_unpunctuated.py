"""A voice-typed message tells the asker's case and runs the question on after it with no stop ("我们家是
低保户大病保险有没得照顾"). Read from the message's words, the question's clause opens with the 医保 term it
asks about (not inside a run of such terms, nor after a word bound to it: 是, 的, 交, 有个), or with a modal
after a deed told done (…自费了能…), where what is said before it asks nothing and tells the case (who,
what befell them, what they did or plan). Two questions run together part where the second is a 医保 term
closed by its own spoken ask (…封顶线有没得), after a verb said twice (涨涨多少 → 涨 / 涨多少), or at an
adverb that opens a question (大概多久…). The unpunctuated message then finds the entry its punctuated twin
finds."""
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
    # the group told, then the term asked; then a term closed by its own spoken ask
    ("我们家是特困户大病保险有没得照顾封顶线有没得", ["我们家是特困户", "大病保险有没得照顾", "封顶线有没得"]),
    # a deed told done, then a modal
    ("看病的时候忘了带医保卡全自费了能拿发票回来报吗", ["看病的时候忘了带医保卡全自费了", "能拿发票回来报吗"]),
    # not inside the run of terms the question names
    ("屋头老人住院花了三万多大病保险起付线是好多", ["屋头老人住院花了三万多", "大病保险起付线是好多"]),
    # a word pointing at the case opens the question with it
    ("我老汉去年住过院我们交的是合疗这回起付线是好多", ["我老汉去年住过院", "我们交的是合疗", "这回起付线是好多"]),
    # a verb said twice, the second asking how much
    ("听说连续参保报销比例会涨涨多少", ["听说连续参保报销比例会涨", "涨多少"]),
    # an adverb opening the next question
    ("在外地看病垫了钱材料交到哪个办公室大概多久能到账", ["在外地看病垫了钱", "材料交到哪个办公室", "大概多久能到账"]),
])
def test_story_and_question_read_apart(engine, said, parts):
    assert read(engine, said) == parts


@pytest.mark.parametrize("said", [
    # (no story: a qualifier of the question, or the scheme and its term)
    "居民医保大病保险起付线是多少",
    "乡镇卫生院住院起付线是多少",
    # (the term after a word bound to it: 是, 有个)
    "我听说有个倾斜救助是咋回事",
    "我们屋头老人是低保户有没得照顾",
    # (what follows the turn to asking is the question)
    "俺就想问问合疗住院一年最多报好多",
    # (a term asked of by a bare particle: "能不能交|生育保险不" is one question)
    "能不能交生育保险不",
])
def test_no_story_is_cut_off(engine, said):
    assert len(read(engine, said)) == 1


@pytest.mark.parametrize("punctuated, region", [
    ("看病的时候忘了带医保卡，全自费了，能拿发票回来报吗", "克拉玛依"),
    ("在外地看病垫了钱，材料交到哪个办公室，大概多久能到账", "克拉玛依"),
    ("我老汉是五保户，住院有没得照顾", "巴中"),
    ("屋头老人住院花了三万多，大病保险起付线是好多", "巴中"),
    ("我在单位上班，个人账户的钱能给我妈用不，咋个弄", "巴中"),
    ("我们家是特困户，大病保险有没得照顾，封顶线有没得", "巴中"),
])
def test_the_unpunctuated_twin_finds_the_same_entry(engine, punctuated, region):
    first = ids(answer(engine, punctuated, region=region))[:1]
    assert first and first[0] is not None
    assert ids(answer(engine, bare(punctuated), region=region))[:1] == first
