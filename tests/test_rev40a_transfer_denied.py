"""A move between the region's own hospitals said not to have happened, in any words and anywhere in the
message: two stays of their own, each its own deductible — never a transfer's difference, nor the row of
care away unfiled (a referral is only care away's). Phrasings of our own."""
import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text", [
    # 巴中 居民: 卫生院 100 / 90 % — (2500 − 100) × 90 % = 2160; 三级 700 / 60 % — (9000 − 700) × 60 % = 4980
    "不是转院 头一回在卫生院住花了2500 第二回在三级医院住花了9000 居民医保 报多少",
    "没转诊 先在卫生院住院花了2500 隔了几个月又去三级医院住院花了9000 居民医保 一共报多少",
    "没有走转诊 头回卫生院住院2500 后来三级医院住院9000 居民医保 报多少",
])
def test_two_stays_with_the_move_denied_are_each_their_own(engine, text):
    r = computed(answer(engine, text, region="巴中"), 2160, 4980)
    assert "补差额" not in r.text and "1000 起付线" not in r.text, r.text


def test_a_referral_denied_with_care_away_said_stays_the_unfiled_row(engine):
    # 巴中 居民 未转诊外出 三级: 1000 / 50 % — (9000 − 1000) × 50 % = 4000
    computed(answer(engine, "没转诊 自己跑去外地三级医院住院花了9000 居民医保 报多少", region="巴中"), 4000)
