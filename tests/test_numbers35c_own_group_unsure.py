"""The asker unsure of their own group before a sum it decides ("也不晓得自己算不算困难 … 大病报多少"): one
question, the group asked with each group's row told — never an ordinary-row sum beside a refusal of the
status clause; a student loan told as why is the story, not a finance question. Own phrasings, through
the real engine."""
from tests.helpers import computed, talk


def test_the_group_is_asked_with_the_rows_that_differ(engine):
    # 克拉玛依 大病保险表: 一般 起付 21000 60%; 困难 起付 10500 65%
    r, = talk(engine, ["读书贷了助学贷款 也不晓得自己是不是困难人员 住院自付合规三万 大病保险报多少"], region="克拉玛依")
    assert r.kind == "clarify" and r.missing_slots == ["category"], r.text
    assert "21000" in r.text and "10500" in r.text, r.text
    assert "金融" not in r.text, r.text


def test_the_group_answered_computes_its_row(engine):
    # 困难: (30000 − 10500) × 65% = 12675
    *_, r = talk(engine, ["不清楚我算不算困难人员 今年住院个人负担合规费用三万 大病能报多少", "困难人员"], region="克拉玛依")
    computed(r, 12675, name="serious_illness")


def test_a_loans_own_question_is_still_out_of_scope(engine):
    r, = talk(engine, ["助学贷款的利息怎么算"], region="克拉玛依")
    assert r.kind == "unanswered", r.text
