"""Conversations as people hold them, through the real engine and through the batch contract
(`yibao ask --jsonl`, a real subprocess): corrections, elliptical follow-ups, cancels, a new
question while a form waits, no prompt repeated word for word, rules then figures."""
import json
import os
import re
import subprocess
import sys

import pytest

from bot import texts
from bot.reply import Message
from bot.session import Session
from intents import forms


def talk(engine, turns, region=None):
    session, out = Session(), []
    for text in turns:
        out.append(engine.answer(Message(text=text, region=region), session))
    return out, session


def nums(reply):
    return {float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", reply.text)}


# ---- corrections ---------------------------------------------------------------------------

@pytest.mark.parametrize("fix,figure", [("不对，是1万2", 6780), ("不对，我说错了，是花了1万2", 6780), ("不对，是12000", 6780),
                                        ("说错了，是二级医院", 5320), ("准确是2万3", 13380)])
def test_a_correction_replaces_the_slot_and_recomputes(engine, fix, figure):
    (first, fixed), _ = talk(engine, ["居民医保，三级医院住院花了8000，报多少", fix], region="巴中")
    assert first.kind == "calculation" and 4380 in nums(first)
    assert fixed.kind == "calculation" and figure in nums(fixed)


def test_a_correction_holds_for_the_next_follow_up(engine):
    rs, _ = talk(engine, ["居民医保，三级医院住院花了8000，报多少", "不对，是1万2", "那二级医院呢"], region="巴中")
    assert 8120 in nums(rs[2])


def test_a_correction_while_the_form_asks(engine):
    rs, _ = talk(engine, ["住院花了1万能报多少", "三级", "不对，是二级医院", "居民"], region="巴中")
    assert [r.kind for r in rs] == ["clarify", "clarify", "clarify", "calculation"]
    assert 6720 in nums(rs[3])


# ---- follow-ups ----------------------------------------------------------------------------

@pytest.mark.parametrize("turns,region,figure", [
    (["城乡居民，三级医院住院两万块，报多少", "那二级医院呢"], "巴中", 13720),
    (["居民医保在二级医院住院花了1万，能报多少", "职工呢"], "巴中", 7872),
    (["三级医院住院花了1万，学生医保报多少", "那如果花了3万呢"], "克拉玛依", 19110),
    (["居民医保，一年个人合规自付3万，大病保险报多少", "低保户呢"], "长治", 20000),
    (["特困人员，住院基本医保和大病报了以后自己还要出2万，医疗救助多少", "低保户呢"], "巴中", 14000),
    (["在职的，二级医院门诊花了1000，职工门诊统筹报多少", "退休的呢"], "巴中", 595),
    (["2025、2026两年都没交居民医保，2027年集中缴费期交，要等多久", "那补缴一年呢"], "巴中", 3),
    (["居民医保三级医院住院花了3w，报多少", "那如果花了30万呢，加上大病一起"], "巴中", 112886.4),
    (["高血压两病，降压药一年花了600，能报多少", "我糖尿病也有，降糖药一年也是600，两个一起算多少"], "巴中", 500),
])
def test_a_follow_up_changes_one_fact_of_the_last_calculation(engine, turns, region, figure):
    rs, _ = talk(engine, turns, region=region)
    assert [r.kind for r in rs] == ["calculation", "calculation"], rs[-1].text
    assert figure in nums(rs[-1])


@pytest.mark.parametrize("turns,region,figure", [
    # a gap in cover told after a 大病保险 cap: the cap is lowered for it
    (["居民医保，大病保险，基本医保报完自付60万，最高赔多少", "我中间断过两年保"], "巴中", 292000),
    # two years named apart are two years without cover; paying them back shortens the wait
    (["2023年没交 2024年也没交 2025年集中缴费期交了 等待期多久", "那我补交了呢"], "巴中", 3),
    # a household, then one member's status
    (["我们家四口人 居民医保一年交多少", "里面有一个是特困"], "巴中", 1200),
    # a second stay, then the same stay as the year's first
    (["之前在一级医院住过一次 这次在三级医院住院花了1万 能报多少", "如果之前没住过院呢"], "克拉玛依", 6110),
    # a stay elsewhere, then the same stay as an emergency (职工 异地急诊 三级 1000 / 75%)
    (["职工医保 在成都三级医院住院花了2万 没备案", "如果是急诊呢"], "巴中", 14250),
    # a stay elsewhere, then care in one of the region's own counties: 市内 (居民 三级 700 / 60%)
    (["居民医保 在外地没备案 三级医院住院花了2万", "要是在恩阳区住院呢"], "巴中", 11580),
    # part of the bill named as 自费 after its figure (长治 三类 100 / 85% on 3000 − 500)
    (["长治 居民 二级乙等 住院3000", "其中有500是自费的呢"], "长治", 2040),
    # a gap said as 断了一年, then paid back (巴中: 3 months, the fixed wait cannot be repaired)
    (["2024年断了一年 今年交 等多久", "我补交了那一年呢"], "巴中", 3),
    # the same stay, come by transfer from a lower tier: only the deductible's difference (巴中 700 − 400)
    (["居民医保 三级医院住院花了8000", "如果是从二级医院转过来的呢"], "巴中", 4620),
    # a new amount asked about right after a calculation: the same case
    (["居民医保，二级医院住院花了6000，报多少", "花了九千能报多少"], "巴中", 6020),
])
def test_a_follow_up_tells_one_more_fact_of_the_case(engine, turns, region, figure):
    rs, _ = talk(engine, turns, region=region)
    assert [r.kind for r in rs] == ["calculation", "calculation"], rs[-1].text
    assert figure in nums(rs[-1]), rs[-1].text


def test_a_gap_in_cover_without_its_length_is_asked_for_where_the_cap_depends_on_it(engine):
    """"断过保" never reads as no gap: the 大病保险 cap is lowered per year without cover (巴中)."""
    rs, _ = talk(engine, ["居民医保 大病保险 基本医保报完自己还担了45万 最多赔多少", "之前断过保", "两年"], region="巴中")
    assert [r.kind for r in rs] == ["calculation", "clarify", "calculation"]
    assert rs[1].missing_slots == ["gap_years"] and 292000 in nums(rs[2])
    rs, _ = talk(engine, ["我中间断过保 大病保险封顶会少吗", "1年"], region="巴中")
    assert rs[0].missing_slots == ["gap_years"] and "限额不变" not in rs[0].text
    assert rs[1].kind == "calculation" and 296000 in nums(rs[1])


def test_several_members_of_a_household_with_one_status(engine):
    """"其中3个是特困" is three members, not one and not all (巴中: 400 a head, 特困 0, 低保 100)."""
    (r,), _ = talk(engine, ["我家6口人 居民医保 其中3个是特困 一年交多少"], region="巴中")
    assert r.kind == "calculation" and 1200 in nums(r) and "特困人员 3 人" in r.text
    (whole, two), _ = talk(engine, ["三口人的家 居民医保一年交多少", "里面两个是低保"], region="巴中")
    assert 1200 in nums(whole) and two.kind == "calculation" and 600 in nums(two)
    # one member named by who they are: "我爸是特困人员" is one of the household, not all of it
    (dad,), _ = talk(engine, ["我们家5口人 我爸是特困人员 一年交多少"], region="巴中")
    assert dad.kind == "calculation" and 1600 in nums(dad)
    (whole, mum), _ = talk(engine, ["我们家4口人 居民医保一年交多少", "我妈是低保户"], region="巴中")
    assert mum.kind == "calculation" and 1300 in nums(mum)


def test_a_two_year_gap_said_year_by_year_is_two_years(engine):
    (r,), _ = talk(engine, ["2023年没交 2024年也没交 2025年集中缴费期交了 等待期多久"], region="巴中")
    assert r.kind == "calculation" and "断保 2 年" in r.text and "4 个月" in r.text


def test_care_named_out_of_the_province_is_the_out_of_province_column(engine):
    """长治's table has a 省外 column: a place of care named outside 山西 is in it, one inside is not;
    with no filing said, 长治's stay elsewhere is computed as filed and the 不备案 figure given beside it
    (only the ratio differs), and a filing said next keeps the column."""
    rs, _ = talk(engine, ["长治居民，在市里的三甲医院住院花了4万", "如果是去上海住院呢", "转诊"], region="长治")
    assert rs[0].kind == "calculation" and 23400 in nums(rs[0])
    assert rs[1].kind == "calculation" and 21175 in nums(rs[1]) and "如未备案" in rs[1].text
    assert rs[2].kind == "calculation" and 21175 in nums(rs[2]) and "省外" in rs[2].text
    (away,), _ = talk(engine, ["长治居民医保 在广州三甲医院住院花了2万 转诊的"], region="长治")
    assert away.kind == "calculation" and 10175 in nums(away)
    (near,), _ = talk(engine, ["长治居民医保 在太原三甲医院住院花了2万 转诊的"], region="长治")
    assert near.kind == "calculation" and 11400 in nums(near) and "省外" not in near.text


@pytest.mark.parametrize("text,figure", [
    # 急诊抢救 elsewhere, taken in as 住进…医院: 职工 异地急诊 二级 1000 / 77%
    ("职工医保，在成都出差时急诊抢救住进了二级医院，花了2万", 14630),
    # a 临时 filing with words between (临时的异地就医备案): 居民 临时备案 二级 1000 / 65%
    ("居民医保 在重庆办了临时的异地就医备案 二级医院住院花了8000", 4550),
])
def test_a_stay_elsewhere_as_people_tell_it(engine, text, figure):
    (r,), _ = talk(engine, [text], region="巴中")
    assert r.kind == "calculation" and figure in nums(r), r.text


def test_a_request_to_calculate_that_names_nothing_asks_which(engine):
    (ask, pick, tier, calc), _ = talk(engine, ["能帮我算个账吗", "门诊报销", "二级", "花了300"], region="克拉玛依")
    assert ask.kind == "clarify" and ask.missing_slots == ["calc"] and "住院报销" in ask.suggestions
    assert pick.kind == "clarify" and pick.missing_slots == ["tier"]
    assert tier.missing_slots == ["amount"] and calc.kind == "calculation" and 168 in nums(calc)
    (ask, picked), _ = talk(engine, ["帮我算算", ask.suggestions[0]], region="巴中")
    assert picked.kind == "clarify" and picked.missing_slots == ["tier"]        # 住院报销 (a "1" in a channel)
    (polite,), _ = talk(engine, ["麻烦帮我计算一下"], region="巴中")
    assert polite.missing_slots == ["calc"]
    # the figure told with the request is kept for the calculation picked
    rs, _ = talk(engine, ["帮我估算下 花了4000", "住院报销", "二级", "居民"], region="巴中")
    assert [r.missing_slots for r in rs[:3]] == [["calc"], ["tier"], ["insurance"]]
    assert rs[3].kind == "calculation" and 2520 in nums(rs[3])
    # a request to compute something no form computes still goes where it did (the handbook, or staff)
    (account,), _ = talk(engine, ["帮我算一下个人账户每月划入多少"], region="巴中")
    assert account.missing_slots != ["calc"]
    (spent,), _ = talk(engine, ["在医院花了两千能报多少"], region="长治")
    assert spent.kind == "clarify" and spent.suggestions == ["住院", "门诊"]     # a bill at a hospital: which care
    (ask, done, faq), _ = talk(engine, ["我想帮家里人算一下", "算了", "巴中居民门诊统筹一年最多报多少"])
    assert ask.kind == "clarify" and done.kind == "clarify" and faq.kind == "faq" and "100" in faq.text


def test_every_choice_of_which_calculation_opens_its_form():
    from intents.calc_kind import calc_kind
    from intents.slots import extract
    which = forms.domain().which
    kinds = [calc_kind(c, extract(c)) for c in which.choices]
    assert all(k in forms.domain().forms for k in kinds) and len(set(kinds)) == len(kinds)


def test_the_answer_asks_the_question_again_in_general_words(engine):
    """"巴中的，能报多少" answers "您在哪个地区参保？" (the question itself already asks it), and
    "二级的 报多少" answers "在哪一级医院？"."""
    (ask, rule), _ = talk(engine, ["居民医保门诊可以报销吗", "巴中的，能报多少"])
    assert ask.missing_slots == ["region"] and rule.kind == "faq" and "50%" in rule.text and "笼统" not in rule.text
    (ask, spent), _ = talk(engine, ["居民医保门诊可以报销吗", "巴中的 看病花了240 能报好多"])
    assert spent.kind == "calculation" and 120 in nums(spent)
    rs, _ = talk(engine, ["住院花了6000能报多少", "二级的 报多少", "居民"], region="巴中")
    assert [r.missing_slots for r in rs[:2]] == [["tier"], ["insurance"]]
    assert rs[2].kind == "calculation" and 3920 in nums(rs[2])


@pytest.mark.parametrize("region_question,answer,figure", [
    ("居民医保门诊可以报销吗", "克拉玛依的，在二级医院看的，花了300", 168),
    ("大病保险怎么报", "长治，居民，自付了5万", 30000),
])
def test_the_region_answered_with_facts_of_the_case(engine, region_question, answer, figure):
    (ask, calc), _ = talk(engine, [region_question, answer])
    assert ask.kind == "clarify" and ask.missing_slots == ["region"]
    assert calc.kind == "calculation" and figure in nums(calc), calc.text


def test_a_follow_up_after_a_handbook_answer_asks_the_last_question_again(engine):
    (rule, poor), _ = talk(engine, ["巴中城乡居民医保个人一年交多少", "低保户呢"])
    assert rule.kind == "faq" and "400" in rule.text
    assert poor.kind == "calculation" and 100 in nums(poor)


def test_a_follow_up_naming_another_disease_asks_about_that_one_instead(engine):
    (first, other), _ = talk(engine, ["两病高血压门诊用药一年限额多少", "糖尿病呢"], region="克拉玛依")
    assert first.kind == "faq" and "700" in first.text
    # (the answer itself; the other likely questions after it may name the entry for both diseases)
    answered = other.text.split(texts.IF_NOT)[0]
    assert other.kind == "faq" and "1000" in answered and "高血压" not in answered, other.text


def test_two_diseases_short_of_a_chronic_disease_need_no_scheme_and_add_up(engine):
    """巴中's 两病 benefit is the same for 职工 and 居民 (50 %, 高血压 200 / 两病 500 a year): "还够不上
    慢病" says it is no 门诊慢病, so nothing is asked; the second disease told with the two bills as
    one total is that total under the 两病 limit, not the total added to the first bill."""
    (first, both), _ = talk(engine, ["我有高血压 还够不上慢病 降压药一年花了六百 能报多少",
                                     "糖尿病我也有 两样一共一年一千四呢"], region="巴中")
    assert first.kind == "calculation" and 200 in nums(first) and "insurance" not in first.missing_slots
    assert both.kind == "calculation" and 500 in nums(both) and 1400 in nums(both) and 2000 not in nums(both)


@pytest.mark.parametrize("turns,region,present,absent", [
    # a rule asked in two parts, then the other scheme: the whole question again (长治 糖尿病 二类 职工 400 / 75%)
    (["长治居民 糖尿病门诊慢病 每个月限额多少 报销比例多少", "那职工呢"], None, ["400", "75%"], []),
    # a 生育 rule, a question between, then the other scheme with why: 巴中 职工 顺产 3500 / 难产 5500
    (["巴中 生小孩 城乡居民医保能报多少", "产检要带什么", "职工呢，我老婆在单位上班"], None, ["3500", "5500"], ["2000元"]),
    (["巴中 生小孩 城乡居民医保能报多少", "那职工医保呢，我老婆是在单位上班的"], None, ["3500", "5500"], ["2000元"]),
    # a yes/no asked the spoken way ("…不"), then the other scheme: the rule again, not the form's question
    (["俺是长治的居民医保 在太原住院 没有备案 可以直接结算不", "那职工呢"], None, ["15%"], []),
    # 职工 then 退休 then 居民: the 退休 of the follow-up before goes with the scheme it belonged to
    (["巴中职工医保 门诊统筹一年起付线多少", "退休的呢", "那城乡居民门诊呢"], None, ["100", "50%"], ["150元/年"]),
])
def test_a_follow_up_naming_another_scheme_asks_the_last_question_again(engine, turns, region, present, absent):
    rs, _ = talk(engine, turns, region=region)
    last = rs[-1]
    assert last.kind in ("faq", "unanswered") and last.missing_slots != ["amount"], last.text
    assert all(p in last.text for p in present), last.text
    assert not any(a in last.text for a in absent), last.text


@pytest.mark.parametrize("question,follow_up,expected", [
    # the scheme put where the last one was named; nothing else said, nothing appended
    ("长治居民 高血压门诊慢病每月限额多少", "那职工呢", "长治职工医保 高血压门诊慢病每月限额多少"),
    ("合疗住院起付线好多", "职工的呢", "职工医保住院起付线好多"),
    # a follow-up before whose fact the new one changes goes (退休 went with 职工)
    ("巴中职工医保门诊起付线多少（退休了的）", "那居民呢", "巴中城乡居民医保门诊起付线多少"),
    # more than the scheme said: kept beside the question
    ("巴中居民生小孩能报多少", "职工呢，我老婆在单位上班", "巴中职工医保生小孩能报多少（职工，我老婆在单位上班）"),
])
def test_the_last_question_with_another_scheme(question, follow_up, expected):
    from intents import acts
    assert acts.with_fact(question, follow_up) == expected


def test_a_follow_up_naming_another_kind_of_care_asks_the_same_of_it(engine):
    """"门诊呢" after 住院's deductible: 巴中 居民 门诊统筹 (50 %, no deductible, 100 a year); after a
    stay computed, the same bill as an outpatient one — whose 在职 and 退休 rows differ, so asked (巴中 职工
    在职 二级: 200 / 60 %, capped at 800)."""
    (stay, visit, serious), _ = talk(engine, ["巴中城乡居民 住院的起付线是多少", "那门诊的呢", "大病保险呢"])
    assert visit.kind == "faq" and "100" in visit.text and "50%" in visit.text
    assert serious.kind == "faq" and "大病" in serious.text
    (stay, visit, working), _ = talk(engine, ["职工医保 在二级医院住院花了五千", "门诊呢", "在职"], region="巴中")
    assert stay.kind == "calculation" and visit.kind == "clarify" and "退休" in visit.text
    assert working.kind == "calculation" and 800 in nums(working)


def test_a_follow_up_after_a_page_the_handbook_lost(engine):
    """长治's 职工 inpatient table was an image: the honest refusal still leaves the question to follow
    up ("居民的呢": the 居民 rates, which the slides give)."""
    (lost, resident), _ = talk(engine, ["长治职工医保 住院在三级医院报销比例是多少", "居民的呢"])
    assert lost.kind == "unanswered" and resident.kind == "faq" and "城乡居民" in resident.text and "60%" in resident.text


def test_a_scheme_asked_in_general_gets_each_group_row(engine):
    """"职工…门诊起付线" names no group of 职工: the entry with both rows (在职 200, 退休 150), labelled,
    not the 退休 row alone; "退休的" still gets its own."""
    (r,), _ = talk(engine, ["巴中职工看门诊一年起付线多少"])
    assert r.kind == "faq" and "200" in r.text and "150" in r.text and "在职" in r.text
    (r,), _ = talk(engine, ["巴中退休职工看门诊一年起付线多少"])
    assert r.kind == "faq" and "150" in r.text and "200元/年" not in r.text


def test_a_short_question_with_no_topic_is_about_the_last_one(engine):
    """"能不能少等几个月" after a waiting period worked out: about that waiting period (缴费修复), not
    whatever entry its few words match; with no region known it is asked about, never answered from
    one handbook."""
    (wait, shorter), _ = talk(engine, ["2024年断了一年 今年3月才交的居民医保 多久能报", "能不能少等几个月"], region="巴中")
    assert wait.kind == "calculation" and shorter.kind == "faq" and "修复" in shorter.text
    rs, _ = talk(engine, ["俺爸去年没交合疗 今年1月20号才交 啥时候能报", "能不能少等点"])
    assert [r.kind for r in rs] == ["clarify", "clarify"] and "同时参加" not in rs[1].text


# ---- cancels ---------------------------------------------------------------------------------

@pytest.mark.parametrize("cancel", ["不用了", "不算了", "算了谢谢", "没事了", "没事了，不用算了", "/cancel", "取消", "算了不用算了"])
def test_cancel_ends_the_form_and_never_reaches_staff(engine, cancel):
    (ask, done, next_q), session = talk(engine, ["帮我算下住院报销", cancel, "居民门诊统筹一年最多报多少"], region="巴中")
    assert ask.kind == "clarify"
    assert done.kind == "clarify" and done.to_staff and "好的" in done.text
    assert next_q.kind == "faq" and "100" in next_q.text and "还差一项" not in next_q.text


def test_cancel_with_nothing_open_is_still_no_question_for_staff(engine):
    (r,), _ = talk(engine, ["不用了"])
    assert r.kind == "clarify"


# ---- a new question while a form waits ------------------------------------------------------

def test_a_new_question_is_answered_and_the_form_re_asked_once(engine):
    rs, session = talk(engine, ["住院花了6000能报多少", "对了，城乡居民一年交多少钱", "门诊统筹一年最多报多少",
                                "居民医保，二级医院"], region="巴中")
    assert rs[0].kind == "clarify"
    assert rs[1].kind == "faq" and "400" in rs[1].text and "还差一项" in rs[1].text
    assert rs[2].kind == "faq" and "还差一项" not in rs[2].text        # at most once
    assert rs[3].kind == "calculation" and 3920 in nums(rs[3])


def test_no_prompt_is_repeated_word_for_word(engine):
    rs, _ = talk(engine, ["住院花了1万能报多少", "那二级医院呢", "不对，是12000", "我想问下居民医保一年交多少", "嗯"],
                 region="巴中")
    said = [r.text for r in rs if r.kind == "clarify"]
    assert len(said) == len(set(said)), said
    asks = [r.text for r in rs if r.missing_slots == ["insurance"]]
    assert len(asks) >= 2 and all(a != asks[0] for a in asks[1:])
    assert any("不一样" in a for a in asks[1:])                      # the re-ask says why


def test_a_form_gives_up_politely_rather_than_asking_forever(engine):
    rs, session = talk(engine, ["住院花了1万能报多少", "嗯", "嗯", "嗯", "嗯"], region="巴中")
    assert len({r.text for r in rs}) == len(rs)
    assert not forms.is_open(session.state)


# ---- rules and amounts ----------------------------------------------------------------------

@pytest.mark.parametrize("rule,figure,answer,region", [
    ("居民住院三级医院报销比例多少", "60%", ("我花了8000", 4380), "巴中"),
    ("二级医院住院报销比例多少", "75%", ("我花了5000", 3600), "克拉玛依"),
    ("居民大病保险咋报的", "75%", ("俺自付了4万", 22500), "长治"),
])
def test_a_rule_question_gets_the_rule_and_the_next_figure_computes(engine, rule, figure, answer, region):
    (r1, r2), _ = talk(engine, [rule, answer[0]], region=region)
    assert r1.kind == "faq" and figure in r1.text and r1.sources
    assert r2.kind == "calculation" and answer[1] in nums(r2)


def test_a_request_without_a_deciding_fact_is_asked_with_choices(engine):
    (r,), _ = talk(engine, ["门诊能报多少"], region="克拉玛依")
    assert r.kind == "clarify" and r.missing_slots == ["tier"] and r.suggestions == ["一级", "二级", "三级"]


def test_a_numbered_choice_answers_the_question(engine):
    (ask, calc), _ = talk(engine, ["三级医院住院花了1万能报多少", "2"], region="巴中")
    assert ask.suggestions == ["职工", "居民"]
    assert calc.kind == "calculation" and 5580 in nums(calc)


# ---- through the batch contract -------------------------------------------------------------

def _batch(tmp_path, conversations):
    lines = [{"id": f"{name}-{i}", "text": text, "session": name, "region": region}
             for name, (region, turns) in conversations.items() for i, text in enumerate(turns)]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "YIBAO_DATABASE_URL": f"sqlite:///{tmp_path / 'b.sqlite3'}"}
    out = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--jsonl"], capture_output=True, text=True, timeout=300,
                         env=env, input="\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    assert out.returncode == 0, out.stderr
    return {row["id"]: row for row in map(json.loads, out.stdout.splitlines())}


