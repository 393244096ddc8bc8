"""Conversations the sixteenth dialogue set showed misread: an amount written 4万4448 (a unit, then
the figure below it) read as 40000 and 4448, … Own phrasings, through the real engine
(巴中 第三章二十二、二十三问)."""
from decimal import Decimal

from intents.numbers import find_numbers
from tests.helpers import computed, talk

# ---- a unit followed by the whole figure below it: 4万4448, 1万2000, 3千500 --------------------------


def test_unit_then_the_figure_below_it_is_one_amount():
    assert [n.value for n in find_numbers("是4万4448")] == [Decimal(44448)]
    assert [n.value for n in find_numbers("花了1万2000块")] == [Decimal(12000)]
    assert [n.value for n in find_numbers("3千500")] == [Decimal(3500)]
    assert [n.value for n in find_numbers("1万2")] == [Decimal(12000)]     # one digit: the step below


def test_unit_then_a_year_stays_two_numbers():
    assert [n.value for n in find_numbers("花了3万2024年住院")] == [Decimal(30000), Decimal(2024)]


def test_corrected_amount_written_with_unit_and_tail_is_computed(engine):
    # 巴中 2025 大病 起付 14448, 60%: (34448 − 14448) × 60% = 12000
    *_, r = talk(engine, ["我爸2025年住院 城乡居民 基本医保报完自己出了合规的2万4448 大病保险能报多少 普通人员",
                          "说错了 是3万4448"], region="巴中")
    computed(r, 12000)


# ---- a child "刚生" (just born), said as its own clause: the newborn's enrolment window ---------------
# (巴中 第三章七问: 出生90天内缴费, 待遇自出生之日起)


def test_child_just_born_said_short_keeps_the_newborn_in_the_question(engine):
    *_, r = talk(engine, ["住院花了3000能报多少", "不算了",
                          "外孙女刚生 要在多久之内交合疗 才能从生下来那天开始报"], region="巴中")
    assert r.kind == "faq" and "90" in r.text, r.text


# ---- the asker's own 合规自付 told after 大病保险's cap was computed for a gap: the payout -----------
# (巴中 第三章十问 / 二十二、二十三问: 每断保1年降低限额4000元; 2025 起付14448, 60%)


def test_bill_told_after_the_gap_cap_is_the_serious_illness_payout(engine):
    # (54448 − 14448) × 60% = 24000, under the cap lowered by 2 × 4000
    *_, r = talk(engine, ["我断保两年了 大病保险封顶是多少", "那我合规自付5万4448呢 普通居民"], region="巴中")
    computed(r, 24000)
    assert "292000" in r.text.replace(",", ""), r.text


# ---- how a bill is paid, asked with money spent and no figure: the calculation, its sum asked ---------


def test_how_computed_with_money_spent_unsaid_asks_for_the_case(engine):
    *_, r = talk(engine, ["住院报销咋算 我自己掏了不少钱"], region="巴中")
    assert r.kind == "clarify", r.text


def test_how_computed_alone_is_still_the_rule(engine):
    *_, r = talk(engine, ["巴中城乡居民住院报销咋算"])
    assert r.kind == "faq", r.text


# ---- "过了才交 / 过了再交" with nothing named: past the payment period, its waiting period --------------
# (巴中 第三章十问 例一: 集中缴费期后3月1日起缴费, 固定等待期3个月; 克拉玛依 缴费通知: 集中缴费期过后设置待遇等待期)


def test_paid_after_it_passed_following_the_period_is_the_wait(engine):
    *_, r = talk(engine, ["合疗集中缴费期到啥时候 去年交过的", "那过了再交呢"], region="巴中")
    assert r.kind == "faq" and "3个月" in r.text.replace(" ", ""), r.text


def test_paid_after_it_passed_said_alone_is_the_wait(engine):
    *_, r = talk(engine, ["学校医保过了才交会有啥后果"], region="克拉玛依")
    assert r.kind == "faq" and "等待期" in r.text, r.text
