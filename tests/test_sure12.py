"""Confident wrong figures, round 12: a 门诊 question met by the 住院 row of the same table, an
amount asked with a sentence-final particle after 多少, the cap said as 最高支付."""
import pytest

from corpus.qtype import qtypes
from corpus.search import _care_named
from tests.helpers import answer


# ---- 门诊 asked, the 住院 row of the same tier found (and the reverse) ---------------------------

def test_a_question_names_one_kind_of_care_or_none():
    assert _care_named({"乡镇卫生院", "门诊", "报销"}) == "门诊"
    assert _care_named({"慢病", "报销"}) is None        # (门诊慢病 folds to 慢病: neither)
    assert _care_named({"住院", "起付线"}) == "住院"
    assert _care_named({"门诊", "住院"}) is None
    assert _care_named({"起付线"}) is None


@pytest.mark.parametrize("text, region, said, not_said", [
    # the 门诊统筹 table (二级 55%), not the 住院 row of the 县医院 (400元 75%)
    ("沁县居民医保 在县医院二级的看门诊 能报几成", None, "55%", "75%"),
])
def test_outpatient_care_at_a_tier_gets_the_outpatient_table(engine, text, region, said, not_said):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and said in reply.text and not_said not in reply.text, reply.text


@pytest.mark.parametrize("text", ["巴中居民在乡镇卫生院看门诊报几成"])
def test_outpatient_care_is_not_stated_as_the_inpatient_row(engine, text):
    # the 乡镇卫生院 住院 row (起付100元, 90%) is no 门诊 answer: never stated as sure
    reply = answer(engine, text)
    assert not (reply.kind == "faq" and "90%" in reply.text and (reply.confidence or 0) >= 0.8), reply.text


def test_inpatient_care_at_the_same_tier_still_gets_the_inpatient_row(engine):
    reply = answer(engine, "巴中居民在乡镇卫生院住院报几成")
    assert reply.kind == "faq" and "90%" in reply.text, reply.text


# ---- how much, with a particle after it --------------------------------------------------------

@pytest.mark.parametrize("text", ["一年最高支付是多少哦", "起付线是多少呢", "报销能报多少嘛"])
def test_an_amount_asked_with_a_final_particle_is_an_amount(text):
    assert "金额" in qtypes(text)


# ---- the cap said as 最高支付 (the handbooks' 最高支付限额) --------------------------------------

@pytest.mark.parametrize("text, said", [
    ("南江职工医保一年最高支付好像是50万哦", "66万"),
    ("长治职工医保一年最高支付多少", "8万"),
])
def test_the_cap_said_as_highest_payment_finds_the_cap(engine, text, said):
    reply = answer(engine, text)
    assert reply.kind == "faq" and said in reply.text, reply.text


# ---- two tiers compared, each said with its hospital ("一级医院和二级医院…分别") ------------------

def test_two_tiers_said_with_their_hospital_are_the_groups_compared():
    from corpus.qtype import compared
    assert compared("去一级医院和二级医院看门诊 起付线分别多少") == ("一级", "二级")
    assert compared("三级医院和二级的医院住院各报几成") == ("三级", "二级")
    assert compared("在职跟退休的有啥不一样") == ("在职", "退休")


def test_two_tiers_asked_get_the_table_of_both_not_one_tiers_row(engine):
    reply = answer(engine, "克拉玛依校区 去一级医院和二级医院看门诊 起付线分别多少 报几成")
    assert reply.kind == "faq" and all(f in reply.text for f in ("70%", "60%", "10元", "20元")), reply.text


# ---- the materials of a 居民 birth claim, asked after its benefits -------------------------------

def test_materials_asked_after_a_residents_birth_benefit_are_that_claims(engine):
    from tests.helpers import talk
    replies = talk(engine, ["巴中这边生娃儿 合疗能报好多钱", "那要带啥子材料去报嘛"])
    assert replies[1].kind == "faq" and "发票" in replies[1].text and "配偶" not in replies[1].text, replies[1].text
