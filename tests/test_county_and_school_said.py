"""A covered region's county said as the asker's place in a clause of its own ("通江的 …", "恩阳 …")
is read apart from what is asked: its name, which only its own office's or hospitals' pages say,
must not pull the match to another page; a city named as where a child studies ("在成都读大学") is
外地 to the pages, which name no city. Through the engine, own phrasings besides the dev questions."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("said, entry, needle", [
    ("恩阳 镇上的便民服务中心 能不能收门诊报销的资料", "bz-1-42-a", "资料初审"),
    ("通江的 县医院开了转诊单 转到南充一家二级医院住院 合疗咋个报", "bz-3-11-g", "65%"),
    ("平昌的 县医院开了转诊单 转到成都一家二级医院住院 合疗咋报", "bz-3-11-g", "1000"),
])
def test_a_county_said_apart_does_not_pull_the_match(engine, said, entry, needle):
    r = answer(engine, said, region="巴中")
    assert r.kind == "faq" and ids(r)[0] == entry and needle in r.text, r.text


@pytest.mark.parametrize("said", ["南江的 医保窗口在哪", "平昌的 门诊慢病在哪认定"])
def test_a_county_asked_of_keeps_its_own_page(engine, said):
    r = answer(engine, said, region="巴中")
    county = said[:2]
    assert r.kind == "faq" and county in r.text.split("来源")[0], r.text     # its own row, before the source


@pytest.mark.parametrize("said", [
    "娃儿在成都读大学 他的医保是在屋头交还是在学校交",
    "儿子在重庆读大学 医保是在家里交还是学校交",
])
def test_a_school_in_a_city_elsewhere_is_the_page_on_students(engine, said):
    r = answer(engine, said, region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-1-18" and "学籍地" in r.text, r.text
