"""Conversations, round 28: follow-ups that keep the case told before (a group, a disease, 灵活就业, the
spoken name of 大病保险) and pages that name the row the asker may need. Own phrasings, through the
engine; figures from the handbooks."""
import pytest

from tests.helpers import ids, nums, talk


# ---- 大病保险 by its spoken name (二次报销) in a follow-up ------------------------------------------

def test_a_group_asked_after_the_second_claim_s_threshold_gets_its_own_threshold(engine):
    # 巴中 第三章 二十二、二十四问: 14448; 特困、孤儿、低保 降低50% → 7224
    r = talk(engine, ["二次报销的起付线是多少钱", "那特困户呢"], region="巴中")[1]
    assert r.kind == "calculation" and 7224 in nums(r), r.text


@pytest.mark.parametrize("then", ["那二次报销还有没得", "还能二次报销不"])
def test_the_second_claim_asked_after_a_stay_goes_on_to_serious_illness(engine, then):
    # 巴中 居民 三级: (30000 − 700) × 60% = 17580, 12420 left — under 大病保险's 14448: nothing more
    r = talk(engine, ["居民医保 三级医院住院花了3万 能报多少", then], region="巴中")[1]
    assert r.kind == "calculation" and {12420, 14448} <= nums(r), r.text


def test_a_second_stay_is_no_second_claim(engine):
    # "第二次报销" is a second claim of the same fund, never 大病保险 (lexicon: not_after 第)
    from intents.acts import care_of
    assert care_of("二次报销起付线多少") == "大病保险" and care_of("第二次报销住院起付线多少") == "住院"


# ---- a group's stay told while its fund's form waits ----------------------------------------------

def test_a_stay_told_after_a_group_s_assistance_rule_goes_through_every_fund(engine):
    # 巴中 居民 一级: (5100 − 300) × 80% = 3840, 1260 left; under 低保's 大病 7224; 救助 70%: 882, 378 left
    r = talk(engine, ["俺家是低保户 居民医保 医疗救助能给好多", "在一级医院住院花了5100 最后自己出多少"], region="巴中")[1]
    assert r.kind == "calculation" and {3840, 882, 378} <= nums(r), r.text


# ---- a page asked with no group or case says what the asker's other case needs ----------------------

@pytest.mark.parametrize("turns,entry,needles", [
    # 克拉玛依 第7部分（二）: 一般人员 21000, 困难人员 10500 — no group told, both thresholds said
    (["学生医保的大病保险 起付线是多少"], "ky-07-16", ["21000", "10500"]),
    # 第8部分（一）、（二）: the kinds of filing, and for a student at home the one to pick and its papers
    (["放假回老家那边生病了能报吗", "异地备案选哪一类"], "ky-08-03", ["异地长期居住人员", "户口首页"]),
])
def test_the_general_page_names_the_other_row_the_asker_may_need(engine, turns, entry, needles):
    r = talk(engine, turns, region="克拉玛依")[-1]
    # (the kinds asked after a holiday at home told: the 户籍地 row itself answers too — which kind, its papers)
    entries = [entry, "ky-08-10"] if entry == "ky-08-03" else [entry]
    assert r.kind == "faq" and ids(r)[:1][0] in entries and all(n in r.text for n in needles), r.text


# ---- the case's disease kept through a short question read with the last one's topic ---------------

@pytest.mark.parametrize("turns", [
    ["我在恩阳 冠心病想办慢病 去哪里认定", "要带些啥子资料", "办了以后合疗一年报好多"],
    ["我在巴州区 冠心病想办门诊慢病 去哪里认定", "需要带啥资料", "办好了合疗一年能报好多"],
])
def test_the_disease_told_two_questions_back_holds_for_a_short_question_next(engine, turns):
    # 巴中 第四章 三问: 冠心病 (门诊慢性病) 居民医保 800 元/年, 90% — the 冠心病 of the first question,
    # though the one between was read as any 慢病's papers (never another disease's limit, nor a refusal)
    r = talk(engine, turns, region="巴中")[2]
    assert r.kind == "faq" and ids(r)[:1] == ["bz-4-03-d23"] and "800" in r.text, r.text


# ---- 灵活就业 told once holds for a later question that names no status ---------------------------

def test_odd_jobs_are_flexible_work():
    from intents.slots import extract
    assert extract("我平时打零工 自己交职工医保").get("flexible") is True


@pytest.mark.parametrize("turns", [
    ["我是打零工的 准备自己交职工医保 去哪办", "生育保险我能不能交"],
    ["我在外面做点零活 算灵活就业 想交职工医保", "生育险能不能参加"],
])
def test_flexible_work_said_before_picks_its_own_page_next(engine, turns):
    # 巴中 第二章 十三问: 灵活就业人员 may join 生育保险 since 2025-01, at the 单位职工's 0.6% — not the page
    # of a 单位职工's first 生育 benefits
    r = talk(engine, turns, region="巴中")[1]
    assert r.kind == "faq" and ids(r)[:1] == ["bz-2-13"] and "0.6%" in r.text, r.text


@pytest.mark.parametrize("text,entry", [
    ("我自己做小生意 灵活就业 想参加职工医保 怎么办理登记", "bz-2-03-a"),
    ("职工医保费是单位交还是自己交", "bz-2-04"),
])
def test_how_to_join_or_pay_says_what_flexible_workers_pay(engine, text, entry):
    # 巴中 第二章 三、四、五问: 灵活就业人员 pay in full, 9% of the minimum base
    r = talk(engine, [text], region="巴中")[0]
    assert r.kind == "faq" and ids(r)[:1] == [entry] and "9%" in r.text, r.text


def test_a_question_of_the_hardship_row_still_gets_its_figures(engine):
    # 克拉玛依 第7部分（二）: 困难人员 10500元至5万 65%, 5万至10万 70%, 10万以上 75%
    r = talk(engine, ["克拉玛依 大病保险困难人员的分段比例各是多少"])[0]
    assert r.kind == "faq" and ids(r)[0] in ("ky-07-16", "ky-07-17") and all(x in r.text for x in ("65%", "70%", "75%")), r.text
