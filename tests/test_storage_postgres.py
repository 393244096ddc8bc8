"""The same store on PostgreSQL: a throw-away server in a temporary folder, reachable only through
a Unix socket there (no TCP), or the server named by YIBAO_TEST_POSTGRES_URL. Skipped when
neither PostgreSQL's binaries nor psycopg are installed."""
import os
from datetime import timedelta

import pytest

from bot.reply import Reply
from bot.service import handle
from bot.storage import Notify, Store
from bot.measure.pg import Unavailable, throwaway_postgres
from bot.storage.db import current_revision, head_revision

psycopg = pytest.importorskip("psycopg")


@pytest.fixture(scope="module")
def pg_url():
    if os.environ.get("YIBAO_TEST_POSTGRES_URL"):
        yield os.environ["YIBAO_TEST_POSTGRES_URL"]
        return
    try:
        with throwaway_postgres(durable=False) as url:
            yield url
    except Unavailable as exc:
        pytest.skip(str(exc))


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
