"""Figures as people say them: an approximate amount computed and said to be one; a figure checked
against the asked topic's figures, or half-remembered beside a bill (corrected, and the bill computed
with the handbook's), a corrected sum not restated in money; and the line between the rule and the
asker's own calculation (a rule asked stays the handbook's answer, every tier asked at once gets the
whole table, an own stay or 大病 sum without the amount gets its row and the question). Figures from the
handbooks (巴中 第二章 二十七问, 第三章 十一、二十三问, 第四章; 长治 居民大病保险), asked in phrasings of our
own, through intents.forms and the engine."""

from bot.reply import Message
from bot.session import Session
from tests.helpers import answer, ask, computed, nums, talk

# ---- approximate amounts -------------------------------------------------------------------------


def test_an_approximate_amount_is_computed_and_said():
    # 巴中 二级 400 / 70%
    r = ask("巴中居民在二级医院住院差不多花了六千，报多少")
    computed(r, 3920)
    assert "约数" in r.text


# ---- a figure checked against the asked topic's figures ------------------------------------------


def test_special_disease_ratio_checked_against_special_disease_rates(engine):
    r = answer(engine, "巴中职工医保 门特是不是按八成报")
    assert r.text.startswith("不是80%") and "70%" in r.text and "费率" not in r.text, r.text


def test_a_segment_bound_is_no_figure_checked(engine):
    # "20万以上" names the segment; 90% is checked against it: 普通人员 85%
    r = answer(engine, "巴中大病保险 20万以上的部分是不是报90%")
    assert "不是200000" not in r.text and "85%" in r.text, r.text


def test_a_corrected_deductible_says_what_its_rows_share(engine):
    r = answer(engine, "巴中退休的职工 普通门诊起付线是不是100块")
    assert "150" in r.text and "1000" in r.text, r.text


def test_a_corrected_sum_does_not_restate_the_wrong_one_in_money(engine):
    r = answer(engine, "巴中三级医院住院起付线是800元吧")
    assert "700元" in r.text and "800元" not in r.text, r.text


# ---- a half-remembered figure with a bill: corrected, and the bill computed with the handbook's ----


def test_checked_figure_before_a_bill_is_corrected_and_the_bill_computed(engine):
    # 巴中 居民 三级 700 / 60%: (20000 − 700) × 60% = 11580
    r = answer(engine, "巴中合疗 三级医院起付线我记得是1000？ 合规两万 能报好多")
    assert r.text.startswith("不是1000") and 11580 in nums(r.text), r.text


def test_a_figure_checked_with_a_tag_mid_message_is_no_cost(engine):
    # 职工 二级 400 / 82%: (9000 − 400) × 82% = 7052
    r = answer(engine, "巴中职工 二级医院住院起付线是500吧 我住院合规9000 能报多少")
    assert "不是500" in r.text and 7052 in nums(r.text), r.text


# ---- the rule or the asker's own sum: the amount not said, the table asked -----------------------


def test_a_rule_asked_stays_the_handbooks_answer(engine):
    # "报销比例多少" asks the table's rule, not the asker's own sum
    r = answer(engine, "巴中职工医保 二级医院住院 报销比例多少")
    assert r.kind == "faq", r.text


def test_every_tier_asked_at_once_gets_the_whole_table(engine):
    r = answer(engine, "巴中职工住院 每一级医院的报销比例各是多少")
    assert all(x in r.text for x in ("90%", "85%", "82%", "80%")), r.text


def test_own_stay_without_the_amount_gets_its_row_and_the_question(engine):
    # 巴中 第三章 十一问: 居民 一级 300 / 80%; never a refusal, even with a county named
    session = Session()
    r = engine.answer(Message(text="南江 我婆婆在一级医院住院了 合疗 能报好多"), session)
    assert r.kind == "clarify" and r.missing_slots == ["amount"], r.text
    assert "300元" in r.text and "80%" in r.text and "第三章 十一问" in r.text
    # the amount next computes: (5300 − 300) × 80% = 4000
    r = engine.answer(Message(text="花了5300"), session)
    computed(r, 4000)


