"""Bills of 门诊慢病 care told one per month by digit ("4月花了500 5月花了300 …") are each month's bill of the
same disease: summed under the disease's yearly limit (巴中 第四章 三问), never the first month's alone."""
from tests.helpers import answer, computed


def test_chronic_bills_by_digit_month_are_summed_under_the_yearly_limit(engine):
    r = answer(engine, "我城乡居民 慢阻肺办了门慢 4月花了500 5月花了300 6月花了200 报多少", region="巴中")
    # (500 + 300 + 200) × 90% = 900 > 800, the 居民 慢阻肺 limit: 800
    computed(r, 1000, 800, name="chronic")
    assert "500 × 90%" not in r.text, r.text


def test_chronic_bills_by_digit_month_under_the_limit(engine):
    r = answer(engine, "我城乡居民 冠心病门慢 4月花了200 5月花了300 报多少", region="巴中")
    # (200 + 300) × 90% = 450 < 800
    computed(r, 500, 450, name="chronic")
