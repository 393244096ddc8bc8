"""Classes of colloquial failure fixed in round 12, each with phrasings of our own."""
import pytest

from corpus.qtype import compared, qtypes
from intents.message import without_filler
from intents.regions import detect_region, without_place_statement
from tests.helpers import answer


# ---- a claim taken to the school, and the school looked for as 参保地, place a question at the campus --

@pytest.mark.parametrize("text", [
    "暑假在老家县医院住院自费了 能找学校报销不",
    "门诊发票能找学校报吗",
    "小程序里选参保地 找不到学校咋办",
])
def test_campus_cues_place_the_question_at_the_campus(text):
    assert detect_region(text).region == "克拉玛依"


def test_a_child_s_school_is_no_campus_cue():
    # a 巴中 parent: the child's school is no 克拉玛依 campus
    assert detect_region("孩子参保登记找不到学校咋办").region is None


def test_the_school_not_found_as_insured_place_is_the_registration_page(engine):
    reply = answer(engine, "小程序里选参保地 找不到学校咋办")
    assert reply.kind == "faq" and "中国石油" in reply.text and "克拉玛依区" in reply.text, reply.text


def test_a_claim_taken_to_school_is_answered_for_the_campus(engine):
    # not "在哪个地区参保？": the school that takes the claim is the campus
    reply = answer(engine, "前年看病的发票现在还能找学校报不")
    assert reply.kind == "faq" and reply.region == "克拉玛依", reply.text


# ---- a region's own product, named by its name, is that region's ---------------------------------

def test_a_local_product_places_the_question():
    assert detect_region("巴惠保一年要交好多").region == "巴中"


def test_a_question_on_the_local_product_is_answered_there(engine):
    reply = answer(engine, "巴惠保算不算医保局的医保")
    assert reply.kind == "faq" and reply.region == "巴中" and "商业保险" in reply.text, reply.text


def test_a_clause_naming_the_product_is_not_cut_as_where_one_is_insured():
    # the product is what is asked about: without it "住院能赔吗" would be the 住院 rules
    assert "巴惠保" in without_place_statement("我买的巴惠保，住院能赔吗")


# ---- "还是一样吗" is "is it still the same", no two groups compared --------------------------------

def test_still_the_same_compares_no_two_groups():
    assert compared("第二次住院起付线还是一样吗") == ()
    assert compared("居民还是职工 报销一样吗") == ("居民", "职工")


def test_still_the_same_is_answered(engine):
    reply = answer(engine, "校区医保 同一年看第二次门诊 起付线还是一样吗")
    assert reply.kind == "faq" and "减半" in reply.text, reply.text


# ---- students' English: deadline, thx; a plea to answer both -------------------------------------

def test_thanks_in_english_and_a_plea_to_answer_are_filler():
    assert without_filler("学校医保交多少钱 thx") == "学校医保交多少钱"
    assert without_filler("啥时候交，交多少，都回一下，thanks").replace(",", "，") == "啥时候交，交多少"


def test_a_deadline_and_a_contribution_asked_together_are_both_answered(engine):
    reply = answer(engine, "校区医保deadline几号 学生交多少钱 麻烦都回一下 thx")
    assert "1月10日" in reply.text and "400" in reply.text, reply.text


def test_what_one_pays_after_a_deadline_is_a_question_of_its_own(engine):
    reply = answer(engine, "校区医保ddl几号 今年交多少钱")
    assert "1月10日" in reply.text and "400" in reply.text, reply.text


# ---- "需要啥" asks for materials --------------------------------------------------------------------

def test_what_is_needed_asks_for_materials():
    assert "材料" in qtypes("报销需要啥")


# ---- the right entry for wordings the entries lacked -------------------------------------------------

@pytest.mark.parametrize("text, region, said", [
    # a disease's stage asked: the list of 门诊慢病 names 高血压Ⅱ期及以上
    ("高血压要到几级才能算门诊慢病", "克拉玛依", "Ⅱ期"),
    # a job found after graduating: the employer's 职工医保, not 灵活就业
    ("毕业以后找到工作了 学生医保怎么弄", "克拉玛依", "用人单位"),
    # 长护险 bought without the 医保
    ("可以只买长护险吗", "克拉玛依", "不得单独"),
    # 住院 paid oneself, taken back to school: the 住院 materials
    ("住院自费了 回学校报销都需要啥", "克拉玛依", "入院记录"),
])
def test_entries_meet_wordings_they_lacked(engine, text, region, said):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and said in reply.text, reply.text


# ---- two limits asked in one message are two questions, not one bill through two funds -------------

def test_a_year_is_no_bill_that_joins_a_fund_asked_after_it(engine):
    # "一年" is a number but no bill: the 大病保险 question is a question of its own
    reply = answer(engine, "巴中合疗住院一年最多能报多少 大病保险最多又能赔多少")
    assert "11万" in reply.text and "30万" in reply.text, reply.text


def test_a_bill_told_still_joins_the_fund_asked_after_it(engine):
    # "合规3万 …报好多 大病保险能报不": the same bill through the next fund, one calculation
    reply = answer(engine, "巴中居民 合规3万 基本医保报好多 大病保险能报不")
    assert reply.kind == "calculation", reply.text
