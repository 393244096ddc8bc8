"""Messages typed with no punctuation at all (voice typing): two questions run together are read
apart, and a disease name glued to its neighbour is cut as it is alone. Phrasings of our own."""
import pytest

from bot.engine import Engine
from bot.reply import Message
from bot.session import Session
from corpus.search import _disease_names, _place_words
from corpus.segment import Segmenter
from intents.message import clauses as parse_clauses
from intents.message import voiced


def ask(engine: Engine, text: str, region: str | None = None):
    return engine.answer(Message(text=text, region=region), Session())


@pytest.mark.parametrize("said, clauses", [
    # a yes-or-no closed by 不, then how much asked with 能 again ("能报不能报好多")
    ("我屋头老汉住院了合疗能报不能报好多", ["我屋头老汉住院了合疗能报不", "能报好多"]),
    # ... or another yes-or-no asked as A不A
    ("娃儿在外地读书这边还要交不会不会重复交", ["娃儿在外地读书这边还要交不", "会不会重复交"]),
    # ... or one asked with 会 ("能报不会少报好多")
    ("我妈在外省住院没有备案能报不会少报好多", ["我妈在外省住院没有备案能报不", "会少报好多"]),
    # how many kinds of a care, then another question
    # (the place said first is a clause of its own, as typed apart: "长治的 门诊特病…")
    ("长治的门诊特病总共有多少种职工和居民报的一样不", ["长治的", "门诊特病总共有多少种", "职工和居民报的一样不"]),
    ("我们这边慢病有几种每种一年报好多", ["我们这边慢病有几种", "每种一年报好多"]),
    # how a scheme is moved (怎么转, 啷个转), then another question
    ("我在成都交的职工医保回老家了怎么转要不要重新交", ["我在成都交的职工医保回老家了怎么转", "要不要重新交"]),
    # how long, closed by its particle, before another question
    ("生孩子那笔钱报下来要等多久啊是不是要半年", ["生孩子那笔钱报下来要等多久啊", "是不是要半年"]),
    # a verb said twice, the second asking how much ("能不能报报多少")
    ("我妈在县医院住院能不能报报多少", ["我妈在县医院住院能不能报", "报多少"]),
])
def test_questions_run_together_are_read_apart(said, clauses):
    assert voiced(said).split(" ") == clauses


@pytest.mark.parametrize("said", [
    "我爸住院能不能报好多",          # 能不能 asks once: its 不 is no question's end
    "我交不起会不会断保",            # 不起 is no question
    "这个药报不报销多少钱一盒",
    "我有好多种慢病能不能都报",      # 好多种 of what the asker has, not asked
    "医保怎么转诊去外地要多久",      # 转诊, 转到, 转账 are no question's end
    "医保关系怎么转到巴中要带啥子",
])
def test_one_question_stays_whole(said):
    assert " " not in voiced(said)


def test_a_disease_name_glued_to_its_neighbour_is_not_cut_across():
    seg = Segmenter(extra_words=_place_words(), names=_disease_names())
    # jieba alone: 慢性病 | 毒性 | 肝炎 — 毒性 is a word no entry knows
    words = seg.cut("我有慢性病毒性肝炎能办慢病吗")
    assert "毒性" not in words and "慢性病" not in words
    assert seg.cut("病毒性肝炎") == seg.cut("慢性病毒性肝炎")[-len(seg.cut("病毒性肝炎")):]


@pytest.mark.parametrize("said, entry", [
    ("长治居民医保得了慢性病毒性肝炎门诊慢病每个月限额多少", "cz-jmmb-27"),
    ("巴中职工医保慢性病毒性肝炎办了门诊慢病一年报多少", "bz-4-03-d09"),
])
def test_glued_disease_name_is_answered(engine, said, entry):
    reply = ask(engine, said)
    assert reply.kind == "faq" and reply.sources[0].entry_id == entry


def test_run_together_questions_are_answered(engine):
    reply = ask(engine, "通江的合疗流产了能报账不能报多少")
    # (the page, both questions in one; what it pays turns on the months, which the form then asks)
    assert reply.kind in ("faq", "clarify") and reply.sources[0].entry_id == "bz-3-14-c", reply.text


def test_a_later_question_asks_of_the_disease_an_earlier_one_named(engine):
    # typed without stops, the disease is said inside the first question, not in a story of its own
    reply = ask(engine, "巴中合疗我爸有帕金森能办慢病不一年报好多")
    # (the disease's page on the list, with what it pays, then its 认定 page: the sources in the text's order)
    assert reply.kind == "faq" and [s.entry_id for s in reply.sources][:2] == ["bz-4-03-d24", "bz-4-04-d06"]


@pytest.mark.parametrize("said, clauses", [
    # what a thing is, then whether it can do something
    ("巴中的医保钱包是啥子能给我娃转钱不", ["巴中的医保钱包是啥子", "能给我娃转钱不"]),
    ("家庭共济是什么能给老人用不", ["家庭共济是什么", "能给老人用不"]),
])
def test_what_it_is_then_whether_it_can(said, clauses):
    assert [c.rstrip("?") for c in parse_clauses(said)] == clauses


def test_what_it_is_then_whether_it_can_is_answered(engine):
    reply = ask(engine, "巴中的医保钱包是啥子能给我娃转钱不")
    assert reply.kind == "faq" and reply.sources[0].entry_id == "bz-1-34"
