"""Messages typed with no punctuation at all (voice typing): two questions run together are read
apart. Phrasings of our own."""
import pytest

from bot.engine import Engine
from bot.reply import Message
from bot.session import Session
from intents.message import voiced


def ask(engine: Engine, text: str, region: str | None = None):
    return engine.answer(Message(text=text, region=region), Session())


@pytest.mark.parametrize("said, clauses", [
    # a yes-or-no closed by 不, then how much asked with 能 again ("能报不能报好多")
    ("我屋头老汉住院了合疗能报不能报好多", ["我屋头老汉住院了合疗能报不", "能报好多"]),
    # ... or another yes-or-no asked as A不A
    ("娃儿在外地读书这边还要交不会不会重复交", ["娃儿在外地读书这边还要交不", "会不会重复交"]),
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
])
def test_one_question_stays_whole(said):
    assert " " not in voiced(said)


def test_run_together_questions_are_answered(engine):
    reply = ask(engine, "通江的合疗流产了能报账不能报多少")
    assert reply.kind == "faq" and reply.sources[0].entry_id == "bz-3-14-c"
