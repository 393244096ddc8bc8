"""What a conversation tells after a question back, or asks next, through the real engine. Own phrasings.

- The scheme said as the employer paying it ("公司里给交的医保"): 职工, the case computed with its rows.
- A rate heard said with the tier asked back ("二级的 听人说能报八成二"): the stay computed for the scheme the
  conversation told, the figure denied with that scheme's row — never both schemes' rows instead of the sum.
- A correction denying an emergency ("说错了 不是急诊 … 没有转诊"): the unreferred rows, not the emergency's kept.
- A stay after another within one treatment, the deductible asked how it is reckoned or asserted in full again:
  the difference computed; the way back down the tiers after it: no deductible again, never the figure
  asserted before taken for a bill.
- How long a claim takes asked after whether a bill is paid: the page stating the time.
- A resident's wait after a year's gap, the day paid not told: the day cover starts when paid before 1 January.
"""
from tests.helpers import computed, talk


def test_scheme_said_as_the_employer_paying_it(engine):
    first, r = talk(engine, ["在恩阳一家二级医院住院花了8000 全是目录内的 报好多",
                             "公司里给交的医保 我还在上班"], region="巴中")
    assert first.kind == "clarify", first.text
    computed(r, 6232, name="inpatient")           # (8000 − 400) × 82 %: 职工 在职, 二级
    assert "职工" in r.text, r.text


def test_rate_heard_with_the_tier_answered_is_checked_for_the_scheme_told(engine):
    _, r = talk(engine, ["我妈住院花了一万 都在目录内 合疗 能报多少",
                         "二级的 听人说二级能报八成二是不是"], region="巴中")
    computed(r, 6720, name="inpatient")           # (10000 − 400) × 70 %: 居民, 二级
    assert "不是82%" in r.text and "70%" in r.text, r.text


def test_emergency_denied_in_a_correction_takes_the_unreferred_rows(engine):
    first, r = talk(engine, ["巴中职工医保 在西安旅游时急诊住院 二级医院 合规一万 报多少",
                             "说错了 不是急诊 是专门过去看的 没有转诊"], region="巴中")
    computed(first, 6930)                          # (10000 − 1000) × 77 %: 急诊 elsewhere
    computed(r, 6480)                              # (10000 − 1000) × 72 %: 非急诊且未转诊
    assert "未转诊" in r.text, r.text


def test_transfer_up_then_back_down_the_tiers(engine):
    up, down = talk(engine, ["我爸合疗 先在一级医院住 后来转去三级医院 同一次病 起付线是不是又要交700",
                             "那从三级转到二级呢"], region="巴中")
    computed(up, 400)                              # 700 − 300: only the difference
    assert "差额" in up.text, up.text
    assert "不再" in down.text and "630" not in down.text and "700 ×" not in down.text, down.text


def test_second_stay_higher_asked_how_its_deductible_is_reckoned(engine):
    r, = talk(engine, ["今年在一级医院住过院了 起付线交了 这次去二级医院住 起付线怎么算"], region="克拉玛依")
    computed(r, 100)                               # 200 − 100
    assert "差额" in r.text, r.text


def test_how_long_a_claim_takes_after_whether_a_bill_is_paid(engine):
    _, r = talk(engine, ["三级医院门诊自费的票能拿回来报不", "那报销大概要多久"], region="克拉玛依")
    assert r.kind == "faq" and "60个工作日" in r.text, r.text


def test_wait_after_a_gap_with_the_day_paid_unsaid_names_the_day_cover_starts(engine):
    r, = talk(engine, ["去年没交居民医保 今年交了 多久才能用"], region="巴中")
    assert "3 个月" in r.text and "4月1日" in r.text, r.text
