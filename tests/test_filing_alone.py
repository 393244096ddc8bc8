"""The filing of a text read alone (`intents.slots.filing_in`) is the filing the full slot reading
finds: the search's readings of a question (bot.engine._best_reading) need only their filing, and
each is a text of its own that nothing else reads, so the other readers are not run for them. Kept
in step with `extract` over the handbooks' filing words and every question of the dev sets."""
from pathlib import Path

import pytest

from bot.measure.evaluate import load_items
from intents.slots import extract, filing_in
from tests.helpers import answer

DEV = Path(__file__).resolve().parents[1] / "eval" / "dev"


@pytest.mark.parametrize("text, filing", [
    ("办了长期备案在成都住院能报多少", "长期备案"),
    ("常驻深圳工作备案了 住院报销比例", "长期备案"),
    ("临时去外地看一下病那种备案 住院报多少", "临时备案"),
    ("县医院开了转诊单转到成都住院", "转诊"),
    ("在外地住院没备案能报吗", "未备案"),
    ("莫得备案 在外地住的院", "未备案"),             # (said in dialect: 莫得 is 没)
    ("没办备案 急诊进去的 外地医院", "急诊"),        # (an emergency elsewhere is taken as filed)
    ("在外地旅游突然犯病 急诊住院", "急诊"),
    ("在恩阳区住院 报多少", "市内"),
    ("不是临时备案 是长期备案", "长期备案"),         # (the fact said instead of the one denied)
    ("住院起付线多少", None),
    ("巴中老年痴呆,慢病职工医保多少", None),
])
def test_the_filing_alone_is_the_full_readings(text, filing):
    assert filing_in(text) == extract(text).get("filing") == filing


def test_every_dev_question_has_the_same_filing_read_alone():
    # (read as the scorer reads them: a writer's turns may be plain messages)
    texts = {t["q"] for item in load_items(sorted(DEV.glob("*.jsonl"))) for t in (item.get("turns") or [item])}
    assert len(texts) > 1000
    differ = [t for t in sorted(texts) if filing_in(t) != extract(t).get("filing")]
    assert not differ, differ[:10]


def test_a_question_naming_its_filing_keeps_that_kinds_page(engine):
    # a reading without the filing named would find another kind's rates (巴中 第三章 十一问: 临时 lower)
    r = answer(engine, "巴中居民医保临时备案了 去外地住院报销比例多少")
    assert r.kind in ("faq", "calculation") and "临时" in r.text, r.text
