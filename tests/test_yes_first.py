"""A "can it be done" question ("X能在Y办吗", "…能办X不", "能不能…") answered by a page that says so
opens with the yes, read from the page (corpus.yesno): one sentence names every thing asked, says it
can be done and denies nothing — or, for a list under its heading, one item with the heading does.
Where the page does not settle it, the page is given as it is, with no yes. The phrasings are our own
(none is in eval/)."""
import pytest

from bot import texts
from bot.reply import Message
from bot.session import Session
from corpus.normalize import normalize
from corpus.yesno import can_clause, says_yes


def ask(engine, text: str, region: str | None):
    return engine.answer(Message(text=text, region=region), Session())


def opens_with_yes(reply) -> bool:
    """The stated answer (after the question understood, where the reply names it) starts with the yes."""
    body = reply.text.split("\n", 1)[1] if reply.text.startswith("按我的理解") else reply.text
    return body.startswith(texts.YES_FIRST)


# the page says it: the thing asked is one of the services listed under the village's heading; the
# national page says the 医保码 pays at a 定点药店
SAID = [("在村里可以办城乡居民参保信息变更登记吗", "巴中", "第一章 四十二"),
        ("村上能办医保电子凭证申领不", "巴中", "第一章 四十二"),
        ("去定点药店买药 医保码能直接结算不", "克拉玛依", "第11部分")]


@pytest.mark.parametrize("text,region,section", SAID)
def test_the_yes_comes_first_where_the_page_says_it(engine, text, region, section):
    reply = ask(engine, text, region)
    assert reply.kind == "faq" and any(section in s.section for s in reply.sources), (reply.kind, reply.sources)
    assert opens_with_yes(reply), reply.text


# the page does not settle it: the item is limited to some people (职工参保登记 限灵活就业人员), the thing
# asked is not on the list, or the page says it cannot be done
NOT_SAID = [("在单位上班的 能在社区办职工参保登记吗", "巴中"),
            ("村上能办医保报销不", "巴中"),
            ("在三级医院看门诊自己垫的钱可以回来报吗", "克拉玛依")]


@pytest.mark.parametrize("text,region", NOT_SAID)
def test_no_yes_where_the_page_does_not_say_it(engine, text, region):
    reply = ask(engine, text, region)
    assert not opens_with_yes(reply), reply.text
    assert texts.YES_FIRST not in reply.text.split("来源")[0][:40], reply.text


def test_only_a_can_question_is_read_for_a_yes(engine):
    terms, words = engine._terms, engine.index.segmenter.cut
    page = "在定点药店买药时，出示医保码，可直接结算个人账户费用。"
    assert says_yes(normalize("定点药店买药能用医保码吗"), page, terms, words)
    # another kind of question (a way, a figure, whether one must) gets no yes, whatever the page says
    for asked in ("定点药店买药咋用医保码", "定点药店买药能用医保码结算多少", "定点药店买药要不要用医保码"):
        assert not says_yes(normalize(asked), page, terms, words), asked
    # a denial in the sentence: no yes
    assert not says_yes(normalize("非定点药店买药能用医保码吗"), "非定点药店不能使用医保码结算。", terms, words)
    # a space inside the ask is a pause, not the end of a clause; one after the ask ends it
    assert can_clause("巴中 村上能办 异地备案不 还要跑县上不") == "巴中 村上能办 异地备案不"


def test_no_yes_for_a_case_said_not_to_hold():
    # the page says what can be done once filed; the question asks of the case not filed
    assert can_clause(normalize("没备案 在外地住院能直接结算不")) is None
    assert can_clause(normalize("不是定点的药店买药能用医保码吗")) is None
    # the ask's own 不 / 能不能 is no case denied
    assert can_clause(normalize("在外地住院能不能直接结算")) == normalize("在外地住院能不能直接结算")


def test_no_yes_where_the_clause_names_one_thing_only(engine):
    # "办 what" is left to the conversation: the page picked for it does not settle the yes
    page = "线上缴费渠道：缴费人可通过微信、支付宝线上缴费。"
    assert not says_yes(normalize("线上能办不"), page, engine._terms, engine.index.segmenter.cut)


def test_a_modal_inside_another_word_says_no_yes(engine):
    # 巴中 第一章 十八: "…依托全国信息平台参保功能模块，及时通知原参保地…终止参保关系" — 能 of 功能 grants nothing
    reply = ask(engine, "重复参保 原参保地能终止参保关系吗", "巴中")
    assert "重复参保" in reply.text, reply.text
    assert not opens_with_yes(reply), reply.text
    words = engine.index.segmenter.cut
    # ... nor 可 of 可能; a modal word, or a word it opens ("能报销"), still does
    for page, yes in (("参保人员可能需要办理异地就医备案。", False), ("参保人员可以办理异地就医备案。", True)):
        assert says_yes(normalize("参保人员能办理异地就医备案吗"), page, engine._terms, words) is yes, page
