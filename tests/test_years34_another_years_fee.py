"""A year-stamped fee (the residents' 个人缴费标准, the 筹资, 长护险's) asked of a year its handbook does
not give it for — earlier as well as later — is not known (round 34's decision): an `unanswered` reply
that says the handbook gives only its own years' figures, names them as those years' with their
sources, and gives the office; never the handbook year's page with a note, which states that year's
figure as the answer to the year asked. 巴中 第三章 六问 gives 2026年度's 400元 and 八问 2025年度's
筹资 (个人 400元); 克拉玛依 第2部分 gives 2026年度's 400元 and 长护险 53元. Own phrasings, through the engine."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed, talk


@pytest.mark.parametrize("region, text, past, given", [
    ("巴中", "巴中2022年度城乡居民个人缴费标准是好多", "2022", "2026年度个人缴费标准是400元"),
    ("巴中", "翻到张旧收据 一九年合疗一个人交的好多", "2019", "2026年度个人缴费标准是400元"),
    ("克拉玛依", "2023年度校区学生居民医保个人要交多少钱", "2023", "2026年度个人缴费标准是400元"),
    ("克拉玛依", "2021年学校的长护险一年多少钱", "2021", "2026年度居民长护险缴费标准是53元"),
    ("巴中", "巴中2022年度居民医保每人筹资总额是多少", "2022", "2026年度每人筹资总额是1100元"),
])
def test_an_earlier_years_fee_is_not_known(engine, region, text, past, given):
    r = ask(engine, text, region=region)
    assert r.kind == "unanswered" and r.calculation is None, r.text
    assert f"没有{past}年度的" in r.text and "往年的标准手册没有列出" in r.text, r.text
    assert given in r.text and f"不是{past}年度的" in r.text and "来源：" in r.text, r.text
    assert "如需咨询" in r.text and "可能不同" not in r.text, r.text


def test_bazhongs_other_given_year_is_named_with_its_own_source(engine):
    # (巴中 第三章 八问 states 2025年度's 个人缴费 400元 with the 筹资: named as 2025's, its page cited)
    r = ask(engine, "巴中2021年居民医保个人交多少", region="巴中")
    assert r.kind == "unanswered" and "2025年度的是400元" in r.text, r.text
    assert "第三章 六问" in r.text and "第三章 八问" in r.text, r.text


def test_a_later_years_long_term_care_fee_names_its_own_figure(engine):
    # (长护险's fee of a later year: its own 53元 named for reference, not the medical fee's 400元)
    r = ask(engine, "克拉玛依2029年度长护险交好多", region="克拉玛依")
    assert r.kind == "unanswered" and "没有2029年度的" in r.text and "以医保部门届时公布的为准" in r.text, r.text
    assert "居民长护险缴费标准是53元" in r.text and "个人缴费标准是400元" not in r.text, r.text


@pytest.mark.parametrize("region, turns, needle", [
    ("巴中", ["合疗一个人一年要交好多", "那2022年的呢"], "2026年度个人缴费标准是400元"),
    ("克拉玛依", ["学生居民医保个人缴费多少", "2024年度的呢"], "2026年度个人缴费标准是400元"),
    ("克拉玛依", ["长护险一年交多少钱", "那2022年度的呢"], "居民长护险缴费标准是53元"),
])
def test_an_earlier_year_as_a_follow_up_of_the_fee_is_not_known(engine, region, turns, needle):
    *_, r = talk(engine, turns, region=region)
    assert r.kind == "unanswered" and r.calculation is None, r.text
    assert "往年的标准手册没有列出" in r.text and needle in r.text, r.text


def test_a_year_the_handbook_gives_is_still_answered(engine):
    # (巴中 2025年度: 八问 states it — its figure, no "not known")
    r = ask(engine, "巴中2025年度合疗个人交了好多钱", region="巴中")
    assert r.kind == "faq" and "400" in r.text and "没有2025年度的" not in r.text, r.text


@pytest.mark.parametrize("region, text, figure", [
    # a year that tells the story (what was paid then) is no fee asked of it: this year's household sum
    ("巴中", "我22年那会儿交合疗交了400 屋头四个人2026年一共交好多", 1600),
    # a stay's year is the case's: the stay is computed
    ("巴中", "2024年在乡镇卫生院住院 合规费用3000 合疗报好多", 2610),
])
def test_a_story_year_is_not_taken_for_a_fee_asked(engine, region, text, figure):
    computed(ask(engine, text, region=region), figure)


def test_a_late_payment_of_a_past_year_keeps_its_rule(engine):
    # (克拉玛依: "2025年6月30日以后缴纳当年居民医保费用的，个人缴费标准为1200元" — a case the guide gives)
    r = ask(engine, "2025年的学生医保我一直没交 现在9月份了补交2025年的要多少钱", region="克拉玛依")
    assert r.kind != "unanswered" and "1200" in r.text, r.text


@pytest.mark.parametrize("text, needle", [
    # a rule not stamped with a year keeps the page with the year named
    ("2023年职工医保单位缴费比例是多少", "7%"),
    # the window is a rule the handbook states for every year (上一年的10月至当年的2月底)
    ("2024年度合疗集中缴费期是啥时候", "2月"),
])
def test_other_earlier_year_questions_are_answered_as_before(engine, text, needle):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and needle in r.text and "往年的标准手册没有列出" not in r.text, r.text


def test_what_the_guide_says_of_the_year_asked_is_named_beside(engine):
    # (克拉玛依 第2部分 states 2025's fee paid after 6月30日 — 1200元 — but no 2025 standard: not known,
    # with that sentence named as the guide's)
    r = ask(engine, "2025年度学生医保正常是交多少", region="克拉玛依")
    assert r.kind == "unanswered" and "没有2025年度的" in r.text, r.text
    assert "手册另写有：2025年6月30日以后缴纳当年居民医保费用的，个人缴费标准为1200元" in r.text, r.text
    r = ask(engine, "2023年度学生医保正常是交多少", region="克拉玛依")
    assert r.kind == "unanswered" and "1200" not in r.text, r.text


def test_a_figure_checked_of_an_earlier_year_is_not_corrected_with_the_handbooks(engine):
    # ("不是…：2026年度…400元" would state 2026's figure as the check of another year's)
    r = ask(engine, "2022年合疗是不是交的350", region="巴中")
    assert r.kind == "unanswered" and "没有2022年度的" in r.text and "不是350" not in r.text, r.text


def test_a_year_not_given_beside_one_given_names_the_given_one_as_its_own(engine):
    r = ask(engine, "巴中2022年跟2025年合疗个人各交好多", region="巴中")
    assert r.kind == "unanswered" and "没有2022年度的" in r.text and "2025年度的是400元" in r.text, r.text
