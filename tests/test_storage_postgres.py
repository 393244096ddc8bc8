"""The same store on PostgreSQL: a throw-away server in a temporary folder, reachable only through
a Unix socket there (no TCP), or the server named by YIBAO_TEST_POSTGRES_URL (`pg_url` in
conftest.py: a database of its own per test). Skipped when neither PostgreSQL's binaries nor
psycopg are installed."""
import asyncio
from datetime import timedelta


from bot.reply import Reply
from bot.service import handle
from bot.storage import Notify, Store
from bot.storage.db import current_revision, head_revision
from bot.storage.store import Delivered


def test_postgres_migrates_and_keeps_conversations(pg_url, engine):
    store = Store(pg_url)
    try:
        assert current_revision(store.engine) == head_revision()
        first = handle(store, engine, channel="t", chat_id="c", user_id="u", text="住院一万块能报多少")
        assert first.reply.kind == "clarify"
        second_store = Store(pg_url)    # a second bot process on the same database
        try:
            second = handle(second_store, engine, channel="t", chat_id="c", user_id="u", text="克拉玛依 二级医院")
            assert second.reply.kind == "calculation"
            assert second_store.user_key("t", "u") == store.user_key("t", "u")
        finally:
            second_store.close()
        qid = store.record_turn(channel="t", chat_id="c", user_key="k", is_group=False, text="问", reply_text="答",
                                reply=Reply(kind="unanswered", text="答"), latency_ms=1.0,
                                notify=Notify("telegram", "c", "1", "2"))
        assert store.add_feedback(qid, "k", -1) == "ok" and store.add_feedback(qid, "k", 1) == "duplicate"
        [item] = [i for i in store.queue() if i.question_id == qid]
        assert store.notify_asker(item.id, "答复") and store.notify_asker(item.id, "答复") is None
        with store.turn() as t:
            t.add_delivery("w", "1", "c", [{"text": "答"}], qid)
        assert store.delivery("w", "1").query_id == qid
        assert store.awaiting("t", "c", store.user_key("t", "u"), expiry=timedelta(minutes=5)) is False
    finally:
        store.close()


def _answered(store, message_id, user_key, text="问"):
    """A delivery's writes as the bridge makes them: the log row (with the session), the record."""
    from bot.session import Session
    reply = Reply(kind="faq", text="答", region="巴中")
    return Delivered(source="w", message_id=message_id, chat_id="c", reply=[{"text": "答", "at": None}],
                     question={"channel": "w", "chat_id": "c", "user_key": user_key, "is_group": False, "text": text,
                               "reply": reply, "reply_text": reply.text, "latency_ms": 1.0,
                               "session": Session(key="k", region="巴中", state={"n": int(message_id)}),
                               "notify": None})


def _count(store, table):
    from sqlalchemy import text
    with store.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def test_a_turn_writes_nothing_when_its_session_changed_after_it_was_read(pg_url):
    """The bridge's two statements (bot.storage.pg_turns): the write applies only to the session as
    read — none yet, or the version read — and then whole; otherwise nothing at all."""
    import asyncio
    from bot.storage.pg_turns import PgTurns
    store = Store(pg_url)
    turns = PgTurns(store, pool_size=2)
    user = store.user_key("w", "u")
    expiry = timedelta(minutes=10)

    async def run():
        await turns.open()
        try:
            fresh = await turns.view("w", "1", "c", user, expiry=expiry)
            assert fresh.version is None and fresh.session.state == {}
            store.set_session_region("w", "c", user, "长治")        # another process made the session meanwhile
            assert await turns.deliver(_answered(store, "1", user), fresh.version) is None
            assert (_count(store, "questions"), _count(store, "bridge_messages")) == (0, 0)

            seen = await turns.view("w", "1", "c", user, expiry=expiry)
            assert seen.version is not None and seen.session.region == "长治"
            qid = await turns.deliver(_answered(store, "1", user), seen.version)
            assert qid and (_count(store, "questions"), _count(store, "bridge_messages")) == (1, 1)

            again = await turns.view("w", "1", "c", user, expiry=expiry)   # the same delivery: its record
            assert again.seen.query_id == qid and again.session is None
            stale = await turns.view("w", "2", "c", user, expiry=expiry)
            assert stale.session.state == {"n": 1}
            store.set_session_region("w", "c", user, "巴中")        # changed after this read
            assert await turns.deliver(_answered(store, "2", user), stale.version) is None
            current = await turns.view("w", "2", "c", user, expiry=expiry)
            assert await turns.deliver(_answered(store, "2", user), current.version)
            assert await turns.deliver(_answered(store, "2", user), current.version) is None   # recorded already
            assert (_count(store, "questions"), _count(store, "bridge_messages")) == (2, 2)
        finally:
            await turns.close()
    try:
        asyncio.run(run())
    finally:
        store.close()


