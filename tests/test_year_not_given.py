"""A fact asked of a year its page does not give it for: the page dates the fact by its own years (巴中's
集中征缴期 of 2026, 大病起付线 of 2025年度, 缴费年限 of 2025 and of 2035; 克拉玛依's 缴费期 of 2026年度), or
states a rule in force from a date (长治's 门诊慢性病 from 2021年4月1日, 免备案 from 2024年1月1日), or — a page
dating nothing — states the rules of the handbook's day. Asked of a later year, a past one, or a time
before the rule's start: not answered as that year's (handed to staff), the page shown as its own years'.
The handbook's own years, a rule stated as lasting, and a year that dates the asker's story are answered as
before. The years come from the pages' own words. Own phrasings, through the real engine."""
import pytest

from tests.helpers import talk


@pytest.mark.parametrize("question, region, given", [
    # a later year's window / fee line / minimum years
    ("请问2028年度合疗集中征缴期从哪天到哪天", "巴中", "2026年"),
    ("二〇二八年度学生医保集中缴费期是什么时候", "克拉玛依", "2026年"),
    ("2028年度学生医保啥时候集中缴费", "克拉玛依", "2026年"),
    ("2027年大病起付线涨到多少了", "巴中", "2025年"),
    ("我2029年退休 职工医保最低缴费年限要交满多少年", "巴中", "2025、2035年"),
    # a past year, before the rule's start
    ("2019年的时候长治门诊慢性病一共多少种", "长治", "2021年起"),
    ("2022年长治居民外出住院不备案报销比例降多少", "长治", "2024年起"),
])
def test_a_year_the_page_does_not_give_is_not_answered_as_it(engine, question, region, given):
    *_, r = talk(engine, [question], region=region)
    assert r.kind == "unanswered", r.text
    year = next(y for y in ("2019", "2022", "2027", "2028", "2029") if y in question.replace("二〇二八", "2028"))
    assert f"写的是{given}的规定" in r.text and f"没有写{year}年的" in r.text, r.text


def test_a_figure_of_the_storys_time_asked_as_that_time(engine):
    # "那会的比例": the time the story is set in is the year asked, a past one the material does not state
    *_, r = talk(engine, ["我舅2023年在长治住过院，那会儿居民医保住院报销比例是多少"], region="长治")
    assert r.kind == "unanswered" and "2023年" in r.text, r.text


@pytest.mark.parametrize("question, region, needle", [
    # the page's own years
    ("2026年度合疗什么时候交", "巴中", "2025年10月20日"),
    ("2026年度学生医保集中缴费期是哪几天", "克拉玛依", "2025年9月1日"),
    ("2025年大病保险起付线是多少", "巴中", "14448"),
    ("2025年退休的话职工医保要交满多少年", "巴中", "20年"),
    # a rule stated as lasting from a date before the year asked
    ("2027年大病保险一年最多赔多少", "巴中", "30万元"),
    ("2027年长治居民省内异地住院还要备案吗", "长治", "免备案"),
    # whether the rule held then, a year before its start: the date it holds from answers that
    ("2023年长治居民在省内异地住院也是免备案吗", "长治", "2024年1月1日起"),
])
def test_the_pages_own_years_and_lasting_rules_are_answered(engine, question, region, needle):
    *_, r = talk(engine, [question], region=region)
    assert r.kind == "faq" and needle in r.text and "我不能拿它当" not in r.text, r.text


@pytest.mark.parametrize("question", ["2025年住的院，大病保险起付线是多少", "去年住院了 大病保险起付线是多少"])
def test_a_year_of_the_story_is_not_a_year_asked(engine, question):
    *_, r = talk(engine, [question], region="巴中")
    assert r.kind == "faq" and "14448" in r.text and "我不能拿它当" not in r.text, r.text


# a figure the asker tells as a year's ("2026年度是200", "二五年的是一万四千多"): a premise about the rule, compared
# with the page's figure — never a bill computed on it (no one asked what 200 yuan of care yields)
@pytest.mark.parametrize("question, region, figure, year", [
    ("2027年度学生住院二级医院起付线多少 2026年度是200", "克拉玛依", "200", "2027"),
    ("2022年长治居民在县里二甲医院住院起付线是多少 2025年是400", "长治", "400", "2022"),
    ("二七年的大病保险起付线是好多 二五年的是一万四千多", "巴中", "14448", "2027"),
])
def test_a_figure_told_as_a_years_is_a_premise_not_a_bill(engine, question, region, figure, year):
    *_, r = talk(engine, [question], region=region)
    assert r.kind != "calculation" and figure in r.text and year in r.text, r.text
    assert "个人自付" not in r.text and "赔付约" not in r.text, r.text


# a past year's rate asked with no sum ("…报好多"): the honest year reply, the page's rate for reference, would
# be better than the bill asked. Its first build (cec4f1dd, the year check before the form asks) also refused a
# stay of now after a gap year ("…2021年断过保 现在住院…") and the team's dialogues' stays dated by a year: reverted;
# left for the next round (closing note)
@pytest.mark.xfail(strict=True, reason="the year check before a new form's bill reverted in round 42 (it refused stays of now "
                   "after a gap year); left for the next round (closing note)")
@pytest.mark.parametrize("question, region, rate, year", [
    ("2021年在乡镇卫生院住院合疗能报好多", "巴中", "90%", "2021"),
    ("克拉玛依校区2023年学生在三级医院住院报多少", "克拉玛依", "65%", "2023"),
    ("2020年长治居民去二甲医院住院能报多少", "长治", "75%", "2020"),
])
def test_a_past_years_rate_with_no_sum_is_the_year_reply(engine, question, region, rate, year):
    *_, r = talk(engine, [question], region=region)
    assert r.kind == "unanswered" and f"没有写{year}年的" in r.text and rate in r.text, r.text
    assert "花了多少钱" not in r.text, r.text


# a past year named as what is paid back (补交 / 补缴): where the policy says a 补缴 is paid at the paying year's
# standard (巴中, 第三章 十问), that rule answers it — not "that year is not given"; a region stating no such rule
# leaves the year unanswered
@pytest.mark.parametrize("question", [
    "巴中2023年的合疗个人交多少 我准备帮我爸补缴",
    "2024年的居民医保还能补交不 补的话按哪年的标准",
])
def test_a_past_year_paid_back_is_answered_by_the_paying_years_rule(engine, question):
    *_, r = talk(engine, [question], region="巴中")
    assert r.kind in ("faq", "clarify") and "补缴费用参照当年参保地个人缴费标准" in r.text, r.text
    assert "我不能拿它当" not in r.text, r.text


def test_a_past_year_paid_back_where_no_rule_prices_it_stays_unanswered(engine):
    *_, r = talk(engine, ["2023年长治居民医保一个人交多少 想给我妈补交"], region="长治")
    assert r.kind != "faq" or "2023年" in r.text, r.text
