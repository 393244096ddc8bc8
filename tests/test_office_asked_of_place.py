"""An office asked of a place (its window, its 医保局, "办医保的地方"): the handbook's row for a county
that has one, the honest "not in the handbook" for one that has none, and a decline for a place no
handbook covers — never the covered regions' pages on the errand side by side."""
import pytest

from intents.regions import detect_region
from intents.scope import asks_contact
from tests.helpers import answer as ask, ids


# ---- an uncovered place's own office or window asked: that place's, declined ------------------------
# (however the errand is named — 异地备案, 暂停 — the window is the place's own, which no handbook lists)

@pytest.mark.parametrize("text,place", [
    ("昌吉的异地备案窗口在哪", "昌吉"),
    ("沈阳的医保暂停要去哪个窗口办", "沈阳"),
    ("洛阳那边的医保暂停窗口在哪里", "洛阳"),
    ("绵阳的办事大厅在哪儿 我要办转移", "绵阳"),
    ("昆明的异地备案以后报销比例降多少", "昆明"),
    # where the asker is from, then an office asked: the asker's own office, that place's
    ("我是昌吉的 备案去哪个窗口", "昌吉"),
    ("我是沈阳的 医保暂停去哪个窗口", "沈阳"),
])
def test_an_uncovered_places_office_is_that_place(engine, text, place):
    assert detect_region(text).unsupported == place
    r = ask(engine, text)
    assert r.kind == "unanswered" and place in r.text and "12393" in r.text, r.text
    assert not r.sources, ids(r)


@pytest.mark.parametrize("text", [
    "去北京住院 备案窗口在哪",            # care there: the asker's own office, asked of no place
    "在沈阳住院 医院窗口在哪交费",        # a hospital's window
    "北京协和医院的窗口在哪",
    "沈阳的医保转到巴中去哪个窗口办",    # moving the insurance to a covered region: that region's window
    "我在深圳，暂停医保去哪个窗口办",      # where the asker is now, not whose insurance is paused
    "我在北京 北京协和医院的窗口在哪",
])
def test_care_or_a_hospital_there_is_no_office_of_the_place(text):
    assert detect_region(text).unsupported is None


# ---- a county's office said as the place one does 医保 at: its row of the table of offices ---------

@pytest.mark.parametrize("text,entry,needle", [
    ("平昌县办医保的地方在哪条街 我要去给老汉办异地备案", "bz-7-04-g", "金宝大道"),
    ("南江办医保的地方在哪", "bz-7-04-e", "红塔街"),
    ("通江县办理医保业务的地方在哪 想去办慢病", "bz-7-04-f", "石牛大道"),
])
def test_a_countys_office_said_in_other_words_is_its_row(engine, text, entry, needle):
    assert asks_contact(text)
    r = ask(engine, text)
    assert r.kind == "faq" and ids(r)[:1] == [entry] and needle in r.text, (ids(r), r.text)


def test_a_region_without_a_table_of_offices_says_so(engine):
    r = ask(engine, "长治办医保的地方在哪")
    assert r.kind == "unanswered" and "没有" in r.text and "12393" in r.text, r.text


# ---- after an office's phone or address, why it is asked ("俺想去当面问问 中不中"): no question of its own

@pytest.mark.parametrize("text,kind,needle", [
    ("长治医保局电话和地址是多少 俺想去当面问问 中不中", "unanswered", "12393"),
    ("巴中医保局在哪 俺想去当面问问 中不中", "faq", "红星路70号"),
    ("平昌县医保局电话多少 我想过去一趟 行不行", "faq", "0827-6229907"),
])
def test_going_there_after_an_office_asked_leans_on_it(engine, text, kind, needle):
    r = ask(engine, text)
    assert r.kind == kind and needle in r.text, r.text
    assert "暂停" not in r.text, r.text       # (no page found for the words of going there)


def test_office_hours_after_its_address_are_still_answered(engine):
    r = ask(engine, "南江县医保局在哪 几点上班")
    assert r.kind == "faq" and "红塔街" in r.text and "9:00" in r.text, r.text
