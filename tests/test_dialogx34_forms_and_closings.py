"""Round 34's stranger's conversations (issue 10): a form that neither loops nor swallows a new
question, a stay told once with its bill read as the year's one stay, and cancels or closings heard —
each through the real engine, one conversation at a time."""
from tests.helpers import computed, talk


def test_one_stay_told_with_its_bill_is_the_years_first_and_later_stays_follow_it(engine):
    # "住过一次院" with the stay's own level and bill: that stay, computed — not an earlier one asked about
    first, later, same = talk(engine, ["今年在一级医院住过一次院 合规花了3000 能报多少",
                                       "后来又去三级医院住了一次 花了8000",
                                       "要是第二次也是一级医院呢 也是8000"], region="克拉玛依")
    computed(first, 2465)
    assert "上一次住院" not in first.text
    computed(later, 4875)                    # (8000 − (600 − 100)) × 65%: the deductible topped up
    computed(same, 6800)                     # same level again: no deductible


def test_an_earlier_stay_said_beside_this_one_is_still_an_earlier_stay(engine):
    (r,) = talk(engine, ["今年之前在二级医院住过一次 这回在三级医院住院花了1万 能报多少"], region="克拉玛依")
    assert r.kind == "calculation" and "此前已在二级" in r.text, r.text


def test_a_question_of_when_while_a_form_waits_is_answered_not_taken_as_a_fact(engine):
    *_, r = talk(engine, ["想算算住院报销", "合规花了6400", "那长期备案了多久才可以变更"], region="克拉玛依")
    assert r.kind == "faq", r.text
    assert "6个月" in r.text and "已记下" not in r.text and "请直接回复" not in r.text, r.text


def test_another_case_of_the_rule_named_alone_after_an_offer_asks_that_rule(engine):
    _, r = talk(engine, ["在外地临时备案看病 报销比例会降吗", "异地转诊的呢"], region="克拉玛依")
    assert r.kind == "faq", r.text
    assert "与参保地相同" in r.text, r.text


def test_giving_up_to_ask_in_person_is_a_cancel(engine):
    *_, r = talk(engine, ["帮我算个住院的", "居民医保 在县医院住的", "不用算了 我自己去窗口问问"], region="巴中")
    assert r.kind == "clarify" and "不算了" in r.text, r.text
    assert "已转给工作人员" not in r.text


def test_done_and_nothing_more_closes_the_conversation(engine):
    _, r = talk(engine, ["医保码怎么激活", "好了 搞定了 没事了"], region="巴中")
    assert r.kind == "clarify" and "随时问我" in r.text, r.text
    assert "已转给工作人员" not in r.text


def test_one_more_fact_of_the_offered_case_named_alone_keeps_the_case(engine):
    # ("急诊呢" after a 三级 outpatient rule adds to that case, no other case of the rule: the bill told
    # next is computed at that level, not asked where again)
    *_, r = talk(engine, ["三级医院看门诊能不能报 发烧去的", "那急诊呢", "急诊花了200 今年头一回"], region="克拉玛依")
    computed(r, 126)                         # (200 − 20) × 70%
