"""Classes read from the places-29 failures, each asked in our own words (none is in eval/):

- a city's urban part said after it (唐山市区, 邯郸主城区), and 生育 in its everyday words (生娃, 生孩子):
  the city's own policy asked, which no handbook has — never a covered region's figures side by side;
- a school named by its province written right after its city (在西安陕西师范大学 is not a school of the
  province at large): its students are insured in the city, which no handbook covers;
- two covered regions named, the scheme paid at the school (医保在学校交的) of the one named as where one
  studies: insured there, the home region only where care happens;
- where to join asked after a place one goes to (去北京读研 医保在哪参保): nothing said of being insured
  there — the asker's own region's rule on moving on, not that place's policy."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer


@pytest.mark.parametrize("text,unsupported", [
    ("唐山市区的合疗一年交多少", "唐山市"),
    ("邯郸主城区 居民医保住院起付线多少", "邯郸"),
    ("保定城区生孩子 剖腹产医保给多少", "保定"),
    ("廊坊生娃医保报多少", "廊坊"),
])
def test_a_city_s_urban_part_or_a_birth_asked_is_that_city_s_policy(text, unsupported):
    assert detect_region(text).unsupported == unsupported


@pytest.mark.parametrize("text", ["城区医院住院能报多少", "在保定城区住院 回来咋报", "在廊坊生娃 回来能报不"])
def test_care_in_a_city_s_urban_part_is_no_policy_of_its_own(text):
    # a hospital of the urban part, or care there, asks the asker's own region's rule on care elsewhere
    assert detect_region(text).unsupported is None


def test_a_birth_in_an_uncovered_city_gives_no_covered_region_s_sums(engine):
    r = answer(engine, "保定城区生孩子 顺产医保能给多少")
    assert r.kind == "unanswered", r.text
    # 巴中 顺产 2000元, 长治 1500元: neither holds in 保定
    assert "2000" not in r.text and "1500" not in r.text and "保定" in r.text, r.text


@pytest.mark.parametrize("text,unsupported", [
    ("我表哥在西安陕西师范大学 他们学校医保一年交多少", "西安"),
    ("在成都四川大学读书 学生医保怎么报", "成都"),
])
def test_a_provincial_school_after_its_city_is_insured_in_the_city(text, unsupported):
    assert detect_region(text).unsupported == unsupported


def test_a_provincial_school_named_alone_is_still_the_province_asked():
    hit = detect_region("新疆大学生医保一年交多少钱")
    assert (hit.unsupported, hit.province) == (None, "新疆")


def test_another_city_s_school_in_a_covered_region_s_chat_is_not_answered_from_its_handbook(engine):
    r = answer(engine, "我表妹在乌鲁木齐新疆师范大学 她们学生医保一年交好多", region="克拉玛依")
    assert r.kind == "unanswered", r.text
    assert "400" not in r.text and "乌鲁木齐" in r.text, r.text


@pytest.mark.parametrize("text,region", [
    ("俺家在长治 在克拉玛依上大学 学校统一交的医保 暑假回长治看病能报不", "克拉玛依"),
    ("老家巴中平昌的 在克拉玛依校区念书 合疗在学校交的 放假回平昌住院咋报", "克拉玛依"),
    # (nothing said of where it is paid: the home region, as before)
    ("我是巴中的 在克拉玛依读书 寒假回巴中住院咋报", "巴中"),
    ("我是巴中平昌的 在克拉玛依校区念书 医保在老家交的 回平昌住院咋报", "巴中"),
])
def test_paid_at_the_school_of_a_covered_region_is_insured_there(text, region):
    assert detect_region(text).region == region


@pytest.mark.parametrize("text", ["考研去西安读研 医保在哪参保", "毕业去成都工作 医保去哪里交"])
def test_where_to_join_asked_is_not_insured_there(text):
    assert detect_region(text).unsupported is None


def test_joined_there_said_is_still_insured_there():
    assert detect_region("俺在西安缴的职工医保，到长治住院咋报").unsupported == "西安"
