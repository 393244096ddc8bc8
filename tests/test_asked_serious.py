"""大病保险, 医疗救助 and 职工大额医疗费用补助 as people ask about them: a stay's whole 合规 bill asked
for one of them goes through basic insurance first (the chain); the three layers named, or "各种报完 /
自己还出多少" for a 救助 identity; what is left after basic insurance (or after all three) said outright;
倾斜救助; an identity said after a stay widening it to the chain; 大额补助 in work or retired, over 80,
after the basic cap; the 大病 limit after years of cover, lowered by years without. Figures from the
handbooks (巴中 第二章 二十七、三十六、三十七问, 第三章 九、十、十一、二十二至二十六问, 第六章 五问; 长治 居民住院待遇 /
大病保险 / 医疗救助; 克拉玛依 七、居民大病保险待遇一览表), asked in phrasings of our own, through intents.forms,
the engine and the batch contract."""

import pytest
from test_dialogues import _batch

from tests.helpers import answer, ask, computed, nums, talk

# the three layers named, or "各种报完 / 走完 / 自己还出多少" for a 救助 identity: the chain on the bill
CHAIN = [
    # 巴中 三级 700/60%; 大病 低保 起付 7224 65%; 常规救助 低保 70% 限额2万
    ("巴中低保户，居民医保，在三级医院住了院花了10万，基本医保、大病保险、医疗救助都走一遍，最后自己出多少",
     [59580, 21577.4, 13189.82, 5652.78]),
    # 巴中 二级 400/70%; 特困 大病 7224 65%; 常规救助 特困 100%
    ("我妈是特困人员，巴中的，二级医院住院花了5万，全部报完了自己还出好多", [34720, 5236.4, 10043.6]),
    # 长治 三类 100/85%; 大病 低保 5000 80%; 救助 低保 70%
    ("长治低保户，县里二级乙等医院住院花了8万，基本医保、大病、医疗救助各报多少", [67915, 5668, 4491.9, 1925.1]),
    # no 救助 identity, the two funds named together: basic and 大病 on the bill
    ("长治居民，二乙医院住院花了8万，基本医保和大病保险一起能报多少", [67915, 1563.75]),
    # anyone, everything paid: basic and 大病 (巴中 大病 起付 14448, 0–10万 60%), 按普通人员 said
    ("巴中居民，三级医院住院花了10万，各种报完自己还出好多", [59580, 15583.2]),
    ("巴中特困户，二级医院住院5万，各种报完自己还出好多", [34720, 5236.4, 10043.6]),
]


# ---- a stay's bill, then 大病保险 and 医疗救助: the chain ----------------------------------------


@pytest.mark.parametrize("text,figures", CHAIN)
def test_the_whole_chain_when_the_layers_or_everything_paid_are_asked(text, figures):
    r = ask(text)
    computed(r, *figures, name="chain")


def test_a_stay_bill_asked_for_serious_illness_goes_through_basic_insurance_first():
    # 巴中 居民 二级 400 / 70%: (50000 − 400) × 70% = 34720; left 15280; 大病 (15280 − 14448) × 60% = 499.20
    r = ask("巴中合疗 我妈在二级医院住了院 合规费用一共5万 大病保险还能再报点不 能报多少")
    computed(r, 34720, 499.2, name="chain")
    sections = {src.section for src in r.sources}
    assert {"第三章 十一问", "第三章 二十二问", "第三章 二十三问"} <= sections
    assert "含起付线" in r.text


def test_changzhi_stay_bill_for_a_poor_asker_gets_serious_illness_and_assistance():
    # 长治 居民 一类 省市级 1000 / 60%: (30000 − 1000) × 60% = 17400; left 12600;
    # 特困 大病 起付 5000, 80%: 6080; 特困 救助 on the rest: 12600 − 6080 = 6520
    r = ask("长治的特困户 市里三甲医院住院 合规3万 大病和救助各给多少")
    computed(r, 17400, 6080, 6520, name="chain")


def test_karamay_stay_bill_serious_illness_by_its_segments():
    # 克拉玛依 二级 400? no: 三级 600 / 65%: (150000 − 600) × 65% = 97110; left 52890;
    # 一般 大病: (50000 − 21000) × 60% = 17400 + (52890 − 50000) × 65% = 1878.50 → 19278.50
    r = ask("克拉玛依校区的学生 三级医院住院 合规15万 大病保险报多少")
    computed(r, 97110, 19278.5, name="chain")
    assert "医疗救助约 0" not in r.text


