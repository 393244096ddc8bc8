"""What the bot states as the answer, and what it only offers: the middle band says it is unsure and
offers questions, never a figure, in every channel's rendering; questions the handbooks cannot answer
get the honest refusal with the office to ask, never a neighbouring entry. The phrasings are our own
(none is in eval/)."""
import re

import pytest

from bot import texts
from bot.channels.choices import numbered_text
import bot.engine as eng
from bot.engine import SUGGEST_AT, Engine
from bot.measure.evaluate import evaluate
from bot.reply import Message
from bot.session import Session

_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:元|万|%|％|天|个月)")


def ask(engine: Engine, text: str, region: str | None = "巴中"):
    return engine.answer(Message(text=text, region=region), Session())


# short, general questions whose best candidate is not sure enough to state
MIDDLE = [("住院钱咋报", "巴中"), ("慢病咋个报", "长治"), ("交了医保啥时候能用", "巴中"), ("两个医保能一起交不", "巴中"),
          ("学生看病咋报", "克拉玛依")]


@pytest.fixture
def calibrated(monkeypatch):
    """The answer band from CALIBRATED_97, where ≥ 97 % of the answers stated on eval/dev are right."""
    monkeypatch.setattr(eng, "ANSWER_AT", eng.CALIBRATED_97)


@pytest.mark.parametrize("text,region", MIDDLE)
def test_the_middle_band_asks_and_states_no_figure(engine, calibrated, text, region):
    reply = ask(engine, text, region)
    assert reply.kind == "clarify" and SUGGEST_AT <= reply.confidence < eng.ANSWER_AT, (reply.kind, reply.confidence)
    assert reply.text.startswith(texts.UNSURE) and reply.suggestions and not reply.sources
    offered = "".join(reply.suggestions)
    # what every channel shows: the terminal and the bridge number the choices, Telegram adds buttons
    for shown in (reply.text, numbered_text(reply), numbered_text(reply, texts.CHOICE_HINT_BUTTONS)):
        assert "来源" not in shown
        for question in reply.suggestions:
            assert question in shown
        # a figure may appear only inside an offered question ("2026年度…"), never as an answer
        assert all(f in offered for f in _FIGURE.findall(shown)), shown
        for entry_id in reply.choice_ids:
            answer = engine.index.entry(entry_id).answer
            stated = [f for f in _FIGURE.findall(answer) if f not in offered]
            assert not any(f in shown for f in stated), (entry_id, stated)


def test_the_middle_band_is_scored_as_no_answer(engine, calibrated):
    # a question back is not an answer, even with the right entry among its choices; the report
    # counts those apart (faq_answered_or_offered)
    text, region = MIDDLE[3]
    reply = ask(engine, text, region)
    right = engine.index.entry(reply.choice_ids[0]).answer[:6]
    report = evaluate([{"id": "t-1", "q": text, "region": region, "expect": {"kind": "faq", "all": [right]}}], engine)
    s = report.summary()
    assert s["faq_top1"] == 0.0 and s["faq_answered_or_offered"] == 100.0


@pytest.mark.parametrize("text,region", [
    ("惠民保一年多少钱 值不值得买", None),            # a commercial product's price
    ("巴惠保生病住院了怎么理赔", "巴中"),              # … and its claims
    ("百万医疗险和重疾险买哪个好", None),              # … which to buy (百万 is read as 100万)
    ("降压药吃缬沙坦还是厄贝沙坦好", "巴中"),          # which medicine to take
    ("孩子咳嗽要不要赶紧去医院", "巴中"),              # whether to see a doctor
])
def test_topics_the_handbooks_do_not_cover_are_refused(engine, text, region):
    reply = ask(engine, text, region)
    assert reply.kind == "unanswered" and reply.refusal == "out_of_scope", reply.text[:80]


def test_what_the_handbook_says_of_a_commercial_product_is_still_answered(engine):
    reply = ask(engine, "巴惠保是不是医保局办的", "巴中")
    assert reply.kind != "unanswered" and "商业保险公司" in reply.text


@pytest.mark.parametrize("text,region", [("白碱滩区医保局电话是多少", "克拉玛依"), ("乌尔禾区医保局的联系电话给一个", None)])
def test_another_districts_office_is_not_given_for_the_one_asked(engine, text, region):
    # the handbook lists 克拉玛依区's office only: its phone is no answer for another district's
    reply = ask(engine, text, region)
    assert reply.kind == "unanswered" and not reply.text.startswith("医疗保险政策咨询")
    assert engine.explain(text, region)["parts"][0]["band"] == "refuse"


