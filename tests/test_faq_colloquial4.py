"""FAQ understanding, a class each (colloquial-4's failures, checked on phrasings of our own): a
rate said in words is no cost; a chronic-disease question naming no disease gets the general rule;
百分之几 asks; a who-and-where story clause does not steer the search; 没有交 is 没交; years listed
without 年 between them are years without cover."""
import re

import pytest

from intents.message import parse
from intents.premise import asserted
from intents.slots import extract
from tests.helpers import answer as ask


def test_a_rate_said_in_words_is_no_sum_of_money():
    assert "amount" not in extract("住院是不是报销百分之七十五").values
    assert "amount" not in extract("听人家说慢病报百分之八十").values
    assert extract("住院花了三千 报百分之几").values["amount"] == 3000


def test_a_rate_said_in_words_is_checked_as_a_rate():
    [a] = asserted("听说门诊慢病报百分之八十是吧")
    assert a.unit == "ratio" and float(a.value) == 0.8


def test_a_rate_said_in_words_is_confirmed_or_corrected(engine):
    reply = ask(engine, "巴中的门诊慢病是不是报百分之八十")
    assert "90%" in reply.text


@pytest.mark.parametrize("text,region,figures", [
    ("门诊慢病能报好多哦", "巴中", ["90%"]),
    ("门诊慢性病学生能报多少", "克拉玛依", ["65%"]),
])
def test_a_chronic_question_naming_no_disease_gets_the_general_rule(engine, text, region, figures):
    reply = ask(engine, text, region=region)
    assert reply.kind == "faq"
    assert all(f in reply.text for f in figures)


def test_a_yearly_cap_is_a_limit():
    # 上限 is the handbooks' 最高支付限额 / 年度限额
    from corpus.segment import Segmenter
    seg = Segmenter()
    assert seg.tokens("报销上限") == seg.tokens("报销限额")


def test_how_many_percent_asks_and_splits_two_questions():
    parts = parse("职工医保单位缴百分之几 个人缴百分之几").parts
    assert [p.question for p in parts] == ["职工医保单位缴百分之几", "个人缴百分之几"]


def test_the_employer_and_the_employee_share_are_both_answered(engine):
    reply = ask(engine, "巴中上班的职工医保 公司交百分之几 自己工资里扣百分之几")
    assert "7%" in reply.text and "2%" in reply.text


