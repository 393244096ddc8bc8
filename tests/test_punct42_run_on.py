"""A message typed with no stop at all, round 42: more places where its clauses part, read from its words —
- a threshold asked ("要花好多钱才报") goes on after its amount: no clause ends at 好多钱, and the rule asked
  next ("…才报|最高报好多") still opens its own;
- which office or body handles it, asked after whether the case counts ("…算不算救助对象|哪个部门管");
- the case meant, said after a question closed by its particle ("…能报吗|骨折那种");
- what the asker wants to do, then what must be done first ("想去外省住院|要先办些啥");
- the care told with where it was had, then its rule asked ("…在乡镇卫生院看门诊|有起付线没");
- a year told with what held in it, then the next year's deed, and a deed told done late, then the wait asked
  ("2024年断了|2025年过了期限才补交|要等多久");
and what stays one clause: the rule a care names ("住院起付线是多少"), the body a deed is taken to
("是不是要交给哪个部门"), a year a deed is for ("补交了2025年的"). The unpunctuated message then finds the
entry its punctuated twin finds. Phrasings of our own."""
import re

import pytest

from bot.engine import Engine
from corpus.normalize import clean
from intents.message import clauses, voiced
from tests.helpers import answer, ids


@pytest.fixture(scope="module")
def engine():
    return Engine()


def read(engine, text):
    return clauses(voiced(clean(text), engine.index.segmenter.cut, engine._topic_word))


def bare(text):
    return re.sub(r"[，。？！、 ]", "", text)


@pytest.mark.parametrize("said, parts", [
    # a threshold asked goes on after its amount; the rule asked after it opens its own clause
    ("二次报销自己要花好多钱才报封顶是好多", ["二次报销自己要花好多钱才报", "封顶是好多"]),
    # which body handles it, after whether the case counts
    ("我家是监测户算不算医疗救助的对象哪个部门管", ["我家是监测户算不算医疗救助的对象", "哪个部门管"]),
    ("娃儿是残疾人能不能享受资助参保哪个单位审", ["娃儿是残疾人", "能不能享受资助参保", "哪个单位审"]),
    # the case meant, said after the question's particle
    ("在县医院拍片子能报销吗骨折那种", ["在县医院拍片子能报销吗", "骨折那种"]),
    ("急诊没备案也能报嘛半夜送去的那种", ["急诊没备案也能报嘛", "半夜送去的那种"]),
    # a want, then what must be done first
    ("我妈想去外省住院要先办些啥子", ["我妈想去外省住院", "要先办些啥子"]),
    ("老汉儿想转到成都的医院治得先开什么证明", ["老汉儿想转到成都的医院治", "得先开什么证明"]),
    # the care told with where it was had, then its rule asked
    ("我爸在乡镇卫生院看门诊有起付线没", ["我爸在乡镇卫生院看门诊", "有起付线没"]),
    ("老人家跑到市里去住院起付标准是多少", ["老人家跑到市里去住院", "起付标准是多少"]),
    # a year told, then the next year's deed done late, then the wait asked
    ("2024年没交合疗2025年过了期限才补交要等多久能用", ["2024年没交合疗", "2025年过了期限才补交", "要等多久能用"]),
])
def test_where_a_run_on_clause_ends(engine, said, parts):
    assert read(engine, said) == parts


@pytest.mark.parametrize("said", [
    "住院起付线是多少",                 # the care names the rule: one question
    "在三级医院住院起付线好高",          # (no story of four characters before the care)
    "是不是要交给哪个部门审批",          # the body a deed is taken to
    "要去哪个单位开证明才能报",
    "补交了2025年的要等多久",            # a year a deed is for
    "从2024年到2025年一直没交",          # a span of years
    "2024年2025年都没交要补多少",        # a list of years
    "我家那口子一直念叨想晓得通江2026年居民医保个人到底交好多钱",  # a place then the year set the question
    "我想问一下门特要先办啥子",          # a turn to asking is no want
    "要花多少钱以上才能报大病保险",      # a threshold, one question
])
def test_one_run_on_question_stays_one(engine, said):
    assert len(read(engine, said)) == 1, read(engine, said)


@pytest.mark.parametrize("region, said", [
    ("巴中", "大病保险要自己出好多钱才开始报，最多报好多"),
    ("长治", "居民在乡镇卫生院看门诊，有起付线没，报几成"),
    ("巴中", "我家是低保边缘户，算不算医疗救助对象，哪个部门认定"),
    ("巴中", "门特想异地直接结算，要先办些啥子"),
])
def test_unpunctuated_finds_the_punctuated_entry(engine, region, said):
    stopped = ids(answer(engine, said, region))[:1]
    assert stopped and ids(answer(engine, bare(said), region))[:1] == stopped, (said, stopped)
