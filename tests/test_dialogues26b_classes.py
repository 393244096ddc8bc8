"""Conversations the dialogue sets 25x and 22y showed misread (round 26). Own phrasings, through
the real engine."""
import pytest

from intents.calc_kind import asks_how_or_which
from intents.slots import extract
from tests.helpers import ids, talk

# ---- 职工's 门诊统筹 asked in everyday words (拿药, 卫生院, 一年) is that entry ----------------------
# (巴中 第二章三十九问: 在职 起付 200 元/年、限额 800 元/年; 退休 150 元/年、1000 元/年) — not 一般诊疗费's
# page found by 村卫生室, nor one disease's 门诊慢病 limit found by 一年最多


@pytest.mark.parametrize("turns, entry, needle", [
    (["职工医保 在村卫生室看病拿药 能报不"], "bz-2-39", "200"),
    (["居民医保看门诊一年能报多少", "职工呢"], "bz-2-39", "800"),
    (["居民医保看门诊一年能报多少", "职工呢", "我是退休的"], "bz-2-39-c", "150"),
])
def test_staff_outpatient_pooling_in_everyday_words(engine, turns, entry, needle):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == [entry] and needle in r.text, r.text


# ---- the fees 一般诊疗费 covers (挂号费, 诊查费) are a 医保 topic: a question of its own ----------------
# after the 门诊 rule was answered for a 卫生院, not that rule asked again for a 卫生院 (巴中 第一章十五:
# 村卫生室 门诊 免缴一般诊疗费包含的挂号费、诊查费)


@pytest.mark.parametrize("last", ["卫生院的挂号费还收不", "村卫生室看病 诊查费要交不"])
def test_a_fee_of_the_general_consultation_after_the_outpatient_rule(engine, last):
    *_, r = talk(engine, ["居民医保在乡镇卫生院看门诊 能报好多", "职工呢", last], region="巴中")
    assert r.kind == "faq" and ids(r)[:1] in (["bz-1-15-a"], ["bz-3-27"]), r.text


# ---- a correction naming whose case it is and that one's scheme asks the rule again for it -------
# ("说错了 不是我儿子 是我老汉 退休职工" after 职工's 门诊统筹 with its amount offered: 退休 150 / 1000)


def test_a_correction_of_whose_case_with_the_scheme_asks_the_rule_again(engine):
    *_, r = talk(engine, ["我儿子是职工医保 在卫生院看门诊能报好多", "说错了 不是我儿子 是我老汉 退休职工"],
                 region="巴中")
    assert r.kind == "faq" and "150" in r.text and "1000" in r.text, r.text


# ---- 啷个 (四川's 怎么) before 领 / 申领 / 办 asks the procedure, never a sum ---------------------------
# (巴中 第三章十四问: 产前检查费 通过四川医保APP“产前检查费申领”申报) — not the maternity form asking how
# the birth went because a figure names the allowance


@pytest.mark.parametrize("text", ["产前检查费啷个领", "这个补助啷个申领", "备案啷个办"])
def test_langge_before_claiming_asks_the_procedure(text):
    assert asks_how_or_which(text, extract(text))


def test_an_allowance_named_by_its_figure_asked_how_to_claim_is_the_page(engine):
    *_, r = talk(engine, ["生了娃 合疗那个产检补助八百块钱啷个申领"], region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-3-14-a"] and "四川医保APP" in r.text, r.text


# ---- questions of their own after a group's figure are not read as that figure asked again --------
# ("…大病那一块去哪儿报 有时间限制不" after 低保's 大病 threshold: 巴中 第三章二十五问, 次年7月底前 到参保地
# 医保经办机构大病保险窗口) — one of them finds that page surely on its own, needing no case from before


def test_where_and_by_when_after_a_groups_threshold_is_the_claims_page(engine):
    *_, r = talk(engine, ["大病保险起付线是好多", "低保户呢", "出院时没直接报 大病那一块去哪儿报 有时间限制不"],
                 region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-3-25"] and "7月底" in r.text, r.text


# ---- 市本级 names a 医保 office (巴中 第七章四问: 市本级 … 9:00-12:00 13:30-17:00): its hours are asked ----
# of the handbook's office table, no hospital's opening hours out of scope


def test_the_city_levels_hours_after_a_county_office_are_the_offices(engine):
    *_, r = talk(engine, ["通江县医保窗口电话多少", "市本级的几点下班"], region="巴中")
    assert r.kind == "faq" and "13:30" in r.text, r.text
