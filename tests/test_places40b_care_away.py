"""Care away from home and local pages, asked in the words strangers use (round 40): a place named as
where the hospital is, an emergency elsewhere with no time to file, a chronic patient's drugs bought
while staying elsewhere, work elsewhere and a clinic visit there, 倾斜救助 outside the province, and
bills handed in at the township. Examples are our own, in the classes the outsiders' sets showed."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer, ids


@pytest.mark.parametrize("text", [
    "汉中那边的医院离南江近 去汉中住院要不要备案",
    "宝鸡的医院挨着巴中不远 去宝鸡住院算异地不",
])
def test_a_place_named_as_where_the_hospital_is_is_care_there(text):
    """An uncovered place followed by its hospitals is where care happens; the covered region named as
    the landmark is the asker's, and the landmark county is no county page's place."""
    hit = detect_region(text)
    assert hit.unsupported is None and hit.region == "巴中"


def test_the_landmark_county_is_not_the_question_county():
    hit = detect_region("汉中那边的医院离南江近 去汉中住院要不要备案")
    assert hit.county is None


def test_a_home_named_beside_a_covered_neighbour_is_still_uncovered():
    # (not a hospital there: "我是涉县人 离黎城不远" says where the asker lives)
    assert detect_region("我是涉县人 离黎城不远 医保咋交").unsupported == "涉县"


@pytest.mark.parametrize("text", [
    "我妈去海南过冬 突发脑出血抢救 没提前备案 居民医保能报吗",
    "我爸在深圳 半夜心脏病发作送去抢救 没来得及办备案 还能报销不",
])
def test_an_emergency_elsewhere_with_no_time_to_file_counts_as_filed(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and "视同已备案" in r.text


def test_still_in_time_for_a_claim_keeps_its_deadline_reading(engine):
    r = answer(engine, "出院四个月了 合疗现在拿去报还来得及不", region="巴中")
    assert "6月底" in r.text


def test_working_elsewhere_a_clinic_visit_needs_no_filing(engine):
    r = answer(engine, "长治的合疗 在晋城上班 发烧在那边门诊看的 用备案不", region="长治")
    assert r.kind == "faq" and "无需提前办理备案" in r.text


def test_tilted_aid_outside_the_province(engine):
    r = answer(engine, "特困人员在西安住院 倾斜救助有没有", region="巴中")
    assert "省域内" in r.text and "bz-6-05-g" in ids(r)


@pytest.mark.parametrize("text", ["门诊的发票 街道上收不收 还是要去区医保局",
                                  "住院的单据镇上收得了不 还是得跑县城"])
def test_bills_handed_in_at_the_township(engine, text):
    r = answer(engine, text, region="巴中")
    assert "初审" in r.text


def test_a_county_missing_from_a_county_table_is_said_missing(engine):
    """恩阳区 has no row in the 双通道 pharmacy table: said so, not 巴州区's list given for it."""
    r = answer(engine, "住在恩阳 买国谈药的药店有没得", region="巴中")
    assert "恩阳区没有列出" in r.text and "兴文关爱" not in r.text


@pytest.mark.parametrize("text,said", [
    ("低保户交医保自己掏多少", "100"),
    ("家里吃低保的 参加合疗个人要拿好多钱", "100"),
])
def test_what_two_handbooks_agree_on_is_shown_and_the_region_asked(engine, text, said):
    """No region known, and the handbooks that have the page state the same rule (`same_rule_in`),
    while a third covered handbook (长治's) is silent on it: each page labelled, each only for its own
    insured, and the region asked — never "the handbooks agree" over the one that says nothing."""
    r = answer(engine, text)
    assert r.kind == "clarify" and r.missing_slots == ["region"]
    assert said in r.text and "【巴中】" in r.text and "【克拉玛依" in r.text and "【长治】" not in r.text
    assert "只适用于在当地参保的人" in r.text and "手册都写到了这一点" not in r.text


def test_each_region_asked_about_still_goes_side_by_side_or_asks(engine):
    r = answer(engine, "低保户交居民医保 各地都一样吗")
    assert "手册都写到了这一点" not in r.text


def test_same_rule_groups_are_symmetric():
    from corpus.entries import load_entries
    by_id = {e.id: e for e in load_entries()}
    for e in by_id.values():
        for other in e.same_rule_in:
            assert e.id in by_id[other].same_rule_in and by_id[other].region != e.region


def test_the_region_said_after_the_shared_pages_answers_for_it(engine):
    from tests.helpers import talk
    replies = talk(engine, ["低保户交医保自己掏多少", "在巴中"])
    assert replies[1].kind == "faq" and "100" in replies[1].text and "克拉玛依" not in replies[1].text
