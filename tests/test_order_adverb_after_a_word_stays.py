"""An adverb of order standing alone after an everyday word the entries do not write (学期 | 先 | 在):
its own word, as 又 再 才 are, never the tail of a term misspelt across the two (学期先 is no 学期限 →
期限). The slips of 先 inside a term are still repaired (大病保先 → 大病保险). Through the real index,
and a later stay said that way computed by the region's rule (克拉玛依: a higher tier owes only the
deductible's difference, 600 − 200)."""
import pytest

from tests.helpers import answer, computed, talk


@pytest.mark.parametrize("text", ["这学期先在二级医院住过一次院", "学期先交还是后交", "寒假先回家看病"])
def test_the_adverb_stays(engine, text):
    repaired, repairs = engine.index.repaired(text)
    assert repaired == text, repairs


def test_a_slip_of_xian_in_a_term_is_still_repaired(engine):
    _, repairs = engine.index.repaired("大病保先")
    assert ("大病保先", "大病保险") in [(r.said, r.term) for r in repairs]


def test_the_later_stay_said_with_it_is_computed(engine):
    # 三级 after 二级 in the same term: 600 − 200 = 400 owed; (8000 − 400) × 65% = 4940; at 二级 again none: 8000 × 75%
    first, bill, same = talk(engine, ["这学期先在二级医院住过一次院 起付线交过了 现在又要转去三级医院 起付线还要再出多少",
                                      "这次三级医院目录内花了8000 能报多少", "要是这次还是去二级医院住呢"],
                             region="克拉玛依")
    computed(first, 400, name="deductible_topup")
    computed(bill, 4940, name="inpatient")
    computed(same, 6000, name="inpatient")


def test_the_deductible_asked_alone(engine):
    computed(answer(engine, "这学期先在一级医院住过院 现在要住三级医院 起付线要补多少", region="克拉玛依"), 500)
