"""Conversations the eighteenth dialogue set showed misread. Own phrasings, through the real engine."""
import pytest

from tests.helpers import computed, talk

# ---- a follow-up asking the question before of a place no handbook covers is declined -------------
# (said with a dialect's 咧 / 嘞 for 呢, after a question of several parts, or with why after it)


@pytest.mark.parametrize("region, turns, place", [
    ("长治", ["长治居民医保 顺产报多少", "那西安的咧"], "西安"),
    ("巴中", ["巴中居民医保 二级医院住院 起付线多少 报几成", "那南充的呢"], "南充"),
    (None, ["巴中职工医保 门诊统筹起付线多少 一年最多报多少", "那成都的呢"], "成都"),
    ("长治", ["长治职工医保 门诊统筹起付线多少", "运城的职工嘞 俺儿子在运城上班"], "运城"),
    ("巴中", ["居民医保 在巴中二级医院住院 起付线多少 报几成", "那绵阳的二级医院呢 我儿子在绵阳参的保"], "绵阳"),
    ("长治", ["长治居民 门诊统筹一年限额多少", "换成西安呢"], "西安"),
    ("长治", ["长治居民 门诊统筹一年限额多少", "那运城的咧 俺妹子在运城"], "运城"),
])
def test_a_follow_up_of_an_uncovered_place_is_declined(engine, region, turns, place):
    *_, r = talk(engine, turns, region=region)
    assert r.kind == "unanswered" and place in r.text, r.text


def test_a_follow_up_of_a_covered_place_after_several_questions_asks_that_place(engine):
    # 长治 居民 二类 县级 400 (75%); never 巴中's page with 长治 beside it
    *_, r = talk(engine, ["巴中居民医保 二级医院住院 起付线多少 报几成", "那长治的咧"], region="巴中")
    assert r.kind == "faq" and "长治" in r.text and "巴中市" not in r.text, r.text


def test_care_in_an_uncovered_place_is_still_the_forms(engine):
    *_, r = talk(engine, ["居民医保 二级医院住院 起付线多少", "那在成都住院呢"], region="巴中")
    assert r.kind != "unanswered", r.text


# ---- a short answer saying the scheme and whether retired fills the question before ---------------
# (巴中 第四章三问: 冠心病 职工 1500 / 居民 800; 第二章三十九问: 退休 起付 150, 限额 1000)


@pytest.mark.parametrize("turns, needles", [
    (["屋头老汉冠心病门慢 一年限额好多", "退休职工"], ["1500"]),
    (["职工医保门诊统筹 起付线多少 一年限额多少", "我已经退休了"], ["150", "1000"]),
    (["职工医保门诊统筹一年最多报多少", "退休的"], ["150", "1000"]),
])
def test_a_scheme_and_retirement_said_alone_fill_the_question_before(engine, turns, needles):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq" and all(n in r.text for n in needles), r.text
    assert "病名" not in r.text, r.text     # not the list of every 门慢 disease


# ---- one region told answers both questions that waited for it: the form's and the other's ---------
# (巴中 第四章十九问: 两病 50%, 高血压 200 / 糖尿病 300 a year)


@pytest.mark.parametrize("turns, needles", [
    (["糖尿病两病 药费报几成 一年最多报多少", "恩阳区"], ["50%", "300"]),
    (["两病高血压 拿药能报多少 年度限额多少", "巴中的"], ["50%", "200"]),
])
def test_a_region_told_answers_the_form_and_the_question_waiting(engine, turns, needles):
    *_, r = talk(engine, turns)
    assert r.kind == "faq" and all(n in r.text for n in needles), r.text
    assert "您在哪个地区参保" not in r.text, r.text


# ---- after a calculation, the case's scheme said again with a question of its own is that question --
# (巴中 第二章三十七问: 职工 a year 66万; 第三章十一问: 居民 二级 400)


@pytest.mark.parametrize("turns, needles", [
    (["职工 在巴中二级医院住院 花了九千 全是目录内的 报多少", "那职工医保一年最高报好多"], ["66万"]),
    (["城乡居民 在巴中二级医院住院 花了8000 都是目录内的 报多少", "那居民医保住院起付线是好多"], ["400"]),
])
def test_the_same_scheme_with_a_new_question_after_a_sum_is_answered(engine, turns, needles):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq" and all(n in r.text for n in needles), r.text


def test_a_changed_fact_after_a_sum_still_computes_again(engine):
    *_, r = talk(engine, ["城乡居民 在巴中二级医院住院 花了8000 都是目录内的 报多少", "那居民医保三级医院呢"], region="巴中")
    assert r.kind == "calculation" and "4380" in r.text.replace(",", ""), r.text


