"""Calculations as people ask them, each by its handbook's figures (巴中 第二章 五、七、十三、三十五、
三十六问, 第三章 六、八问), in phrasings of our own, through the engine:

- a stay's bill asked fund by fund ("基本医保报好多 剩下的大额补助再报好多"): one chain, the later fund
  on what the first left, never a rule's page for the second part;
- a 职工's fee on a base with its parts named (基本医疗 9 %, 大额 2 %, 生育 0.6 %): each part and their
  sum, a fee and never a birth's benefit ("是顺产、剖宫产…" is no answer to it);
- a household listed member by member with one subsidised ("我跟老伴加一个孤儿孙子"): each member's
  own fee;
- the state's part of the 筹资 (财政补助) asked beside the household's fee ("国家一共补了好多"): per
  person and for all.
"""

import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text,figures", [
    # 退休: basic (20700 − 700) × 80% = 16000; 大额 on the 4700 left, no deductible, 85%: 3995
    ("我退休了 职工医保 在三级医院住院 合规20700 基本医保能报多少 剩下的大额补助还能报多少", (16000, 3995)),
    # 在职: (50000 − 700) × 80% = 39440; 大额 (10560 − 400) × 85% = 8636
    ("在职职工 三级医院住院合规5万 基本医保报好多 剩余的大额补助再报好多", (39440, 8636)),
])
def test_a_bill_asked_fund_by_fund_is_one_chain(engine, text, figures):
    r = computed(answer(engine, text, region="巴中"), *figures)
    assert "【2】" not in r.text, r.text


@pytest.mark.parametrize("text,figures", [
    # 灵活就业 on the minimum base 5000: 9% 450, 大额 2% 100, 生育 0.6% 30; all three 580
    ("灵活就业人员 最低缴费基数5000 基本医疗按9% 大额按2% 还有生育0.6% 每个月各交多少 合计多少", (450, 100, 30, 580)),
    # a staff base of 6000, 生育 0.6%: 36
    ("单位职工 生育保险 基数6000 每个月按0.6%缴多少", (36,)),
])
def test_a_staff_fee_with_its_parts_is_a_fee_not_a_birth(engine, text, figures):
    r = computed(answer(engine, text, region="巴中"), *figures, name="contribution")
    assert "顺产" not in r.text and "剖宫产" not in r.text, r.text


@pytest.mark.parametrize("text,figures", [
    # 孤儿 0, two ordinary 400 each: 800
    ("我和老伴还有一个孤儿孙女 2026年合疗一共交多少", (800,)),
    # 低保 100, two ordinary 400 each: 900
    ("我跟我妈加一个低保的弟弟 2026年居民医保总共要交好多", (900,)),
])
def test_a_household_listed_member_by_member_pays_each_share(engine, text, figures):
    computed(answer(engine, text, region="巴中"), *figures, name="contribution")


@pytest.mark.parametrize("text,figures", [
    # 2026: personal 400, 财政补助 700 a person; 3 people: 1200 and 2100
    ("家里3个人 2026年合疗一共交多少 政府一共给我们补贴了多少", (1200, 2100)),
])
def test_the_states_part_is_computed_beside_the_fee(engine, text, figures):
    r = computed(answer(engine, text, region="巴中"), *figures, name="contribution")
    assert "财政补助" in r.text and "第三章 八问" in r.text, r.text


def test_the_fee_alone_does_not_add_the_states_part(engine):
    r = computed(answer(engine, "家里3个人 2026年合疗一共交多少", region="巴中"), 1200)
    assert "财政补助" not in r.text, r.text