def test_a_later_question_about_the_same_bill_reads_the_story(engine):
    # 巴中 居民 三级: (60000 − 700) × 60% = 35580; left 24420; 大病 (24420 − 14448) × 60% = 5983.20
    r = answer(engine, "巴中城乡居民，在三级医院住院，合规6万。基本医保给多少？大病保险给多少？")
    assert {35580, 5983.2} <= nums(r.text), r.text


def test_the_next_fund_asked_of_the_same_bill_is_one_chain(engine):
    # 巴中 居民 二级 400 / 70%: (20000 − 400) × 70% = 13720; left 6280 < 14448: 大病 0, said
    r = answer(engine, "巴中合疗 二级医院住院 合规两万 医保报多少 大病还能报不")
    computed(r, 13720)
    assert "大病保险约 0 元" in r.text, r.text


def test_ten_wan_all_covered_names_no_place():
    # "10万全合规" is 10万, all of it covered: not 万全区 (河北), so no 异地 question
    r = ask("巴中低保户 居民医保 二级医院住院20万全合规 救助能给多少")
    assert r.kind == "calculation" and r.calculation.name == "chain", r.text
    assert r.calculation.inputs.get("filing") == "市内"


def test_an_identity_after_a_stay_widens_it_to_the_chain(engine):
    first, low, poorest = talk(engine, ["长治居民，县里二级乙等医院住院花了8万，基本医保和大病保险能报多少",
                                        "俺家是低保户", "特困呢"])
    assert {67915, 1563.75} <= nums(first.text)
    assert {5668, 4491.9} <= nums(low.text)
    assert {5668, 6417} <= nums(poorest.text) and "个人最后负担 0 元" in poorest.text
    stay, widened = talk(engine, ["巴中居民医保，三级医院住院花了2万，能报多少", "我是特困人员"])
    computed(widened, 11580)
    assert "医疗救助" in widened.text


def test_the_chain_and_its_follow_ups_through_the_batch_contract(tmp_path):
    rows = _batch(tmp_path, {
        **{f"chain{i}": (None, [text]) for i, (text, _) in enumerate(CHAIN)},
        "widen": ("长治", ["长治居民，县里二级乙等医院住院花了8万，基本医保和大病保险能报多少", "俺家是低保户", "特困呢"]),
        "cap": ("巴中", ["巴中居民，我从2025年开始每年都交居民医保，一直没断，到2031年大病保险最高限额是好多"]),
    })
    for i, (_, figures) in enumerate(CHAIN):
        row = rows[f"chain{i}-0"]
        assert row["kind"] == "calculation" and row["calculation"]["name"] == "chain"
        assert all(f in nums(row["text"]) for f in figures), row["text"]
    assert {5668, 4491.9} <= nums(rows["widen-1"]["text"]) and 6417 in nums(rows["widen-2"]["text"])
    # 巴中 第三章 九问 例一: 2029年30.4万、2030年30.8万 … 2031年 31.2万
    assert 312000 in nums(rows["cap-0"]["text"])


# ---- the amount is what is left, not a stay's bill: the fund asked, on it directly ---------------


def test_what_is_left_after_basic_insurance_stays_the_serious_illness_amount():
    # said as what the asker still pays: 大病 on it directly, (30000 − 14448) × 60% = 9331.20
    r = ask("巴中居民 住院医保报完以后 自己还要出3万 大病保险能报多少")
    computed(r, 9331.2, name="serious_illness")


def test_what_basic_insurance_paid_said_leaves_the_serious_illness_amount():
    # 巴中 第三章 二十二/二十三问: (80000 − 50000) = 30000 left; (30000 − 14448) × 60% = 9331.20
    r = ask("巴中合疗 住院一共花了8万 基本医保报销了5万 大病保险还能报多少")
    computed(r, 30000, 9331.2, name="serious_illness")


def test_costs_outside_the_catalogue_come_off_before_serious_illness(engine):
    # 巴中 居民 大病 起付线 14448, 60% (第三章 二十三问): only 合规 costs count, so what the asker says
    # was 自费 comes off the bill with what basic insurance paid: 9万 − 1.5万 − 4.5万 = 3万;
    # (30000 − 14448) × 60% = 9331.20
    r = answer(engine, "巴中合疗 我爸住院一共花了9万 里头自费药1万5 医保报了4万5 大病还能报好多")
    computed(r, 9331.2)
    assert "目录外自费" in r.text


