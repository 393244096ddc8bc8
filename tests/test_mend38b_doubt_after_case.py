"""A figure asserted or doubted right after a case was computed is checked against that case's figures
(the fee it computed, the row its facts pick), never confirmed from another case's row of the policy:
a late payer asking whether it is still the on-time fee is told no, with the figure placed where it belongs."""
import pytest

from tests.helpers import talk

LATE = "今年的居民医保我一直拖着没交 现在都8月份了 补交的话个人交多少"


@pytest.mark.parametrize("doubt", ["还是交400吗", "不是400吗", "我听说还是400", "400对不对", "听说是交400"])
def test_the_on_time_fee_doubted_after_a_late_fee_is_denied(engine, doubt):
    first, r = talk(engine, [LATE, doubt], region="克拉玛依")
    assert "1,200" in first.text or "1200" in first.text, first.text
    assert r.text.startswith("不是400"), r.text
    assert "1200元" in r.text and "按时缴纳" in r.text, r.text
    assert not r.text.startswith("对"), r.text


def test_the_late_fee_itself_confirmed_after_it_was_computed(engine):
    _, r = talk(engine, [LATE, "是1200吧"], region="克拉玛依")
    assert r.text.startswith("对") and "1200元" in r.text, r.text


STAY = "我爸城乡居民医保 在二级医院住院 政策范围内一万 能报多少"


@pytest.mark.parametrize("doubt, wrong, right", [
    ("起付线不是300吗", "300", "起付线400元"),
    ("还是报八成吗", "80%", "报销比例70%"),
    ("起付线700对不对", "700", "起付线400元"),
    ("听说是报80%", "80%", "报销比例70%"),
])
def test_a_rule_figure_doubted_after_a_stay_is_the_stays_row(engine, doubt, wrong, right):
    first, r = talk(engine, [STAY, doubt], region="巴中")
    assert first.kind == "calculation", first.text
    assert r.text.startswith(f"不是{wrong}"), r.text
    assert right in r.text and "二级" in r.text, r.text


def test_the_stays_own_deductible_confirmed(engine):
    _, r = talk(engine, [STAY, "还是400吗"], region="巴中")
    assert r.text.startswith("对") and "起付线400元" in r.text, r.text


def test_a_bare_payout_doubted_is_checked_and_the_bill_not_recomputed(engine):
    _, r = talk(engine, [STAY, "不是6000吗"], region="巴中")
    # (10000 − 400) × 70% = 6720: the payout computed, the figure doubted denied; no new bill of 6000
    assert r.kind != "calculation", r.text
    assert r.text.startswith("不是6000") and "6720元" in r.text, r.text


def test_a_limit_doubted_after_a_chronic_case_is_the_diseases_own(engine):
    first, r = talk(engine, ["我城乡居民 冠心病门慢 今年门诊开药合规一千五 报好多", "还是1500吗"], region="巴中")
    assert first.kind == "calculation", first.text
    assert r.text.startswith("不是1500") and "800元" in r.text, r.text
    # (the figure placed: the same disease's limit under the other scheme)
    assert "职工" in r.text and "冠心病" in r.text, r.text


def test_another_scheme_named_is_no_doubt_of_the_case(engine):
    _, r = talk(engine, [STAY, "职工是不是报80%"], region="巴中")
    assert not r.text.startswith("不是80%：按您说的情况"), r.text


def test_a_deductible_doubted_after_a_serious_illness_case_is_the_groups_own(engine):
    # 巴中 大病保险: 低保 的起付线降低50% (14448 → 7224); the general group's figure doubted after a 低保 case
    first, r = talk(engine, ["合疗的 2025年住院基本医保报完自己还掏了四万 都是政策范围内 我是低保户 二次报销报多少",
                             "起付线还是14448吗"], region="巴中")
    assert first.kind == "calculation", first.text
    assert r.text.startswith("不是14448") and "7224元" in r.text and "低保" in r.text, r.text


def test_a_figure_corrected_is_recomputed_not_doubted(engine):
    first, second, r = talk(engine, ["我妈合疗 住院花了一万多", "二级的 能报的是六千", "说错了 能报的是九千 不是六千"],
                            region="巴中")
    assert second.kind == "calculation", second.text
    # (9000 − 400) × 70% = 6020
    assert r.kind == "calculation" and "6,020" in r.text, r.text
