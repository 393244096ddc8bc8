"""An office whose hours the handbook's table leaves empty (巴中 第七章 四问: the 办理时间 cells of 巴州区,
恩阳区 and 平昌县 are blank): its address and phone are given and its hours said not written — never
another row's hours put in their place (the table gives 9:00-12:00 13:30-17:00 for 市本级 and 通江县 only)."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text, entry, phone", [
    ("恩阳区医保局几点上班", "bz-7-04-d", "0827-3369181"),
    ("平昌县医保窗口中午休息不 下午几点开门", "bz-7-04-g", "0827-6229907"),
    ("巴州区医保窗口几点下班", "bz-7-04-c", "0827-8668073"),
])
def test_hours_the_table_leaves_empty_are_not_stated(engine, text, entry, phone):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[0] == entry, r.text
    assert phone in r.text and "没有写" in r.text, r.text
    assert not any(t in r.text for t in ("9:00", "12:00", "13:30", "17:00")), r.text


@pytest.mark.parametrize("text, entry, hours", [
    ("南江医保几点上班", "bz-7-04-e", "14:00-18:00"),
    ("通江医保窗口几点下班", "bz-7-04-f", "13:30-17:00"),
])
def test_hours_the_table_gives_are_stated(engine, text, entry, hours):
    r = answer(engine, text, region="巴中")
    assert ids(r)[0] == entry and hours in r.text, r.text
