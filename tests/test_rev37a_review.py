"""Round 37 review (rev37a): the merged round's classes tried as residents say them — the wrong readings
found, each through the real engine or the reader it went wrong in."""
from intents.slots import extract
from tests.helpers import computed, talk


# ---- a break asked about ("断没断", "有没有断过") or time to spare (没空) is no switch said unbroken: the
# wait is not computed as none — only "没断过", "没空档" tell it

def test_a_break_asked_or_no_time_is_no_switch_without_a_break():
    for said in ("职工转成居民医保 也不清楚当中断没断 等待期咋算", "换成职工医保了 中间有没有断过我记不得",
                 "从职工换居民 我一直没空去办 要等多久"):
        assert extract(said).get("gap_months") is None, said
    for said in ("从居民医保换成职工医保 当中一天都没断过", "从居民换成职工医保 中间没空档"):
        assert extract(said).get("gap_months") == 0, said


def test_a_switch_whose_break_is_unknown_is_not_computed_as_none(engine):
    [r] = talk(engine, ["居民医保换到职工医保 当中断没断我也说不清 要等多久才能报"], region="巴中")
    assert not (r.kind == "calculation" and "等待期 0" in r.text), r.text


# ---- bills each dated by their month ("二月花了3000 三月花了2500 …"): each month's care computed, however
# asked — never the first month's bill alone

def test_bills_each_dated_by_month_are_each_computed(engine):
    [r] = talk(engine, ["合疗门特 二月花了3000 三月花了2500 四月花了2000 能报多少"], region="巴中")
    computed(r, 3000, 2500, 2000, name="special")
    assert "3 笔" in r.text, r.text
    [r] = talk(engine, ["职工门特做了三个月 二月花了3000 三月花了2500 四月花了2000 报好多"], region="巴中")
    assert "3 笔" in r.text, r.text


def test_a_fee_paid_in_a_month_is_no_bill_of_care():
    ex = extract("我4月交了400 6月看门诊花了300 能报多少")
    assert ex.get("visit_bills") is None and float(ex.get("amount")) == 300


# ---- "要是一型的呢" after a 慢病 question: the question before asked of that type, never read alone (a page
# on the waiting period came back stated)

def test_a_type_what_if_after_a_chronic_question_keeps_its_topic(engine):
    _, r = talk(engine, ["我爸糖尿病 二型 门诊慢病一年能报多少", "要是一型的呢"], region="巴中")
    assert "糖尿病" in r.text and "等待期" not in r.text, r.text


# ---- a relative's disease told after the asker's own ("我有高血压…", then "我老伴也有糖尿病"): the
# relative's case, never both diseases put on one patient

def test_a_relatives_disease_is_not_added_to_the_askers(engine):
    _, r = talk(engine, ["我有高血压 合疗门诊慢病一年报多少", "我老公也有糖尿病 一年最多给报好多"], region="巴中")
    answer = r.text.split("如果不是这个意思")[0]
    assert "同时患" not in answer and "500" not in answer and "糖尿病" in answer, r.text


# ---- a couple counted by its word ("两口子") with children counted beside it and no head count said: the
# household is the couple and those, never the couple's two alone

def test_a_couple_and_children_counted_apart_are_the_household(engine):
    [r] = talk(engine, ["俺们两口子都买合疗 再加上两个娃 总共要交好多"], region="巴中")
    computed(r, 1600, name="contribution")
    assert extract("俺们两口子买合疗要交好多").get("people") == 2


# ---- 医疗救助 asked after a stay computed for one whose group is untold: which group is asked (救助 is for
# the groups the handbook lists, each at its rate) — never 普通人员 assumed and the 救助 left out

def test_assistance_asked_after_a_stay_asks_the_group(engine):
    _, r, done = talk(engine, ["合疗在二级医院住院花了3万 能报多少", "那医疗救助能给不", "特困人员"], region="巴中")
    assert r.kind == "clarify" and "人员" in r.text and "普通人员" not in r.text, r.text
    assert done.kind == "calculation" and "医疗救助" in done.text, done.text


# ---- a student at a campus elsewhere asking of home's scheme ("在成都校区读书 还要交巴中的合疗吗"): home's
# handbook answers (students join where they study) — declined as uncovered only of 克拉玛依's campus guide

def test_a_student_away_asking_of_homes_scheme_gets_homes_page(engine):
    [r] = talk(engine, ["孩子在西安校区念大学 巴中的合疗还要交不"], region="巴中")
    assert r.kind == "faq" and "学籍地" in r.text, r.text
    [r] = talk(engine, ["我在昌平校区上学 克拉玛依的医保也要交吗"], region="克拉玛依")
    assert r.kind == "unanswered", r.text

