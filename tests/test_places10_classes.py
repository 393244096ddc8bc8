"""Where and when, asked in ways the tenth places set showed to be misread. Own phrasings, through
the real engine."""
import pytest

from tests.helpers import answer as ask

# ---- a covered county whose short name is an ordinary word too (长子县 written 长子) -----------------

@pytest.mark.parametrize("text, needle", [
    ("长子 我妈高血压 居民门诊慢病一个月限额是多少", "长治"),
    ("长子居民医保 在县医院住院 起付线多少", "长治"),
    ("长子城乡居民 糖尿病两病一年报多少", "360"),
])
def test_a_county_named_alone_by_an_ordinary_word_is_its_region(engine, text, needle):
    reply = ask(engine, text)
    assert reply.region == "长治" and reply.kind in ("faq", "calculation"), reply.text
    assert needle in reply.text


@pytest.mark.parametrize("text", ["我是长子 我爸住院了能报多少", "家里长子的医保一年交多少"])
def test_the_ordinary_word_inside_a_sentence_places_nothing(engine, text):
    reply = ask(engine, text)
    # (asked back, or too weak a match to answer: either way no region is taken from 长子)
    assert reply.region is None and reply.kind in ("clarify", "unanswered"), reply.text


# ---- the 克拉玛依 guide's own word for care outside the city --------------------------------------

@pytest.mark.parametrize("text, needle", [
    ("克外看的病 票交上去多久钱能下来", "60"),
    ("寒假克外住院自费了 材料交到哪", "702"),
])
def test_care_outside_karamay_in_the_guides_word_places_the_question_there(engine, text, needle):
    reply = ask(engine, text)
    assert reply.region == "克拉玛依" and reply.kind == "faq", reply.text
    assert needle in reply.text


def test_what_to_hand_in_for_a_claim_says_where_to_hand_it(engine):
    reply = ask(engine, "石大的 放假回家看急诊自己掏的钱 报销准备哪些东西")
    assert reply.kind == "faq" and "702" in reply.text and "发票" in reply.text, reply.text


# ---- another year than the handbook's --------------------------------------------------------

@pytest.mark.parametrize("text", ["巴中合疗2025年度一个人交多少钱", "2025年巴中居民医保财政补助是多少"])
def test_a_year_the_handbook_gives_besides_its_own_is_answered_from_that_year(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "faq" and "2025年度" in reply.text and "400" in reply.text and "670" in reply.text
    assert "可能不同" not in reply.text


@pytest.mark.parametrize("text", ["巴中2025年退休的 职工医保要交满好多年", "巴中居民2025年断交了 今年交了等待期多久",
                                  "2025年巴中居民住院个人自付多少"])
def test_other_rules_dated_by_that_year_are_not_the_funding(engine, text):
    reply = ask(engine, text)
    assert "筹资总额1070" not in reply.text, reply.text


def test_a_year_the_handbook_does_not_give_names_its_year_and_edition(engine):
    reply = ask(engine, "2021年巴中居民在二级医院住院报几成")
    assert "手册给出的是2026年" in reply.text and "2025年11月" in reply.text, reply.text


# ---- a figure per year or per month checked is a limit, never a cost -------------------------

@pytest.mark.parametrize("text, said", [
    ("长治两病 糖尿病每年360 是吧", "对"),
    ("长治的两病高血压 一年300对不对", "不是300"),
    ("长治居民慢病 脑血管病后遗症一个月300是不是", "不是300"),
])
def test_a_yearly_or_monthly_figure_checked_is_confirmed_or_corrected(engine, text, said):
    reply = ask(engine, text)
    assert reply.kind == "faq" and reply.text.startswith(said), reply.text
    assert reply.calculation is None


# ---- "多少钱起报" is the deductible asked: a region-neutral question is asked back, not refused --------

@pytest.mark.parametrize("text", ["居民大病保险好多钱起报", "住院多少钱起报啊"])
def test_from_what_sum_it_pays_is_the_deductible_asked_back_without_a_region(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "clarify" and reply.missing_slots == ["region"], reply.text


def test_another_province_in_other_words_is_the_tables_out_of_province_row(engine):
    reply = ask(engine, "城乡居民 外面省份的三甲医院住院 起付线是多少", region="长治")
    assert reply.kind in ("faq", "calculation", "clarify") and "1500" in reply.text, reply.text


# ---- a hospital named by its 收费标准 class (长治's tables) ------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("长治居民医保 在三类收费的医院住了院 目录内3100 报多少", 2550),       # (3100 − 100) × 85%
    ("长治城乡居民 一类收费医院住院 合规的花了11000 能报好多", 6000),     # (11000 − 1000) × 60%
    ("长治城乡居民 二类收费县级医院住院 费用2400 报多少", 1500),          # (2400 − 400) × 75%
])
def test_a_hospitals_fee_class_is_its_row(engine, text, figure):
    from tests.helpers import computed
    computed(ask(engine, text), figure)