def test_own_serious_illness_sum_without_the_amount_gets_the_groups_row(engine):
    # 长治 居民 大病: 特困/低保 起付线5000, 80%, no cap
    r = answer(engine, "长治低保户 大病保险能给报多少")
    assert r.kind == "clarify" and r.missing_slots == ["amount"], r.text
    assert "5000元" in r.text and "80%" in r.text


def test_a_stay_asked_without_scheme_or_sum_gives_each_schemes_row_then_asks(engine):
    """"巴中二级医院住院能报好多": no scheme, no sum. Each scheme's row of the handbook's table is the
    answer (居民 400 / 70%, 职工 400 / 82%); the sum is asked, then the scheme where the result
    depends on it."""
    first, second, third = talk(engine, ["我们巴中的 在二级医院住院能报好多", "花了1万", "城乡居民"])
    # (the asker's own stay: the rule, and the sum asked with it)
    assert first.kind == "clarify" and first.missing_slots == ["amount"], first.text
    assert "报销比例70%" in first.text and "报销比例82%" in first.text and "花了多少钱" in first.text
    assert second.kind == "clarify" and "居民" in second.text and "职工" in second.text, second.text
    # (10000 − 400) × 70% = 6720
    computed(third, 6720)


# ---- an amount said roughly: the case's rule, and the figure asked ------------------------------------


def test_wanba_for_a_stay_gives_the_rule_and_asks_the_figure(engine):
    r = answer(engine, "恩阳区居民医保 二级医院住院 大概花了万把块钱 能报多少")
    assert r.kind == "clarify", r.text
    assert "400" in r.text and "70%" in r.text and "万把块" in r.text, r.text


def test_the_figure_given_after_wanba_computes(engine):
    # 巴中居民 二级 400 / 70%: (10800 − 400) × 70% = 7280
    rs = talk(engine, ["巴中居民医保 二级医院住院 大概花了万把块钱 能报多少", "准确是10800"])
    assert rs[1].kind == "calculation" and 7280 in nums(rs[1]), rs[1].text


def test_qianba_for_an_outpatient_bill_is_asked_too():
    r = ask("克拉玛依 门诊花了千把块 报多少")
    assert r.kind == "clarify" and "千把块" in r.text, r.text


def test_yiwanduo_shows_its_lower_end_and_asks_the_figure():
    # (10000 − 400) × 70% = 6720 at the lower end, then the exact amount asked (the form waits for it)
    r = ask("巴中居民 二级医院住院 花了一万多 能报多少")
    assert r.kind == "clarify" and "6,720" in r.text and "一万多" in r.text, r.text


# ---- 十万: ten of a unit is a number, not the unit word alone ------------------------------------------


def test_shiwan_is_a_hundred_thousand():
    from intents.numbers import find_numbers
    assert [n.value for n in find_numbers("政策范围内十万块")] == [100000]
    assert [n.value for n in find_numbers("大概十万左右")] == [100000]
    assert find_numbers("十分感谢") == [] and find_numbers("万一不行") == []


def test_a_stay_of_shiwan_through_basic_and_serious_is_computed():
    # 巴中居民 三级 700 / 60%: 59580; 大病 (40420 − 14448) × 60% = 15583.2
    r = ask("巴中合疗 我妈三级医院住院 合规费用十万 基本医保报好多 大病保险又报好多")
    assert r.kind == "calculation" and {59580, 15583.2} <= nums(r), r.text


# ---- a figure heard from others is checked ---------------------------------------------------------


def test_a_figure_heard_from_others_is_checked(engine):
    r = answer(engine, "巴中居民医保住院一年最多报多少钱 听我表哥说是15万")
    assert r.text.startswith("不是") and "11万" in r.text, r.text
