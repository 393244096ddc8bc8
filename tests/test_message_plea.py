"""A plea for guidance closing a question ("求学长学姐指路", "求大佬指点") is chat filler: dropped, so
the question it follows is read alone (老家那个要怎么停 → 克拉玛依 guide 第4部分, 城乡居民暂停参保)."""
import pytest

from intents.message import without_filler
from tests.helpers import answer


@pytest.mark.parametrize("text, kept", [
    ("老家那个要怎么停？求学长学姐指路", "老家那个要怎么停?"),
    ("医保卡丢了咋补办 求大佬指点", "医保卡丢了咋补办"),
    ("学校医保啥时候交，求指路", "学校医保啥时候交"),
])
def test_a_plea_for_guidance_is_filler(text, kept):
    assert without_filler(text).rstrip("，, ") == kept


def test_the_question_before_it_is_answered(engine):
    r = answer(engine, "我是河南的，爸妈已经在老家给我交了今年的新农合，现在学校又通知交克拉玛依的医保。"
                       "两边都交会不会重复啊？老家那个要怎么停？求学长学姐指路", "克拉玛依")
    assert "城乡居民暂停参保" in r.text and "国家医保服务平台" in r.text, r.text