@pytest.mark.parametrize("text,figure", [
    # 长治 居民大病保险: 超过1万元以上部分75%
    ("长治居民，住院加门诊慢病今年自己合规自付一共3万，大病保险能报多少", 15000),
    ("长治居民，今年住院和门诊慢病加起来个人合规自付2万，大病保险一起能赔多少", 7500),
    # 长治 医疗救助待遇: 易返贫致贫人口 超过3092元部分70%
    ("长治易返贫致贫人口，今年政策范围内住院自付2万，医疗救助多少", 11835.6),
])
def test_what_is_left_after_basic_insurance_needs_no_hospital_level(text, figure):
    r = ask(text)
    computed(r, figure)


def test_what_a_poor_person_still_pays_goes_to_assistance():
    # 巴中 第六章 五问: 特困 起付 0, 100%, 限额 3万; 低保 70%
    r = ask("我家是低保户，报销完了还得自己出8000，民政医疗救助能救助多少", region="巴中")
    computed(r, 5600, name="assistance")


def test_what_the_asker_still_paid_of_a_stay_goes_to_the_fund_asked():
    # 巴中 第六章 五问: 低保 常规救助 起付0, 70%, 年度限额2万: 8000 × 70% = 5600 — no stay recomputed
    r = ask("我爸住院 报完以后自己还掏了8000 巴中低保户 医疗救助能给多少")
    computed(r, 5600, name="assistance")


def test_assistance_after_a_bill_and_what_basic_paid_goes_through_serious_illness(engine):
    # 巴中 低保: 4万 − 2.5万 = 1.5万 after basic; 大病 起付线 7224, 65% (第三章 二十四问):
    # (15000 − 7224) × 65% = 5054.40; 救助 常规 低保 0 起付, 70% (第六章 五问): 9945.60 × 70% = 6961.92
    r = answer(engine, "巴中 我家低保户 住院总共4万 医保报了2万5 剩下的救助能给好多")
    computed(r, 5054.4, 6961.92)


def test_what_is_left_after_the_funds_is_still_only_assistance():
    r = ask("巴中低保户，住院经基本医保、大病保险报完后自付的合规费用还剩1万，医疗救助能给多少")
    computed(r, 7000, name="assistance")


def test_three_layers_then_plain_assistance_asks_the_regular_part():
    # "三重保障报完后…医疗救助能给多少" (the first blind set's wording): 常规救助, not 倾斜
    r = ask("长治低保，三重保障报完后目录内个人自付还有1万，医疗救助能给多少")
    computed(r, 7000)


@pytest.mark.parametrize("text,figure", [
    # 巴中 第六章 五问(二): 特困 起付 8500 100% 限额1万; 其他对象 50%
    ("巴中特困供养人员，规范转诊省内看的，基本医保大病医疗救助都报完了，自付合规还有1万2，倾斜救助补多少", 3500),
    ("巴中低保户，转诊在省里住院，三重保障走完了还剩2万自付，倾斜救助有好多", 5750),
    # 长治 医疗救助待遇: 超过15460元的部分70%，年度限额3万
    ("长治低保户，规范转诊省内住院，三重保障报完个人自付还有3万，倾斜救助多少", 10178),
])
def test_tilt_assistance_on_what_is_left_after_the_three_layers(text, figure):
    r = ask(text)
    computed(r, figure)
    assert "倾斜救助" in r.text


# ---- 职工大额医疗费用补助: basic insurance first, then 大额 on the rest --------------------------


def test_large_medical_for_a_retired_staff_member_has_no_deductible():
    # 职工 二级 400 / 82%: (30000 − 400) × 82% = 24272; left 5728; 退休 无起付 85%: 4868.80
    r = ask("巴中职工医保 我爸退休了 二级医院住院合规费用3万 大额医疗补助给报多少")
    computed(r, 24272, 4868.8, name="large_medical")


def test_large_medical_for_a_working_member_deducts_the_second_tier_deductible():
    # 在职: (5728 − 400) × 85% = 4528.80
    r = ask("巴中 在职上班的职工 住二级医院 合规3万 基本报完大额补助还能报好多")
    computed(r, 24272, 4528.8, name="large_medical")
    assert "公务员医疗补助约" not in r.text


