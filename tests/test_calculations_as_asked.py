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


# ---- 长治 (004 slides): 医疗救助's table, 居民门诊统筹, 门诊慢性病 limits --------------------------------


@pytest.mark.parametrize("text,figures", [
    # 门诊慢性病 剩余部分: 特困 60%, 低保 30% — 2000: 1200 and 600
    ("俺爹是特困 俺舅是低保 门诊慢性病剩余部分都是2000 各能救助多少", (1200, 600)),
    # 门诊特药 剩余部分: 特困 20%, 低保 10% — 3000: 600 and 300
    ("门诊特药报完剩3000 低保和特困各救多少", (300, 600)),
])
def test_two_groups_asked_each_are_computed_side_by_side(engine, text, figures):
    r = answer(engine, text, region="长治")
    assert r.kind == "calculation" and "【1】" in r.text and "【2】" in r.text, r.text
    computed(r, *figures)
    assert "低保" in r.text.split("【2】")[0] or "低保" in r.text.split("【2】")[1], r.text


def test_each_group_keeps_the_member_said_of_it(engine):
    r = answer(engine, "我妈是低保 我婆婆是特困 门诊慢性病剩余部分都是1000 各救助多少", region="长治")
    first, second = r.text.split("【2】")
    assert "我妈是低保" in first and "我婆婆是特困" in second, r.text


@pytest.mark.parametrize("text,figures", [
    # 一级 60%; 乙类 first 5% self-paid: 100 + 400 − 20 = 480 × 60% = 288
    ("乙类药400 甲类药100 在一级医院看门诊 居民医保能报多少", (288,)),
])
def test_outpatient_drug_classes_take_the_first_share_off_the_class_b_part(engine, text, figures):
    computed(answer(engine, text, region="长治"), *figures, name="outpatient")


@pytest.mark.parametrize("text,figures", [
    # 居民 慢性肾功能不全 (二类) 440 a month: 5280 a year
    ("居民医保 慢性肾功能不全 门慢限额每个月好多 一年总共好多", (440, 5280)),
    # 职工 冠心病 430 a month: 5160 a year
    ("职工医保 冠心病门诊慢病限额 一个月多少 全年加起来多少", (430, 5160)),
])
def test_a_monthly_chronic_limit_is_given_for_the_month_and_the_year(engine, text, figures):
    r = computed(answer(engine, text, region="长治"), *figures)
    assert "【2】" not in r.text, r.text


def test_a_month_alone_is_the_rule_not_a_sum(engine):
    r = answer(engine, "居民医保 冠心病门慢限额一个月多少", region="长治")
    assert r.calculation is None or r.calculation.name != "chronic_limit", r.text


# ---- a 职工's spouse who gave birth in 居民医保: the 产前检查费 补差 (巴中 第二章 九问) ----------------------


@pytest.mark.parametrize("text", [
    "我是职工医保 我媳妇是居民医保 她生了娃已经领了居民的产检费 我这边产检费还能补好多",
    "老公职工医保 我合疗 生了孩子 产前检查费补差是好多",
])
def test_the_prenatal_top_up_needs_no_delivery_kind(engine, text):
    r = computed(answer(engine, text, region="巴中"), 300)       # 800 − 500
    assert "顺产" not in r.text.splitlines()[0], r.text


def test_a_delivery_with_the_prenatal_fee_summed_is_still_the_whole(engine):
    # 居民 顺产 limit 2000 (bill 2500 over it) + 产前检查费 500 = 2500
    computed(answer(engine, "巴中居民医保 顺产 住院合规2500 连产前检查费一共能拿多少", region="巴中"), 2500)


# ---- a figure corrected carries its entry's text: the rule's other facts ----------------------------


@pytest.mark.parametrize("text,region,figure,beside", [
    ("门诊慢性病报销是不是百分之七十", "巴中", "90%", "限额"),                # 第四章 三问
    ("合疗顺产是不是定额报2500", "长治", "1500", "3000"),                     # 居民住院待遇: 剖腹产 too
])
def test_a_correction_carries_the_entrys_text(engine, text, region, figure, beside):
    r = answer(engine, text, region=region)
    first = r.text.splitlines()[0]
    assert first.startswith("不是") and figure in first, r.text
    assert beside in r.text, r.text


def test_an_entry_stating_the_denied_figure_is_not_added(engine):
    # the 两病 page names the 慢病 limit of 1000 — beside "不是1000" it would read as confirmed
    r = answer(engine, "巴中两病糖尿病一年能报一千是不是", region="巴中")
    assert r.text.startswith("不是1000") and "1000" not in r.text.split("\n", 1)[1], r.text


@pytest.mark.parametrize("text", [
    "刚入职 头一回交职工医保 生孩子的待遇要等多久",
    "新进厂第一次参加职工医保 生育保险多久才能享受",
])
def test_the_wait_for_maternity_benefits_offers_no_delivery(engine, text):
    # 巴中 第二章 八问: 6 months after the first payment; no "是顺产、剖宫产…" offer under it
    r = answer(engine, text, region="巴中")
    assert "6个月" in r.text and "顺产" not in r.text, r.text


# ---- a hardship said in words of no one group: the group asked, never the ordinary row ----------------


@pytest.mark.parametrize("text,region,then,figure", [
    # 长治 大病: 特困/低保/返贫致贫 5000 and 80% — 30000: (30000 − 5000) × 80% = 20000
    ("我们是贫困家庭 大病保险个人合规自付3万 能赔多少", "长治", "特困", 20000),
    # 巴中 医疗救助: 低保 70% of what is left — 10000: 7000
    ("屋头是困难户 基本医保大病报完自付一万 医疗救助能给多少", "巴中", "低保", 7000),
])
def test_a_vague_hardship_asks_the_group(engine, text, region, then, figure):
    from tests.helpers import talk
    first, second = talk(engine, [text, then], region=region)
    assert first.kind == "clarify" and "category" in first.missing_slots, first.text
    computed(second, figure)
