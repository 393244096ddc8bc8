"""Classes of failure read on the strangers' colloquial-16 set, each asked in our own words through
the real engine: the countryside set against 职工 is the resident scheme; 特困户 is 特困人员."""
import pytest

from corpus.qtype import compared, missing_answer
from tests.helpers import answer as ask, ids


@pytest.mark.parametrize("text", ["两病待遇 农村的跟职工一样吗", "职工跟农村的两病待遇一样吗"])
def test_the_countryside_against_workers_is_the_resident_scheme(engine, text):
    assert "居民" in compared(text)
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-4-19"] and "相同" in r.text, r.text


def test_the_countryside_against_the_town_is_no_scheme():
    # (城里 and 农村 are both 城乡居民: no scheme stands on either side)
    assert compared("城里跟农村的报销一样不") == ("城里", "农村")


@pytest.mark.parametrize("text", ["特困户门诊慢病救助比例是多少", "特困户看门诊慢性病 医疗救助报几成"])
def test_a_household_in_extreme_poverty_is_the_handbooks_person(engine, text):
    # 特困户 is how people say 特困人员; unknown to the index, the question was read as off topic
    assert "特困" in engine.index.analyze(text).terms
    r = ask(engine, text, region="长治")
    # (the 特困人员 page and the 门诊救助 page both state the 60%)
    assert r.kind == "faq" and ids(r)[0] in ("cz-jz-04", "cz-jz-11") and "60%" in r.text, r.text


def test_the_money_on_the_card_said_in_dialect_is_the_personal_account(engine):
    r = ask(engine, "我女儿单位上交的职工医保 她卡里头的钱可以给我交合疗不", region="巴中")
    assert r.kind == "faq" and "个人账户" in r.text and ("近亲属" in r.text or "代缴" in r.text), r.text


def test_which_relatives_asks_for_a_list_of_people(engine):
    # "为亲属及近亲属代缴" names no one: the page listing the 近亲属 answers "哪些亲戚"
    r = ask(engine, "职工医保的个人账户能给家里人用吗 哪些亲戚能用", region="巴中")
    assert "bz-2-25-a" in ids(r) and "兄弟姐妹" in r.text, r.text


def test_aid_asked_after_going_without_referral_is_the_aid_rule(engine):
    # the story (没转诊, 去大医院) is the 异地 rows' words; what is asked is whether 医疗救助 still pays
    r = ask(engine, "低保户没转诊 自己去市里大医院住院 还能医疗救助不", region="巴中")
    assert r.kind == "faq" and ids(r)[0].startswith("bz-6-05") and "不纳入" in r.text, r.text


def test_a_household_in_extreme_poverty_keeps_its_own_aid_row(engine):
    r = ask(engine, "我家是特困户 住院自付那部分医疗救助能救好多", region="巴中")
    assert ids(r)[:1] == ["bz-6-05-b"] and "100%" in r.text, r.text


def test_what_the_employer_and_the_employee_each_pay(engine):
    r = ask(engine, "上班的职工医保 公司出多少 个人出多少", region="巴中")
    assert "7%" in r.text and "2%" in r.text, r.text


@pytest.mark.parametrize("text", ["在外地看门诊没能直接结算 回来要拿什么去报", "合疗 看门诊没一站式结算 要拿啥子去报"])
def test_what_to_take_to_claim_asks_for_papers(engine, text):
    # "拿啥子去报" asks for the papers; a story's 没有/没能 (直接结算) is not "没有材料"
    assert missing_answer(text, "先办理异地就医备案，才能直接结算。") == "材料"
    r = ask(engine, text, region="巴中")
    assert "bz-3-19" in ids(r) and "处方" in r.text and "发票" in r.text, r.text


def test_papers_missing_said_with_the_ask_is_still_another_question():
    assert missing_answer("发票丢了没有发票要准备什么材料", "先办理异地就医备案。") is None


@pytest.mark.parametrize("text", ["医生说我的病够不上慢病标准 我不服 找哪个", "慢病没认定下来 我不服气 去哪申诉"])
def test_disagreeing_said_alone_is_the_question(engine, text):
    # "我不服" (有异议) is what is asked about, not a story clause to drop
    r = ask(engine, text, region="巴中")
    assert ids(r)[:1] == ["bz-4-11"] and "复议" in r.text, r.text


def test_two_identities_asked_of_the_subsidy_is_the_highest_one(engine):
    r = ask(engine, "我是特困又是残疾人 交合疗的补助两个身份能一起补不", region="巴中")
    assert ids(r)[:1] == ["bz-3-06-d"] and "最高" in r.text, r.text


def test_a_spouse_on_the_resident_scheme_asked_by_a_parent_is_the_spouse_benefit(engine):
    r = ask(engine, "女婿是职工医保 我女儿是合疗 生孩子能用女婿的生育待遇不", region="巴中")
    assert "bz-2-09" in ids(r) and "补差" in r.text, r.text


def test_asked_both_ways_in_dialect_is_whether_it_is_paid(engine):
    # 报不报得到 is 能不能报, never 报 + 不能报 ("cannot")
    q = engine.index.analyze("住院的钱报不报得到")
    assert "不能报" not in q.terms and "报销" in q.terms


def test_paid_after_the_collection_period_is_the_waiting_period(engine):
    r = ask(engine, "合疗过了二月底才交 还报不报得到", region="巴中")
    assert "bz-3-03-b" in ids(r) and "3个月" in r.text, r.text


def test_the_special_drug_said_with_de_is_the_story_kept(engine):
    # "医生开的单行支付的药" is the handbook's 单行支付药品: the clause carries the topic to the question
    r = ask(engine, "医生开了单行支付的药 合疗要扣起付线不", region="巴中")
    assert "bz-5-02" in " ".join(ids(r)) and "不计起付线" in r.text, r.text
