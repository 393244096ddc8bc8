"""Words the segmenter must read as the asker meant them: 刚生病 is being ill, not a newborn (刚生,
"孙子刚生", is 刚出生 — lexicon.yaml, as 才生 is), nor is 刚生了病 / 刚生过病 / 才生了病, the verb split
from its object as speech does; 刚生了个女儿 still tells a birth."""
import pytest

from tests.helpers import answer as ask


@pytest.mark.parametrize("text", ["我刚生病 住院能报吗", "刚生病了 医保咋用", "我刚生了病", "我刚生了病 住院能报吗",
                                  "刚生过病 医保咋用", "我才生了病 看病咋报"])
def test_ill_is_no_newborn(engine, text):
    assert "新生儿" not in engine.index.analyze(text).terms


@pytest.mark.parametrize("text", ["孙子刚生 医保咋交", "娃刚生 合疗咋个交", "孙子才生 医保咋交"])
def test_just_born_still_is(engine, text):
    assert "新生儿" in engine.index.analyze(text).terms


@pytest.mark.parametrize("region", ["巴中", "长治", "克拉玛依"])
def test_ill_is_no_newborns_page(engine, region):
    reply = ask(engine, "我刚生了病", region=region)
    assert "新生儿" not in reply.text, reply.text
