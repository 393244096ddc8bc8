"""Conversations, round 38x (a stranger's conversations written from the handbooks): the classes they
showed, in own phrasings, through the real engine."""
from intents import acts
from tests.helpers import talk


# ---- a cancel said with a plan to ask elsewhere, a reason, a put-off or a sigh around it ("算了 我去村委会
# 问问", "人还没住 不用了谢谢 等住了再说"): the form ends politely, never a page, never sent to staff

def test_a_cancel_with_asides_is_a_cancel():
    for said in ("不算了 我到村委会问问", "人还没住院 不用了谢谢 住了再说", "呃 算了 没事了",
                 "没事 我打电话去医保局问一下", "算了 等他出院了再说"):
        assert acts.is_cancel(said), said
    for said in ("不用了 我还有个问题", "算了 帮我算下门诊", "不用了 我是职工", "算了 二级医院",
                 "算了 门诊咋报", "我去村委会问问"):
        assert not acts.is_cancel(said), said


def test_a_form_given_up_with_a_plan_is_closed_not_answered(engine):
    for closing in ("不算了 我到村委会问问", "人还没出院 不用了谢谢 出院了再说", "呃 算了 没事了"):
        first, r = talk(engine, ["帮我算一下住院报销", closing], region="巴中")
        assert first.kind == "clarify", first.text
        assert r.kind == "clarify" and "工作人员" not in r.text and "来源" not in r.text, (closing, r.text)
        assert "不算了" in r.text, r.text


# ---- a drug named the everyday way beside the handbook's kind ("开的靶向药 说是高值药品"): cut whole, as a
# name from outside 医保, so its neighbour is not glued into a junk term and the question is not refused

def test_a_targeted_drug_named_beside_its_kind_finds_the_kind(engine):
    terms = engine.index.analyze("开了个靶向药说是高值药品 咋报").terms
    assert "靶向药" in terms and "药说" not in terms, terms
    (r,) = talk(engine, ["我妈职工医保 医院给开的靶向药说是单行支付药品 咋报销"], region="巴中")
    assert r.kind == "faq" and "70%" in r.text and "不计起付线" in r.text, r.text


# ---- what the calculation left to pay, pointed back at by whose it is ("剩下我自己掏的 大病管不管"): that
# case's page says whether another fund takes it

def test_the_share_left_by_its_verb_is_the_case_before(engine):
    _, r = talk(engine, ["单行支付药品 合疗 一个月八千 报多少", "剩下我自己掏的 大病保险管不管"], region="巴中")
    assert r.kind == "faq" and "不纳入" in r.text, r.text


# ---- a follow-up naming the other scheme ("我是职工 职工生娃咋报" after a 居民's birth): the case before is
# read in the scheme said now — never the other scheme's page (长治 lists 居民's 定额 only: 职工's is referred)

def test_the_other_scheme_named_after_a_birth_is_not_given_the_first_schemes_figures(engine):
    _, r = talk(engine, ["我老婆合疗 剖腹产能报好多", "我自己是职工 职工医保生娃咋个报"], region="长治")
    assert r.kind == "unanswered", r.text
    assert "3000" not in r.text and "1500" not in r.text, r.text


# ---- the filing said by its verb with the kind as object ("备的是长期", "备了临时的"): that kind, so a bill
# told with it is computed, never asked which filing again

def test_a_filing_said_by_its_verb_and_kind_is_that_kind():
    from intents.slots import extract
    assert extract("备的是长期 在苏州住院").get("filing") == "长期备案"
    assert extract("备了临时的").get("filing") == "临时备案"
    assert extract("备了案的").get("filing") is None


def test_a_long_term_filing_said_short_with_a_bill_is_computed(engine):
    (r,) = talk(engine, ["合疗 备的是长期 在佛山三级医院住院花了一万 都是目录内的 报好多"], region="巴中")
    assert r.kind == "calculation" and "长期备案" in r.text, r.text


# ---- a fact of the case alone asked how it comes out ("二级医院怎么算" after a bill computed): the last case
# with that fact, as "二级医院呢" is — never the pages searched for the words

def test_a_fact_asked_how_it_comes_out_is_a_follow_up():
    for said in ("二级医院怎么算", "职工的咋算", "低保户怎么算呢"):
        assert acts.is_follow_up(said) and acts.elliptical(said), said
    for said in ("起付线怎么算", "等待期咋算", "咋算"):
        assert not acts.is_follow_up(said), said


def test_a_level_asked_how_it_comes_out_recomputes_the_bill(engine):
    first, r = talk(engine, ["居民医保 在一级医院看门诊花了一百五 都是甲类 报多少", "三甲医院怎么算"], region="长治")
    assert first.kind == "calculation", first.text
    assert r.kind == "calculation" and "45%" in r.text and "150" in r.text, r.text
