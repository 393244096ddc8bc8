"""The store on a real temporary SQLite file: migrations from empty, and every kind of record."""
from datetime import timedelta

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from bot.reply import Reply, Source
from bot.session import Session
from bot.storage import Notify, Store
from bot.storage.db import current_revision, head_revision, make_engine, migrate
from bot.storage.models import ChatSettings, ConversationState, Meta, Question, utcnow

TABLES = {"meta", "sessions", "chat_settings", "questions", "feedback", "queue", "bridge_messages", "outbox",
          "alembic_version"}


def test_migrations_build_the_schema_from_empty(db_url):
    engine = make_engine(db_url)
    assert current_revision(engine) is None
    migrate(engine)
    assert current_revision(engine) == head_revision()
    assert TABLES <= set(inspect(engine).get_table_names())
    migrate(engine)                      # again: a no-op, as on every start
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_the_shipped_migrations_build_exactly_the_models_schema(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from bot.storage.models import Base
    engine = make_engine(db_url)
    migrate(engine)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()


def test_the_database_directory_is_created_on_demand(tmp_path):
    url = f"sqlite:///{tmp_path / 'a' / 'b' / 'yibao.sqlite3'}"
    s = Store(url)
    s.close()
    assert (tmp_path / "a" / "b" / "yibao.sqlite3").is_file()


def test_migrations_downgrade_and_upgrade_again(db_url):
    from alembic import command

    from bot.storage.db import _alembic_config
    engine = make_engine(db_url)
    migrate(engine)
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate(engine)
    assert TABLES <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_pseudonyms_are_stable_keyed_and_not_the_id(db_url):
    a = Store(db_url)
    key = a.user_key("telegram", "12345")
    assert key != "12345" and "12345" not in key
    assert a.user_key("telegram", "12345") == key
    assert a.user_key("wechat", "12345") != key
    a.close()
    b = Store(db_url)                    # the generated key is kept in the database
    assert b.user_key("telegram", "12345") == key
    b.close()
    c = Store(db_url, user_hash_key="configured")
    assert c.user_key("telegram", "12345") != key
    c.close()


def reply(kind="faq", **kw):
    return Reply(kind=kind, text=kw.pop("text", "答案"), region="巴中",
                 sources=[Source(handbook="巴中手册", section="第三章", entry_id="bz-1", score=0.8)], **kw)


def turn(store, text="问题", kind="faq", user="u1", chat="c1", session=None, notify=None, **kw):
    return store.record_turn(channel="test", chat_id=chat, user_key=store.user_key("test", user), is_group=False,
                             text=text, reply=reply(kind, **kw), reply_text="答案", latency_ms=12.3456,
                             session=session, notify=notify)


def test_sessions_round_trip_and_forms_expire(store):
    key = store.user_key("test", "u1")
    fresh = store.load_session("test", "c1", key)
    assert fresh.state == {} and fresh.region is None
    session = Session(region="克拉玛依", state={"form": {"kind": "inpatient", "slots": {"amount": 10000}}})
    turn(store, kind="clarify", session=session, missing_slots=["tier"])
    again = store.load_session("test", "c1", key, expiry=timedelta(minutes=30))
    assert again.state == session.state and again.region == "克拉玛依"
    assert store.awaiting("test", "c1", key, expiry=timedelta(minutes=30))
    with store.transaction() as db:      # thirty-one minutes later
        row = db.query(ConversationState).one()
        row.updated_at = utcnow() - timedelta(minutes=31)
    stale = store.load_session("test", "c1", key, expiry=timedelta(minutes=30))
    assert stale.state == {} and stale.region == "克拉玛依"
    assert not store.awaiting("test", "c1", key, expiry=timedelta(minutes=30))


def test_each_user_in_a_group_has_a_session(store):
    turn(store, user="a", chat="g", session=Session(state={"form": {"who": "a"}}))
    turn(store, user="b", chat="g", session=Session(state={"form": {"who": "b"}}))
    assert store.load_session("test", "g", store.user_key("test", "a")).state["form"]["who"] == "a"
    assert store.load_session("test", "g", store.user_key("test", "b")).state["form"]["who"] == "b"


def test_the_log_keeps_what_staff_need(store):
    qid = turn(store, text="巴中什么时候交费", confidence=0.8)
    q = store.question(qid)
    assert (q.channel, q.chat_id, q.text, q.reply_kind, q.region, q.confidence) == \
        ("test", store.chat_key("test", "c1"), "巴中什么时候交费", "faq", "巴中", 0.8)
    assert q.sources[0]["entry_id"] == "bz-1"
    assert q.latency_ms == pytest.approx(12.35)
    assert q.created_at.tzinfo is not None
    assert store.queue() == []


def test_unanswered_questions_are_queued_with_where_to_tell_the_asker(store):
    qid = turn(store, kind="unanswered", notify=Notify("telegram", "c1", "42", "7"))
    [item] = store.queue()
    assert (item.question_id, item.reason, item.status) == (qid, "unanswered", "open")
    assert (item.notify_chat, item.notify_user, item.notify_message) == ("c1", "42", "7")
    assert item.question.text == "问题"


def test_feedback_once_and_thumbs_down_queues(store):
    up, down = turn(store), turn(store)
    voter = store.user_key("test", "u1")
    assert store.add_feedback(up, voter, +1) == "ok"
    assert store.add_feedback(up, voter, -1) == "duplicate"
    assert store.add_feedback(99999, voter, -1) == "missing"
    assert store.queue() == []
    assert store.add_feedback(down, voter, -1, notify=Notify("wechat", "room", "wxid_a")) == "ok"
    [item] = store.queue()
    assert (item.question_id, item.reason, item.notify_user) == (down, "thumbs_down", "wxid_a")


def test_last_rateable_is_the_latest_unrated_answer_in_the_window(store):
    key = store.user_key("test", "u1")
    window = timedelta(minutes=30)
    assert store.last_rateable("test", "c1", key, within=window) is None
    turn(store)
    second = turn(store)
    assert store.last_rateable("test", "c1", key, within=window) == second
    store.add_feedback(second, key, 1)
    assert store.last_rateable("test", "c1", key, within=window) is None
    turn(store, kind="clarify")
    assert store.last_rateable("test", "c1", key, within=window) is None   # a question back is not an answer


def test_chat_settings(store):
    assert store.chat_config("telegram", "-1").region is None
    store.set_chat_config("telegram", "-1", region="巴中")
    store.set_chat_config("telegram", "-1", prefixes=["#问"], enabled=False)
    cfg = store.chat_config("telegram", "-1")
    assert (cfg.region, cfg.prefixes, cfg.enabled) == ("巴中", ["#问"], False)
    with pytest.raises(TypeError):
        store.set_chat_config("telegram", "-1", colour="red")


def test_deliveries_are_recorded_with_their_answer_or_not_at_all(store):
    assert store.delivery("wechat", "m1") is None
    with pytest.raises(RuntimeError):
        with store.turn() as t:     # a failure after the record was written takes it back
            t.add_delivery("wechat", "m1", "room", [{"text": "答", "at": None}], 5)
            raise RuntimeError("crash")
    assert store.delivery("wechat", "m1") is None
    with store.turn() as t:
        t.add_delivery("wechat", "m1", "room", [{"text": "答", "at": None}], 5)
    done = store.delivery("wechat", "m1")
    assert done.reply == [{"text": "答", "at": None}] and done.query_id == 5
    assert store.delivery("other", "m1") is None      # ids are per source
    with pytest.raises(IntegrityError):               # a second record of one message is refused
        with store.turn() as t:
            t.add_delivery("wechat", "m1", "room", [], None)


def test_chat_ids_are_stored_as_keyed_hashes(store):
    turn(store, chat="wxid_secret_person")
    store.set_chat_config("wechat", "wxid_secret_person", region="巴中")
    with store.transaction() as db:
        stored = [q.chat_id for q in db.query(Question)] + [c.chat_id for c in db.query(ChatSettings)]
    assert stored and all("wxid" not in c and len(c) == 32 for c in stored)
    assert store.chat_config("wechat", "wxid_secret_person").region == "巴中"


def test_plain_chat_ids_from_before_are_hashed_once(db_url):
    first = Store(db_url)
    with first.transaction() as db:     # a row as revision 0002 wrote it
        db.add(ChatSettings(channel="telegram", chat_id="-100123", region="长治"))
        db.query(Meta).filter_by(key="chat_ids_hashed").delete()
    first.close()
    again = Store(db_url)
    try:
        assert again.chat_config("telegram", "-100123").region == "长治"
        Store(db_url).close()            # a later start leaves the hashes alone
        assert again.chat_config("telegram", "-100123").region == "长治"
    finally:
        again.close()


def test_askers_are_told_once(store):
    turn(store, kind="unanswered", notify=Notify("telegram", "c1", "42", "7"))
    [item] = store.queue()
    oid = store.notify_asker(item.id, "工作人员答复：……")
    assert oid is not None
    assert store.notify_asker(item.id, "again") is None
    [out] = store.pending_outbox("telegram")
    assert (out.chat_id, out.reply_to, out.text) == ("c1", "7", "工作人员答复：……")
    [item] = store.queue()
    assert item.notify_chat is None and item.notify_user is None    # the address is used up
    store.mark_outbox(oid, sent=True)
    assert store.pending_outbox() == []


def test_failed_sends_are_retried_then_given_up(store):
    oid = store.add_outbox("wechat", "room", "通知")
    for _ in range(4):
        store.mark_outbox(oid, sent=False, error="timeout")
        assert [o.id for o in store.pending_outbox()] == [oid]
    store.mark_outbox(oid, sent=False, error="timeout")
    assert store.pending_outbox() == []
