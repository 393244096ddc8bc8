"""Outpatient care as people ask about it: 门诊统筹 (under the year's deductible no tier is needed;
a second visit halves the deductible and keeps to what is left of the year's limit; 乙类 drugs pay their
first share), 两病 (no disease named, both named, limits for each), 门诊慢性病 / 特殊疾病 (a group without a
monthly limit, one bill as one month's costs, several diseases taking the highest limit, a bill while the
chronic form waits). Figures from the handbooks (巴中 第四章 三问; 长治 居民门诊慢性病 / 居民两病;
克拉玛依 第7部分（一））, asked in phrasings of our own, through intents.forms, the engine and the batch contract."""

from test_dialogues import _batch

from tests.helpers import answer, ask, computed, nums, talk

# ---- 门诊统筹: the year's deductible, a visit after others, 乙类 drugs ---------------------------


def test_outpatient_under_the_deductible_needs_no_tier():
    # 巴中在职职工: 起付线 200 元/年 at every tier
    r = ask("巴中单位上班的在职职工 今年门诊总共才花了170块 门诊统筹报得到不")
    computed(r, 200)
    assert "各级医院按此计算结果相同" in r.text and "卫生院" not in r.text, r.text


def test_outpatient_over_the_deductible_still_asks_the_tier():
    r = ask("巴中在职职工 门诊看病花了900 统筹能报好多")
    assert r.kind == "clarify" and "哪一级" in r.text, r.text


def test_outpatient_after_earlier_visits_halves_the_deductible_and_keeps_to_what_is_left():
    # 克拉玛依 二级: 20 per visit, halved after the first: (400 − 10) × 60% = 234;
    # the year's limit 900 with 800 already paid leaves 100
    r = ask("克拉玛依校区 今年门诊已经报销了800 这回又去二级医院看门诊 不是头一次 花了400 能报多少")
    computed(r, 100)
    assert "减半" in r.text, r.text


def test_second_visit_correction_halves_the_deductible_through_the_batch_contract(tmp_path):
    rows = _batch(tmp_path, {"visit": ("克拉玛依", ["克拉玛依学生医保，一级医院看门诊花了150，今年第一次去",
                                                  "哦不对，这是今年第二次去了"])})
    assert 98 in nums(rows["visit-0"]["text"])
    second = rows["visit-1"]
    assert second["kind"] == "calculation" and "减半" in second["text"] and 100 in nums(second["text"])


def test_changzhi_class_b_drugs_pay_their_first_share_before_the_ratio():
    # 长治 居民 二级 0 / 55%: 乙类 400 × 5% = 20 first; (400 − 20) × 55% = 209
    r = ask("长治合疗 在二级医院门诊拿了400块钱的乙类药 能报多少")
    computed(r, 20, 209)


# ---- 两病: the disease named, not named, both; diseases asked about together, each ---------------


def test_two_diseases_named_as_the_benefit_asks_which_disease():
    r = ask("巴中 我是两病患者 今年门诊拿药花了800 能报多少")
    assert r.kind == "clarify" and "高血压" in r.text, r.text


def test_two_diseases_both_said_compute_with_the_joint_limit():
    # 800 × 50% = 400, under 两病都有 500
    r = ask("巴中 两病都有 今年门诊拿药花了800 能报多少")
    computed(r, 400)


def test_diseases_asked_for_each_are_answered_each():
    from intents.message import per_disease
    assert per_disease("冠心病、糖尿病伴并发症的限额各是多少") == ["冠心病的限额各是多少", "糖尿病伴并发症的限额各是多少"]
    assert per_disease("高血压和糖尿病都有，两病能报多少") == ["高血压和糖尿病都有，两病能报多少"]


def test_two_diseases_limits_for_each(engine):
    # 克拉玛依 第7部分（一）: 两病 高血压 700, 糖尿病 1000
    (r,) = talk(engine, ["克拉玛依的学生 高血压跟糖尿病的两病门诊一年限额各是多少"])
    assert "700" in r.text and "1000" in r.text, r.text


def test_changzhi_two_diseases_yearly_limits_for_both(engine):
    # 长治 居民两病: 高血压 260; Ⅰ型糖尿病 480; 其他糖尿病 360
    r = answer(engine, "长治合疗两病门诊拿药一年最多能报多少钱", region="长治")
    assert all(x in r.text for x in ("260", "360", "480")), r.text


# ---- 门诊慢性病: a bill, a month, a year's limit, several diseases -------------------------------


def test_a_chronic_bill_of_a_group_without_monthly_limit_is_computed():
    # 长治 居民门诊慢性病 一类: 70%, no limit of its own (with the inpatient limit)
    r = ask("长治居民，我妈乳腺癌在门诊化疗，一类慢病，这次花了6000，能报多少")
    computed(r, 4200)


def test_one_chronic_bill_is_one_months_costs():
    # 长治 居民门诊慢性病: 高血压3级 月限额 260, 70%
    r = ask("长治城乡居民，高血压慢病，这次去医院开药花了500，能报多少")
    computed(r, 260)
    assert "一个月" in r.text


def test_a_yearly_chronic_benefit_without_the_disease_asks_which(engine):
    # 巴中 第四章 三问: each of the 33 门诊慢性病 has its own yearly limit
    (r,) = talk(engine, ["俺是巴中的，门诊慢性病一年可以报好多钱"])
    assert r.kind == "clarify" and r.missing_slots == ["disease"], r.text


def test_several_chronic_diseases_take_the_highest_limit(engine):
    # 巴中 第四章 三问: 只按限额标准最高的一种结算 (居民 高血压2级 600, 冠心病 800)
    r = answer(engine, "巴中合疗 冠心病跟高血压2级的慢病都办了 一年最多能报好多")
    assert "800" in r.text and "最高的一种" in r.text, r.text


def test_an_outpatient_bill_while_the_chronic_form_waits_is_that_diseases_bill(engine):
    # 巴中 第四章 三问: 慢阻肺 居民 年限额800, 90%
    turns = talk(engine, ["巴中，我有慢阻肺，门诊慢病能报好多", "慢病是按好多比例报哦？", "居民医保，一年门诊花了1200"])
    computed(turns[2], 800)
    assert "慢" in turns[2].text


# ---- several 慢病: how their limit is reckoned --------------------------------------------------------


def test_several_chronic_diseases_limit_asked_how_is_their_highest_limit(engine):
    # 巴中 第四章 三问: only the highest limit of the diseases named (居民 冠心病 800)
    r = answer(engine, "巴中居民医保 高血压2级加冠心病 两种慢病 年度限额怎么算")
    assert "800" in r.text and "最高" in r.text, r.text


# ---- a 两病 limit checked: the kinds of the disease with their own limits --------------------------------


def test_a_diabetes_limit_checked_names_the_type_1_limit_beside_it(engine):
    # 长治 两病: 糖尿病 360, 1型糖尿病 480
    r = answer(engine, "长治城乡居民 两病里头糖尿病一年能报的限额是不是400")
    assert r.text.startswith("不是") and "360" in r.text and "480" in r.text, r.text
