"""Classes of failure read on the strangers' colloquial-18 set, each asked in our own words through
the real engine."""
import re

import pytest

from intents.numbers import find_numbers
from intents.slots import extract
from bot.session import Session
from tests.helpers import answer as ask, ids


# ---- "要是…呢" after a rule and its offer to compute: the rule of that other case, not the offer's ----

@pytest.mark.parametrize("first,then,entry,needle", [
    ("临时备案去外地住院 报销要降多少", "如果没转诊也不是急诊 自己去住院的呢", "bz-1-30-c", "10%"),
    ("办了转诊去成都住院 比巴中少报好多", "要是没有转诊 自己跑去住的呢", "bz-1-30-c", "10%"),
])
def test_a_case_supposed_after_an_offer_is_asked_of_the_rule(engine, first, then, entry, needle):
    s = Session()
    ask(engine, first, region="巴中", session=s)
    r = ask(engine, then, region="巴中", session=s)
    assert r.kind == "faq" and entry in ids(r) and needle in r.text, r.text


def test_the_supposed_case_in_the_same_message(engine):
    r = ask(engine, "临时备案去外地住院要少报好多 如果没转诊也不是急诊自己去住的呢", region="巴中")
    assert "5%" in r.text and "10%" in r.text and "在哪一级医院" not in r.text, r.text


# ---- groups listed after one 不是: none of them is the asker's --------------------------------------

@pytest.mark.parametrize("text", ["不是低保特困 普通居民大病保险报了以后自付三万能赔好多",
                                  "我不是低保户、特困人员 居民大病保险自付三万赔好多",
                                  "我不是低保也不是特困 居民大病保险自付五万赔好多"])
def test_groups_listed_after_a_negation_are_all_negated(text):
    assert extract(text).get("category") == "一般"


def test_a_group_said_after_its_negation_still_counts():
    assert extract("不是低保 我是特困人员").get("category") == "特困"


# ---- a reading taken (量, 测) is no sum of money ----------------------------------------------------

@pytest.mark.parametrize("text", ["上个月量了一百六 能办门慢不", "在家测出来150 够不够办慢病"])
def test_a_reading_measured_is_no_amount(text):
    assert "amount" not in extract(text).values


def test_a_sum_to_compute_is_still_read():
    assert [n.value for n in find_numbers("帮我测算5000块能报多少") if not n.label] == [5000]


@pytest.mark.parametrize("text", ["我血压吃药好些年了 上周量的一百八 要好高才能办门慢",
                                  "高血压想办门慢 测了几回都是一百六 到底要多高才行"])
def test_how_high_to_qualify_with_a_reading_is_the_standard(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-4-04-d10"] and "160" in r.text, r.text


# ---- "要好高才够": how high a reading must be, a question clause of its own --------------------------

@pytest.mark.parametrize("text,entry", [("想给痛风办个门慢 血尿酸要好高才能办", "bz-4-04-d18"),
                                        ("高血压想办门慢 血压要多高才够", "bz-4-04-d10")])
def test_how_high_is_asked(engine, text, entry):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == [entry], r.text


# ---- what the state pays in, said as people say it (国家出, 政府补): the 财政补助 ---------------------
# (巴中 第三章 八问: 2026 筹资 1100 = 个人 400 + 财政补助 700.) The page itself, or — the asker's own fee
# told — the same 筹资's parts computed from the policy file (premise.funding_split, round 21): either
# states the state's part; never the 个人缴费 page alone, which says nothing of it

@pytest.mark.parametrize("text", ["合疗一个人交四百 剩下国家出好多钱", "我们交的400 政府另外补多少"])
def test_what_the_state_pays_is_the_fund_s_subsidy(engine, text):
    r = ask(engine, text, region="巴中")
    page = r.kind == "faq" and ids(r)[:1] == ["bz-3-08"]
    split = r.kind == "calculation" and r.calculation.name == "funding" and "第三章 八问" in r.text
    assert (page or split) and re.search(r"补助\s*700", r.text), r.text


# ---- "a little" between a verb and 钱 (转点钱): the verb and 钱 --------------------------------------

@pytest.mark.parametrize("text", ["想用医保钱包给我老汉转点钱 咋弄", "医保钱包给屋头老婆转一点钱 怎么操作"])
def test_some_money_transferred_is_the_transfer(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-1-37"] and "转账申请" in r.text, r.text


# ---- 考起 (四川's 考上) a university: where a student enrols --------------------------------------------

def test_into_university_said_the_sichuan_way(engine):
    r = ask(engine, "女儿考起大学了在成都读 医保在老家交还是学校交", region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-1-18"] and "学籍地" in r.text, r.text


# ---- last year's cover said with 都/也 (去年都交了): no gap; paid after the window, 3 months ------------

@pytest.mark.parametrize("text", ["去年都交了的 今年在外头打工 四月份才回来交 交了就能报不",
                                  "上年也交了合疗 今年三月份才补上 交了马上能用不"])
def test_last_year_paid_with_du_is_no_gap(engine, text):
    r = ask(engine, text, region="巴中")
    assert ("3 个月" in r.text or "3个月" in r.text) and "断保（没参保）几年" not in r.text, r.text


# ---- how many diseases asked (一共几种): the numbered list -------------------------------------------

def test_how_many_serious_outpatient_diseases(engine):
    r = ask(engine, "学生医保门诊大病总共有好多种病", region="克拉玛依")
    assert ids(r)[:1] == ["ky-07-15"] and "13." in r.text, r.text


# ---- what was heard, asked whether it is so; 沾…的光 and 怀起 said the 四川 way ---------------------------

@pytest.mark.parametrize("text", ["我是合疗 老公是职工医保 现在怀起了 听人说生娃可以沾老公的光 是真的吗",
                                  "媳妇交的城乡居民 我在单位上班交的职工医保 她怀起了 别个说可以沾我这边的光 真的假的"])
def test_a_heard_claim_checked_is_the_question(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-2-09"] and "补差" in r.text, r.text


# ---- one person of two groups at once: the 多重身份 rule (the highest, never twice) ---------------------

@pytest.mark.parametrize("text,entry", [("我爸既是特困又是低保 交合疗的补助两个都能享受不", "bz-3-06-d"),
                                        ("屋头老人又是低保又是残疾人 住院医疗救助按哪个算", "bz-6-05-i"),
                                        ("我爸既是特困也认定了因病致贫 看病救助按哪样算", "bz-6-05-i")])
def test_two_groups_at_once_is_the_several_identities_rule(engine, text, entry):
    r = ask(engine, text, region="巴中")
    assert ids(r)[:1] == [entry] and ("最高" in r.text or "就高" in r.text), r.text


# ---- a duplicate cover after a job, the school's said for the 学籍地: the pause of the school's ----------

def test_a_job_s_cover_duplicating_the_school_s(engine):
    r = ask(engine, "毕业了进厂上班 厂里交了职工医保 学校那边的医保重复了怎么弄")
    assert r.kind == "faq" and "暂停" in r.text, r.text


# ---- a child told as 生下来 (without 刚): a newborn, kept in every reading ----------------------------

def test_a_child_born_told_without_gang_is_a_newborn(engine):
    r = ask(engine, "外孙女生下来就住了一个礼拜的院 过了好几个月才想起上合疗 现在交了前面住院的钱报得了不",
            region="巴中")
    assert ids(r)[:1] == ["bz-3-07"] and "90" in r.text, r.text
