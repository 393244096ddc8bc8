"""How a bill is read when it is said more than once or with no kind of care: a total said roughly
(一万七八, 万把块) beside its exact in-catalogue part takes that part; a hospital's tier with its 合规
bill and no word of a visit is a stay's bill, and the answer says it took it so; 能报的费用 is the bill,
not a payout asserted; a figure before a pause is not a band named by the next clause's 那部分; a
transfer said without 到 (一级医院转二级医院) is a transfer. Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed


@pytest.mark.parametrize("text,figure", [
    # 巴中 居民 三级 700 / 60%: (12000 − 700) × 60% = 6780
    ("老汉在三级医院住院 一共花了一万三四 单子上合规的是一万二 合疗 能报好多", 6780),
    # 巴中 居民 一级 300 / 80%: (8000 − 300) × 80% = 6160
    ("在一级医院住院 花了万把块 政策范围内是8000 居民医保 报多少", 6160),
])
def test_a_rough_total_gives_way_to_its_exact_part(engine, text, figure):
    r = computed(ask(engine, text, region="巴中"), figure, name="inpatient")
    assert "没法当作一个具体金额" not in r.text and "约数" not in r.text, r.text


@pytest.mark.parametrize("text,figure", [
    # 巴中 职工 三级 700 / 80%: (9700 − 700) × 80% = 7200
    ("职工医保 三级医院 合规费用9700 能报好多", 7200),
    # 巴中 居民 二级 400 / 70%: (5400 − 400) × 70% = 3500
    ("合疗 二级医院 政策范围内的钱是五千四 报好多", 3500),
])
def test_a_tiers_compliant_bill_is_a_stay_said_so(engine, text, figure):
    r = computed(ask(engine, text, region="巴中"), figure, name="inpatient")
    assert "按住院费用计算" in r.text, r.text


@pytest.mark.parametrize("text", ["职工医保 二级医院看病 合规800 报多少", "居民 三级医院门诊 合规费用600 报好多"])
def test_a_visit_word_keeps_the_care_asked_or_outpatient(engine, text):
    r = ask(engine, text, region="巴中")
    assert "按住院费用计算" not in r.text, r.text


def test_an_operation_named_by_its_organ_is_a_stay(engine):
    # 巴中 居民 二级 400 / 70%: (8400 − 400) × 70% = 5600
    r = computed(ask(engine, "在二级医院做了个阑尾手术 合规8400 居民医保 能报多少", region="巴中"), 5600, name="inpatient")
    assert "按住院费用计算" not in r.text, r.text


def test_the_reimbursable_part_told_is_the_bill(engine):
    # 巴中 居民 二级 400 / 70%: (4400 − 400) × 70% = 2800
    computed(ask(engine, "二级医院住院 合疗 能报的费用4400元 最后能报多少？", region="巴中"), 2800, name="inpatient")


def test_a_figure_before_a_pause_is_no_band(engine):
    # 巴中 职工 二级 400 / 82%: (10400 − 400) × 82% = 8200
    computed(ask(engine, "职工医保 二级医院住院合规1.04万 统筹那部分报多少", region="巴中"), 8200, name="inpatient")
    from intents.slots import extract
    # (a band named right after its figure still is one: the bill is the 15万)
    assert extract("住院花了15万 10万以上那部分报多少").get("amount") == 150000


def test_a_transfer_said_without_dao(engine):
    # 巴中 居民: 一级 300 paid, 三级 700: only 400 more; (5400 − 400) × 60% = 3000
    r = computed(ask(engine, "合疗 一级医院转三级医院 同一个病 三级医院合规5400 报好多", region="巴中"), 400, 3000)
    assert "按住院费用计算" not in r.text, r.text
