"""Where, when and wrong premises, asked in ways the fifteenth places set showed to be misread. Own
phrasings, through the real engine."""
import pytest

from intents.regions import detect_region, without_province
from tests.helpers import answer as ask

# ---- the school named before one of its benefits is the 克拉玛依 campus guide's ------------------------


@pytest.mark.parametrize("text, needle", [
    ("学校的普通门诊一年能报多少", "900"),
    ("学校长护险一年交多少", "53"),
    ("学校门诊慢病报几成", "65%"),
    ("学校两病糖尿病一年最多报多少", "1000"),
])
def test_the_school_named_before_a_benefit_is_the_campus_guides(engine, text, needle):
    assert detect_region(text).region == "克拉玛依", text
    reply = ask(engine, text)
    assert reply.kind in ("faq", "calculation") and needle in reply.text, reply.text
    assert "克拉玛依" in reply.text, reply.text     # labelled as the campus guide's rule


@pytest.mark.parametrize("text", [
    "娃儿学校门诊能报不",           # a child's school: the parent's own region's scheme
    "学校附近医院住院报多少",        # a place near the school, no benefit of the school's
    "学生住院报多少",               # students anywhere are in their 居民医保
])
def test_school_words_naming_no_benefit_of_the_school_still_ask(engine, text):
    assert detect_region(text).region is None, text


# ---- a covered region's province: as where one studies, or two at once ------------------------------


@pytest.mark.parametrize("text, province, region", [
    ("在新疆念大学 住院报销多少", "新疆", "克拉玛依"),
    ("在山西上学 门诊能报多少", "山西", "长治"),
    ("山西的慢性病报销比例多少", "山西", "长治"),       # 慢性病 is a policy word after the province
])
def test_a_province_of_study_or_its_chronic_rule_asks_which_part_is_covered(engine, text, province, region):
    hit = detect_region(text)
    assert hit.province == province and hit.province_regions == (region,), hit
    reply = ask(engine, text)
    assert reply.kind == "clarify" and province in reply.text and region in reply.text, reply.text


def test_a_province_of_study_with_the_campus_named_is_the_campus():
    assert detect_region("在新疆读大学 石大的 医保交多少").region == "克拉玛依"


def test_two_provinces_named_ask_with_both_covered_parts(engine):
    text = "四川跟山西的大病保险起付线哪个高"
    hit = detect_region(text)
    assert hit.province == "四川、山西" and hit.province_regions == ("巴中", "长治"), hit
    assert without_province(text, hit.province) == "大病保险起付线哪个高"
    reply = ask(engine, text)
    assert reply.kind == "clarify" and reply.suggestions == ["巴中", "长治"], reply
    assert all(w in reply.text for w in ("四川", "山西", "巴中", "长治")), reply.text


def test_two_provinces_with_national_content_are_answered(engine):
    reply = ask(engine, "四川和山西 医保电子凭证能通用吗")
    assert reply.kind == "faq" and "全国" in reply.text, reply.text


# ---- a figure checked against a group of diseases with a rate of its own ---------------------------


def test_a_rate_asserted_of_a_group_with_its_own_rate_is_checked_against_that_group(engine):
    reply = ask(engine, "长治职工 尿毒症这种一类病种门诊报75%是吧")
    assert reply.kind == "faq" and "85%" in reply.text, reply.text
    assert not reply.text.startswith("对"), reply.text


def test_the_other_groups_rate_says_which_groups_it_is(engine):
    reply = ask(engine, "长治职工门诊慢病报销比例是80%吧")
    assert reply.text.startswith("不是80%"), reply.text
    # the rate comes after what it is the rate of, the group with a rate of its own beside it
    assert "（二类、三类病种）的报销比例是75%" in reply.text and "一类病种85%" in reply.text, reply.text
    assert "报销比例（一类病种" not in reply.text, reply.text


def test_a_yearly_cap_names_the_tier_of_each_row_beside_it(engine):
    reply = ask(engine, "克拉玛依普通门诊一年最多报1000吧")
    assert "不是1000" in reply.text and "900" in reply.text, reply.text
    assert "一级医疗机构起付线10元" in reply.text and "二级医疗机构起付线20元" in reply.text, reply.text


# ---- a limit named by its figure, a sum asked of the 财政, a code from elsewhere -------------------------


@pytest.mark.parametrize("text", ["长治门诊还有50元一天的限额不", "长治居民门诊50块每次的限额取消了没"])
def test_a_limit_named_by_its_figure_per_day_is_no_sum_spent(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "faq" and "不再执行" in reply.text, reply.text


def test_how_much_the_state_pays_in_is_the_page_with_the_sum(engine):
    reply = ask(engine, "巴中居民医保财政补好多")
    assert reply.kind == "faq" and "700" in reply.text, reply.text


def test_a_code_taken_out_elsewhere_asked_of_the_askers_region_is_its_page_across_regions(engine):
    reply = ask(engine, "广州的医保码在巴中能用不")
    assert reply.kind == "faq" and "跨区域" in reply.text, reply.text
    assert "广州" not in reply.text, reply.text


def test_a_fees_sum_asked_is_not_answered_by_a_page_stating_none(engine):
    # "费给好多" asks a sum: the 职工 spouse's 补差 page (no sum) shares the story, not the answer
    reply = ask(engine, "屋头媳妇要生娃了 居民医保的产前检查费给好多", region="巴中")
    assert reply.kind == "faq" and "500" in reply.text, reply.text
    assert "bz-2-09" not in [s.entry_id for s in reply.sources], reply.sources