def test_large_medical_over_eighty_takes_the_higher_row():
    # 85岁: 无起付 90%: 5728 × 90% = 5155.20
    r = ask("巴中退休职工 老太太今年85岁 二级医院住院合规3万 大额补助报多少")
    assert {24272, 5155.2} <= nums(r.text), r.text


def test_large_medical_after_the_basic_cap_is_on_everything_above_it():
    # 三级: (300000 − 700) × 80% = 239440 → 140000 cap; left 160000; 退休: 100000 × 85% + 60000 × 90% = 139000
    r = ask("巴中退休职工 三级医院住院合规30万 基本医保到顶了 大额补助能报多少")
    assert {140000, 139000} <= nums(r.text), r.text


@pytest.mark.parametrize("text,figures", [
    # what basic insurance left, said outright: 大额 on it directly (退休 无起付 85%; 在职 400 起付 85%)
    ("巴中退休的职工 住院基本医保报了过后自己还要出八千 大额补助能给好多", {6800, 1200}),
    ("我是巴中在职职工 医保报完自付还有15000的合规费用 职工大额补助报多少", {12410, 2590}),
])
def test_large_medical_on_what_basic_insurance_left(text, figures):
    r = ask(text)
    computed(r, *figures, name="large_medical")


def test_large_medical_on_what_is_left_asks_working_or_retired_then_computes(engine):
    first, second = talk(engine, ["巴中职工 报完基本医保还剩1万合规的 大额补助报好多", "退休了"])
    assert first.kind == "clarify" and "退休" in first.text, first.text
    computed(second, 8500)


def test_large_medical_asks_whether_working_or_retired():
    r = ask("巴中职工 三级医院住院合规8万 大额补助能报多少")
    assert r.kind == "clarify" and "退休" in r.text, r.text


def test_not_a_civil_servant_is_no_civil_servant(engine):
    r = answer(engine, "巴中职工 不是公务员 在职 三级医院住院合规5万 大额补助报多少")
    assert "公务员医疗补助约" not in r.text and 8636 in nums(r.text), r.text


def test_large_medical_elsewhere_says_the_handbook_lacks_it():
    r = ask("长治职工 退休 住院合规5万 大额补助报多少")
    assert r.kind != "calculation", r.text


def test_large_medical_asks_then_computes_with_the_answer(engine):
    # 在职 三级: (80000 − 700) × 80% = 63440; left 16560; (16560 − 400) × 85% = 13736
    replies = talk(engine, ["巴中职工 三级医院住院合规8万 基本医保和大额补助各报多少", "在职的"])
    assert replies[0].kind == "clarify" and "退休" in replies[0].text, replies[0].text
    assert {63440, 13736} <= nums(replies[1].text), replies[1].text


# ---- the 大病 limit: raised by years of cover, lowered by years without --------------------------


def test_a_serious_illness_limit_after_years_of_cover():
    # 巴中 第三章 九问: 连续参保满4年后，每连续参保1年提高4000 → 第7年 +12000
    r = ask("巴中居民医保，从来没断过，明年就是连续交的第7年了，大病保险限额能到多少")
    computed(r, 312000)
    assert "以后年度" in r.text


def test_a_year_without_claims_said_in_other_words_raises_the_serious_cap():
    r = ask("巴中合疗 去年一年都没拿医保报过账 今年接着交 大病最高能报多少")
    computed(r, 304000)


def test_years_listed_with_spaces_lower_the_serious_illness_cap_by_each():
    # 第三章 十问: 每断保1年降低4000: 300000 − 3 × 4000 = 288000
    r = ask("巴中居民 2023 2024 2025 这几年都没参保 今年参保了 大病保险封顶变成多少了")
    computed(r, 288000)


def test_the_serious_illness_cap_s_reach_both_ways(engine):
    r = answer(engine, "巴中合疗一直连续交 大病保险限额最高能涨到多少")
    assert "36万" in r.text, r.text


def test_changzhi_serious_illness_how_paid_states_the_cap(engine):
    # 长治 居民大病保险: 超1万 75%, 自付超5万再报50%, 年度最高支付限额40万元
    r = answer(engine, "长治城乡居民的大病保险是怎么报的", region="长治")
    assert all(x in r.text for x in ("75%", "40万")), r.text
