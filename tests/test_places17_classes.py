"""Where and when, asked in ways the seventeenth places set showed to be misread. Own phrasings,
through the real engine."""
import pytest

from tests.helpers import answer as ask


# ---- a stay said with the hospital as 住's object: 住三级医院 is 住院, not the 门诊 table ----------------

@pytest.mark.parametrize("text,needles", [
    ("巴中 在职职工 住三级医院 起付线多少", ["700元", "80%"]),
    ("巴中在职的职工 住一级医院 报好多", ["300元", "85%"]),
])
def test_a_stay_said_as_living_in_the_hospital_is_the_stay_table(engine, text, needles):
    reply = ask(engine, text)
    assert reply.kind == "faq" and all(n in reply.text for n in needles) and "门诊统筹" not in reply.text, reply.text


def test_where_one_lives_is_no_stay():
    from corpus.lexicon import joined_verbs
    assert joined_verbs("长期居住地医院") == "长期居住地医院"
    assert joined_verbs("我住在县医院旁边") == "我住在县医院旁边"
    assert joined_verbs("住县医院") == "住院县医院"


# ---- 四川's 好久之前 asks by when ("好久之前要去报"): the question, not the story of care elsewhere -------

@pytest.mark.parametrize("text", ["我在外头成都住院没有当场报 回来好久之前要交材料 晚了就报不了嗦",
                                  "在重庆住院没直接结算 回来好久以前得去报"])
def test_by_when_said_as_haojiu_zhiqian_is_the_claim_deadline(engine, text):
    reply = ask(engine, text, region="巴中")
    assert reply.kind == "faq" and "6月底" in reply.text, reply.text
    assert "十七问" in reply.text.split("【职工医保】")[0]


def test_long_ago_told_is_no_question():
    from intents.message import is_question
    assert not is_question("好久之前就交了")
    assert is_question("好久之前要去报")


# ---- a dialect's sentence-final particle (山西's 咧, 四川's 嗦) is tone, not an unknown word -----------

@pytest.mark.parametrize("text,region,needle", [
    ("职工医保住院一年最多能报多少咧", "长治", "8万"),
    ("居民医保门诊慢病报销比例是多少嗦", "巴中", "90%"),
])
def test_a_closing_particle_does_not_make_the_question_off_topic(engine, text, region, needle):
    reply = ask(engine, text, region=region)
    assert reply.kind == "faq" and needle in reply.text, reply.text


# ---- 对账 (also 对一下账): the asker checking a year's contribution, not an off-topic word ----------------

@pytest.mark.parametrize("text", ["翻到老缴费单了 2024年合疗个人交了好多 想对下账", "我想对账 2023年居民医保一个人交多少"])
def test_checking_ones_accounts_is_no_off_topic_word(engine, text):
    # (the year's fee asked, of a year the handbook does not give it for: not known, the handbook's own
    # year's figure named as its own — round 34's reading, tests/test_years34_another_years_fee.py)
    reply = ask(engine, text, region="巴中")
    assert reply.kind == "unanswered" and "2026年度个人缴费标准是400元" in reply.text, reply.text
    assert "不在我的医保政策手册范围" not in reply.text, reply.text


def test_the_account_itself_is_not_checking():
    from corpus.lexicon import joined_verbs
    assert joined_verbs("对账户里的钱有疑问") == "对账户里的钱有疑问"
    assert joined_verbs("想对一下账") == "想核对"


# ---- a year's payment asked by its sum ("2024年合疗交了好多") is that year's figure: a year the handbook does
# not give it for is not known (round 34), the handbook's years named ------------------------------------

@pytest.mark.parametrize("text", ["2024年合疗个人交了好多", "2023年居民医保一个人缴了多少钱"])
def test_a_years_payment_asked_by_its_sum_names_the_handbooks_years(engine, text):
    reply = ask(engine, text, region="巴中")
    assert reply.kind == "unanswered" and "往年的标准手册没有列出" in reply.text, reply.text
    assert "2026年度个人缴费标准是400元" in reply.text, reply.text


def test_an_event_told_still_dates_the_story():
    from intents.years import story_years
    assert story_years("2024年住院了 现在还能报吗") == [2024]


# ---- care elsewhere with 外头 / 外地 between 在 and the place: read as 外地 for the search, like 在成都住院 ------

@pytest.mark.parametrize("text,said", [
    ("我在外头成都住院 报好多", "我在外地住院 报好多"),
    ("去外面北京看病 能报不", "去外省看病 能报不"),
])
def test_an_outside_word_before_the_place_of_care_is_still_care_elsewhere(engine, text, said):
    from intents.regions import care_elsewhere_said
    assert care_elsewhere_said(text, "巴中", known=engine.index.names_place) == said


def test_work_elsewhere_told_is_no_place_of_care():
    from intents.regions import care_elsewhere_said
    assert care_elsewhere_said("我在外头打工 成都住院", "巴中") == "我在外头打工 成都住院"


# ---- a cap asked with a sum told too roughly to read: the cap answers, the sum is not asked for ----------

@pytest.mark.parametrize("text,needle", [
    ("娃儿得了大病 花了好几十万 大病保险一年最多赔好多", "30万"),
    ("我爸住院花了好几万 合疗一年封顶是好多", "11万"),
])
def test_a_cap_asked_with_a_rough_sum_is_answered(engine, text, needle):
    reply = ask(engine, text, region="巴中")
    assert reply.kind == "faq" and needle in reply.text, reply.text


def test_a_yield_asked_of_a_rough_sum_still_asks_the_sum(engine):
    reply = ask(engine, "花了几十万 大病保险能赔好多", region="巴中")
    assert reply.kind == "clarify" and "几十万" in reply.text, reply.text