def test_dialogues_through_the_batch_contract(tmp_path):
    rows = _batch(tmp_path, {
        "fix": ("巴中", ["居民医保，三级医院住院花了8000，报多少", "不对，我说错了，是花了1万2", "那二级医院呢"]),
        "follow": ("长治", ["居民医保，一年个人合规自付3万，大病保险报多少", "低保户呢"]),
        "cancel": ("巴中", ["帮我算下住院报销", "没事了，不用算了", "居民门诊统筹一年最多报多少"]),
        "switch": ("巴中", ["住院花了6000能报多少", "对了，城乡居民一年交多少钱", "居民医保，二级医院"]),
        "rule": ("巴中", ["居民住院三级医院报销比例多少", "我花了8000"]),
        "choice": ("巴中", ["三级医院住院花了1万能报多少", "2"]),
        "gap": ("巴中", ["居民医保，大病保险，基本医保报完自付60万，最高赔多少", "我中间断过两年保"]),
        "house": ("巴中", ["我们家四口人 居民医保一年交多少", "里面有一个是特困"]),
        "first": ("克拉玛依", ["之前在一级医院住过一次 这次在三级医院住院花了1万 能报多少", "如果之前没住过院呢"]),
        "which": ("巴中", ["帮我算算", "1"]),
        "where": (None, ["居民医保门诊可以报销吗", "克拉玛依的，在二级医院看的，花了300"]),
        "scheme": (None, ["长治居民 糖尿病门诊慢病 每个月限额多少 报销比例多少", "那职工呢"]),
        "two": ("巴中", ["我有高血压 还够不上慢病 降压药一年花了六百 能报多少", "糖尿病我也有 两样一共一年一千四呢"]),
        "poor": ("克拉玛依", ["大病保险 基本医保报完自己负担的合规费用8万 能报多少", "家庭困难的学生呢"]),
    })
    assert rows["scheme-1"]["kind"] == "faq" and "400" in rows["scheme-1"]["text"] and "75%" in rows["scheme-1"]["text"]
    assert rows["two-0"]["kind"] == "calculation" and rows["two-1"]["kind"] == "calculation"
    assert "500" in rows["two-1"]["text"] and rows["two-0"]["missing_slots"] == []
    # 困难人员: (50000 − 10500) × 65% + (80000 − 50000) × 70% = 25675 + 21000
    assert rows["poor-1"]["kind"] == "calculation" and "46675" in rows["poor-1"]["text"].replace(",", "")
    assert "292000" in rows["gap-1"]["text"] and rows["gap-1"]["kind"] == "calculation"
    assert "1,200" in rows["house-1"]["text"] and "6,110" in rows["first-1"]["text"]
    assert rows["which-0"]["missing_slots"] == ["calc"] and rows["which-1"]["missing_slots"] == ["tier"]
    assert rows["where-0"]["missing_slots"] == ["region"] and "168" in rows["where-1"]["text"]
    assert "6780" in rows["fix-1"]["text"] and "8120" in rows["fix-2"]["text"]
    assert rows["follow-1"]["kind"] == "calculation" and "20000" in rows["follow-1"]["text"].replace(",", "")
    assert rows["cancel-1"]["kind"] == "clarify" and rows["cancel-2"]["kind"] == "faq"
    assert rows["switch-1"]["kind"] == "faq" and "还差一项" in rows["switch-1"]["text"]
    assert rows["switch-2"]["kind"] == "calculation" and "3920" in rows["switch-2"]["text"]
    assert rows["rule-0"]["kind"] == "faq" and rows["rule-1"]["kind"] == "calculation"
    assert rows["choice-0"]["suggestions"] == ["职工", "居民"] and rows["choice-0"]["missing_slots"] == ["insurance"]
    assert rows["choice-1"]["kind"] == "calculation"


