"""Care away from the insured place, round 12: the asker's case (临时备案 转诊/急诊, 非急诊未转诊,
长期备案, a student home on holiday, care in the insured place) decides the entry, each with
phrasings of our own."""
import pytest

from intents.message import story_slots
from tests.helpers import answer


# ---- a place of care outside the region, named in the story, is care 外地 ------------------------

def test_a_named_place_of_care_is_the_route_slots_elsewhere():
    # (西安 lies outside every covered region's province: care there is 外省, the narrower 外地)
    assert {"外地", "外省"} & set(story_slots("县医院给开了转诊，转去西安一家三级医院住院")["route"])
    assert "外地" in story_slots("县医院给开了转诊，转去成都一家三级医院住院")["route"]


@pytest.mark.parametrize("text", ["跟女儿在杭州住了两年了", "俺儿子在北京 俺过去住一阵"])
def test_living_with_family_somewhere_is_no_care_there(text):
    # (the long-term or the temporary case as told, not a stay in hospital there)
    assert "外地" not in story_slots(text).get("route", [])


def test_a_referral_to_a_named_city_gets_the_filed_rows_not_the_local_tier(engine):
    reply = answer(engine, "我妈南江的合疗，县医院开了转诊转到西安的二级医院住院，起付线和报销比例多少")
    assert reply.kind == "faq" and "1000" in reply.text and "65%" in reply.text, reply.text


# ---- 巴中's rules on care elsewhere state the figures their tables give ------------------------

@pytest.mark.parametrize("text, cut", [
    ("合疗办了临时备案去外地住院 比在巴中少报多少", "5%"),
    ("巴中合疗 没备案自己跑去外地住院 起付线多少 比例比市内低多少", "10%"),
])
def test_the_rule_and_the_table_of_care_elsewhere_say_both_figures(engine, text, cut):
    reply = answer(engine, text)
    assert reply.kind == "faq" and "1000" in reply.text and cut in reply.text, reply.text


# ---- 克拉玛依 students: self-paid care at home is the 克外 claim; a filing's cut is its type's -----

@pytest.mark.parametrize("text", ["暑假回老家医院看病自己掏钱了 开学怎么报", "放假在老家看病自费了 回学校咋报销"])
def test_self_paid_care_at_home_is_the_campus_claim_not_the_local_hospitals(engine, text):
    reply = answer(engine, text, region="克拉玛依")
    assert reply.kind == "faq" and "J1-II-702" in reply.text and "重新结算" not in reply.text, reply.text


def test_a_temporary_filing_said_done_gets_its_cut(engine):
    reply = answer(engine, "克拉玛依校区 寒假回家只办了临时备案 报销比例会不会降")
    assert reply.kind == "faq" and "20%" in reply.text, reply.text


# ---- an emergency is not its negation ------------------------------------------------------------

def test_not_an_emergency_is_the_handbooks_word_not_an_emergency(engine):
    # 非急诊 is one word: the 非急诊未转诊 rows share no 急诊 with an emergency, nor it with them
    assert "急诊" not in engine.index.analyze("不是急诊也没转诊 去外地住院").terms
    assert "非急诊" not in engine.index.analyze("在外地急诊住院").terms


def test_an_emergency_elsewhere_gets_the_filed_table_not_the_unreferred_one(engine):
    reply = answer(engine, "巴中合疗 在西安出差 晚上急诊住进三级医院 需要备案吗 能报多少")
    assert "视同已备案" in reply.text and "55%" in reply.text and "50%" not in reply.text, reply.text
