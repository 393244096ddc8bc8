"""Classes read from the places-33 failures, each asked in our own words (none is in eval/):

- how long a filing holds, said as how long it works ("多久有效", "能用多久", "管多久"), with a referral
  story (转诊单, 转到外地): the page on the referral filing's 有效期 (6个月), not the one on its materials;
- a sudden illness told in people's words (得急病, 突然晕倒) away from home: the 急诊抢救 rows, never the
  市内 tier's; denied ("不是急病") it is still the not-filed row;
- a student away from campus: an internship in another province finds the 实习 filing page; a covered
  region named only as the student's home or where care is, the school's scheme asked by its own words, is
  the school's region."""
import pytest

from intents.message import story_slots
from intents.regions import detect_region
from tests.helpers import answer, ids

# ---- how long a filing holds ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "医院开了转院转诊的单子 要去西安看 这种备案多久有效",
    "转到外地医院治疗 转诊的备案办好了能用多久",
    "医生让转去省外 开了转诊单 备案能管多久",
])
def test_how_long_a_referral_filing_holds_is_its_validity(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == "ky-08-05", r.text
    assert "6个月" in r.text, r.text


# ---- a sudden illness told in people's words -----------------------------------------------------------


@pytest.mark.parametrize("text, slot", [
    ("去重庆出差得了急病 住进医院", ["急诊抢救"]),
    ("在外地突然晕倒 送去住院了", ["急诊抢救", "住院"]),
])
def test_a_sudden_illness_is_the_storys_emergency(text, slot):
    assert set(slot) <= set(story_slots(text)["care"])


def test_a_sudden_illness_denied_is_no_emergency():
    assert not {"急诊", "急诊抢救"} & set(story_slots("在成都住院 不是急病 没有备案").get("care", []))


@pytest.mark.parametrize("text", [
    "我是巴中单位上班的 去兰州出差得了急病 住进了二级医院 起付和报销比例是多少",
    "巴中职工医保 在重庆出差时突然晕倒 送进三级医院住院 起付线多少 报几成",
])
def test_a_workers_sudden_illness_away_gets_the_emergency_rows(engine, text):
    r = answer(engine, text)
    assert r.kind == "faq" and ids(r)[0] == "bz-2-27-g", r.text
    assert "1000" in r.text, r.text


# ---- a student away from campus ------------------------------------------------------------------------


def test_an_internship_elsewhere_gets_the_internship_filing_page(engine):
    r = answer(engine, "明年要去深圳实习一学期 在深圳看病该怎么弄", region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == "ky-08-14", r.text
    assert "证明" in r.text, r.text


@pytest.mark.parametrize("text", [
    "我家是巴中的 放假回巴中在镇卫生院看了门诊 学校的医保能报吗",
    "我家在长治 暑假在长治的医院看病 学校交的医保报不报",
    "长治老家的 暑假住了几天院 学校交的医保报不报",        # home said after the place
])
def test_a_covered_home_with_the_schools_scheme_asked_is_the_schools_region(text):
    assert detect_region(text).region == "克拉玛依"


@pytest.mark.parametrize("text, region", [
    ("我在巴中读大专 学校的医保住院报多少", "巴中"),    # a school there: its scheme is where the school is
    ("回巴中老家住院 合疗报多少", "巴中"),             # no school's scheme asked: the home region's
])
def test_a_covered_region_without_the_schools_scheme_away_keeps_its_place(text, region):
    assert detect_region(text).region == region



# ---- how a stay where one filed is paid, asked after telling who one is -----------------------------


@pytest.mark.parametrize("text", [
    "巴中职工 退休以后跟闺女在西安住 办了长期备案 在那边二级医院住院怎么报",
    "我是巴中退休职工 随子女住在长治 长期备案办好了 在长治住院咋报",
])
def test_how_a_stay_where_one_filed_is_paid_is_never_who_may_file(engine, text):
    # the story (退休, 跟子女住) is who may file; the question how the stay is paid: the 备案地 rates
    r = answer(engine, text)
    assert r.kind == "faq" and "bz-1-28" not in ids(r)[:1], r.text
    assert "82%" in r.text and "400" in r.text, r.text


# ---- a student's filing compared with the school, said as a place --------------------------------------


@pytest.mark.parametrize("text, said", [
    ("回户籍地办好长期备案以后 报销比例和学校这边一样不", "相同"),
    ("回老家办的临时备案 报销比例和学校那边比会低吗", "20%"),
])
def test_a_filing_compared_with_the_school_is_compared_with_where_one_is_insured(engine, text, said):
    # 学校这边 is the guide's 参保地 (students are insured at school): the filing's rate against it, not two
    # groups compared that no page sets side by side
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq" and said in r.text, r.text


# ---- a self-paid visit at a hospital of the campus's own city ---------------------------------------------


@pytest.mark.parametrize("text", [
    "在克拉玛依市人民医院看门诊没带医保卡 自己付的钱 回学校能报吗",
    "在克拉玛依中心医院住了两天 当时没用医保结算 票据交给学校能报不",
])
def test_a_self_paid_visit_in_the_campus_city_is_settled_again_at_the_hospital(engine, text):
    # a hospital of the city by its own name is care in the city: 重新结算 at its window, never the campus's
    # claim of care outside it
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] in ("ky-10-07", "ky-10-09"), r.text    # (the city's pages)
    assert "重新结算" in r.text, r.text


def test_a_hospital_of_the_city_by_its_own_name_is_care_in_the_city():
    from corpus.search import care_in_own_city
    assert care_in_own_city("在克拉玛依中心医院看病", "克拉玛依")
    assert not care_in_own_city("在克拉玛依市外的医院看病", "克拉玛依")
    assert not care_in_own_city("克拉玛依校区医保", "克拉玛依")


# ---- a hospital reached from the campus city is no hospital of it -----------------------------------------


@pytest.mark.parametrize("text", [
    "学生从克拉玛依到西安医院看病 自费了能报吗",
    "学生 从克拉玛依跑到兰州医院看病 自费了 咋报销",
])
def test_a_hospital_gone_to_from_the_campus_city_is_care_outside_it(engine, text):
    # the city named as where one set off from, another city's hospital after it: care outside the city —
    # the campus's claim (ky-10-08's materials, or ky-10-01/02), never 重新结算 at a city hospital's window
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] not in ("ky-10-07", "ky-10-09", "ky-10-11"), r.text
    assert "在克拉玛依市医院就诊，请直接使用" not in r.text, r.text


@pytest.mark.parametrize("text", [
    "从克拉玛依去北京医院看病",
    "克拉玛依到乌鲁木齐医院住院",
    "克拉玛依转到成都医院",
    "在克拉玛依以外医院看的病",
])
def test_the_city_named_before_going_elsewhere_is_no_care_in_it(text):
    from corpus.search import care_in_own_city
    assert not care_in_own_city(text, "克拉玛依")
