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


# ---- a campus elsewhere, and the covered region's scheme asked of it -----------------------------------

def test_a_student_at_another_campus_asking_of_the_campus_region_is_referred(engine):
    r = answer(engine, "我是昌平校区的 也要参加克拉玛依那边的居民医保吗", region="克拉玛依")
    assert r.kind == "unanswered" and "400" not in r.text, r.text


def test_the_campus_own_student_still_gets_the_fee(engine):
    r = answer(engine, "我在克拉玛依校区读书 医保一年交多少", region="克拉玛依")
    assert r.kind == "faq" and "400" in r.text, r.text


# ---- a figure quoted, stated in several places ---------------------------------------------------------

def test_a_figure_quoted_with_no_matter_lists_each_place_it_is_stated(engine):
    r = answer(engine, "群里发的那个1200元到底是什么意思", region="克拉玛依")
    assert r.kind == "faq" and UNDERSTOOD not in r.text, r.text
    assert "政府补助" in r.text and "6月30日以后" in r.text, r.text
    assert {"ky-02-03", "ky-02-12"} <= set(ids(r)), ids(r)


def test_a_figure_quoted_with_its_matter_is_the_searchs(engine):
    r = answer(engine, "大病保险起付线14448是什么意思", region="巴中")
    assert "手册里写到" not in r.text, r.text


# ---- care elsewhere, its rate asked, no filing said: the kinds, where a handbook names them by people --------

def test_the_rate_elsewhere_with_no_filing_said_asks_which_kind(engine):
    r = answer(engine, "人在外地看病 能报百分之多少", region="克拉玛依")
    assert r.kind == "clarify", r.text
    assert any("长期居住" in s for s in r.suggestions) and any("临时就医" in s for s in r.suggestions), r.suggestions


# ---- 低保边缘: a group of its own --------------------------------------------------------------------------

def test_borderline_households_own_page_answers_how_and_where(engine):
    r = answer(engine, "我们是低保边缘家庭 医疗救助要怎么申请 在哪里办", region="长治")
    assert "乡镇申请" in r.text and "低保、特困身份的申请" not in r.text, r.text


def test_applying_for_low_income_status_itself_stays_out_of_scope(engine):
    r = answer(engine, "低保户在哪里申请", region="长治")
    assert r.kind == "unanswered", r.text


# ---- a group's rate asked with no group said, each group a page ----------------------------------------

def test_assistance_rate_of_no_group_asks_which_group(engine):
    r = answer(engine, "医疗救助住院能救百分之多少", region="长治")
    assert r.kind == "clarify", r.text
    assert any("特困" in s for s in r.suggestions) and any("低保" in s for s in r.suggestions), r.suggestions


def test_assistance_rate_of_a_group_said_is_that_groups(engine):
    r = answer(engine, "特困人员住院医疗救助能救几成", region="长治")
    assert r.kind == "faq" and "100%" in r.text, r.text
