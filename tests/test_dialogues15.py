"""Conversations, round 15: a newborn said with the family word (新生娃儿) is 新生儿; 医疗救助 asked by
its verb alone ("能救多少") computes the 救助 on the amount told, in the conversation's region; a short
follow-up read with the topic before ("报销比例呢") keeps the offer to compute, so the next figure
computes the case; the asker's bill with "能报好多" after a 慢病's rule is that disease's bill; what a
transfer owes of the deductible ("那要补好多") is computed from the two tiers' figures; years insured in
a row said with 满 are counted, and a cap not raised yet says when it rises; "X呢" after a question on
when cover starts asks when for X; the account's money said without 个人 is the 个人账户; and a
deductible the entry names only by another rule's ("起付线呢" after 门诊特病) is the policy's figure."""
import pytest

from tests.helpers import answer, computed, ids, talk


# ---- a newborn, said with the family word ---------------------------------------------------------


@pytest.mark.parametrize("q", ["新生娃儿好久之内交医保 才能从出生就报", "新生娃娃咋个上医保"])
def test_a_newborn_said_with_the_family_word_is_a_newborn(engine, q):
    r = answer(engine, q, region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-3-07", r.text


# ---- 医疗救助 asked by its verb ----------------------------------------------------------------------


@pytest.mark.parametrize("q", ["长治低保户目录内自付5000 能救多少", "长治低保对象 目录内个人自付5000 可以救好多"])
def test_assistance_asked_by_its_verb_computes(engine, q):
    computed(answer(engine, q), 3500, name="assistance")


def test_assistance_asked_by_its_verb_after_the_rule_keeps_the_region(engine):
    *_, r = talk(engine, ["长治低保户住院 医疗救助咋救", "特困人员呢", "低保户目录内自付5000 能救多少"])
    computed(r, 3500, name="assistance")


# ---- a follow-up read with the topic before keeps the offer to compute --------------------------


@pytest.mark.parametrize("turns, figure", [
    (["巴中居民住院 二级医院 起付线多少", "報消比例呢", "花了１２０００ 能報多少"], 8120),
    (["巴中职工 三级医院住院 起付线好多", "报销比例呢", "花了一万 能报多少"], None),
])
def test_a_figure_after_a_follow_up_of_a_rule_computes_the_case(engine, turns, figure):
    *_, r = talk(engine, turns)
    computed(r, *([figure] if figure else []), name="inpatient")


# ---- the asker's bill after a 慢病's rule -------------------------------------------------------


@pytest.mark.parametrize("turns, figure", [
    (["巴中冠心病门诊慢病 职工一年限额是多少", "居民呢", "我是居民 一年药费600 能报好多"], 540),
    (["巴中糖尿病门诊慢病 居民一年限额多少", "一年买药花了500 能报多少"], None),
])
def test_a_bill_asked_after_a_chronic_rule_is_that_disease_s(engine, turns, figure):
    *_, r = talk(engine, turns)
    assert "住院还是门诊" not in r.text, r.text
    computed(r, *([figure] if figure else []), name="chronic")


# ---- what a transfer owes of the deductible -------------------------------------------------------


@pytest.mark.parametrize("first, follow, figure", [
    ("巴中居民从乡镇卫生院转到三级医院 起付线咋算", "那具体要补好多", 600),
    ("巴中居民 从乡镇卫生院转到县里二级医院 起付线咋个算", "卫生院已经交了100的起付 转过去还要补好多", 300),
    ("巴中居民 从二级医院转到三级医院 起付线怎么算", "起付线要补交多少", 300),
])
def test_what_a_transfer_owes_of_the_deductible_is_computed(engine, first, follow, figure):
    _, r = talk(engine, [first, follow])
    computed(r, *([figure] if figure else []), name="deductible_topup")
    assert "差额" in r.text, r.text


def test_a_bill_after_the_transfer_s_difference_still_computes_the_stay(engine):
    *_, r = talk(engine, ["巴中居民从乡镇卫生院转到三级医院 起付线咋算", "那要补好多", "花了一万"])
    computed(r, 5640, name="inpatient")


# ---- years insured in a row, said with 满 -------------------------------------------------------


@pytest.mark.parametrize("said, years", [("连续参保满4年以后呢", 4), ("连续交够5年", 5), ("我一直连续参保", None)])
def test_years_in_a_row_said_with_man_are_counted(said, years):
    from intents.slots import extract
    ex = extract(said)
    assert ex.get("continuous_years") == years, ex.values
    if years is None:
        assert ex.get("gap_years") == 0, ex.values


def test_years_in_a_row_not_yet_raising_the_cap_say_when_it_rises(engine):
    r = computed(answer(engine, "巴中居民连续参保满4年 大病保险封顶多少"), 300000)
    assert "4000" in r.text and "第 5 年起" in r.text, r.text


def test_years_in_a_row_after_a_gap_s_cap_are_read(engine):
    *_, r = talk(engine, ["巴中居民断保一年 大病保险封顶降好多", "连续参保满4年以后呢"])
    assert r.kind == "calculation" and "每连续参保 1 年提高 4000" in r.text, r.text


# ---- "X呢" after a question on when cover starts -----------------------------------------------


@pytest.mark.parametrize("turns, entry", [
    (["刚在巴中参加职工医保 多久能报", "生育待遇呢"], "bz-2-08"),
])
def test_a_topic_follow_up_of_a_when_question_asks_when(engine, turns, entry):
    *_, r = talk(engine, turns)
    assert r.kind == "faq" and ids(r)[0] == entry, r.text


# ---- the account's money said without 个人 --------------------------------------------------------


def test_the_account_s_money_after_a_staff_account_answer(engine):
    *_, r = talk(engine, ["巴中职工医保 在职的个人账户划多少", "退休的呢", "账户里的钱能给我妈交居民医保不"])
    assert r.kind == "faq" and "近亲属" in r.text, r.text


# ---- a deductible the entry names only by another rule's ------------------------------------------


@pytest.mark.parametrize("turns, figure", [
    (["巴中恶性肿瘤门诊治疗算特病 报几成", "居民", "起付线呢"], "400元"),
    (["巴中门诊特病起付线多少"], "400元"),
])
def test_the_special_diseases_deductible_is_the_policy_s_figure(engine, turns, figure):
    *_, r = talk(engine, turns)
    assert r.kind == "faq" and figure in r.text.split("来源")[0], r.text


def test_a_deductible_the_entry_states_relatively_is_the_entry_s(engine):
    # (the entry's own clause gives it: 降低50% — no sum from the policy file in its place)
    r = answer(engine, "我们是低保户 巴中大病保险起付线是不是比一般人低 低好多")
    assert r.kind == "faq" and "50%" in r.text, r.text
