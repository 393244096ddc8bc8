"""Where, when and wrong premises, asked in ways the twelfth places set showed to be misread. Own
phrasings, through the real engine."""
import pytest

from corpus.lexicon import Lexicon, Line
from intents.premise import asserted
from tests.helpers import answer as ask

# ---- an asserted figure is compared with the rule it names -------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("巴中大病保险限额每年加3000对吧", "4000", "不是3000"),          # the yearly step, not the cap
    ("巴中一直没断保 大病封顶线每年能加一万是不是", "4000", "不是10000"),
])
def test_a_step_of_a_cap_is_checked_against_the_step(engine, text, right, wrong):
    reply = ask(engine, text)
    assert right in reply.text and wrong in reply.text, reply.text
    # the correction compares the step, never the cap (300000); the entry's own text, quoted after it
    # since the correction carries its page (70841a2), names the 30万 cap the step is added to, in context
    first = reply.text.split("\n", 1)[0]
    assert "300000" not in first and "30万" not in first, reply.text


def test_a_right_step_of_a_cap_is_confirmed_as_the_increase(engine):
    reply = ask(engine, "巴中大病限额每年加4000对吧")
    assert reply.text.startswith("对，") and "提高" in reply.text and "降低" not in reply.text, reply.text


# ---- "…对不" / "…是不" at the end checks the figure said -------------------------------------

@pytest.mark.parametrize("text", ["长治两病糖尿病一年300块 对不", "巴中两病高血压一年给报150 是不"])
def test_a_trailing_dui_bu_checks_the_figure(text):
    assert asserted(text), text


@pytest.mark.parametrize("text, right, wrong", [
    ("长治两病糖尿病一年300块 对不", "360", "不是300"),
    ("长治两病高血压一年260 对不", "260", None),
])
def test_a_checked_two_diseases_cap_is_answered_not_asked_for_the_drug_class(engine, text, right, wrong):
    reply = ask(engine, text)
    assert reply.kind == "faq" and right in reply.text, reply.text
    assert wrong is None or wrong in reply.text, reply.text
    assert "甲类还是乙类" not in reply.text


def test_dui_bu_qi_is_no_check():
    assert not asserted("对不起 住院花了3000")


# ---- questions half in English -------------------------------------------------------------------

def test_english_words_are_read_as_the_handbooks_terms(engine):
    rewritten = engine.index.analyze("my dad has 高血压 医保 cover the medicine how much per year").rewritten
    for term in ("我爸", "报销", "药", "多少", "每年"):
        assert term in rewritten, rewritten


def test_an_english_word_is_replaced_only_whole():
    lexicon = Lexicon([Line(say="cover", means="报销", voice="学生")])
    assert lexicon.rewrite("discovery 医保能cover吗")[0] == "discovery 医保能报销吗"


def test_a_half_english_question_with_no_region_asks_the_region(engine):
    reply = ask(engine, "my dad has 高血压 can 医保 cover the medicine? how much per year")
    assert reply.kind == "clarify" and "哪个地区" in reply.text, reply.text


def test_a_half_english_student_question_reaches_the_campus_guide(engine):
    reply = ask(engine, "winter break 回老家看病了 回学校报销要开什么证明", region="克拉玛依")
    assert reply.kind == "faq" and "克外就诊证明" in reply.text, reply.text


# ---- a year named, an answer giving several years' rules: the year asked leads, alone ------------

@pytest.mark.parametrize("text, right, wrong", [
    ("巴中职工2025年退休的 医保最低缴费年限是多少年", "不得低于20年", "渐进式"),
    ("巴中职工2026年起医保最低缴费年限是多少年", "渐进式", "不得低于20年"),
])
def test_the_year_asked_is_answered_from_its_own_passage(engine, text, right, wrong):
    reply = ask(engine, text)
    assert right in reply.text and wrong not in reply.text, reply.text
    assert "手册另列有" in reply.text, reply.text


def test_a_later_year_leads_with_the_rule_in_force_then_the_rule_it_changes(engine):
    reply = ask(engine, "巴中职工2028年退休 医保最低要交满多少年")
    assert "2026年起" in reply.text and "2025年" in reply.text, reply.text
    assert reply.text.index("2026年起") < reply.text.index("2025年，"), reply.text


def test_with_no_year_asked_every_years_passage_stays(engine):
    reply = ask(engine, "巴中职工医保退休时要交满多少年")
    assert "2025年" in reply.text and "2026年起" in reply.text, reply.text


# ---- which kind of 备案 asked: an entry naming no kind is not the answer --------------------------

def test_which_kind_of_filing_is_not_answered_with_how_to_settle(engine):
    reply = ask(engine, "回老家看病想直接用医保码结算 要办哪种备案", region="克拉玛依")
    assert "异地备案后可以直接使用电子医保码" not in reply.text, reply.text
    assert reply.kind != "faq" or "长期" in reply.text or "类型" in reply.text, reply.text


# ---- "超过多少开始报": the deductible asked ------------------------------------------------------

@pytest.mark.parametrize("text, needle", [("合疗大病保险超过好多开始报", "起付"), ("城乡居民大病保险要超过多少开始报", "起付")])
def test_from_what_sum_it_starts_paying_is_the_deductible(engine, text, needle):
    reply = ask(engine, text, region="巴中")
    assert reply.kind == "faq" and needle in reply.text and "14448" in reply.text, reply.text
