"""An employer's 职工 fee asked for several workers, each base listed ("基数分别…", "一个…一个…"): the
employer pays its rate on the bases' sum (巴中 第二章 五问: 用人单位按本单位参保职工个人月缴费基数之和的7%),
the workers' own parts summed likewise — never the first base alone, nor a 居民 household's fee for
the workers counted."""

import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text,base_sum,employer", [
    # 3000 + 5000 = 8000; 8000 × 7% = 560
    ("单位两个人 基数3000和5000 单位每月交多少医保", 8000, 560),
    # 4500 + 5500 = 10000; × 7% = 700 (the 一个 counts a worker, is no base)
    ("我们店里两个员工 一个基数4500 一个5500 单位一个月要交多少职工医保", 10000, 700),
    # 3000 + 4000 + 5000 = 12000; × 7% = 840 (the workers counted are no 居民 household)
    ("公司3个人 缴费基数是3000 4000 5000 单位一个月交多少", 12000, 840),
    # 3200、3600、4200 = 11000; × 7% = 770
    ("厂里员工缴费基数分别是3200、3600、4200 单位每个月交好多", 11000, 770),
])
def test_the_employer_pays_on_the_sum_of_the_bases(engine, text, base_sum, employer):
    r = computed(answer(engine, text, region="巴中"), base_sum, employer, name="contribution")
    assert "居民" not in r.text.split("计算")[0], r.text


def test_one_base_is_still_one_workers_fee(engine):
    r = computed(answer(engine, "我缴费基数5000 单位每月交多少", region="巴中"), 350, name="contribution")
    assert "名职工" not in r.text, r.text