# ---- a household's premium asked with a wrong figure heard: corrected, and the sum at the real one ---
# (巴中 第三章六问: 2026 个人缴费 400)


@pytest.mark.parametrize("turns, figure", [
    (["听人说合疗今年涨到六百了 我们家三个人一共交好多"], 1200),
    (["听说居民医保今年涨到五百了 屋头两个人要交多少", "搞错了 是三个人"], 1200),
])
def test_a_household_sum_with_a_wrong_figure_heard(engine, turns, figure):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, figure)


def test_a_figure_told_with_a_dialect_particle_is_no_follow_up(engine):
    # "总共六千嘞" tells the bill (嘞 as 了), it asks nothing: 巴中 居民 一级 (6000 − 300) × 80%
    *_, r = talk(engine, ["农村合作医疗的 在一级医院住院 总共六千嘞 报好多"], region="巴中")
    computed(r, 4560)


# ---- "超了" after the year's cap is what is above it (长治 职工: 8万, then 大额补充 up to 50万) --------


@pytest.mark.parametrize("turns", [
    ["长治职工医保住院 基金一年最多付好多", "超了咋办"],
    ["长治职工 住院统筹一年封顶多少", "那要是超了呢 咋弄"],
])
def test_above_the_cap_said_as_chao_le(engine, turns):
    *_, r = talk(engine, turns, region="长治")
    assert r.kind == "faq" and "50万" in r.text, r.text


# ---- the kind of filing the story tells (living there: 长期) is the one a bare "要备案不" asks of ------
# (巴中 第一章二十八: 长期异地就医备案 — 异地长期就医人员, 如随子女生活; never the 急诊 "视同已备案" page)


@pytest.mark.parametrize("text", [
    "我在成都带孙子 长期住那边 要是住院要先备案不",
    "老两口在广州跟着女儿长期住 看病前要备案吗",
])
def test_a_filing_asked_after_living_there_is_the_long_term_kind(engine, text):
    *_, r = talk(engine, [text], region="巴中")
    assert r.kind == "faq" and "长期" in r.text and "视同已备案" not in r.text, r.text


# ---- the materials asked after joining was asked from away: joining's list, not 异地就医's -----------
# (巴中 第二章: 灵活就业 参保登记 — 有效身份证件、《职工基本医疗保险参保登记表》)


@pytest.mark.parametrize("turns", [
    ["我在外地上班 想交灵活就业的职工医保 去哪里办", "要准备啥子资料"],
    ["在外头做零工 想自己交职工医保 咋个办", "那要带些啥材料"],
])
def test_materials_after_joining_from_away_are_joinings(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq" and "参保登记" in r.text and "异地就医" not in r.text.split("如果不是")[0], r.text


def test_materials_after_care_away_stay_care_aways(engine):
    *_, r = talk(engine, ["我在外地住院了 没直接结算 回来在哪儿报", "要带啥材料"], region="巴中")
    assert r.kind == "faq" and "参保登记" not in r.text, r.text


# ---- a cancel said in dialect ends the form; the question after it is answered ----------------------


@pytest.mark.parametrize("region, turns", [
    ("巴中", ["住院花了8000 能报好多", "莫算了"]),
    ("长治", ["住院花了8000 能报多少", "甭算了"]),
])
def test_a_dialect_cancel_ends_the_form(engine, region, turns):
    *_, r = talk(engine, turns, region=region)
    assert r.kind == "clarify" and "不算了" in r.text, r.text


def test_a_dialect_cancel_then_a_question(engine):
    *_, r = talk(engine, ["住院花了8000 能报好多", "莫算了 医保码咋个激活"], region="巴中")
    assert r.kind == "faq" and "激活" in r.text, r.text


# ---- living in an uncovered place, with care there asked of, is no question on that place's policy ----


@pytest.mark.parametrize("text", ["老两口长住深圳 住院前要不要备案", "我们住在昆明 看病要备案吗"])
def test_living_in_an_uncovered_place_is_not_its_policy(engine, text):
    *_, r = talk(engine, [text], region="巴中")
    # the home region's reply — its filing page, or, where no page says whether one must file
    # (corpus.qtype), its office — never the refusal of a place not covered (12393)
    assert "12393" not in r.text and "巴中" in r.text, r.text


def test_living_there_and_its_own_policy_asked_is_still_declined(engine):
    *_, r = talk(engine, ["我住深圳 深圳医保怎么交"], region="巴中")
    assert r.kind == "unanswered" and "深圳" in r.text, r.text
