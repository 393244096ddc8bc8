"""Round 26 review (understanding and search): bugs found in the round's merged work, each with
phrasings of our own, through the real parser and engine."""
from intents.message import parse
from tests.helpers import answer


def _questions(text):
    return [p.question for p in parse(text).parts]


# ---- a yes-or-no asked as 用不用 / 需不需要, then what if it is not done -----------------------------

def test_a_need_asked_as_a_not_a_then_what_if_not_keeps_both_questions():
    # the cut before "不备案是不是…" left "用不用备案" a clause of its own that no question word marked:
    # the first question was dropped as story
    assert _questions("外地住院用不用备案不备案是不是报得少") == ["外地住院用不用备案", "不备案是不是报得少"]
    assert _questions("需不需要办认定不办认定会不会影响报销") == ["需不需要办认定", "不办认定会不会影响报销"]


def test_a_need_asked_as_a_not_a_alone_is_a_question():
    assert _questions("转院用不用开证明") == ["转院用不用开证明"]


def test_both_the_need_and_what_if_not_are_answered(engine):
    reply = answer(engine, "巴中居民医保 外地住院用不用备案不备案是不是报得少")
    assert len(reply.sources) >= 1 and "【1】" in reply.text and "【2】" in reply.text, reply.text


# ---- a newborn's last day to pay is no claim on the yearly window --------------------------------

def test_a_newborns_deadline_asserted_is_not_contradicted_with_the_yearly_window(engine):
    # the deadline noun read anywhere in the date's clause (截止日期 … 6月1号) took a newborn's day, counted
    # from the birth (出生90天内), for the residents' 集中缴费期 and said "不对" with the window's last day
    for text in ("刚出生的娃儿交合疗 截止日期是不是6月1号", "新生儿上医保截止日期是不是出生后90天 也就是5月1号"):
        reply = answer(engine, text, region="巴中")
        assert "不对" not in reply.text and "集中缴费期为" not in reply.text, reply.text


def test_the_yearly_windows_deadline_asserted_as_a_noun_is_still_checked(engine):
    reply = answer(engine, "合疗截止日期是不是3月31号", region="巴中")
    assert "不对" in reply.text and "2月28日" in reply.text, reply.text


# ---- a later year's fee asked with the year in two digits ------------------------------------------

def test_a_later_years_fee_asked_in_two_digits_is_not_the_handbooks_years_figure(engine):
    # "28年" is 2028 as "2028年" is: the handbook's 2026 fee was stated as the answer, with no note at all
    for text, region in (("28年的合疗个人要交好多钱", "巴中"), ("那30年度学校医保交多少", "克拉玛依")):
        reply = answer(engine, text, region=region)
        assert "没有20" in reply.text and "届时公布" in reply.text, reply.text


def test_a_count_of_years_in_two_digits_is_no_year(engine):
    # (交了27年: how long one has paid, not the year 2027)
    for text in ("职工医保交了27年了 退休后还要交钱吗", "30年交够了 退休后还要交钱吗"):
        reply = answer(engine, text, region="巴中")
        assert "届时公布" not in reply.text, reply.text
