"""Patterns that read more than was said: a "whether" asked of a limit ("有没有封顶") is no limit denied; a fee
asked alone ("每年交多少") is no lump sum of the lacking years asked (巴中 2025年退休: 累计20年、本市10年, 一次性补缴);
a follow-up naming the other scheme replaces the asker's scheme only, never a relative's."""
import pytest

from bot.engine import _NO_LIMIT_SAID, _before_in_scheme_now
from intents.premise import retirement_years
from tests.helpers import talk


@pytest.mark.parametrize("text", ["住院报销有没有上限", "门诊封不封顶", "两病限不限额", "有没得封顶线"])
def test_whether_there_is_a_limit_is_no_limit_denied(text):
    assert not _NO_LIMIT_SAID.search(text)


@pytest.mark.parametrize("text", ["听说门诊不封顶", "是不是没限额", "没有上限吧"])
def test_a_limit_denied_is_still_read(text):
    assert _NO_LIMIT_SAID.search(text)


def test_a_fee_asked_alone_is_no_lump_sum():
    c = retirement_years("今年2025年退休 一共交了17年 在巴中交了11年 差几年 每个月交多少", "巴中")
    assert "补缴 3 年" not in c.headline and "差 3 年" in c.headline, c.headline


@pytest.mark.parametrize("text", ["今年2025年退休 一共交了17年 在巴中交了11年 差几年 补齐的话要交多少",
                                  "今年2025年退休 一共交了17年 在巴中交了11年 差几年 一次性交多少"])
def test_the_lump_sum_asked_is_computed(text):
    c = retirement_years(text, "巴中")
    assert "补缴 3 年" in c.headline, c.headline


def test_a_relatives_scheme_stays_theirs():
    said = _before_in_scheme_now("俺是城乡居民 俺老公也是居民 生娃咋个报", "那职工医保呢")
    assert said.startswith("俺是职工医保") and "俺老公也是居民" in said, said
    assert _before_in_scheme_now("合疗生娃咋报", "职工的呢") == "职工医保生娃咋报"


@pytest.mark.parametrize("text", ["职工医保生娃怎么报销", "俺是单位职工 生小孩咋个报"])
def test_a_staff_members_own_birth_gets_the_staff_rule(engine, text):
    """巴中 第二章 二十八问: 顺产3500元；难产（含剖宫产）5500元 — the 职工's own rule, not the spouse's 补差 page."""
    from tests.helpers import answer
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and "3500" in r.text and "5500" in r.text and "补差" not in r.text, r.text


@pytest.mark.parametrize("text", ["职工 二级医院住院 总共花了三万 能报的是一万五 报多少吗",
                                  "职工二级医院住院花了三万 可以报的有一万五 统筹给好多？"])
def test_the_eligible_part_told_is_the_bill_not_a_figure_denied(engine, text):
    """巴中 职工 二级医院: 起付400元, 82% — the eligible 15000 is what is computed, never denied as a payout."""
    from tests.helpers import answer
    r = answer(engine, text, region="巴中")
    assert r.kind == "calculation" and "不是15000" not in r.text and "11972" in r.text.replace(",", ""), r.text


def test_a_plain_disease_computed_under_its_qualified_entry_says_so(engine):
    """巴中's 慢病 list has 糖尿病 only as 糖尿病伴并发症 (职工 1000元/年, 90%): computed under it, and said."""
    from tests.helpers import answer, computed
    r = computed(answer(engine, "职工医保 血糖高 糖尿病认定了慢病 门诊开药花了600 报多少", region="巴中"), 540)
    assert "按门诊慢病病种目录里的“糖尿病伴并发症”计算" in r.text, r.text


@pytest.mark.parametrize("text", ["俺退休好几年了 职工医保一个月要交好多", "退休的职工 医保每月扣多少钱"])
def test_a_retirees_monthly_fee_is_the_no_fee_rule(engine, text):
    """巴中 第二章 十八问: 缴费年限达到规定缴费年限的，不再缴纳基本医疗保险费 — never the base asked."""
    from tests.helpers import answer
    r = answer(engine, text, region="巴中")
    assert "不再缴纳" in r.text and "缴费基数" not in r.text, r.text


def test_a_person_said_fine_after_a_finished_calculation_is_acknowledged(engine):
    *_, r = talk(engine, ["我和闺女都是合疗 我在乡镇卫生院住院花了3000 报多少", "闺女的没事"], region="巴中")
    assert r.kind == "clarify" and "2610" not in r.text.replace(",", ""), r.text


def test_the_home_town_told_after_work_away_in_an_earlier_message_is_home(engine):
    """巴中 居民 二级: 起付400, 70% — (5000−400)×70% = 3220, at home, no 异地 filing asked."""
    *_, r = talk(engine, ["俺在外地上班 交的是合疗", "回老家二级医院住院花了5000 能报多少"], region="巴中")
    assert r.kind == "calculation" and "3220" in r.text.replace(",", ""), r.text


def test_month_by_month_bills_answering_the_special_form_count_every_month(engine):
    """巴中 居民 门诊特病 (第四章 五问): one 二级 deductible 400 a year, then 60% — (2000−400)×60% + 2500×60% = 2460."""
    *_, r = talk(engine, ["合疗 尿毒症已经认定门特了 透析能报好多", "5月花了2000 6月花了2500"], region="巴中")
    assert r.kind == "calculation" and "2460" in r.text.replace(",", ""), r.text


def test_a_relatives_scheme_alone_before_is_the_cases_and_replaced():
    assert _before_in_scheme_now("俺老婆合疗 生娃报多少", "俺是职工医保 职工的呢").startswith("俺老婆职工医保")
