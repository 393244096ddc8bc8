"""A later question naming no 医保 matter of its own leans on the one before (tests39). Own phrasings, through
the real engine.

- Past a bare 截止 asked of a scheme's payment alone ("校区医保几号截止 晚了会咋样"): what missing the payment
  window means, the late-payer / waiting page — read with the first part's topic, not its ask again.
- A bare 截止 of something else (报销) is not taken for the payment window by this rule.
- A channel asked after a filing ("…要不要办备案 网上咋弄"), the asker's scheme inferred from the story: the
  filing's online channels, never the scheme's payment channels the scheme's name pulls the bare question to."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text", ["校区医保几号截止 晚了会咋样", "咱学校的医保截止是几号 错过了会咋样"])
def test_past_a_schemes_bare_deadline_gets_the_waiting_page(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq" and "【2】" in r.text, r.text
    first, second = r.text.split("【2】")
    assert "1月10日" in first and "等待期" in second, r.text
    assert len(set(ids(r))) == 2, ids(r)


def test_a_bare_deadline_of_a_claim_is_no_payment_deadline(engine):
    # (the rule reads 截止 of a scheme's payment only: a claim's deadline keeps its own reading)
    assert not engine._deadline_of_paying("报销截止是哪天")
    assert engine._deadline_of_paying("校区医保几号截止")


@pytest.mark.parametrize("text", [
    "退休了要去深圳跟儿子住好几年 要不要办备案 网上咋弄",
    "明年去广州帮儿子看孙子 要住三四年 医保得备案不 手机上咋个弄",
])
def test_a_channel_asked_after_a_filing_is_the_filings(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and "【2】" in r.text, r.text
    second = r.text.split("【2】")[1]
    assert "四川医保APP" in second or "国家医保服务APP" in second, r.text
    assert "缴费渠道" not in second, r.text
