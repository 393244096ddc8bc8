"""大病保险's cap over a run of years, said the spoken way. Own phrasings, through the real engine.

- "连着买了六年", "连到续了五年": a run of years insured in a row (the cover bought, 买 / 续), computed.
- "以后一直这么交下去 最高能加到多少" after a cap was computed: the run kept up with no last year — the rule's
  highest cap, not the case's year again."""
from tests.helpers import computed, talk


def test_a_run_bought_in_a_row_is_computed(engine):
    r = talk(engine, ["合疗从2025到2030年连着买了六年 2030年大病保险最高报好多"], region="巴中")[0]
    computed(r, 308000, name="serious_illness_cap")       # 30万 + 2 × 4000 (the 5th and 6th years)


def test_the_run_kept_up_after_a_cap_gets_the_highest(engine):
    first, r = talk(engine, ["合疗从2025到2030年连着买了六年 2030年大病保险最高报好多", "以后一直这么交下去 最高能加到多少"],
                    region="巴中")
    computed(r, 360000, name="serious_illness_cap")
    assert r.text.index("360,000") < r.text.index("计算"), r.text     # the bound leads
