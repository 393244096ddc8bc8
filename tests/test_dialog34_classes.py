"""Conversations, round 34 (issue 10's behaviours), as classes in own phrasings through the real engine:
what a follow-up keeps of the case before, and what it asks of its own."""
from tests.helpers import computed, talk


# ---- a follow-up ("那…呢") opening a calculation keeps the level the question before named
# (克拉玛依 第7部分（一）: 三级 普通门诊 限急诊、儿科门诊, 起付线20元（年度）, 70%)

def test_a_visits_level_named_in_the_question_before_is_not_asked_again(engine):
    _, _, r = talk(engine, ["三级医院的门诊学生医保给报不", "去三级医院挂了普通号 不是急诊 自己掏的钱 回来报得了不",
                            "那急诊的呢 今年头一回 花了300"], region="克拉玛依")
    computed(r, 196, name="outpatient")
    assert "三级" in r.text, r.text


def test_with_two_levels_named_before_the_level_is_still_asked(engine):
    _, r = talk(engine, ["一级医院和三级医院看门诊报的一样不", "那急诊呢 花了300"], region="克拉玛依")
    assert r.kind == "clarify" and r.missing_slots == ["tier"], r.text


# ---- several 门诊慢病: the rule answered, another pair said next is that rule for the pair
# (巴中 第四章 三问: 只按其中限额标准最高的一种结算; 居民 冠心病 800, 糖尿病伴并发症 600; 职工 冠心病 1500)

def test_another_pair_of_chronic_diseases_gets_the_rule_for_that_pair(engine):
    first, r, staff = talk(engine, ["合疗 我糖尿病有并发症 还有高血压2级 两个门慢 一年最多报好多",
                                    "要是糖尿病加冠心病呢", "职工医保呢"], region="巴中")
    assert first.kind == "faq" and "600" in first.text, first.text
    assert r.kind == "faq" and "800" in r.text and "已记下" not in r.text, r.text
    assert staff.kind == "faq" and "1500" in staff.text and "已记下" not in staff.text, staff.text


# ---- a follow-up asking its own kind of thing borrows the topic before, not what that one asked
# (克拉玛依 第5部分: 工作人员会在48小时内审核; 第4部分: 老家 医保 暂停 via 国家医保服务平台)

def test_how_long_the_check_takes_after_registering_first_is_the_registrations(engine):
    # (the question before borrowed 地址 and 缴费 from where to pay: neither is what is asked now)
    _, _, r = talk(engine, ["校区医保在哪交", "交之前要先登记不", "审核要几天"], region="克拉玛依")
    assert r.kind == "faq" and "48" in r.text, r.text


# ---- a follow-up naming its own kind of care and what it asks, after a question on no care, is a
# question of its own (巴中 第三章 十八问: 城乡居民 门诊 50%, 年度 100 元)

def test_outpatient_asked_after_a_commercial_product_is_its_own_question(engine):
    _, r = talk(engine, ["巴惠保跟医保是一回事不", "那新农合看门诊能报好多"], region="巴中")
    assert r.kind == "faq" and "50%" in r.text and "100" in r.text, r.text


# ---- a sum asked bare after a newborn's cover is the fee of the scheme told (巴中 第三章 六问: 400 元)

def test_a_bare_fee_question_after_a_newborns_wait_is_the_residents_fee(engine):
    _, _, r = talk(engine, ["娃儿刚出生 合疗要在多少天内交 生了病才能报", "超过90天交的话呢", "交好多钱嘛"], region="巴中")
    assert r.kind == "faq" and "400" in r.text, r.text


# ---- 医疗救助 for a group named: that group's row beside the page on the kinds of 救助; a case supposed
# after 救助 was computed is asked of 救助's own rule (巴中 第六章 五问: 低保 0元 70% 20000元; 未按规定转诊 …
# 原则上不纳入医疗救助范围)

def test_a_groups_assistance_asked_how_gets_its_own_row(engine):
    r = talk(engine, ["俺是低保户 住院报完了 剩下的医疗救助咋个救"], region="巴中")[0]
    assert r.kind in ("faq", "clarify") and "70%" in r.text and "20000" in r.text, r.text


def test_care_not_referred_after_assistance_computed_is_assistances_rule(engine):
    _, r = talk(engine, ["特困人员 大病报完还剩3000 医疗救助能给多少", "如果是没转诊去外地住的院呢"], region="巴中")
    assert r.kind == "faq" and "不纳入医疗救助" in r.text, r.text


# ---- 大病保险's cap asked right after a wait computed for a gap: the cap of that gap (巴中 第三章 二十六问:
# 每断保1年降低4000元)

def test_the_serious_illness_cap_after_a_gap_is_lowered_by_it(engine):
    first, r = talk(engine, ["合疗断了三年没交 今年补上了 要等多久才能报", "那二次报销的封顶会不会降"], region="巴中")
    computed(first, name="waiting_period")
    assert "288000" in r.text.replace(",", "") and "4000" in r.text, r.text


# ---- an internship away told, then a stay there said filed: the 实习地 filing (克拉玛依 第8部分（二）, listed
# under 异地长期居住人员: the home rates, 三级 600 元 65%)

def test_a_stay_filed_after_an_internship_told_is_the_long_term_filings(engine):
    _, r = talk(engine, ["下个月去上海实习三个月 生病了医保咋用", "在上海三级医院住院了 花了5000 备好案了"],
                region="克拉玛依")
    computed(r, 2860, name="inpatient")
