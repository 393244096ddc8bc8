"""医疗救助 asked of what several stays left ("这几回住院报完后自付还有…": 几 is "several", told — no question
of its own, no hospital asked), and 倾斜救助 alone asked of what is left once everything was paid (its base:
after 基本医保, 大病保险 and 常规救助, 巴中 第六章 五问（二）). Own phrasings, through the real engine."""
from tests.helpers import answer as ask
from tests.helpers import computed


def test_several_stays_left_told_is_no_question_and_needs_no_hospital(engine):
    # 低保 常规救助 70 %, 年度限额 20000: 30000 × 70 % = 21000 → 20000
    r = computed(ask(engine, "低保户 今年这几次住院加起来报完以后自付还有三万 医疗救助能给好多", region="巴中"),
                 20000, name="assistance")
    assert "哪一级" not in r.text and "【" not in r.text, r.text


def test_tilt_alone_asked_of_what_is_left_after_all(engine):
    # 特困 倾斜: (20000 − 8500) × 100 % = 11500 → 年度限额 10000
    r = computed(ask(engine, "特困人员 规范转诊省内住院 全部报完了还剩自付两万 倾斜救助能给好多", region="巴中"), 10000)
    assert "常规救助：" not in r.text, r.text


def test_tilt_after_a_named_fund_still_goes_through_regular_aid_first(engine):
    r = ask(engine, "特困人员 规范转诊省内住院 大病报完了还剩自付两万 倾斜救助能给好多", region="巴中")
    assert "常规救助" in r.text, r.text
