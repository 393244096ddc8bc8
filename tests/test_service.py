"""`bot.service.handle`: the path every channel takes, with the real engine and a real SQLite file."""
import pytest

from bot.masking import PHONE_LABEL
from bot.service import Cooldown, handle
from bot.session import Session
from bot.storage.models import ConversationState, Question


def ask(store, engine, text, user="u1", chat="c1", **kw):
    return handle(store, engine, channel="test", chat_id=chat, user_id=user, text=text, **kw)


def test_questions_are_logged_and_sessions_kept(store, engine):
    h = ask(store, engine, "巴中居民医保什么时候交费？")
    assert h.reply.kind == "faq" and h.query_id
    q = store.question(h.query_id)
    assert q.text == "巴中居民医保什么时候交费？" and q.reply_kind == "faq" and q.latency_ms > 0
    assert q.user_key == store.user_key("test", "u1")
    session = store.load_session("test", "c1", q.user_key)
    assert session.region == "巴中"


def test_a_form_spans_two_messages(store, engine):
    first = ask(store, engine, "住院一万块能报多少")
    assert first.reply.kind == "clarify" and first.reply.missing_slots
    second = ask(store, engine, "克拉玛依 二级医院")
    assert second.reply.kind == "calculation"
    assert "7,350" in second.reply.text


def test_group_forms_belong_to_one_user(store, engine):
    a1 = ask(store, engine, "住院一万块能报多少", user="A", chat="g", is_group=True)
    b1 = ask(store, engine, "巴中居民医保什么时候交费？", user="B", chat="g", is_group=True)
    a2 = ask(store, engine, "克拉玛依 二级医院", user="A", chat="g", is_group=True)
    assert (a1.reply.kind, b1.reply.kind, a2.reply.kind) == ("clarify", "faq", "calculation")
    with store.transaction() as db:
        assert db.query(ConversationState).filter_by(chat_id=store.chat_key("test", "g")).count() == 2


def test_unanswered_questions_land_in_the_queue_and_refusals_under_their_own_reason(store, engine):
    # a 医保 question no handbook answers (whether a reimbursement is taxed) is for staff; a lost card's
    # replacement (人社 and its bank) would be out of scope, like 公积金
    asked = {text: ask(store, engine, text, chat_region="巴中")
             for text in ("医保报销的钱要交税吗", "公积金怎么提取", "广州的医保怎么报销")}
    assert {h.reply.kind for h in asked.values()} == {"unanswered"}
    reasons = {item.question.text: item.reason for item in store.queue()}
    # a place the handbooks do not cover is not for staff to answer: logged as a refusal, not queued
    assert reasons == {"医保报销的钱要交税吗": "unanswered", "公积金怎么提取": "out_of_scope"}
    assert [store.question(h.query_id).refusal for h in asked.values()] == [None, "out_of_scope", "uncovered_place"]


def test_personal_numbers_are_masked_before_the_engine_and_the_log(store, engine):
    seen = []

    class Spy:
        def answer(self, message, session):
            seen.append(message.text)
            return engine.answer(message, session)

    h = ask(store, Spy(), "我的手机13812345678，医保卡丢了怎么补办")
    assert seen == [f"我的手机{PHONE_LABEL}，医保卡丢了怎么补办"]
    with store.transaction() as db:
        rows = db.query(Question).all()
        assert all("13812345678" not in (r.text + r.reply_text) for r in rows)
    assert h.query_id


def test_an_engine_failure_is_an_apology_and_a_queued_question(store):
    class Broken:
        def answer(self, message, session):
            raise RuntimeError("boom")

    h = ask(store, Broken(), "巴中居民医保什么时候交费？")
    assert h.reply.kind == "unanswered" and "出了点问题" in h.reply.text
    assert [i.question_id for i in store.queue()] == [h.query_id]


def test_a_caller_owned_session_is_not_stored(store, engine):
    mine = Session()
    ask(store, engine, "住院一万块能报多少", session=mine)
    assert mine.state                                     # the form is in the caller's session
    with store.transaction() as db:
        assert db.query(ConversationState).count() == 0
        assert db.query(Question).count() == 1            # but the question is logged


def test_cooldown():
    now = [100.0]
    c = Cooldown(2.0, clock=lambda: now[0])
    # told once per burst: the first quick message, not the first one nor the later quick ones
    assert [c.too_fast("u"), c.too_fast("u"), c.too_fast("u"), c.too_fast("v")] == [False, True, False, False]
    now[0] += 2.1
    assert [c.too_fast("u"), c.too_fast("u")] == [False, True]    # a pause ends the burst
    assert not Cooldown(0).too_fast("u") and not Cooldown(0).too_fast("u")


def test_a_log_that_cannot_be_written_is_an_error_unless_the_caller_delivers_itself(store, engine, monkeypatch):
    from sqlalchemy.exc import OperationalError
    real = store.turn

    def broken_turn():
        cm = real()
        turn = cm.__enter__()
        def fail(**kw):
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))
        turn.record = fail
        class Wrapper:
            def __enter__(self):
                return turn
            def __exit__(self, *exc):
                return cm.__exit__(*exc)
        return Wrapper()

    monkeypatch.setattr(store, "turn", broken_turn)
    with pytest.raises(OperationalError):      # a channel must not acknowledge what was not stored
        ask(store, engine, "巴中居民医保什么时候交费？")
    printed = ask(store, engine, "巴中居民医保什么时候交费？", log_failure_ok=True)   # the command line
    assert printed.query_id is None and "2026" in printed.reply.text


@pytest.mark.parametrize("typed, picked", [("2", "乙"), ("２", "乙"), (" 3 ", "丙"), ("4", "4"), ("0", "0"),
                                           ("2个", "2个"), ("乙", "乙")])
def test_a_number_stands_for_the_choice_offered(typed, picked):
    from bot.service import resolve_choice
    session = Session(state={"choices": ["甲", "乙", "丙"]})
    assert resolve_choice(typed, session) == picked
    assert resolve_choice(typed, Session()) == typed          # nothing offered: a number is a number


def test_a_number_after_offered_choices_is_answered_and_logged_as_that_choice(store, engine):
    offered = ask(store, engine, "居民大病保险起付线是多少").reply          # which region? the regions to choose from
    assert offered.kind == "clarify" and len(offered.suggestions) >= 2
    picked = ask(store, engine, "２")
    assert store.question(picked.query_id).text == offered.suggestions[1]
    assert picked.reply.kind == "faq" and picked.reply.region == offered.suggestions[1]
    later = ask(store, engine, "2")                     # the choices went with the answer
    assert store.question(later.query_id).text == "2"