@pytest.mark.parametrize("text", [
    "俺家老人在通江 2026年合疗一个人要交好多钱",
    "我妈住在恩阳那边的 居民医保今年要交多少钱",
])
def test_a_story_clause_of_who_and_where_does_not_pull_to_a_special_group(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "faq" and "400元" in reply.text
    assert reply.sources[0].entry_id == "bz-3-06-a"


def test_a_story_clause_that_says_more_than_where_stays_whole():
    # "回巴中上班了" tells a move for work, not only a place
    part = parse("在浙江交了几年职工医保 现在回巴中上班了 以前的年限算不算").parts[0]
    assert all("上班" in r for r in part.readings[:1])


def test_not_paid_said_with_meiyou_is_not_paid(engine):
    # the waiting period of one year without cover, as the handbook's text or as computed ("3 个月");
    # since round 35 a gap told with the day cover starts asked and no payment date asks when it was paid
    # (年前 is before the Spring Festival, not a date the window can be compared with in every region)
    reply = ask(engine, "去年没有交合疗 今年年前交了 从哪天起能报", region="巴中")
    assert re.search(r"3\s*个月", reply.text) or "集中缴费期" in reply.text, reply.text
    reply = ask(engine, "去年没有交合疗 今年1月交了 从哪天起能报", region="巴中")
    assert re.search(r"3\s*个月", reply.text), reply.text


@pytest.mark.parametrize("text,years", [
    ("2024 2025两年都没交居民医保 今年交了要等多久", 2),
    ("2023年 2024年 2025年都没交合疗", 3),
])
def test_years_listed_with_spaces_are_years_without_cover(text, years):
    values = extract(text).values
    assert values.get("gap_years") == years and "amount" not in values


def test_the_other_schemes_aside_is_dropped_when_a_scheme_is_named(engine):
    # asked about 居民, the 职工 figure in brackets would read as the answer
    named = ask(engine, "长治合疗 我妈帕金森办了慢病 一个月最多报多少")
    assert "260元" in named.text and "450元" not in named.text
    # with no scheme named, both stay
    both = ask(engine, "长治帕金森门诊慢性病每月限额多少")
    assert "260元" in both.text and "450元" in both.text
    # an aside that gives the asked scheme's own figure too stays whole
    own = ask(engine, "巴中合疗 两病高血压一年能报好多")
    assert "200元" in own.text and "居民医保600元）" in own.text


@pytest.mark.parametrize("text,figure", [
    ("我妈血压高 一直吃降压药 医生说达不到慢病标准 巴中一年能给报多少", "200元"),
    ("巴中 血糖有点高在吃药 没有达到慢病标准 能报好多", "300元"),
])
def test_on_the_drugs_but_not_a_chronic_case_is_two_diseases(engine, text, figure):
    reply = ask(engine, text)
    assert reply.kind == "faq" and "50%" in reply.text and figure in reply.text


def test_high_blood_sugar_said_plainly_is_diabetes_for_two_diseases():
    assert extract("血糖偏高 吃降糖药一年花了600").values.get("two") == "糖尿病"
    assert extract("血压有点高 吃了一年药").values.get("two") == "高血压"


def test_a_question_for_whom_after_a_definition_asks_of_the_same_topic(engine):
    reply = ask(engine, "医保钱包是干啥的？可以转给哪些人")
    ids = [s.entry_id for s in reply.sources]
    assert ids == ["bz-1-34", "bz-1-35"] and "父母" in reply.text


@pytest.mark.parametrize("text", [
    "平昌县医院哪位医生看胃病最厉害",
    "长治哪家医院看眼睛最好",
    "克拉玛依的医院咋个挂号",
])
def test_which_doctor_or_hospital_is_best_and_how_to_book_are_out_of_scope(engine, text):
    assert ask(engine, text).kind == "unanswered"


@pytest.mark.parametrize("text,region", [
    ("通江县哪些医院能认定门诊慢病", None),
    ("用医保码怎么挂号", "巴中"),
])
def test_hospitals_named_for_a_benefit_are_still_answered(engine, text, region):
    assert ask(engine, text, region=region).kind == "faq"


def test_paying_after_the_window_gives_its_cost_and_its_waiting_period(engine):
    reply = ask(engine, "没赶上集中缴费期 补交医保要交好多钱", region="克拉玛依")
    assert "1200元" in reply.text and "等待期" in reply.text


def test_which_app_pauses_the_home_insurance(engine):
    reply = ask(engine, "在校区参了医保 生源地的医保用啥app停掉", region="克拉玛依")
    assert "国家医保服务平台" in reply.text


def test_from_when_can_a_visit_be_paid_is_the_waiting_period(engine):
    reply = ask(engine, "巴中 我2025年没交合疗 2025年11月交了2026年的 从啥时候开始看病可以报")
    assert reply.kind == "calculation" and "3 个月" in reply.text and "4月1日" in reply.text


@pytest.mark.parametrize("text,figure", [
    ("长治上班的 去省外住院没办备案要少报多少", "15%"),
    ("巴中合疗 没转诊自己跑去外地住院会少报好多", "10%"),
])
def test_how_much_less_without_filing_is_the_reduced_rate(engine, text, figure):
    reply = ask(engine, text)
    assert reply.kind == "faq" and figure in reply.text


@pytest.mark.parametrize("text", [
    "巴中 老年人交居民医保要好多钱",
    "巴中合疗每年要交多少钱",
    "我奶奶在巴中 她交合疗要好多钱",
])
def test_a_plain_fee_question_gets_the_general_fee_not_a_group_or_a_reward(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "faq" and reply.sources[0].entry_id == "bz-3-06-a"


@pytest.mark.parametrize("text,kind", [
    ("巴中居民 我爸高血压慢病刚批下来没几天 吃药花了2000能报多少", "chronic"),
    ("巴中居民 糖尿病慢病的药不算贵 一年花了1500能报多少", "chronic"),
    ("巴中居民 门诊慢病不是两病 高血压吃药花了2000能报多少", "chronic"),
    ("巴中居民 高血压 慢病还没办 药钱一年900能报多少", "two_diseases"),
    ("巴中居民 糖尿病 慢病标准够不上 花了700能报多少", "two_diseases"),
])
def test_a_chronic_case_said_in_passing_stays_chronic_and_one_short_of_it_is_two_diseases(text, kind):
    from intents.calc_kind import calc_kind
    assert calc_kind(text, extract(text)) == kind
