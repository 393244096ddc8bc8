"""Conversations the seventeenth dialogue set showed misread. Own phrasings, through the real engine
(巴中 第三章六问 for the contributions, 第四章十九问 for 两病: 50%, 高血压 200 / 糖尿病 300 a year)."""
import pytest

from tests.helpers import computed, talk

# ---- a disease said NOT to be the asker's ("是糖尿病 不是高血压") is not a disease of the case -----------


@pytest.mark.parametrize("turns, figure", [
    (["两病 糖尿病 降糖药一年政策内花了1000 报多少", "搞错了 是高血压 不是糖尿病"], 200),
    (["两病 高血压 降压药一年政策内花了1000 报多少", "弄错了 不是高血压 是糖尿病"], 300),
    (["我有高血压 没得糖尿病 两病门诊用药一年花了900 报好多"], 200),
])
def test_a_denied_disease_is_not_counted(engine, turns, figure):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, figure)
    assert "限额 500" not in r.text, r.text     # not the two diseases' joint cap


# ---- a household's cover as one sum, the category counted without 其中, the year said between -------
# (400 a person; 低保 pays 100, 特困 nothing)


@pytest.mark.parametrize("text, figure", [
    ("家里4口人 两个是特困 交2026年居民医保 总共要好多钱", 800),
    ("屋里6个人 1个低保 2026年合疗一共交好多", 2100),
    ("我们家5个人 两个低保 居民医保一共交多少", 1400),
])
def test_a_household_with_some_members_subsidised(engine, text, figure):
    *_, r = talk(engine, [text], region="巴中")
    computed(r, figure)


def test_a_household_corrected_to_two_categories(engine):
    # 3 × 400 + 100 + 0
    *_, r = talk(engine, ["家里5口人交2026年的合疗 其中两个低保 一共多少钱", "不对 一个低保 还有一个是特困"],
                 region="巴中")
    computed(r, 1300)


# ---- a filing said done without its kind ("备好了", "已经备案了") is the kind the asker named earlier ----
# (巴中 第三章十一问: 长期备案 in the place filed 二级 400 / 70%, 三级 700 / 60%; 临时备案 二级 1000 / 65%)


@pytest.mark.parametrize("turns, figure", [
    (["我长住深圳女儿那边 异地就医备案咋办", "已经备案了 我是居民医保 在深圳二级医院住院 政策范围内8400 报好多"], 5600),
    (["要转诊到成都华西 备案咋个办", "办好备案了 居民 在成都二级医院住院 合规6000 报多少"], 3250),
])
def test_a_filing_done_is_the_kind_named_before(engine, turns, figure):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, figure)


def test_a_filing_done_asked_for_its_rates_after_living_there(engine):
    *_, r = talk(engine, ["老两口长期住在广州儿子家 住院要备案吗", "备好了 城乡居民 在广州三级医院住院 起付线和报销比例多少"],
                 region="巴中")
    assert "700" in r.text and "60%" in r.text and "临时备案人员" not in r.text.split("如果不是")[0], r.text


def test_a_filing_done_with_no_kind_named_is_still_asked(engine):
    *_, r = talk(engine, ["备了案在西安二级医院住院 城乡居民 合规6000 报多少"], region="巴中")
    assert r.kind == "clarify", r.text


# ---- the scheme said earlier holds for a later handbook answer: the other scheme's aside is dropped ----
# (长治 居民 冠心病 二类慢病 280元/月; 职工 430元/月)


@pytest.mark.parametrize("turns, own, other", [
    (["我是居民医保 想算下住院报销", "对了 冠心病门诊慢病每个月限额是好多"], "280", "430"),
])
def test_an_earlier_scheme_drops_the_other_schemes_aside(engine, turns, own, other):
    *_, r = talk(engine, turns, region="长治")
    assert r.kind == "faq" and own in r.text and other not in r.text, r.text


def test_each_scheme_asked_after_both_keeps_both(engine):
    *_, r = talk(engine, ["长治城乡居民冠心病慢病一个月限额多少", "那职工呢", "两个的报销比例分别是多少"], region="长治")
    assert "70%" in r.text and "75%" in r.text, r.text