def test_a_fee_class_running_into_a_county_name_names_no_place(engine):
    # 收费|县级: no 费县 (山东), so no care outside the province
    reply = ask(engine, "长治居民 三类收费县级医院住院 合规费用3100 能报多少")
    assert reply.kind == "calculation" and "备案" not in reply.text, reply.text


# ---- the 住院 yearly cap asked as 年度最高 / 每年最高 is not the 大病保险 cap ------------------------------

@pytest.mark.parametrize("text", ["恩阳 合疗住院年度最高能报多少钱", "巴中城乡居民住院 每年最多最高报销好多"])
def test_the_inpatient_yearly_cap_asked_without_大病_is_the_inpatient_cap(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "faq" and "11万" in reply.text and "30万" not in reply.text, reply.text


# ---- when a rule began, where the entry that states the rule also dates it ------------------------

@pytest.mark.parametrize("text", ["长治合疗的门诊慢病现在这套办法是从哪一年实行的", "长治居民慢性病的新办法啥时候开始执行"])
def test_when_the_chronic_disease_rules_began_is_the_entry_that_dates_them(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "faq" and "2021年4月1日" in reply.text, reply.text


# ---- national content that one region's page repeats is answered without a region ------------------

@pytest.mark.parametrize("text", ["上大学的医保到底在学校参保还是户籍地参保", "研究生医保该在学校交还是在老家交呀"])
def test_the_national_rule_a_regional_page_repeats_is_answered_without_a_region(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "faq" and "学籍地" in reply.text and reply.region is None, reply.text


@pytest.mark.parametrize("text", ["大学新生医保能不能一次把几年的都交了", "大学生医保趸缴是什么意思"])
def test_what_only_one_regions_page_adds_is_asked_with_the_region(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "clarify" and reply.missing_slots == ["region"], reply.text


# ---- "非急诊" is no emergency carried into the question's readings -----------------------------------

@pytest.mark.parametrize("text", ["通江的合疗 在西安住了院 备案没办 不是急诊 能报几成",
                                  "巴中城乡居民 去重庆住院 非急诊 也没转诊 起付线好多"])
def test_no_emergency_is_never_read_as_an_emergency(text):
    from intents.message import parse
    for part in parse(text).parts:
        for reading in part.readings:
            assert "急诊" not in reading.replace("非急诊", "").replace("不是急诊", ""), reading


# ---- two candidates the calibration rates alike: the ranker's better one first ----------------------

@pytest.mark.parametrize("text, region", [("合疗在外地住院没备案 报几成", "巴中"), ("居民医保慢病咋报", "长治"),
                                          ("学校医保在外地看病怎么报", "克拉玛依")])
def test_hits_the_calibration_rates_alike_are_ordered_by_the_rankers_score(engine, text, region):
    hits = engine.index.search(text, region=region, k=10)
    keys = [(-h.confidence, -h.rank_score) for h in hits]
    assert keys == sorted(keys)


# ---- a figure checked for 门诊特病's deductible is that tier's inpatient deductible ---------------------

@pytest.mark.parametrize("text, said", [("恩阳 合疗门诊特病的起付线是不是500", "不是500"), ("巴中居民门特起付线400对吧", "对")])
def test_the_special_diseases_deductible_checked_is_the_tiers_inpatient_one(engine, text, said):
    reply = ask(engine, text)
    assert reply.kind == "faq" and reply.text.startswith(said) and "400" in reply.text, reply.text


# ---- the ordinary-word county put first with 的 and a break, as an asker puts their place ------------

@pytest.mark.parametrize("text, needle", [
    ("长子的 职工医保住院 一年最多报多少", "8万"),
    ("长子的，居民医保在乡镇卫生院住院 起付线多少", "100"),
])
def test_a_message_opening_with_the_county_and_de_is_its_region(engine, text, needle):
    reply = ask(engine, text)
    assert reply.region == "长治" and reply.kind in ("faq", "calculation"), reply.text
    assert needle in reply.text


def test_the_eldest_sons_insurance_with_no_break_places_nothing(engine):
    reply = ask(engine, "长子的医保一年交多少")
    assert reply.region is None and reply.kind in ("clarify", "unanswered"), reply.text
