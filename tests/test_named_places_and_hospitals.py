"""Places and hospitals people name (issue 8), through the engine, in wordings of our own:

- a county written after its city ("巴中恩阳区", "巴中市的南江县") is that county: its own office row;
- a county or an unlisted part of the region said alone after an office was asked ("南江县的",
  "那经开区呢"): that county's row, or "not in the handbook" — never the 市本级 row again;
- whether an unlisted part has an office of its own ("经开区有没得单独的医保窗口"): not in the handbook;
- a named hospital's grade asked: the handbooks list no hospital's grade, so it is said, never guessed;
- an uncovered place named with a covered one as its neighbour ("广安的… 就在巴中隔壁"), or asking its
  own designated hospitals ("郑州的门慢认定医院"): that place's, declined;
- a covered region's province said with 内 ("四川省内异地住院"): within the province is what is asked,
  not the national 跨省 page;
- care in the region's own city ("在克拉玛依市的医院自费看了病"): the page of care in the city, not the
  one of care outside it (克拉玛依 guide: 克市就诊 → 重新结算; 克外 → 材料交校区)."""
import pytest

from intents.regions import county_after_city, detect_region, without_province
from intents.scope import hospital_grade_asked
from tests.helpers import answer, ids, talk

# 巴中 handbook 第七章四问, the table of offices
_ROWS = {"恩阳区": "0827-3369181", "南江县": "0827-8227681", "通江县": "0827-7200248", "平昌县": "0827-6229907",
         "巴州区": "0827-8668073"}


@pytest.mark.parametrize("text,county", [
    ("巴中恩阳区医保局在哪里 电话好多", "恩阳区"),
    ("巴中市南江县的医保窗口电话是好多", "南江县"),
    ("巴中的通江县医保窗口地址在哪", "通江县"),
])
def test_a_county_written_after_its_city_is_that_county(engine, text, county):
    assert county_after_city(text) == county
    r = answer(engine, text)
    assert r.kind == "faq" and _ROWS[county] in r.text and "0827-5775700" not in r.text, r.text


@pytest.mark.parametrize("text", ["巴中医保窗口在哪", "巴中和南江县哪个医院能认定慢病"])
def test_the_city_alone_or_with_a_county_apart_names_no_county(text):
    assert county_after_city(text) is None


@pytest.mark.parametrize("first,then,county", [
    ("医保窗口在哪儿 我想去问下慢病的事", "南江县的", "南江县"),
    ("医保局电话好多", "我是平昌的", "平昌县"),
    ("医保窗口在哪里", "恩阳的", "恩阳区"),
])
def test_a_county_said_alone_after_an_office_is_its_office(engine, first, then, county):
    rs = talk(engine, [first, then], region="巴中")
    assert rs[1].kind == "faq" and _ROWS[county] in rs[1].text and "之后按" not in rs[1].text, rs[1].text


@pytest.mark.parametrize("first,then", [
    ("医保窗口在哪儿", "那经开区呢"),
    ("南江医保局电话好多", "经开区的"),
])
def test_an_unlisted_part_after_an_office_is_not_another_row(engine, first, then):
    rs = talk(engine, [first, then], region="巴中")
    assert rs[1].kind == "unanswered" and "经开区" in rs[1].text and "没有" in rs[1].text, rs[1].text
    assert "红星路70号" not in rs[1].text.split("如需咨询")[0]


@pytest.mark.parametrize("text", ["经开区有没得单独的医保窗口 电话多少", "经开区有没有专门的医保局",
                                  "经开区有没有自己的医保窗口"])