def test_one_message_delivered_to_two_processes_at_once_is_answered_and_logged_once(pg_url, engine):
    """Two bridge processes (each its own store and pool) get the same messages at the same moment,
    and other messages of the same conversation: each message is logged once, and both deliveries
    of it get the same answer."""
    import asyncio
    from bot.channels.bridge import Bridge, BridgeIn
    from bot.settings import Settings
    settings = Settings(database_url=pg_url, bridge_token="t", cooldown_seconds=0)
    stores = [Store.from_settings(settings) for _ in range(2)]
    bridges = [Bridge(s, engine, settings) for s in stores]
    texts = ["住院一万块能报多少", "克拉玛依", "二级医院", "巴中居民医保什么时候交费", "你好", "慢病怎么申请"]

    async def run():
        for b in bridges:
            await b.start()
        try:
            outs = []
            for i, text in enumerate(texts):
                m = BridgeIn(bridge="wechat", message_id=f"m{i}", chat_id="wxid_a", sender_id="wxid_a", text=text)
                outs.append(await asyncio.gather(*(b.aprocess(m) for b in bridges)))
            return outs
        finally:
            for b in bridges:
                await b.stop()
    try:
        outs = asyncio.run(run())
        for first, second in outs:
            assert first.reply == second.reply and first.query_id == second.query_id
            assert sorted([first.duplicate, second.duplicate]) == [False, True]
        assert _count(stores[0], "questions") == len(texts) == _count(stores[0], "bridge_messages")
        assert "7,350" in outs[2][0].reply[0]["text"]      # the form went on across both processes
    finally:
        for s in stores:
            s.close()


class CountingEngine:
    """Counts the turns of a conversation in its session: a lost update shows as a lower count."""

    def answer(self, message, session):
        session.state["turns"] = session.state.get("turns", 0) + 1
        return Reply(kind="faq", text=f"第{session.state['turns']}次", region="巴中")


def test_messages_of_one_conversation_racing_in_two_processes_lose_no_update(pg_url):
    """Twenty messages of one conversation at once, spread over two bridge processes: every turn
    builds on the one before it (the session's version check makes the later writer do its turn
    again), so the count in the session ends at twenty and each reply's number is used once."""
    import asyncio
    from bot.channels.bridge import Bridge, BridgeIn
    from bot.settings import Settings
    from sqlalchemy import text
    settings = Settings(database_url=pg_url, bridge_token="t", cooldown_seconds=0)
    stores = [Store.from_settings(settings) for _ in range(2)]
    bridges = [Bridge(s, CountingEngine(), settings) for s in stores]

    async def run():
        for b in bridges:
            await b.start()
        try:
            return await asyncio.gather(*(
                bridges[i % 2].aprocess(BridgeIn(bridge="wechat", message_id=f"m{i}", chat_id="wxid_a",
                                                 sender_id="wxid_a", text=f"问题{i}"))
                for i in range(20)))
        finally:
            for b in bridges:
                await b.stop()
    try:
        outs = asyncio.run(run())
        numbers = sorted(int(o.reply[0]["text"].split("次")[0][1:]) for o in outs)
        assert numbers == list(range(1, 21))
        with stores[0].engine.connect() as conn:
            assert conn.execute(text("SELECT state FROM sessions")).scalar_one()["turns"] == 20
        assert _count(stores[0], "questions") == 20
    finally:
        for s in stores:
            s.close()