def test_no_scheme_said_keeps_both(engine):
    *_, r = talk(engine, ["冠心病慢病一个月限额多少"], region="长治")
    assert "280" in r.text and "430" in r.text, r.text


# ---- a question put first after a word asking to wait ("等哈 先问下…") while a form waits: answered ----
# (巴中 第三章三问: 2026年 集中征缴期 至2026年2月28日), the form asked again, then computed


@pytest.mark.parametrize("side", ["等哈 先问下2026年合疗最迟好久交", "稍等一下，先问个事 居民医保2026年的最晚好久交"])
def test_a_side_question_after_a_wait_word_is_answered(engine, side):
    first, middle, last = talk(engine, ["想算下住院报销 我是城乡居民", side, "二级医院 政策内6400"], region="巴中")
    assert middle.kind == "faq" and "2月28日" in middle.text, middle.text
    computed(last, 4200)        # (6400 − 400) × 70%


# ---- how many diseases 门特 (特病) counts, asked as 慢病's count is: 特病's 29, not 慢病's 33 -----------
# (巴中 第四章五问)


@pytest.mark.parametrize("text", ["门特一共有几种病", "特殊病总共有多少个病种"])
def test_the_count_of_special_diseases(engine, text):
    *_, r = talk(engine, [text], region="巴中")
    assert r.kind == "faq" and "29种" in r.text and "33种" not in r.text, r.text


# ---- materials asked after where a recognition is done: the topic before, not its where again ---------
# (巴中 第四章七问 lists each county's institutions; the materials are another page)


def test_materials_after_where_is_not_the_where_page_again(engine):
    first, r = talk(engine, ["我爸高血压 想办门诊慢病 我们在南江县 在哪儿认定", "那要准备哪些资料"], region="巴中")
    assert first.sources[0].entry_id.startswith("bz-4-07"), first.text
    assert r.kind == "faq" and not r.sources[0].entry_id.startswith("bz-4-07"), r.text


# ---- who the asker is (退休, 在职), said with the disease asked, is the case's: the disease's page --------
# (巴中 第四章三问: 帕金森病 职工 1500; 痛风 职工 1000 — the 门诊统筹 pages state other limits)


@pytest.mark.parametrize("text, limit", [("我退休职工 帕金森办了门慢 一年限额是多少", "1500"),
                                         ("退休的职工医保 痛风办了门慢 一年限额多少", "1000"),
                                         ("我在职职工医保 帕金森办了门慢 一年限额好多", "1500")])
def test_who_the_asker_is_does_not_move_a_disease_page(engine, text, limit):
    *_, r = talk(engine, [text], region="巴中")
    assert r.kind == "faq" and limit in r.text and "门诊统筹" not in r.text.split("来源")[0], r.text


# ---- materials asked of a page that gives them in its rest ("更多"): given at once --------------------
# (巴中 第四章四问: each disease's 认定标准, then its 认定材料)


@pytest.mark.parametrize("text", ["帕金森办门诊慢病要准备哪些资料", "我妈慢阻肺想认定慢病 要带啥子材料"])
def test_materials_asked_are_given_not_behind_more(engine, text):
    *_, r = talk(engine, [text], region="巴中")
    assert r.kind == "faq" and "认定材料" in r.text and "更多" not in r.text, r.text


# ---- a filing said done with no kind named at all, its rates asked: which kind is asked, never one picked --


@pytest.mark.parametrize("text", ["已经备案了 在西安二级医院住院报销比例是多少", "备过案的 城乡居民 在广州三级医院住院 起付线好多"])
def test_a_filing_of_no_kind_asks_which(engine, text):
    *_, r = talk(engine, [text], region="巴中")
    assert r.kind == "clarify" and "哪一种" in r.text and "1000元" not in r.text, r.text


@pytest.mark.parametrize("kind, figure", [("长期备案", "700元"), ("临时的", "1000元")])
def test_the_kind_told_next_answers_the_question(engine, kind, figure):
    *_, r = talk(engine, ["备过案的 居民医保 在广州三级医院住院 起付线和比例好多", kind], region="巴中")
    assert r.kind == "faq" and figure in r.text, r.text
