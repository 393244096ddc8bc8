"""What a message tells is read as told, not as what it asks: a filing told as a fact (没备案) keeps the
kind of care told with it; a claim the asker wants no more of (不想再报销了) is no search word; what was
heard, told over two clauses and then checked (是不是哦, 咋回事), is asked whole; a place named as a
parent's 老家 whose scheme is said as the 老家's is that place's insurance, declined; 出了省 is 省外."""
import pytest

from intents.message import parse, with_slots
from intents.regions import detect_region
from intents.slots import without_unwanted_claim
from tests.helpers import answer, ids


@pytest.mark.parametrize("question,slots,kept", [
    # the filing told as not done: the rate asked is the 门诊's, which the story told
    ("没备案，报销降多少", {"care": ["门诊"], "route": ["外省"]}, "门诊"),
    ("备了案，报几成", {"care": ["门诊"], "route": ["外省"]}, "门诊"),
])
def test_a_filing_told_keeps_the_care_told(question, slots, kept):
    assert kept in with_slots(question, slots)


def test_a_filing_asked_about_still_drops_the_stay_told():
    # which kind of filing, asked after a stay told: the route's page, not the stay's
    assert "住院" not in with_slots("要办哪种备案", {"care": ["住院"], "route": ["外地"]})


@pytest.mark.parametrize("text,left", [
    ("放暑假回老家想直接刷医保，不想再报销了，备案怎么弄", "放暑假回老家想直接刷医保，备案怎么弄"),
    ("我不想跑回来报账了 异地备案怎么办", "异地备案怎么办"),
    # nothing else asked: the claim is what is asked about
    ("不想垫钱 怎么办", "不想垫钱 怎么办"),
    # a fee not wanted is no claim
    ("合疗不想交了 交了的能退不", "合疗不想交了 交了的能退不"),
])
def test_a_claim_not_wanted_is_no_search_word(text, left):
    assert without_unwanted_claim(text) == left


@pytest.mark.parametrize("text", [
    "听人说连着交医保 大病保险的封顶线会提高 是不是哦",
    "听说年年交合疗 大病保险能多赔一些 咋回事",
])
def test_what_was_heard_over_two_clauses_is_asked_whole(text):
    parts = parse(text).parts
    assert len(parts) == 1 and parts[0].question.startswith("听")
    # no reading drops the first heard clause (the years paid in a row)
    assert all(("连着交" in r or "年年交" in r) for r in parts[0].readings), parts[0].readings


def test_what_was_heard_over_two_clauses_finds_its_page(engine):
    reply = answer(engine, "听人说连续交合疗 大病保险封顶线能提高 是不是", region="巴中")
    # (the rule's page or its worked example: both state the 4000 a year)
    assert reply.kind == "faq" and ids(reply)[0] in ("bz-3-09", "bz-3-09-a") and "4000" in reply.text, \
        (ids(reply), reply.text[:200])


@pytest.mark.parametrize("text,place", [
    ("我妈在山东老家 交的是老家的新农合 她在那边住院报多少", "山东"),
    ("俺爹在洛阳老家 在老家交的合疗 门诊能报不", "洛阳"),
])
def test_a_parents_home_scheme_elsewhere_is_that_place(text, place):
    assert detect_region(text).unsupported == place


def test_a_home_elsewhere_paid_twice_is_not_declined_by_the_home_rule():
    # paid twice, home and school: the campus pages answer that (the home rule does not decline it)
    from intents.regions import _insured_at_home_there, places_in
    text = "我在河南老家交的是老家的合疗 学校又交了 重复了咋办"
    assert not any(_insured_at_home_there(text, m) for m in places_in(text))


def test_a_parents_home_scheme_elsewhere_is_declined(engine):
    reply = answer(engine, "我妈在山东老家种菜 交的是老家的合作医疗 她那边住院报多少 跟我们学校一样不", region="克拉玛依")
    assert reply.kind == "unanswered" and "山东" in reply.text, reply.text[:200]


@pytest.mark.parametrize("text,region,entry", [
    # 出了省: the code is national, 全国通用
    ("医保电子凭证出了省能不能用", "巴中", "ky-11-08"),
    # 没备案 told of a 门诊 in another province: the 门诊 page (降低10个百分点), not the 住院 one
    ("居民医保去外省看了门诊 没办备案 报销少多少 真烦人", "长治", "cz-jm-10"),
])
def test_people_s_words_find_the_entry(engine, text, region, entry):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and ids(reply)[0] == entry, (reply.kind, ids(reply), reply.text[:200])


def test_a_claim_not_wanted_finds_how_to_file(engine):
    reply = answer(engine, "放寒假回老家看病想直接刷卡 再也不想报销了 备案咋弄", region="克拉玛依")
    assert ids(reply)[0] == "ky-08-10" and "户口" in reply.text, (ids(reply), reply.text[:200])