def test_whether_an_unlisted_part_has_its_own_office(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "unanswered" and "经开区" in r.text and "红星路70号" not in r.text, r.text


@pytest.mark.parametrize("text,hospital", [
    ("巴中市中心医院是几级医院", "巴中市中心医院"),
    ("南江县人民医院是不是三甲", "南江县人民医院"),
    ("通江县中医医院是二级还是三级", "通江县中医医院"),
    ("平昌县人民医院的等级是多少", "平昌县人民医院"),
    ("市中医院算几级医院？住院报好多", "市中医院"),
])
def test_a_named_hospitals_grade_is_not_guessed(engine, text, hospital):
    assert hospital_grade_asked(text) == hospital
    r = answer(engine, text, region="巴中")
    assert r.kind == "unanswered" and hospital in r.text and "没有" in r.text, r.text
    said = r.text.split("如需咨询")[0]
    assert not r.sources and "700元" not in said and "起付标准" not in said


@pytest.mark.parametrize("text", [
    "县医院是几级医院",                       # a kind of hospital, a row of the tables
    "乡镇卫生院算几级",
    "市中心医院是三级医院 起付线多少",        # the grade said, not asked
    "在市中心医院住院起付线好多",
])
def test_no_hospitals_grade_asked(text):
    assert hospital_grade_asked(text) is None


@pytest.mark.parametrize("text,place", [
    ("广安的门慢认定医院有哪些 就在巴中隔壁嘛", "广安"),
    ("南充的居民医保一年交好多 就在巴中旁边", "南充"),
    ("郑州的门慢认定医院有哪些", "郑州"),
    ("绵阳的门诊慢病认定医院有哪些", "绵阳"),
])
def test_an_uncovered_place_beside_a_covered_one_is_that_place(engine, text, place):
    assert detect_region(text).unsupported == place
    r = answer(engine, text)
    assert r.kind == "unanswered" and place in r.text and not r.sources, r.text


def test_a_covered_regions_own_designated_hospitals_are_still_its_own(engine):
    r = answer(engine, "巴中的门慢认定医院有哪些")
    assert detect_region("巴中的门慢认定医院有哪些").region == "巴中" and r.kind == "faq", r.text


@pytest.mark.parametrize("text,province,kept", [
    ("四川省内异地住院要备案吗", "四川省", "省内异地住院要备案吗"),
    ("在四川省内异地就医要不要备案", "四川", "省内异地就医要不要备案"),
    ("新疆区内异地住院要备案吗", "新疆", "省内异地住院要备案吗"),
])
def test_within_a_province_is_kept(text, province, kept):
    assert without_province(text, province) == kept


@pytest.mark.parametrize("text,province,kept", [
    ("四川内江的合疗 在巴中住院报好多", "四川", "内江的合疗 在巴中住院报好多"),   # 内 of 内江, no 省内
])
def test_a_place_of_the_province_beginning_with_nei_is_no_within(text, province, kept):
    assert without_province(text, province) == kept


def test_within_a_covered_regions_province_is_not_the_national_cross_province_page(engine):
    r = answer(engine, "四川省内异地住院要备案吗")
    assert r.kind == "clarify" and "巴中" in r.text and "ky-11-07" not in ids(r), r.text


@pytest.mark.parametrize("text", [
    "在克拉玛依市的医院自费看了病 能交材料给学校报吗",
    "在克拉玛依的医院看病自费了 报销材料交哪",
])
def test_care_in_the_city_is_not_the_page_of_care_outside(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == "ky-10-07" and "重新结算" in r.text, r.text


def test_care_outside_the_city_keeps_its_page(engine):
    r = answer(engine, "在克拉玛依市外看病自费了 材料交哪", region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == "ky-10-08" and "J1-II-702" in r.text, r.text


@pytest.mark.parametrize("first,then,needle", [
    ("通江县门诊慢病在哪儿认定", "平昌呢", "平昌县人民医院"),
    ("通江这边门慢在哪个医院认定", "恩阳的呢", "恩阳区人民医院"),
])
def test_a_county_after_a_question_on_no_office_is_not_its_office(engine, first, then, needle):
    rs = talk(engine, [first, then], region="巴中")
    assert rs[1].kind == "faq" and needle in rs[1].text and "市民之家" not in rs[1].text, rs[1].text


@pytest.mark.parametrize("text", ["巴中恩阳 娃儿出生两个月了还没上医保 现在交出生当年的 待遇从哪天算"])
def test_a_county_after_its_city_said_as_the_askers_place_does_not_pull_the_match(engine, text):
    r = answer(engine, text)
    assert r.kind == "faq" and "出生之日" in r.text, r.text
