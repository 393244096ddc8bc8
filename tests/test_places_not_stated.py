"""Where and when, as people say it (round 21): another province's own scheme paid for by its name
("在河南老家交新农合") is that place's, declined, never a covered region's fee; what no handbook states
(a clinic's opening hours, where a lost card is replaced) is an honest refusal with the office, not a
nearby entry; a region's own office asked by a word the search knows badly ("办事大厅") is its row of
the handbook's table of offices, never "not in the handbook"; a 医保 step not taken asked "要不要紧"
is a 医保 question, no medical advice. Own phrasings besides the dev questions."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("said, place", [
    ("顺便问下 我爸妈在河南老家交新农合 今年一个人多少钱", "河南"),
    ("我舅舅在达州买合疗 一年交多少", "达州"),
    ("俺爹娘在洛阳交合疗 住院报几成", "洛阳"),
    ("我爸妈在河南老家 医保一个人交多少钱", "河南"),
    ("爸妈在湖南老家 合疗两个人一共交好多", "湖南"),
])
def test_a_scheme_paid_for_by_name_elsewhere_is_declined(engine, said, place):
    r = answer(engine, said, region="克拉玛依")
    assert r.kind == "unanswered" and place in r.text, r.text
    assert "400" not in r.text and "1200" not in r.text, r.text


@pytest.mark.parametrize("said", ["爸妈在巴中老家 2026年城乡居民医保两个人一共交多少",
                                  "我河南老家的 来克拉玛依上学 学校医保交多少钱"])
def test_a_covered_home_or_a_study_here_is_not_declined(engine, said):
    r = answer(engine, said, region="克拉玛依")
    assert r.kind != "unanswered", r.text


@pytest.mark.parametrize("said, region", [
    ("校医院周末开门吗", "克拉玛依"),
    ("镇上卫生院过年有人值班不", "巴中"),
    ("定点药店晚上几点关门", "长治"),
    ("医保卡丢了 去哪补办", "长治"),
    ("社保卡搞掉了 到哪儿补办", "巴中"),
    ("医保卡挂失在哪里办", "克拉玛依"),
])
def test_what_no_handbook_states_is_refused_with_the_office(engine, said, region):
    r = answer(engine, said, region=region)
    assert r.kind == "unanswered" and not r.sources, r.text


@pytest.mark.parametrize("said", [
    "巴中市醫保的辦事大廳在哪兒？電話多少？",
    "巴中市医保的办事大厅在哪儿",
    "市医保的服务大厅在哪 电话多少",
])
def test_the_regions_own_office_is_its_row_of_the_table(engine, said):
    r = answer(engine, said, region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-7-04-b", r.text
    assert "0827-5775700" in r.text and "红星路" in r.text and "没有" not in r.text, r.text


def test_an_unlisted_part_still_says_it_is_not_listed(engine):
    r = answer(engine, "经开区医保局在哪 电话多少", region="巴中")
    assert r.kind == "unanswered" and "经开区" in r.text, r.text


@pytest.mark.parametrize("said", [
    "巴州区的 去海南耍 突然急诊抢救住院了 事先没备案 要不要紧",
    "在外地旅游急诊住院 没来得及备案 要紧不",
])
def test_a_step_not_taken_asked_whether_it_matters_is_a_filing_question(engine, said):
    r = answer(engine, said, region="巴中")
    assert r.kind == "faq" and "视同已备案" in r.text, r.text


@pytest.mark.parametrize("said, own", [
    ("市医保的服务大厅在哪 电话多少", True),
    ("红星路那个市民之家的办事大厅电话", True),       # (the 市本级 row's own street)
    ("红塔大厦那个医保局办事大厅在哪", False),        # 南江's building: never the 市本级 row
    ("九洲商业城那个医保窗口电话多少", False),        # 巴州区's
    ("石牛大道医保窗口办事大厅地址", False),          # 通江's
    ("通江的医保局办事大厅电话", False),              # a county named
])
def test_a_county_office_named_is_never_the_regions_own_row(engine, said, own):
    from intents.regions import detect_region
    row = engine._office_row(said, "巴中", detect_region(said))
    # (a county named has its own row, 通江's; never the 市本级 row)
    assert (row is not None and row.id == "bz-7-04-b") if own else (row is None or row.id != "bz-7-04-b"), row
