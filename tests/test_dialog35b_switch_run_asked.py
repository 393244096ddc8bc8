"""A switch between 职工 and 居民 with the gap told but not how long cover ran before it: the handbook's
rule (巴中 第一章 二十六问) holds only after an unbroken run of 2 years, so the run is asked, never assumed —
and a run told then computes, a run too short refers. Own phrasings, through the real engine."""
from tests.helpers import talk


def test_the_run_before_a_switch_is_asked_not_assumed(engine):
    r, = talk(engine, ["失业了 职工医保停了5个月 现在改交居民医保 要等多久才能报"], region="巴中")
    assert r.kind != "calculation", r.text
    assert "连续参保几年" in r.text, r.text
    assert "此前已连续参保 2 年" not in r.text, r.text


def test_the_run_told_computes_the_wait(engine):
    *_, r = talk(engine, ["失业了 职工医保停了5个月 现在改交居民医保 要等多久才能报", "3年"], region="巴中")
    assert r.kind == "calculation" and "等待期 6 个月" in r.text, r.text


def test_a_run_too_short_is_referred(engine):
    *_, r = talk(engine, ["失业了 职工医保停了5个月 现在改交居民医保 要等多久才能报", "一年"], region="巴中")
    assert r.kind == "unanswered" and "2 年" in r.text, r.text


def test_the_run_told_with_the_old_scheme_keeps_the_case_and_a_correction_counts(engine):
    # (the run told with the scheme it was in, 职工, is not the scheme switched to; the gap corrected next)
    *_, run, fixed = talk(engine, ["失业了 职工医保停了5个月 现在改交居民医保 要等多久才能报",
                                   "之前连着交了4年职工医保", "说错了 其实只停了两个月"], region="巴中")
    assert run.kind == "calculation" and "等待期 6 个月" in run.text, run.text
    assert fixed.kind == "calculation" and "等待期 0 个月" in fixed.text, fixed.text