def test_the_bridge_never_waits_for_the_database_on_its_event_loop(pg_url, staff_engine):
    """On PostgreSQL the bridge's event loop serves every connection of its process: no blocking
    database call may run on it. Every SQLAlchemy connection checked out while the bridge answers
    (the staff-knowledge check on the first message and after staff taught it something, the
    outbox sender) is checked out on another thread; the turn's own statements are psycopg's
    asynchronous ones."""
    import asyncio
    import threading

    from sqlalchemy import event

    from bot import knowledge
    from bot.channels.bridge import Bridge, BridgeIn
    from bot.notify import deliver_pending
    from bot.settings import Settings
    settings = Settings(database_url=pg_url, bridge_token="t", cooldown_seconds=0)
    store = Store.from_settings(settings)
    on_loop = []
    loop_thread = []
    event.listen(store.engine, "checkout",
                 lambda *_: on_loop.append(threading.current_thread()) if threading.current_thread() in loop_thread
                 else None)
    bridge = Bridge(store, staff_engine, settings)
    store.add_outbox("wechat", "wxid_a", "工作人员答复")

    async def run():
        loop_thread.append(threading.current_thread())
        await bridge.start()
        try:
            first = await bridge.aprocess(BridgeIn(bridge="wechat", message_id="m1", chat_id="wxid_a",
                                                   sender_id="wxid_a", text="巴中居民医保什么时候交费"))
            knowledge.forget(staff_engine)                  # the next message finds the check due again
            await bridge.aprocess(BridgeIn(bridge="wechat", message_id="m2", chat_id="wxid_a",
                                           sender_id="wxid_a", text="公积金怎么提取"))
            sent = []

            async def send(item):
                sent.append(item.id)
            await deliver_pending(store, {"wechat": send})
            return first, sent
        finally:
            await bridge.stop()
            loop_thread.clear()
    try:
        first, sent = asyncio.run(run())
        assert first.reply and len(sent) == 1
        assert _count(store, "questions") == 2
        assert on_loop == []
    finally:
        store.close()


def test_the_locking_turn_locks_a_session_that_does_not_exist_yet(pg_url):
    """The transaction the bridge falls back to (and Telegram's `handle`) reads a conversation with
    no session row yet; another process's one-statement turn, racing it, must not have its session
    overwritten by one computed from none: it waits, finds the row changed, and writes nothing."""
    import threading

    from bot.storage.pg_turns import PgTurns
    store = Store(pg_url)
    turns = PgTurns(store, pool_size=2)
    user = store.user_key("w", "u")
    expiry = timedelta(minutes=10)
    written = {}

    async def other_process(read):
        await turns.open()
        try:
            v = await turns.view("w", "2", "c", user, expiry=expiry)
            read.set()
            written["id"] = await turns.deliver(_answered(store, "2", user), v.version)   # waits for our turn
        finally:
            await turns.close()

    try:
        with store.turn() as turn:
            view = turn.bridge_view("w", "1", "c", user, expiry=expiry)
            assert view.session.state == {}                       # no row yet
            read = threading.Event()
            other = threading.Thread(target=lambda: asyncio.run(other_process(read)))
            other.start()
            assert read.wait(30)
            other.join(3)                                         # its write waits for this turn's lock
            assert other.is_alive()
            turn.deliver(_answered(store, "1", user))
        other.join(30)
        assert not other.is_alive()
        assert written["id"] is None                              # its turn is done again, from our session
        assert store.load_session("w", "c", user, expiry=expiry).state == {"n": 1}
    finally:
        store.close()


def test_a_reply_with_unanswered_parts_is_computed_once_and_written_only_onto_the_session_it_read(pg_url, engine):
    """A reply with parts the bot could not answer is written by an ordinary transaction (in a thread):
    the answer computed from the one-statement read is written there, not computed again — unless the
    session changed since it was read, when nothing is written and the turn reads again."""
    from bot.channels.bridge import Bridge, BridgeIn
    from bot.settings import Settings
    settings = Settings(database_url=pg_url, bridge_token="t", cooldown_seconds=0)
    store = Store.from_settings(settings)
    calls = []

    class Counting:
        def __getattr__(self, name):
            return getattr(engine, name)

        def answer(self, message, session):
            calls.append(message.text)
            return engine.answer(message, session)

    bridge = Bridge(store, Counting(), settings)

    async def run():
        await bridge.start()
        try:
            return await bridge.aprocess(BridgeIn(bridge="wechat", message_id="m1", chat_id="wxid_b",
                                                  sender_id="wxid_b",
                                                  text="巴中居民医保什么时候交费？公积金怎么提取？"))
        finally:
            await bridge.stop()
    try:
        out = asyncio.run(run())
        assert len(calls) == 1 and out.query_id is not None
        assert _count(store, "questions") == 2 and _count(store, "queue") == 1     # the part, on its own
        # the decision's writes land only on the session version they were computed from
        user = store.user_key("w", "u")
        with store.turn() as t:
            assert t.deliver_unchanged(_answered(store, "1", user), None, user) is not None   # no row yet: claimed
        with store.turn() as t:
            assert t.deliver_unchanged(_answered(store, "2", user), "0", user) is None       # another version
            assert t.deliver_unchanged(_answered(store, "3", user), None, user) is None      # a row now exists
        assert store.load_session("w", "c", user, expiry=timedelta(minutes=10)).state == {"n": 1}
        assert store.delivery("w", "2") is None and store.delivery("w", "3") is None
    finally:
        store.close()
