"""Care elsewhere as people ask about it: which filing (临时 / 长期备案, 转诊, 未备案, said in other
words or not said), an emergency (异地急诊 视同已备案; an emergency bill paid as a stay's costs where the
handbook says so, an outpatient one where not), care in the region's own province needing no filing,
a referral to another city, where the asker is from being no place of care. Figures from the handbooks
(巴中 第一章 二十九, 第二章 二十七、三十一问, 第三章 十一、十五问; 长治 居民住院待遇 / 居民住院封顶线; 克拉玛依 第8部分),
asked in phrasings of our own, through intents.forms and the engine."""

import pytest

from tests.helpers import ask, computed, talk

# ---- which filing: said in other words, or not said ----------------------------------------------


def test_a_temporary_filing_said_in_other_words_is_not_asked_again():
    # 克拉玛依 第8部分（一）: 异地临时就医人员 比例比参保地降低20%; 二级 200 / 75% → 55%
    r = ask("克拉玛依的学生，寒假回老家前办了临时的异地就医登记备案，在县医院二级住院花了5000，能报多少")
    computed(r, 2640)                    # (5000 − 200) × 55%
    assert r.calculation.inputs["filing"] == "临时备案"


def test_no_filing_said_where_only_filing_or_not_matters_gives_both():
    # 长治 居民: 一类省外 1500 / 55%; 不备案比例降低10% (居民住院封顶线)
    r = ask("长治城乡居民，到上海三甲医院住院花了2万，报销多少")
    computed(r, 10175,                   # (20000 − 1500) × 55%, filed
             8325)                       # (20000 − 1500) × 45%, not filed
    assert "未备案" in r.text


def test_no_filing_said_where_each_filing_differs_is_asked_once():
    # 巴中 居民: 长期备案 700 / 60%, 临时备案 1000 / 55%, 未转诊 1000 / 50% — the asker must say
    r = ask("巴中居民医保在西安三级医院住院花了3万报多少")
    assert r.kind == "clarify" and r.missing_slots == ["filing"]


def test_short_answers_to_the_filing_question(engine):
    # 巴中 第三章 十一问: 居民 三级 未转诊 1000 / 50%, 长期备案 700 / 60%
    for answer, figure in (("没去办", 14500), ("长期住那边的", 17580)):
        r = talk(engine, ["巴中城乡居民医保，在广州三级医院住院花了3万，报多少", answer])
        assert r[0].missing_slots == ["filing"]
        computed(r[1], figure)


@pytest.mark.parametrize("text", ["巴中合疗，在成都三级医院住院花了两万，没有办临时备案",
                                  "巴中合疗，在成都三级医院住院花了两万，临时备案还没弄",
                                  "巴中城乡居民 成都三级医院住院两万 异地备案没办"])
def test_a_filing_said_not_done_is_the_not_filed_rule(text):
    # 巴中 第三章 十一问: 居民 三级 非急诊且未转诊的临时外出 1000 / 50% → 9500
    r = ask(text)
    computed(r, 9500)


def test_no_referral_said_in_dialect_is_the_unreferred_rule():
    # 第三章 十一问 市外: 非急诊且未转诊 二级 1000 / 60%: (11000 − 1000) × 60% = 6000
    r = ask("平昌合疗 莫得转诊 自己去重庆二级医院住院 合规11000 能报多少")
    computed(r, 6000)
    assert r.calculation.inputs["filing"] == "未备案"


def test_care_in_the_regions_own_province_with_the_filing_unsaid_asks_whether_it_was_filed(engine):
    # 长治 居民住院封顶线: 省内异地住院“免备案”直接结算, yet "不备案比例降低10%" on the same page: the
    # filed rate is not taken for a stay whose filing is unsaid (一类 省、市级 1000 / 60 % or 50 %)
    r = ask("长治的城乡居民，去大同的三甲医院住院花了1万5，报多少")
    assert r.kind == "clarify" and r.missing_slots == ["filing"], r.text
    assert "免备案" in r.text and "10%" in r.text, r.text
    _, unfiled = talk(engine, ["长治的城乡居民，去大同的三甲医院住院花了1万5，报多少", "没备案"])
    computed(unfiled, 7000)              # (15000 − 1000) × 50%
    filed = ask("长治的城乡居民，去大同的三甲医院住院花了1万5，备过案的，报多少")
    computed(filed, 8400)                # (15000 − 1000) × 60%


def test_where_the_asker_is_from_is_not_where_care_was(engine):
    # 长治 居民 一类（三甲）省、市级 1000 / 60%; 克拉玛依 学生 三级 600 / 65%
    (home,) = talk(engine, ["老家是河北的，在长治住院花了两万，居民，三甲"])
    computed(home, 11400)
    assert "省外" not in home.text, home.text
    (student,) = talk(engine, ["我是河南的学生，在克拉玛依住院花了两万，三级医院"])
    computed(student, 12610)


# ---- an emergency: a stay elsewhere as filed; an emergency bill at home --------------------------


def test_an_emergency_stay_elsewhere_is_a_stay_not_an_outpatient_visit():
    # 巴中 第一章 二十九: 异地急诊抢救人员视同已备案; 第二章 二十七问 职工 转诊急诊 二级 1000 / 77%
    r = ask("巴中职工，在重庆旅游时阑尾炎急诊被送去抢救，住进二级医院花了2万，报多少")
    computed(r, 14630, name="inpatient")  # (20000 − 1000) × 77%
    assert r.calculation.inputs["filing"] == "急诊"


def test_emergency_answers_the_filing_question(engine):
    r = talk(engine, ["巴中城乡居民在成都三级医院住院花了3万能报多少", "是急诊送进去的"])
    assert r[0].kind == "clarify" and r[0].missing_slots == ["filing"]
    # 第三章 十一问: 急诊 as 临时备案 (1000, 三级 55%)
    computed(r[1], 15950)


def test_a_staff_emergency_bill_is_paid_as_inpatient_costs_where_the_handbook_says_so(engine):
    # 巴中 第二章 三十一问: 急诊、抢救的门（急）诊费用纳入住院医疗费用报销; 职工 二级 400 / 82%
    r = talk(engine, ["巴中的，半夜去二级医院看急诊花了2000，医保报多少", "职工医保"])
    computed(r[-1], 1312)
    assert "三十一问" in r[-1].text


def test_a_resident_emergency_visit_without_a_stay_stays_outpatient():
    # 巴中 第三章 十五问: 居民 急诊 fees join the stay's bill (当次住院); with no stay, 门诊统筹 (50%, 限额100)
    r = ask("巴中居民医保，孩子发烧去二级医院急诊花了300，能报多少")
    assert r.kind == "calculation" and r.calculation.name == "outpatient", r.text


# ---- a referral elsewhere is a stay, however the hospital is named -------------------------------


@pytest.mark.parametrize("text,figures", [
    # 职工 转诊 在备案地 三级: 1000 / 75%: (40000 − 1000) × 75% = 29250
    ("巴中在职职工 办了转诊备案转到重庆三级医院 合规4万 医保能报好多", {29250}),
    # 居民 临时备案 二级: 1000 / 65%: (20000 − 1000) × 65% = 12350
    ("南江合疗 医院开转诊单转去成都的二级 也备了案 合规2万 能报多少", {12350}),
])
def test_a_referral_to_another_city_is_a_stay(text, figures):
    r = ask(text)
    computed(r, *figures, name="inpatient")
