"""A switch from 居民 to 职工 said as going to work somewhere that pays it ("后头去厂里交职工医保",
"到单位上交职工医保") is the switch (巴中 第一章 二十六: 连续参保2年以上、切换险种中断不超过3个月的，
从缴费之日起即可享受), not two schemes of one person to ask about. Own phrasings."""
import pytest

from tests.helpers import answer as ask


@pytest.mark.parametrize("text", ["交了五年合疗 后来到单位上交职工医保 中间停了一个月 要不要等",
                                  "之前一直交居民医保 去年去公司里交职工医保了 断了两个月 还要等待期不"])
def test_going_to_work_that_pays_staff_cover_is_a_switch(engine, text):
    r = ask(engine, text, region="巴中")
    assert "一个人只能参加其中一种" not in r.text, r.text
    assert "缴费之日起" in r.text, r.text