def test_the_district_named_in_an_entry_is_still_answered(engine):
    reply = ask(engine, "通江县医保窗口在哪 电话多少", "巴中")
    assert reply.kind == "faq" and "通江" in reply.text


@pytest.mark.parametrize("text", ["巴中灵活就业交职工医保最低基数一个月是多少钱", "职工医保缴费基数下限每月好多钱"])
def test_a_sum_of_money_the_entry_does_not_state_is_not_answered_with_its_rule(engine, text):
    reply = ask(engine, text, "巴中")
    assert reply.kind == "unanswered"
    assert "0827" in reply.text           # the office to ask


def test_a_sum_of_money_the_entry_states_is_answered(engine):
    reply = ask(engine, "巴中城乡居民医保一个人一年交多少钱", None)
    assert reply.kind == "faq" and "400元" in reply.text


def _stated(engine, text, region):
    reply = ask(engine, text, region)
    assert reply.kind == "faq", (text, reply.kind)
    return reply


@pytest.mark.parametrize("text,region", [("学生看病咋报", "克拉玛依"),
                                         ("屋头老人家看门诊一年最多报多少", "巴中")])
def test_an_unsure_answer_names_the_question_it_answers(engine, text, region):
    """Below CALIBRATED_97 about one answer in six is another entry's: the reply says which
    question it answers, first, so that a wrong match shows, and offers the other likely ones."""
    reply = _stated(engine, text, region)
    assert eng.ANSWER_AT <= reply.confidence < eng.CALIBRATED_97, reply.confidence
    entry = engine.index.entry(reply.sources[0].entry_id)
    assert reply.text.startswith(texts.UNDERSTOOD.format(question=entry.question))
    if texts.IF_NOT in reply.text:
        after = reply.text.split(texts.IF_NOT, 1)[1].split("\n")
        offered = [line[2:] for line in after if line.startswith("· ")]
        assert offered and entry.question not in offered
        if "如需帮您测算" in reply.text:
            assert not reply.suggestions          # a bare number next is the offered form's figure
        else:
            # the same questions are the reply's choices: "2" is answered as the second one's entry
            assert reply.suggestions == offered and len(reply.choice_ids) == len(offered)
            assert [engine.index.entry(i).question for i in reply.choice_ids] == offered


def test_a_sure_answer_is_stated_plainly(engine):
    reply = _stated(engine, "巴中城乡居民医保2026年个人缴费标准是多少", None)
    assert reply.confidence >= eng.CALIBRATED_97
    assert texts.UNDERSTOOD.partition("“")[0] not in reply.text and texts.IF_NOT not in reply.text


def test_several_questions_keep_what_each_was_understood_as_but_no_other_guesses(engine):
    reply = ask(engine, "学生住院的钱回学校报要准备些啥子？那门诊一年最多报多少？", "克拉玛依")
    assert texts.IF_NOT not in reply.text and not reply.suggestions
    assert reply.text.count(texts.UNDERSTOOD.partition("“")[0]) >= 1


def test_an_offer_to_compute_comes_before_the_other_questions(engine):
    """The other likely questions close the reply; an offer to compute stays with the answer."""
    session = Session()
    reply = engine.answer(Message(text="学生看病咋报", region="克拉玛依"), session)
    if texts.IF_NOT in reply.text:
        lines = reply.text.split("\n")
        assert lines[-1].startswith("· ") and session.state.get("unsure")
        assert all(lines.index(texts.IF_NOT) > i for i, line in enumerate(lines) if line.startswith("如需帮您测算"))


def test_a_number_after_an_offer_to_compute_is_the_forms_not_a_listed_question(engine):
    """An unsure answer that offers to compute ("断保几年了？") lists its other questions unnumbered:
    the bare "2" next is the figure the offer asked for, not the second of them."""
    session = Session()
    first = engine.answer(Message(text="巴中居民断了几年保，等待期咋算"), session)
    assert "如需帮您测算" in first.text and not first.suggestions
    second = engine.answer(Message(text="2"), session)
    assert second.kind == "calculation" and "4 个月" in second.text
