"""Classes of colloquial failure fixed in round 7, each through the real engine with phrasings of
our own: A不A questions read as their negation, a later question leaning on the topic of an earlier
one told after a story, a story typed without stops, a disease's own entry picked for no disease
named, a neighbouring topic's entry picked for a topic it never names, a bracketed chat aside."""
import pytest

from bot.engine import Engine
from bot.reply import Message
from bot.session import Session
from intents.message import clauses, without_filler
from tests.helpers import ids


def ask(engine: Engine, text: str, region: str | None = None):
    return engine.answer(Message(text=text, region=region), Session())


@pytest.mark.parametrize("text, word", [
    ("住院能不能报销", "报销"), ("一不一样", "一样"), ("报不报销", "报销"), ("算不算工伤", "工伤"),
])
def test_a_not_a_is_asked_not_denied(engine, text, word):
    terms = engine.index.segmenter.tokens(text)
    assert not {"不能", "不能报", "不算"} & set(terms) and word in terms
    # the cut words still spell the text (typo repair joins them back)
    rewritten = engine.index.segmenter.rewrite(text)[0]
    assert "".join(engine.index.segmenter.cut(rewritten)) == rewritten


@pytest.mark.parametrize("text", ["平昌合疗看普通门诊能不能报", "巴中居民医保门诊可不可以报销"])
def test_can_outpatient_be_claimed_is_not_what_is_never_paid(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "faq" and ids(reply)[0] == "bz-3-18"


def test_later_questions_lean_on_the_topic_asked_not_the_story(engine):
    reply = ask(engine, "俺们恩阳的合疗 经常在村卫生室拿点感冒咳嗽的药 看门诊能不能报 报好多 一年最多好多")
    assert reply.kind == "faq" and set(ids(reply)) == {"bz-3-18"}
    assert "100元" in reply.text and "11万" not in reply.text


def test_a_story_typed_without_stops_keeps_its_question(engine):
    text = ("我屋头老汉儿是平昌的七十多了去年在县医院住了一回院当时出院就结了账现在他腿不好走路难"
            "想问一下如果在乡镇卫生院住院合疗起付线好多报好多")
    assert len(clauses(text)) >= 2
    reply = ask(engine, text)
    assert reply.kind == "faq" and ids(reply)[0] == "bz-3-11-a" and "90%" in reply.text


def test_two_diseases_row_is_not_picked_for_no_disease_named(engine):
    reply = ask(engine, "巴中的两病 一年最多能报好多钱")
    assert reply.kind == "faq" and ids(reply)[0] == "bz-4-19"
    assert "200" in reply.text and "300" in reply.text
    # a disease named keeps its own row
    reply = ask(engine, "巴中两病 吃降糖药的 一年最多能报好多")
    assert ids(reply)[0] == "bz-4-19-tnb"


@pytest.mark.parametrize("text", ["平昌县慢病认定去哪几家医院", "在通江县办慢病要到哪个医院认定"])
def test_the_topic_asked_beats_a_neighbouring_topic_in_the_same_words(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "faq" and "慢" in reply.text.split("来源")[0]
    assert "国谈" not in reply.text.split("来源")[0]


def test_a_bracketed_chat_aside_is_filler():
    assert without_filler("合疗能不能不交（手动狗头）") == "合疗能不能不交"
    assert without_filler("这个医保要交多少[捂脸]") == "这个医保要交多少"
    assert without_filler("医保(居民)交多少") == "医保(居民)交多少"


def test_back_from_the_army_is_the_handbooks_veteran(engine):
    reply = ask(engine, "平昌的 侄儿退伍回来了还没找到事做 医保该咋个交")
    assert reply.kind == "faq" and ids(reply)[0] == "bz-1-19"


def test_a_bare_use_it_for_leans_on_the_question_before(engine):
    reply = ask(engine, "巴中职工医保卡里的钱能不能拿来给我爸交合疗 我姐看病买药能不能用")
    assert reply.kind == "faq" and "近亲属" in reply.text