def test_every_named_calculation_through_the_batch_contract(tmp_path):
    from test_calc_cases import CASES
    rows = _batch(tmp_path, {f"c{i}": (region, [text]) for i, (text, region, _, _) in enumerate(CASES)})
    for i, (text, _, figures, section) in enumerate(CASES):
        row = rows[f"c{i}-0"]
        assert row["kind"] == "calculation", (text, row["text"])
        assert row["calculation"]["steps"] and row["calculation"]["assumptions"]
        assert any(section in s["section"] for s in row["sources"]), text
        found = {float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", row["text"])}
        assert all(f in found for f in figures), (text, figures, row["text"])


# ---- a calculation asked right after a handbook answer (dialogues-5) -----------------------------

@pytest.mark.parametrize("turns,region,figure", [
    # the rule asked in two questions, then a bare "算一下" with a sum: 住院 in a 三级医院 (600 / 65%)
    (["学生医保住三级医院 起付线是多少 能报几成", "麻烦帮我算算 一共花了一万"], "克拉玛依", 6110),
    # a 特病's rule, then a year's bill said as 门诊: that 特病's (400 once, 60%), not 门诊统筹's
    (["我办了特病 尿毒症透析 居民医保报多少", "那帮我算下 一年门诊花了三万"], "巴中", 17760),
    # a 慢病's limit, then its bill said as 门诊 (冠心病 居民: 90%, at most 800)
    (["我妈冠心病 办过门诊慢病 居民医保一年能报多少", "你帮我算算 门诊一年用了3000"], "巴中", 800),
    # a stay elsewhere computed, then the same stay without a filing and said to be no emergency
    (["我是职工医保 在外省住院 转诊备案了的 三级医院报销比例多少", "帮我算一下 用了两万", "要是没办备案呢 又不是急诊"],
     "巴中", 13300),
])
def test_a_calculation_after_a_handbook_answer_is_of_that_answers_topic(engine, turns, region, figure):
    rs, _ = talk(engine, turns, region=region)
    assert rs[-1].kind == "calculation", rs[-1].text
    assert figure in nums(rs[-1]), rs[-1].text


def test_a_scheme_follow_up_of_a_disease_question_keeps_the_disease(engine):
    """"职工呢" after a 慢病 question told with a story reads the question as the first time: the same
    disease's row (冠心病 职工 1500), not another disease's entry found by the story's words."""
    rs, _ = talk(engine, ["家里老人有冠心病 办了门诊慢病的 居民医保一年报好多", "那职工呢"], region="巴中")
    assert "冠心病" in rs[1].text and "阿尔茨海默" not in rs[1].text and "1500" in rs[1].text


def test_a_follow_up_of_several_questions_asks_each_again(engine):
    """"那二级医院呢" after two questions on a 三级医院 stay: both again for the 二级 (巴中 居民 400 / 70%),
    not one of them with the fact tacked on."""
    rs, _ = talk(engine, ["居民医保 在三级医院住院 起付线好多 报销比例好多", "那二级医院呢"], region="巴中")
    assert rs[1].kind == "faq" and "400" in rs[1].text and "70%" in rs[1].text


@pytest.mark.parametrize("first,then,figure", [
    ("城乡居民 在一级医院看门诊报几成", "每年最多报多少", "300"),
    ("长治居民医保看门诊 二级医院起付线多少 报几成", "那一年最多能报好多", "300"),
])
def test_a_figure_asked_alone_is_of_the_topic_before(engine, first, then, figure):
    """"一年最多报多少" names only a figure: it asks it of 居民 门诊 just asked about (长治 300), not of
    职工 住院; its 一年 is the figure's period, no months told."""
    rs, _ = talk(engine, [first, then], region="长治")
    assert rs[1].kind == "faq" and figure in rs[1].text and "8万" not in rs[1].text, rs[1].text


def test_a_fact_told_while_a_rule_waits_for_the_figure_asks_the_rule_again(engine):
    """After a rule that offers to compute, a message changing or adding a fact of the case and no
    figure ("我是职工的", "那高血压呢", "她另外还有高血压") is the rule asked again for the new case,
    not the form's reminder for the amount (长治 职工 糖尿病 400 / 75 %, 高血压 340)."""
    rs, _ = talk(engine, ["居民医保 糖尿病 门诊慢病每个月能报多少", "我是职工的", "那高血压呢"], region="长治")
    assert [r.kind for r in rs] == ["faq", "faq", "faq"]
    assert "400" in rs[1].text and "75%" in rs[1].text and "职工" in rs[1].text
    assert "340" in rs[2].text and "高血压" in rs[2].text
    rs, _ = talk(engine, ["我妈有糖尿病 没办慢病 吃降糖药 两病一年能报多少", "她是居民的", "她另外还有高血压"], region="巴中")
    assert [r.kind for r in rs] == ["faq", "faq", "faq"]
    assert "相同" in rs[1].text and "500" in rs[2].text
    # the figure itself still computes
    rs, _ = talk(engine, ["居民医保 糖尿病 门诊慢病每个月能报多少", "我是职工的", "一个月花了300"], region="长治")
    assert rs[2].kind == "calculation"


def test_a_place_as_a_follow_up_asks_the_last_question_there(engine):
    """"那恩阳区呢" after a county office's phone: that county's (0827-3369181), not "之后按巴中的政策
    回答您"; a county given as the region asked for is where the question holds (平昌 0827-6229907)."""
    rs, _ = talk(engine, ["平昌县医保窗口电话是好多", "那恩阳区呢"])
    assert "0827-6229907" in rs[0].text
    assert rs[1].kind == "faq" and "0827-3369181" in rs[1].text and "之后按" not in rs[1].text
    rs, _ = talk(engine, ["医保中心的电话号码是多少", "平昌的"])
    assert rs[0].kind == "clarify" and rs[1].kind == "faq" and "0827-6229907" in rs[1].text
    assert "0827-8227681" not in rs[1].text           # not every county's row
    rs, _ = talk(engine, ["巴中居民一年交好多钱", "克拉玛依的呢"])
    assert rs[1].kind == "faq" and "克拉玛依" in rs[1].text and "400" in rs[1].text


@pytest.mark.parametrize("yes", ["对 巴中的", "嗯，巴中", "是的 在巴中"])
def test_a_yes_with_the_region_asked_about_goes_on_with_the_question(engine, yes):
    """"您是在巴中参保吗？" answered with a yes and the place: the question that waited, for 巴中 (居民
    三级 700 / 60 %), not a refusal."""
    rs, _ = talk(engine, ["俺们四川这边 居民医保在三级医院住院 起付线是多少", yes])
    assert rs[0].kind == "clarify" and rs[1].kind == "faq" and "700" in rs[1].text, rs[1].text


def test_a_place_denied_for_another_is_not_answered_with_the_question_before(engine):
    """"不是长治 是太原的" after "您是在长治参保吗？" names where the question holds: it is not read as
    a follow-up of the 长治 question."""
    rs, _ = talk(engine, ["山西的 职工医保住院报销比例多少", "不是长治 是太原的"])
    assert rs[1].kind != "faq", rs[1].text


@pytest.mark.parametrize("turns", [
    ["居民医保 大病保险 基本医保报完自己还掏了5万 大病能赔多少", "特困人员起付线是多少"],
    ["巴中居民大病保险起付线是多少", "孤儿的起付线又是多少"],
])
def test_a_figure_asked_for_another_group_is_of_the_topic_before(engine, turns):
    """A group and a figure, no benefit named ("特困人员起付线是多少"), right after a 大病保险 question or
    calculation: that figure of 大病保险 for that group (50 % lower), not of 医疗救助."""
    rs, _ = talk(engine, turns, region="巴中")
    # (the group's figure is the rule's, or computed from it: 14448 × 50% = 7224)
    assert rs[1].kind in ("faq", "calculation") and "50%" in rs[1].text and "救助比例" not in rs[1].text, rs[1].text


@pytest.mark.parametrize("price", ["巴惠保每年要缴多少", "那惠民保一年交几多钱", "巴惠保保费好多"])
def test_a_commercial_products_price_is_never_the_schemes_contribution(engine, price):
    """The 巴中 handbook names 巴惠保 only as a company's product: its price is not in the handbooks,
    and never 居民医保's 400 (after the entry saying what it is)."""
    rs, _ = talk(engine, ["巴中医保和巴惠保是一个东西吗", price])
    assert rs[1].kind == "unanswered" and "400" not in rs[1].text, rs[1].text


@pytest.mark.parametrize("ask", ["要准备些啥资料", "那需要带哪些资料", "得准备什么材料"])
def test_materials_asked_alone_are_of_the_care_before(engine, ask):
    """"要准备啥材料" right after a question on a stay in hospital back home: the 住院 claim's list (发票,
    出院记录), not the materials of registering for the scheme."""
    rs, _ = talk(engine, ["寒假回老家 发烧住院了 没备案 克拉玛依的医保能报销吗", ask])
    assert rs[1].kind == "faq" and "发票" in rs[1].text and "参保身份信息" not in rs[1].text, rs[1].text


def test_a_further_study_follow_up_after_graduation(engine):
    """"那要是考上研了呢" after a question on going home after graduation: the 读研 rule (就读高校), not
    the one before again."""
    rs, _ = talk(engine, ["快毕业了 打算回户籍地交居民医保 要咋弄", "要是考上研了呢"])
    assert rs[1].kind == "faq" and "就读高校" in rs[1].text, rs[1].text
