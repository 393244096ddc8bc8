"""A bridge message's turn on PostgreSQL in two statements, with no transaction open and no
connection held while the engine works (psycopg 3, asynchronous, with its connection pool).

`view()` reads in one statement what the turn decides on: the delivery's record, the chat's
settings, the session with its version (the row's `xmin`, which every update of the row changes)
and, when the text may be a rating, the asker's last answer. `deliver()` writes in one statement —
its own transaction — the session only if its version is still the one read, and with it the
question's log row, its queue item, the delivery's record and a reply to send later; when the
session changed meanwhile (another message of the same conversation, in another process) it
writes nothing, and the caller does the turn again from `view()`. A delivery of the same message
recorded meanwhile makes the statement fail on the record's key; the turn done again finds it.

So what the bridge acknowledges is stored whole, as by one transaction, before its 200; the commit
waits for the disk as every commit does (synchronous_commit stays on). The statements are prepared
on each connection at their first use."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

from psycopg import errors
from psycopg.types.json import Json
from psycopg_pool import AsyncConnectionPool
from sqlalchemy.engine import make_url

from bot.storage.store import (ANSWER_KINDS, BridgeView, ChatConfig, Delivered, Delivery, Store, notify_params,
                               question_params, queue_reason, session_key, session_params, stored_session)
from bot.storage.models import utcnow

POOL_TIMEOUT_S = 10     # waiting longer for a connection is an outage: the request gets 503 and is retried

_VIEW = """
SELECT d.bridge IS NOT NULL, d.reply, d.query_id,
       c.id IS NOT NULL, c.region, c.prefixes, c.enabled,
       s.region, s.state, s.awaiting, s.updated_at, s.xmin::text,
       r.id, r.reply_kind, r.created_at, f.id IS NOT NULL
FROM (SELECT 1) AS one
LEFT JOIN bridge_messages d ON d.bridge = %(source)s AND d.message_id = %(message_id)s AND d.done
LEFT JOIN chat_settings c ON c.channel = %(source)s AND c.chat_id = %(chat_id)s
LEFT JOIN sessions s ON s.channel = %(source)s AND s.chat_id = %(chat_id)s AND s.user_key = %(user_key)s
LEFT JOIN LATERAL (
    SELECT q.id, q.reply_kind, q.created_at FROM questions q
    WHERE %(want_last)s AND q.channel = %(source)s AND q.chat_id = %(chat_id)s AND q.user_key = %(user_key)s
    ORDER BY q.id DESC LIMIT 1) r ON true
LEFT JOIN feedback f ON f.question_id = r.id
"""

def _record_and_send(queue_region: str) -> str:
    """The statement's tail: after the first CTEs, `q` holds the id of the question logged (or voted
    on); the rest hang on it, so that when it holds no row nothing at all is written."""
    return """,
