"""The helpers several places now share (tidy37): what each promises its callers, and the replies that go
through them, through the real engine. Own phrasings."""
import time

from bot.engine import _as_ruled, _bill_after_last_question, _handled_afresh, _read_with
from bot.reply import Reply
from bot.session import Session
from calculators.contribution import retirement_years_rough, retirement_years_short
from calculators.policy import policy_for
from tests.helpers import answer, nums


def _session_with_open_form() -> Session:
    s = Session()
    s.state["form"] = {"open": {"calc": "inpatient", "slots": {}}}
    return s


def test_a_rule_answer_is_stated_kept_for_a_follow_up_and_marks_the_form_ruled():
    s = _session_with_open_form()
    r = _as_ruled(Reply(kind="clarify", text="…", region="巴中"), "二级医院住院报多少", s)
    assert r.kind == "faq"
    assert s.state["last_question"]["text"] == "二级医院住院报多少"
    assert s.state["form"]["open"]["ruled"] == "二级医院住院报多少"


def test_a_rule_answer_not_ruled_leaves_the_form_as_it_was():
    s = _session_with_open_form()
    _as_ruled(Reply(kind="clarify", text="…", region="巴中"), "慢病门诊报多少", s, ruled=False)
    assert s.state["last_question"]["text"] == "慢病门诊报多少"
    assert "ruled" not in s.state["form"]["open"]


def test_a_bill_is_read_with_the_last_question_only_while_that_question_is_fresh():
    s = Session()
    s.state["last_question"] = {"text": "高血压门诊慢病一年限额多少？", "at": time.time()}
    asked, told = _bill_after_last_question("上个月拿药花了四百", s)
    assert asked == "高血压门诊慢病一年限额多少？" and told.get("amount") == 400
    assert _bill_after_last_question("我工资4000", s) is None            # a wage, no bill
    assert _bill_after_last_question("那住院呢", s) is None               # no amount
    s.state["form"] = {"last": {"at": time.time() + 1}}                    # a calculation since
    assert _bill_after_last_question("上个月拿药花了四百", s) is None
    s.state["form"] = {}
    s.state["last_question"]["at"] = time.time() - 10 * 24 * 3600          # long past
    assert _bill_after_last_question("上个月拿药花了四百", s) is None


def test_a_message_read_with_a_question_drops_the_question_mark():
    assert _read_with("门诊能报不？ ", "花了300") == "门诊能报不，花了300"


def test_each_reading_of_a_form_starts_from_the_state_before_the_message():
    s = Session()
    before = {}
    first = _handled_afresh("职工 住院花了一万 二级医院", s, before, "巴中")
    assert first is not None and first.kind == "calculation"
    again = _handled_afresh("住院花了一万", s, before, "巴中")
    # (nothing the first reading told is left for the second: its scheme is asked afresh)
    assert again is not None and again.kind == "clarify", again


def test_the_retirement_years_both_state_the_rule_first_and_count_the_citys_years():
    p = policy_for("巴中")
    ry = p.contributions.staff.retirement_years
    exact = retirement_years_short(p, retire_year=ry.year, total=ry.total - 3, local=ry.local - 2)
    rough = retirement_years_rough(p, retire_year=ry.year, least=None, most=ry.total - 2, said="快满了",
                                   local=ry.local + 1)
    for c in (exact, rough):
        assert c.steps[0].startswith(f"{ry.year}年退休：累计缴费年限不低于 {ry.total} 年"), c.steps
    assert exact.result["short_total"] == 3 and exact.result["short_local"] == 2
    assert "本市缴费年限还差 2 年" in exact.headline
    assert f"本市缴费年限已满 {ry.local} 年" in rough.headline and "至少还差 2 年" in rough.headline


def test_the_years_short_asked_through_the_engine(engine):
    r = answer(engine, "我2025年退休 职工医保一共交了16年 在本市交了7年 还差几年", region="巴中")
    assert r.kind == "calculation" and {4, 3} <= nums(r), r.text
    assert "累计缴费年限还差 4 年" in r.text and "本市缴费年限还差 3 年" in r.text, r.text
