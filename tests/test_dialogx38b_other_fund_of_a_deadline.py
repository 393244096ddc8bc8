"""When a claim must be made, asked of a stay, then another fund named alone ("大病保险的呢", "二次报销这块呢"):
that fund's deadline (巴中: 大病保险 次年7月底), never the basic claim's page (次年6月底) found again, nor
the fund's definition."""
import pytest

from tests.helpers import talk


@pytest.mark.parametrize("fund", ["二次报销这块呢", "那二次报销的呢"])
def test_other_fund_named_alone_after_a_claim_deadline_is_that_fund_s_deadline(engine, fund):
    first, asked = talk(engine, ["在外地看病住院没能直接结算 回来多久内要去报", fund], region="巴中")
    assert "6月底" in first.text, first.text
    assert "7月底" in asked.text and "6月底" not in asked.text, asked.text


def test_a_figure_named_alone_is_still_asked_of_the_topic_before(engine):
    _, figure = talk(engine, ["居民医保门诊统筹怎么报", "起付线呢"], region="巴中")
    assert "门诊" in figure.text, figure.text
