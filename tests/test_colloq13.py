"""Classes of colloquial failure fixed in round 13, each with phrasings of our own."""
from intents.message import own_ask, parse, without_filler
from tests.helpers import answer, ids


def _questions(text):
    return [p.question for p in parse(text).parts]


# ---- two questions in one message, the second lost ------------------------------------------------

def test_what_happens_asked_with_zenyang_is_a_question():
    # 会怎样 asks as 会怎么样 does: a question of its own, not story told after the first
    assert _questions("校区医保几号截止 过了再交会怎样") == ["校区医保几号截止", "过了再交会怎样"]


def test_a_deadline_and_what_missing_it_means_are_both_answered(engine):
    reply = answer(engine, "学校医保截止是哪天 错过了会怎样")
    assert "1月10日" in reply.text and "等待期" in reply.text, reply.text


def test_deadline_in_english_is_a_question_of_its_own():
    assert own_ask("deadline呢", "一年交多少")


def test_a_fee_and_a_deadline_asked_half_in_english_are_both_answered(engine):
    reply = answer(engine, "校区的medical insurance 一年fee多少 deadline呢")
    assert "400" in reply.text and "1月10日" in reply.text, reply.text


def test_a_rule_named_without_question_word_before_an_announced_question():
    # "…起付和比例 还有…": the first clause asked for the rule by naming it
    assert _questions("长治居民二级医院住院起付和比例 另外门诊慢病怎么报") == \
        ["长治居民二级医院住院起付和比例", "门诊慢病怎么报"]


def test_two_rules_named_each_get_an_answer(engine):
    reply = answer(engine, "校区医保两病糖尿病报销比例和限额 另外门诊慢病年度限额")
    assert "1000" in reply.text and "16万" in reply.text, reply.text


def test_saying_it_was_asked_together_is_filler():
    assert without_filler("兄弟们 三级医院起付线多少 还有大病起付多少 一起问了").split() == \
        ["三级医院起付线多少", "还有大病起付多少"]


def test_an_announced_short_question_is_not_folded_into_the_one_before():
    # "还有交到哪": where to take them, after which materials — "交哪些" asks what, not where
    assert not own_ask("回来报销要交哪些", "")
    assert _questions("寒假在老家住院自费了 报销要交哪些材料 还有交到哪") == ["报销要交哪些材料", "交到哪"]


def test_materials_and_where_to_hand_them_in_are_both_answered(engine):
    reply = answer(engine, "放寒假在老家住院自费了 回来报销要交哪些 还有交到哪", region="克拉玛依")
    assert ids(reply)[:2] == ["ky-10-02", "ky-10-08"], reply.text


def test_the_rest_is_no_announced_question():
    # 另外的 is "the rest": "另外的谁出" asks who pays the rest
    assert _questions("学生只交400 另外的谁出")[-1] == "另外的谁出"


def test_another_case_named_after_a_rule_asks_the_same_of_it(engine):
    # "还有白癜风" after "银屑病 门诊慢病限额" is "白癜风呢"
    assert _questions("长治居民 白癜风 门诊慢病限额 还有银屑病")[-1] == "银屑病呢"
    reply = answer(engine, "长治居民 白癜风 门诊慢病限额 还有银屑病")
    assert "350" in reply.text and "340" in reply.text, reply.text


def test_a_later_question_is_no_reply_to_the_calculation_an_earlier_one_offered(engine):
    # the first question offers to compute a stay (which tier?); the second asks by when to claim
    reply = answer(engine, "巴中居民医保住院一年最多报好多 还有出院没直接结算的多久之前要拿发票去报")
    assert "11万" in reply.text and "6月底" in reply.text, reply.text


# ---- a disease named by a word of its own, for its 门诊 row ---------------------------------------

def test_every_word_the_policy_knows_a_disease_by_finds_its_entry(engine):
    # the policy file knows 胃癌 and 放化疗 as 恶性肿瘤门诊治疗; the entry's keywords name neither
    reply = answer(engine, "我爸胃癌 在门诊做放化疗 长治居民医保咋报")
    assert ids(reply)[:1] == ["cz-jmmb-01"] and "70%" in reply.text, reply.text
    reply = answer(engine, "长治职工医保 老婆乳腺癌门诊放化疗报几成")
    assert ids(reply)[:1] == ["cz-zgmb-01"] and "85%" in reply.text, reply.text


# ---- a group the handbook exempts, where it lists no months for others ----------------------------

def test_a_group_exempt_from_waiting_is_answered_where_no_months_are_listed(engine):
    # 克拉玛依 lists no months of waiting, but says 医疗救助对象 wait none: the 低保 asker is answered
    reply = answer(engine, "低保家庭的学生 错过集中缴费期才交 有等待期没有", region="克拉玛依")
    assert reply.kind == "faq" and "不设待遇等待期" in reply.text, reply.text


def test_others_late_still_hear_that_no_months_are_listed(engine):
    reply = answer(engine, "错过了集中缴费期再交 要等几个月", region="克拉玛依")
    assert "没有列出月数" in reply.text, reply.text


# ---- students: a job found, or not ----------------------------------------------------------------

def test_a_job_found_is_not_the_case_of_none_found(engine):
    found = answer(engine, "马上毕业了 找到工作以后医保咋弄", region="克拉玛依")
    assert ids(found)[:1] == ["ky-09-02"], found.text
    none = answer(engine, "马上毕业了 还没找到工作 医保咋弄", region="克拉玛依")
    assert ids(none)[:1] == ["ky-09-04"], none.text


# ---- a sum told too roughly to read, with a question that asks no sum -----------------------------

def test_a_rough_sum_told_does_not_hold_up_a_yes_or_no(engine):
    # "好几百" cannot be computed, and "能报不" asks none: the rule (急诊 fees go with the stay)
    reply = answer(engine, "娃儿急诊看了好几百 然后住院了 急诊的钱能报不 巴中居民医保")
    assert reply.kind == "faq" and "纳入当次住院" in reply.text, reply.text


def test_a_rough_sum_told_does_not_hold_up_whether_more_is_paid(engine):
    reply = answer(engine, "长治居民 大病保险报完了还要自己出好几万 还能再报吗")
    assert reply.kind == "faq" and "5万" in reply.text and "50%" in reply.text, reply.text


def test_a_rough_sum_with_its_yield_asked_still_asks_the_sum(engine):
    reply = answer(engine, "巴中居民 三级医院住院花了好几万 能报好多")
    assert reply.kind == "clarify" and "好几万" in reply.text, reply.text


# ---- "usually" is no group; a region's own name for 门诊统筹 --------------------------------------

def test_usually_is_not_the_general_group_and_each_region_answers(engine):
    reply = answer(engine, "居民医保门诊统筹一年限额一般是多少")
    assert "100元" in reply.text and "900" in reply.text and "300" in reply.text, reply.text
    assert "21000" not in reply.text, reply.text


# ---- both diseases of 两病 where the handbook lists them apart ------------------------------------

def test_both_two_diseases_rows_for_one_who_has_both(engine):
    reply = answer(engine, "克拉玛依校区 高血压和糖尿病我都有 两病一年各能报多少", region="克拉玛依")
    assert "700" in reply.text and "1000" in reply.text and "50%" in reply.text, reply.text
