"""Pages that a broader phrasing elsewhere had taken over: a pause that cannot be found in the app is the
page of what to do then (on-site, the local office), not the page of which menu to open; a student from
香港/澳门/台湾 said apart from the studying is the 港澳台 page; a campus student asking where to pay is the
paying page, not the national rule of where students enrol."""
import pytest

from tests.helpers import answer as ask, ids


@pytest.mark.parametrize("text", [
    "医保app地方专区里翻遍了也没有暂停的按钮 怎么办",
    "省里的专区找不着暂停参保那一项 咋弄",
    "国家医保平台上没看到暂停的入口 该怎么办",
])
def test_a_pause_not_found_gets_what_to_do_then(engine, text):
    r = ask(engine, text, region="克拉玛依")
    assert r.kind == "faq", r.text
    assert "现场办理" in r.text or "当地医保局" in r.text, r.text


def test_which_menu_is_still_the_menus_page(engine):
    r = ask(engine, "医保app里暂停按钮在哪个菜单", region="克拉玛依")
    assert ids(r)[:1] == ["ky-04-04"], r.text


@pytest.mark.parametrize("text", [
    "我是從台灣過來大陸念大學的，醫保在哪裡參加",
    "香港来内地读书的学生 医保要去哪里参保",
    "我是澳门的 在大陆上大学 医保去哪交",
])
def test_a_student_from_hk_macao_taiwan_gets_their_page(engine, text):
    r = ask(engine, text)
    assert r.kind == "faq", r.text
    assert "港澳台大学生" in r.text, r.text


@pytest.mark.parametrize("text", [
    "我在克拉玛依校区念书 医保钱在哪交呀",
    "在石大校区上学的 医保费去哪缴",
])
def test_a_campus_student_asking_where_to_pay_gets_the_paying_page(engine, text):
    r = ask(engine, text, region="克拉玛依")
    assert r.kind == "faq", r.text
    assert "新疆税务社保缴费" in r.text, r.text