u AS (
    INSERT INTO queue (question_id, reason, status, region, created_at, updated_at,
                       notify_channel, notify_chat, notify_user, notify_message)
    SELECT q.id, %(queue_reason)s::varchar, 'open', """ + queue_region + """, %(now)s, %(now)s,
           %(notify_channel)s::varchar, %(notify_chat)s::varchar, %(notify_user)s::varchar,
           %(notify_message)s::varchar
    FROM q WHERE %(queue_reason)s::varchar IS NOT NULL
    ON CONFLICT (question_id) DO NOTHING
), d AS (
    INSERT INTO bridge_messages (bridge, message_id, chat_id, done, reply, query_id, created_at)
    SELECT %(source)s, %(message_id)s, %(chat_id)s, true, %(reply)s, q.id, %(now)s FROM q
), o AS (
    INSERT INTO outbox (channel, chat_id, text, at_user, status, attempts, created_at)
    SELECT %(source)s, %(outbox_chat)s, %(outbox_text)s::text, %(outbox_at)s::varchar, 'pending', 0, %(now)s
    FROM q WHERE %(outbox_text)s::text IS NOT NULL
)
SELECT id FROM q
"""

_LOG = """
q AS (
    INSERT INTO questions (channel, chat_id, is_group, user_key, text, region, reply_kind, reply_text, sources,
                           confidence, refusal, latency_ms, created_at)
    SELECT %(source)s, %(chat_id)s, %(is_group)s, %(user_key)s, %(text)s, %(region)s, %(reply_kind)s,
           %(reply_text)s, %(sources)s, %(confidence)s, %(refusal)s, %(latency_ms)s, %(now)s
    FROM s RETURNING id
)"""

# the session saved only if nobody changed it since it was read (no row then: nobody made one)
_ANSWER = """
WITH s AS (
    INSERT INTO sessions AS cur (channel, chat_id, user_key, region, state, awaiting, updated_at)
    VALUES (%(source)s, %(chat_id)s, %(user_key)s, %(session_region)s, %(state)s, %(awaiting)s, %(now)s)
    ON CONFLICT (channel, chat_id, user_key) DO UPDATE
    SET region = excluded.region, state = excluded.state, awaiting = excluded.awaiting,
        updated_at = excluded.updated_at
    WHERE cur.xmin::text = %(version)s::text
    RETURNING 1
),""" + _LOG + _record_and_send("%(queue_region)s::varchar")

# the engine failed: the stored session stays as it was
_ANSWER_KEEP_SESSION = "\nWITH s AS (SELECT 1),\n" + _LOG + _record_and_send("%(queue_region)s::varchar")

# a vote counts once; a vote recorded meanwhile writes nothing, and the turn done again finds it
_VOTE = """
WITH q AS (
    INSERT INTO feedback (question_id, user_key, vote, created_at)
    VALUES (%(question_id)s, %(user_key)s, %(vote)s, %(now)s)
    ON CONFLICT (question_id) DO NOTHING
    RETURNING question_id AS id
)""" + _record_and_send("(SELECT region FROM questions WHERE id = %(question_id)s)")


class PgTurns:
    """The two statements of a bridge turn, over a pool of `pool_size` connections of this process
    (each is held for one statement only). `open()` inside the running event loop, `close()` after."""

    def __init__(self, store: Store, *, pool_size: int):
        self.store = store
        conninfo = make_url(store.url).set(drivername="postgresql").render_as_string(hide_password=False)
        self.pool = AsyncConnectionPool(conninfo, min_size=pool_size, max_size=pool_size, open=False,
                                        timeout=POOL_TIMEOUT_S,
                                        kwargs={"autocommit": True, "prepare_threshold": 0})

    async def open(self) -> None:
        await self.pool.open(wait=True)

    async def close(self) -> None:
        await self.pool.close()

    async def view(self, source: str, message_id: str, chat_id: str, user_key: str, *, expiry: timedelta,
                   rating_within: timedelta | None = None) -> BridgeView:
        """As `Turn.bridge_view`, in one statement and no transaction."""
        async with self.pool.connection() as conn:
            cur = await conn.execute(_VIEW, {"source": source, "message_id": message_id, "user_key": user_key,
                                             "chat_id": self.store.chat_key(source, chat_id),
                                             "want_last": rating_within is not None})
            (seen, reply, query_id, has_config, chat_region, prefixes, enabled, region, state, awaiting, updated_at,
             version, last_id, last_kind, last_at, last_rated) = await cur.fetchone()
        if seen:
            return BridgeView(seen=Delivery(reply=list(reply or []), query_id=query_id))
        now = utcnow()
        row = SessionRow(region, state, updated_at) if version is not None else None
        rateable = (last_id if last_id is not None and last_kind in ANSWER_KINDS and not last_rated
                    and now - last_at <= rating_within else None)
        return BridgeView(
            config=ChatConfig(region=chat_region, prefixes=prefixes, enabled=enabled) if has_config else ChatConfig(),
            session=stored_session(session_key(source, chat_id, user_key), row, expiry),
            awaiting=bool(row and awaiting and now - updated_at <= expiry),
            rateable=rateable, version=version)

    async def deliver(self, d: Delivered, version: str | None) -> int | None:
        """Write what one answered delivery writes, in one statement, if the session is still at
        `version`. Returns the question id (logged, or voted on), or None when what the turn read
        changed meanwhile and nothing was written."""
        now = utcnow()
        chat = self.store.chat_key(d.source, d.chat_id)
        params = {"source": d.source, "message_id": d.message_id, "chat_id": chat, "reply": Json(d.reply),
                  "now": now, "outbox_chat": d.chat_id,
                  "outbox_text": d.send_later and d.send_later[0], "outbox_at": d.send_later and d.send_later[1]}
        if d.question is not None:
            a = d.question
            reply, session = a["reply"], a["session"]
            logged = question_params(d.source, chat, a["user_key"], a["is_group"], a["text"], reply, a["reply_text"],
                                     a["latency_ms"], now)
            params.update(logged, sources=Json(logged["sources"]), queue_reason=queue_reason(reply),
                          queue_region=reply.region, **notify_params(a["notify"]))
            if session is not None:
                saved = session_params(d.source, chat, a["user_key"], session, reply, now)
                params.update(session_region=saved["region"], state=Json(saved["state"]), awaiting=saved["awaiting"],
                              version=version)
            sql = _ANSWER if session is not None else _ANSWER_KEEP_SESSION
        else:
            v = d.vote
            params.update(question_id=v.question_id, user_key=v.user_key, vote=1 if v.vote > 0 else -1,
                          queue_reason="thumbs_down" if v.vote < 0 else None, **notify_params(v.notify))
            sql = _VOTE
        try:
            async with self.pool.connection() as conn:
                cur = await conn.execute(sql, params)
                row = await cur.fetchone()
        except errors.UniqueViolation:
            return None      # this delivery was recorded meanwhile, by another process
        return row[0] if row else None


class SessionRow(NamedTuple):
    """The session columns `stored_session` reads."""
    region: str | None
    state: dict | None
    updated_at: datetime
