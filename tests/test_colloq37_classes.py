"""Round 37's colloquial classes, through the real engine, in phrasings of our own:

- a band of a table pointed at by a word that counts or picks the bands (分段报, 每段报, 各段): 段 is the
  band, never a slip of 断保 — and 每段保一年, the handbook's 每断保 slipped, is still 断保;
- a cap heard ("听人说只有…") after a question asking it closed by a spoken particle (…好多哦): the
  heard figure is the rule's, checked, never a cost to compute;
- years without cover listed, with where the asker was and why between them and 没交: counted;
- a switch of scheme told with no break at all ("中间没断过"): no month without cover, the 跨制度 rule;
- 孙娃子, a grandchild: one of the 近亲属 the 职工 account pays a 居民 fee for.
"""
from tests.helpers import answer, computed, ids

UNDERSTOOD = "按我的理解"


# ---- 段 after a word pointing at the bands -------------------------------------------------------------

def test_a_band_pointed_at_is_no_slip_of_a_gap(engine):
    fixed, repairs = engine.index.repaired("二次报销咋个分段报的 每段报几成")
    assert "断保" not in fixed and not repairs, (fixed, repairs)
    fixed, _ = engine.index.repaired("每段保一年大病封顶降好多")
    assert fixed.startswith("每断保"), fixed


def test_a_misspelt_fund_in_a_story_then_its_bands_asked(engine):
    r = answer(engine, "我妈住院做了手术 基本医保报过了 还有个大兵保险 想问下是啷个分段报的 每段报几成", region="巴中")
    assert ids(r)[:1] == ["bz-3-23"], r.text
    assert all(p in r.text for p in ("60%", "70%", "85%")), r.text


# ---- a cap heard, after the question asking it ---------------------------------------------------------

def test_a_heard_cap_after_a_question_closed_by_a_particle_is_checked_not_computed(engine):
    r = answer(engine, "职工的大额医疗补助一年最高报好多嘛 我听别人说才30万", region="巴中")
    assert r.kind == "faq", r.text
    assert "50万" in r.text and "在职职工还是退休" not in r.text, r.text


# ---- years without cover, listed with where and why ----------------------------------------------------

def test_listed_years_with_why_before_not_paid_are_counted(engine):
    r = answer(engine, "我2024年2025年都在广东上班 想到没生病就没买合疗 2026年交了 等几个月", region="巴中")
    computed(r, 4)
    assert "断保 2 年" in r.text, r.text


# ---- a switch with no break --------------------------------------------------------------------------

def test_a_switch_said_without_any_break_gets_the_cross_scheme_rule(engine):
    r = answer(engine, "居民医保交了六年了 这个月开始单位给我买职工医保 一个月都没断过 要等多久才能报", region="巴中")
    computed(r, 0)
    assert "从缴费之日起即可享受" in r.text and "断缴了几个月" not in r.text, r.text


def test_a_switch_with_its_months_said_still_counts_them(engine):
    r = answer(engine, "居民医保交了六年了 转职工医保 中间断了五个月 要等多久", region="巴中")
    assert r.kind == "calculation" and "5 个月" in r.text, r.text


# ---- a grandchild said the 四川 way --------------------------------------------------------------------

def test_the_account_paying_a_grandchilds_fee_is_answered(engine):
    r = answer(engine, "我职工医保的个人账户可以帮孙娃子缴城乡居民医保不", region="巴中")
    assert r.kind == "faq" and ids(r)[:1] in (["bz-2-25"], ["bz-3-05-c"]), r.text
    assert "孙子女" in r.text or "近亲属" in r.text, r.text
