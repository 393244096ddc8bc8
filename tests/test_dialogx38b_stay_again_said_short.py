"""A stay said with its count ("住一回", "住两次") or as the year's stay again ("又在…住", "再住") is 住院 again:
the page of a second stay's deductible, never the 门诊 row of the tier named, nor the tier's first-stay row."""
from corpus.lexicon import joined_verbs
from tests.helpers import answer, ids, talk


def test_count_of_stays_is_a_stay():
    assert joined_verbs("在一级医院住了两回") == "在一级医院住院两回"
    assert "住院" not in joined_verbs("记住1次就行")


def test_again_before_a_stay_is_the_stay_again_but_not_a_second_question():
    assert "再次" in joined_verbs("又去三级医院住院")
    assert "再次" not in joined_verbs("我又想问下住院报销")


def test_second_stay_of_the_year_at_the_same_tier_finds_the_no_second_deductible_page(engine):
    r = answer(engine, "下半年要是再去一级医院住两回 起付线还收不", region="克拉玛依")
    assert r.kind == "faq" and "不再支付起付标准" in r.text, r.text


def test_after_the_tier_s_deductible_a_stay_again_is_not_the_outpatient_row(engine):
    _, again = talk(engine, ["学生医保 三级医院住院起付线多少", "今年如果又在三级医院住一回 起付线还要交吗"], region="克拉玛依")
    assert "不再支付起付标准" in again.text and "门诊" not in ids(again)[0], again.text
