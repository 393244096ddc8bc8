"""A story telling a 门诊 bill and a stay's bill each in a clause of its own, then asking each kind's sum:
each part is computed by its own kind's rule from its own bill (the visit never on the stay's deductible and
rate, the stay never left to a page). Own phrasings, through the real engine."""
from tests.helpers import answer as ask


def _parts(text: str) -> list[str]:
    return [p for p in text.split("【") if p.strip()]


def test_visit_and_stay_told_apart_are_each_computed_by_their_own_rule(engine):
    # 巴中 第二章 二十七问 (二级 400 起付, 在职 82 %), 三十九问 (在职 二级 门诊 200 起付, 60 %)
    r = ask(engine, "在职职工 住院合规8000是在二级医院 还有门诊在二级医院花了500 住院报好多 门诊又报好多", region="巴中")
    assert r.kind == "calculation", r.text
    stay, visit = _parts(r.text)
    assert "(8000 − 400 起付线) × 82% = 6232" in stay, r.text
    assert "(500 − 200 起付线) × 60% = 180" in visit, r.text
    assert "8000" not in visit and "500 −" not in stay, r.text


def test_a_later_question_of_the_stay_and_its_supplement_reads_the_stay_s_bill(engine):
    # 退休: 门诊 一级 150 起付 (三十九问); the stay's 大额 on what basic insurance left (三十六问)
    r = ask(engine, "退休职工 今年一级医院门诊合规800 另外在二级医院住院合规6000 门诊统筹报好多 住院基本医保和大额各报好多",
            region="巴中")
    visit, stay = _parts(r.text)
    assert "(800 − 150 起付线)" in visit and "起付线) × 82%" not in visit, r.text
    assert "(6000 − 400 起付线) × 82% = 4592" in stay, r.text
    assert "大额" in stay and "1408" in stay.replace(",", ""), r.text
