"""A short question leaning on the one before ("去哪申报", "要带啥材料") is asked in the region that one named,
not the chat's default: "我家在长治 … 两病能报多少" asked in 克拉玛依's chat, then "去哪申报", is 长治's
申报 page, and so is "要带啥材料" after it. Own phrasings, through the engine's conversation."""
import pytest

from tests.helpers import ids, talk


@pytest.mark.parametrize("turns", [
    ["我爸妈在长治农村 我爸有高血压 两病能报多少", "在哪里申报"],
    ["我爸妈在长治农村 我爸有高血压 两病能报多少", "在哪里申报", "要准备啥材料"],
    ["长治新农合 俺娘糖尿病 两病一年报多少", "要带啥材料"],
])
def test_a_short_follow_up_keeps_the_region_named_before(engine, turns):
    *_, r = talk(engine, turns, region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0].startswith("cz-"), r.text
    assert "乡镇卫生院" in r.text and "社保卡" in r.text, r.text


def test_in_the_chats_own_region_nothing_changes(engine):
    *_, r = talk(engine, ["我有高血压 两病能报多少", "在哪里申报"], region="克拉玛依")
    assert not ids(r) or not ids(r)[0].startswith("cz-"), r.text
