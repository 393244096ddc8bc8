"""`Store`: everything the channels (and the review page) keep, behind small methods.

Each method is one short transaction; `turn()` gives one transaction for everything a message
does. Callers mask text before handing it over (`bot.service` does); the store hashes user ids
(`user_key`) and chat ids (`chat_key`) itself."""
from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import timedelta
from typing import Iterator

from sqlalchemy import Connection, Engine, bindparam, insert, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DBSession, sessionmaker

from bot.reply import Reply
from bot.session import Session
from bot.storage.db import make_engine, migrate
from bot.storage.models import (BridgeMessage, ChatSettings, ConversationState, Feedback, Meta, OutboxMessage,
                                Question, QueueItem, TelegramUpdate, utcnow)

MAX_SEND_ATTEMPTS = 5
LEASE = timedelta(seconds=10)         # how long a process may hold a Telegram update before another takes it
RETRY_PAUSE = timedelta(seconds=2)    # before an update whose handling failed is tried again
OUTBOX_LEASE = timedelta(seconds=10)  # how long a sender holds a claimed outbox row (its send must end before)
CHAT_KEYS_MARKER = "chat_ids_hashed"
OUTBOX_SCRUBBED_MARKER = "outbox_ids_hashed"
ANSWER_KINDS = ("faq", "calculation", "unanswered")   # the kinds people can rate


@dataclass(frozen=True)
class ChatConfig:
    region: str | None = None
    prefixes: list[str] | None = None   # None: the global setting
    enabled: bool | None = None         # None: the global allow-list decides


@dataclass(frozen=True)
class Notify:
    """Where to tell an asker later: the chat, the sender to @ (bridge groups), the message to reply to."""
    channel: str
    chat_id: str
    user_id: str | None = None
    message_id: str | None = None


@dataclass(frozen=True)
class Delivery:
    """The answer a message got the first time it was delivered."""
    reply: list
    query_id: int | None


class Stale(Exception):
    """What a turn read changed before it could write (another message of the same conversation,
    or the same delivery, in another process): nothing was written; do the turn again."""


@dataclass(frozen=True)
class BridgeView:
    """What a bridge message's turn reads before it decides: the delivery's record (when it was
    answered before, nothing else is read), the chat's settings, the session, whether the last
    reply asked back, the answer a "1"/"2" would rate, and (PostgreSQL) the session's version."""
    seen: Delivery | None = None
    config: ChatConfig = ChatConfig()
    session: Session | None = None     # an open form older than the expiry already dropped
    awaiting: bool = False
    rateable: int | None = None        # looked up only when the text may be a rating
    version: str | None = None         # the session row's `xmin` as read; None: no row (or SQLite)


@dataclass(frozen=True)
class Vote:
    question_id: int
    user_key: str
    vote: int                          # +1 / -1
    notify: Notify | None = None


@dataclass(frozen=True)
class Delivered:
    """Everything one answered delivery writes, all or nothing: its record (the reply it got),
    either the question's log row (`Turn.record`'s keyword arguments: with the session and a queue
    item) or a vote on an earlier answer, and a reply to send later through the outbox."""
    source: str
    message_id: str
    chat_id: str
    reply: list                                    # [{"text", "at"}], as answered
    question: dict | None = None
    vote: Vote | None = None
    send_later: tuple[str, str | None] | None = None   # (text, the sender to @) in this chat


@dataclass(frozen=True)
class Outgoing:
    id: int
    channel: str
    chat_id: str
    text: str
    at_user: str | None
    reply_to: str | None
    attempts: int


class Store:
    def __init__(self, url: str, *, user_hash_key: str | None = None):
        self.url = url
        self.engine: Engine = make_engine(url)
        migrate(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time and every transaction here takes the write lock up front;
        # waiting on a Python lock wakes at once, where SQLite's busy handler sleeps in steps of
        # up to 100 ms. Other processes still wait through busy_timeout.
        self._local_lock = threading.Lock() if self.engine.dialect.name == "sqlite" else nullcontext()
        self._hash_key = (user_hash_key or self.stored_secret("user_hash_key")).encode()
        self._hash_legacy_chat_ids()
        self._hash_finished_outbox()

    @classmethod
    def from_settings(cls, settings) -> "Store":
        key = settings.user_hash_key.get_secret_value() if settings.user_hash_key else None
        return cls(settings.database_url, user_hash_key=key)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[DBSession]:
        with self._local_lock, self._sessions.begin() as db:
            yield db

    # -- identities ------------------------------------------------------------------

    def stored_secret(self, key: str) -> str:
        """A random secret kept in `meta` under `key`: generated on first use, the same for every
        process on this database."""
        try:
            with self.transaction() as db:
                row = db.get(Meta, key)
                if row is None:
                    row = Meta(key=key, value=secrets.token_hex(32))
                    db.add(row)
                return row.value
        except IntegrityError:   # another process generated it a moment ago: use theirs
            with self.transaction() as db:
                return db.get(Meta, key).value

    def _hash_legacy_chat_ids(self) -> None:
        """Once per database: chat ids stored in plain text before revision 0003 become keyed hashes.
        The first process to insert the marker does it; the others wait for its transaction and skip."""
        try:
            with self.turn() as t:
                t.conn.execute(insert(Meta.__table__).values(key=CHAT_KEYS_MARKER, value="1"))
                for model in (ConversationState, ChatSettings, Question, BridgeMessage):
                    table = model.__table__
                    pk = list(table.primary_key.columns)
                    rows = t.conn.execute(select(*pk, table.c.channel if "channel" in table.c else table.c.bridge,
                                                 table.c.chat_id)).all()
                    for row in rows:
                        where = [c == v for c, v in zip(pk, row[:len(pk)])]
                        t.conn.execute(update(table).where(*where).values(chat_id=self.chat_key(row[-2], row[-1])))
        except IntegrityError:
            pass

    def _hash_finished_outbox(self) -> None:
        """Once per database: outbox rows sent or given up on before revision 0005 lose the platform's
        ids they kept (as `mark_outbox` does now). The first process to insert the marker does it."""
        t = OutboxMessage.__table__
        try:
            with self.turn() as turn:
                turn.conn.execute(insert(Meta.__table__).values(key=OUTBOX_SCRUBBED_MARKER, value="1"))
                for oid, channel, chat_id, at_user in turn.conn.execute(
                        select(t.c.id, t.c.channel, t.c.chat_id, t.c.at_user).where(t.c.status != "pending")).all():
                    turn.conn.execute(update(t).where(t.c.id == oid).values(
                        self._without_ids(channel, chat_id, at_user)))
        except IntegrityError:
            pass

    def _without_ids(self, channel: str, chat_id: str, at_user: str | None) -> dict:
        """An outbox row's address once it is no longer needed: the chat and the person @-ed as the
        keyed hashes the log uses (`chat_key`, `user_key`), so staff can still match it to the
        question; the message replied to dropped."""
        return {"chat_id": self.chat_key(channel, chat_id),
                "at_user": None if at_user is None else self.user_key(channel, at_user), "reply_to": None}

    def user_key(self, channel: str, user_id: str) -> str:
        """A pseudonymous, stable id: HMAC of the channel's user id under the installation's key."""
        return hmac.new(self._hash_key, f"{channel}\x00{user_id}".encode(), hashlib.sha256).hexdigest()[:32]

    def chat_key(self, channel: str, chat_id: str) -> str:
        """The stored form of a chat id: keyed like `user_key` (a private chat's id is the person's id)."""
        return hmac.new(self._hash_key, f"chat\x00{channel}\x00{chat_id}".encode(), hashlib.sha256).hexdigest()[:32]

    # -- one message, one transaction ----------------------------------------------------------

    @contextmanager
    def turn(self) -> Iterator["Turn"]:
        """One transaction on one connection, for everything one message does: the de-duplication
        record, the session, the log, the queue. Rolled back whole when anything fails (a crash
        included), so a retry finds nothing half done."""
        with self._local_lock, self.engine.begin() as conn:
            yield Turn(self, conn)

    # -- conversation state ----------------------------------------------------------------

    def load_session(self, channel: str, chat_id: str, user_key: str, *, expiry: timedelta | None = None) -> Session:
        """The stored session, or a fresh one. An open form older than `expiry` is dropped (the region stays)."""
        with self.turn() as t:
            return t.load_session(channel, chat_id, user_key, expiry=expiry)

    def awaiting(self, channel: str, chat_id: str, user_key: str, *, expiry: timedelta) -> bool:
        """Whether the bot's last reply to this user in this chat asked back, recently enough to still count."""
        return self.peek_session(channel, chat_id, user_key, expiry=expiry)[1]

    def peek_session(self, channel: str, chat_id: str, user_key: str, *, expiry: timedelta) -> tuple[Session, bool]:
        """The session and whether the bot's last reply asked back, read without a lock or a write
        transaction: for deciding whether a group's chatter is for the bot at all."""
        with self.engine.connect() as conn:
            row = conn.execute(_SESSION, {"channel": channel, "chat_id": self.chat_key(channel, chat_id),
                                          "user_key": user_key}).first()
        return stored_session(session_key(channel, chat_id, user_key), row, expiry), _awaiting(row, expiry)

    def set_session_region(self, channel: str, chat_id: str, user_key: str, region: str | None) -> None:
        with self.transaction() as db:
            row = _session_row(db, channel, self.chat_key(channel, chat_id), user_key)
            if row is None:
                row = ConversationState(channel=channel, chat_id=self.chat_key(channel, chat_id), user_key=user_key,
                                        state={}, awaiting=False)
                db.add(row)
            row.region = region
            row.updated_at = utcnow()

    # -- the log ---------------------------------------------------------------------------

    def record_turn(self, *, channel: str, chat_id: str, user_key: str, is_group: bool, text: str, reply: Reply,
                    reply_text: str, latency_ms: float, session: Session | None = None,
                    notify: Notify | None = None) -> int:
        """One answered message, in one transaction: the session (when owned by the store), the log row,
        and a queue item when the bot could not answer. Returns the question id."""
        with self.turn() as t:
            return t.record(channel=channel, chat_id=chat_id, user_key=user_key, is_group=is_group, text=text,
                            reply=reply, reply_text=reply_text, latency_ms=latency_ms, session=session, notify=notify)

    def question(self, question_id: int) -> Question | None:
        with self.transaction() as db:
            return db.get(Question, question_id)

    def last_rateable(self, channel: str, chat_id: str, user_key: str, *, within: timedelta) -> int | None:
        """The id of this user's latest answer in this chat, if recent and not yet rated."""
        with self.turn() as t:
            return t.last_rateable(channel, chat_id, user_key, within=within)

    # -- feedback and the queue ---------------------------------------------------------------

    def add_feedback(self, question_id: int, user_key: str, vote: int, *, notify: Notify | None = None) -> str:
        """Record 👍 (+1) / 👎 (-1). 👎 puts the question in the staff queue.
        Returns "ok", "duplicate" (already rated) or "missing" (no such question)."""
        try:
            with self.turn() as t:
                return t.add_feedback(question_id, user_key, vote, notify=notify)
        except IntegrityError:   # a concurrent vote won
            return "duplicate"

    def queue(self, status: str | None = "open") -> list[QueueItem]:
        with self.transaction() as db:
            stmt = select(QueueItem).order_by(QueueItem.id)
            if status:
                stmt = stmt.filter_by(status=status)
            items = list(db.scalars(stmt))
            for item in items:
                _ = item.question   # load it while the session is open
            return items

    # -- chat settings -------------------------------------------------------------------------

    def chat_config(self, channel: str, chat_id: str) -> ChatConfig:
        with self.turn() as t:
            return t.chat_config(channel, chat_id)

    def set_chat_config(self, channel: str, chat_id: str, **changes) -> ChatConfig:
        """Change some of region / prefixes / enabled for one chat."""
        unknown = set(changes) - {"region", "prefixes", "enabled"}
        if unknown:
            raise TypeError(f"unknown chat settings: {sorted(unknown)}")
        key = self.chat_key(channel, chat_id)
        with self.transaction() as db:
            row = db.scalar(select(ChatSettings).filter_by(channel=channel, chat_id=key))
            if row is None:
                row = ChatSettings(channel=channel, chat_id=key)
                db.add(row)
            for name, value in changes.items():
                setattr(row, name, value)
            row.updated_at = utcnow()
            return _chat_config(row)

    # -- de-duplication of deliveries (bridge messages, Telegram updates) -------------------------

    def delivery(self, source: str, message_id: str) -> Delivery | None:
        """What the first delivery of this message was answered with, if it was."""
        with self.turn() as t:
            return t.delivery(source, message_id)

    # -- Telegram updates acknowledged but not yet handled ---------------------------------------

    def add_updates(self, updates: list[tuple[int, dict]]) -> int:
        """Keep updates (update_id, JSON) until handled; one already kept is not kept again.
        Returns how many were new. Only after this returns may the update be acknowledged."""
        if not updates:
            return 0
        table = TelegramUpdate.__table__
        new = 0
        with self.turn() as t:
            for update_id, payload in updates:
                stmt = _insert(t.conn, table).values(update_id=update_id, payload=payload, status="pending",
                                                     attempts=0, created_at=utcnow())
                new += t.conn.execute(stmt.on_conflict_do_nothing(index_elements=["update_id"])).rowcount
        return new

    def claim_updates(self, owner: str, *, limit: int = 20, lease: timedelta = LEASE) -> list[tuple[int, dict]]:
        """Pending updates no other process holds, oldest first, leased to `owner` for `lease`:
        a process that dies holding them lets go when the lease runs out."""
        table = TelegramUpdate.__table__
        now = utcnow()
        with self.turn() as t:
            rows = t.conn.execute(
                select(table.c.update_id, table.c.payload)
                .where(table.c.status == "pending", or_(table.c.lease_until.is_(None), table.c.lease_until < now))
                .order_by(table.c.update_id).limit(limit)).all()
            claimed = []
            for update_id, payload in rows:
                done = t.conn.execute(
                    update(table).where(table.c.update_id == update_id, table.c.status == "pending",
                                        or_(table.c.lease_until.is_(None), table.c.lease_until < now))
                    .values(lease_until=now + lease, owner=owner, attempts=table.c.attempts + 1))
                if done.rowcount:
                    claimed.append((update_id, payload))
            return claimed

    def finish_update(self, update_id: int, *, failed: bool = False) -> None:
        """Handled (or given up on): the stored update, with its chat and text, is dropped; its id stays
        so a repeated delivery is recognised."""
        table = TelegramUpdate.__table__
        with self.turn() as t:
            t.conn.execute(update(table).where(table.c.update_id == update_id)
                           .values(status="failed" if failed else "done", payload=None, lease_until=None))

    def release_update(self, update_id: int) -> int:
        """Handling failed for a passing reason: let it be tried again (after a short pause).
        Returns how many times it has been tried."""
        table = TelegramUpdate.__table__
        with self.turn() as t:
            t.conn.execute(update(table).where(table.c.update_id == update_id)
                           .values(lease_until=utcnow() + RETRY_PAUSE))
            return t.conn.scalar(select(table.c.attempts).where(table.c.update_id == update_id)) or 0

    def update_status(self, update_id: int) -> str | None:
        table = TelegramUpdate.__table__
        with self.turn() as t:
            return t.conn.scalar(select(table.c.status).where(table.c.update_id == update_id))

    # -- the outbox (messages the bot sends unprompted) ------------------------------------------

    def notify_asker(self, queue_id: int, text: str) -> int | None:
        """Queue `text` for the person who asked queue item `queue_id`, once: the address is used up.
        Returns the outbox id, or None when there is nobody (left) to tell."""
        try:
            with self.transaction() as db:
                item = db.get(QueueItem, queue_id)
                if item is None or not item.notify_chat:
                    return None
                if db.scalar(select(OutboxMessage.id).filter_by(queue_id=queue_id)) is not None:
                    return None
                msg = OutboxMessage(channel=item.notify_channel, chat_id=item.notify_chat, at_user=item.notify_user,
                                    reply_to=item.notify_message, text=text, queue_id=queue_id)
                db.add(msg)
                item.notify_channel = item.notify_chat = item.notify_user = item.notify_message = None
                db.flush()
                return msg.id
        except IntegrityError:
            return None

    def add_outbox(self, channel: str, chat_id: str, text: str, *, at_user: str | None = None,
                   reply_to: str | None = None) -> int:
        with self.transaction() as db:
            msg = OutboxMessage(channel=channel, chat_id=chat_id, text=text, at_user=at_user, reply_to=reply_to)
            db.add(msg)
            db.flush()
            return msg.id

    def claim_outbox(self, channel: str, *, limit: int = 20, lease: timedelta = OUTBOX_LEASE) -> list[Outgoing]:
        """Pending rows of `channel` that no sender holds, oldest first, leased to the caller for
        `lease` (one statement: another sender's claim at the same moment skips the rows this one
        takes, on PostgreSQL through `FOR UPDATE SKIP LOCKED`, on SQLite because writes are serial).
        The caller sends and marks them (`mark_outbox`) before the lease runs out; a sender that dies
        holding rows lets go of them when it does, and they are sent then (the one way a reply can go
        out twice: sent, then killed before `mark_outbox`)."""
        t = OutboxMessage.__table__
        now = utcnow()
        free = (select(t.c.id).where(t.c.status == "pending", t.c.channel == channel,
                                     or_(t.c.lease_until.is_(None), t.c.lease_until < now))
                .order_by(t.c.id).limit(limit).with_for_update(skip_locked=True))
        with self.turn() as turn:
            rows = turn.conn.execute(
                update(t).where(t.c.id.in_(free.scalar_subquery())).values(lease_until=now + lease)
                .returning(t.c.id, t.c.channel, t.c.chat_id, t.c.text, t.c.at_user, t.c.reply_to, t.c.attempts)).all()
        return [Outgoing(*row) for row in sorted(rows)]

    def ack_outbox(self, outbox_id: int, *, lease: timedelta = OUTBOX_LEASE) -> None:
        """A row a bridge fetched (`GET /bridge/v1/outbox`) was sent: marked sent (`mark_outbox`), and
        the lease of the rows fetched with it and still held renewed for `lease`. A bridge sends a batch
        one row at a time and acknowledges each: so long as it does, the rest of its batch stays its own,
        however long the batch takes; a bridge that stops (dead, or it never got the batch) lets go of
        it within `lease`. A batch is the rows one claim leased: they share the moment their lease ends."""
        t = OutboxMessage.__table__
        with self.turn() as turn:
            held = turn.conn.execute(select(t.c.channel, t.c.lease_until).where(
                t.c.id == outbox_id, t.c.status == "pending")).first()
        self.mark_outbox(outbox_id, sent=True)
        now = utcnow()
        if held is None or held.lease_until is None or held.lease_until <= now:
            return       # not held (any more): its batch may be another bridge's by now
        with self.turn() as turn:
            turn.conn.execute(update(t).where(t.c.channel == held.channel, t.c.status == "pending",
                                              t.c.lease_until == held.lease_until, t.c.lease_until > now)
                              .values(lease_until=now + lease))

    def pending_outbox(self, channel: str | None = None, limit: int = 50) -> list[Outgoing]:
        with self.transaction() as db:
            stmt = select(OutboxMessage).filter_by(status="pending").order_by(OutboxMessage.id).limit(limit)
            if channel:
                stmt = stmt.filter_by(channel=channel)
            return [Outgoing(id=m.id, channel=m.channel, chat_id=m.chat_id, text=m.text, at_user=m.at_user,
                             reply_to=m.reply_to, attempts=m.attempts) for m in db.scalars(stmt)]

    def mark_outbox(self, outbox_id: int, *, sent: bool, error: str | None = None) -> None:
        """A claimed row sent, or not (tried again at the next round, given up after
        MAX_SEND_ATTEMPTS, after a pause of RETRY_PAUSE so that one round does not try it again at
        once). Once sent or given up on, the row keeps no platform id (`_without_ids`)."""
        with self.transaction() as db:
            msg = db.get(OutboxMessage, outbox_id)
            if msg is None or msg.status != "pending":
                return
            msg.attempts += 1
            msg.lease_until = None if sent else utcnow() + RETRY_PAUSE
            if sent:
                msg.status, msg.sent_at, msg.last_error = "sent", utcnow(), None
            else:
                msg.last_error = (error or "")[:500]
                if msg.attempts >= MAX_SEND_ATTEMPTS:
                    msg.status = "failed"
            if msg.status != "pending":
                for name, value in self._without_ids(msg.channel, msg.chat_id, msg.at_user).items():
                    setattr(msg, name, value)


def session_key(channel: str, chat_id: str, user_key: str) -> str:
    """The one name of a (channel, chat, user) conversation: `Session.key` and the per-conversation lock."""
    return f"{channel}:{chat_id}:{user_key}"


def meta_counter(db: DBSession, key: str) -> int:
    """Add one to the counter kept in `meta` under `key` (0 when new), inside the caller's transaction."""
    row = db.get(Meta, key)
    if row is None:
        row = Meta(key=key, value="0")
        db.add(row)
    row.value = str(int(row.value) + 1)
    return int(row.value)


def _session_row(db: DBSession, channel: str, chat_key: str, user_key: str) -> ConversationState | None:
    return db.scalar(select(ConversationState).filter_by(channel=channel, chat_id=chat_key, user_key=user_key))


def _chat_config(row) -> ChatConfig:
    return ChatConfig(region=row.region, prefixes=row.prefixes, enabled=row.enabled)


def _insert(conn: Connection, table):
    """INSERT with ON CONFLICT, in the connection's dialect."""
    return (pg_insert if conn.dialect.name == "postgresql" else sqlite_insert)(table)


class Turn:
    """Lean statements inside `Store.turn()`'s transaction: SQLAlchemy Core statements built once
    (below) and executed with parameters, no ORM unit of work. Chat ids are stored as keyed
    hashes; callers pass them as the platform gave them."""

    def __init__(self, store: Store, conn: Connection):
        self.store, self.conn = store, conn
        self._pg = conn.dialect.name == "postgresql"
        self._chat_keys: dict[tuple[str, str], str] = {}

    def chat_key(self, channel: str, chat_id: str) -> str:
        """`Store.chat_key`, worked out once per turn: a turn reads and writes under one chat's key
        four times (the record, its settings, the session, the log)."""
        key = self._chat_keys.get((channel, chat_id))
        if key is None:
            key = self._chat_keys[(channel, chat_id)] = self.store.chat_key(channel, chat_id)
        return key

    def delivery(self, source: str, message_id: str) -> Delivery | None:
        row = self.conn.execute(_DELIVERY, {"source": source, "message_id": message_id}).first()
        return None if row is None else Delivery(reply=list(row.reply or []), query_id=row.query_id)

    def add_delivery(self, source: str, message_id: str, chat_id: str, reply: list, query_id: int | None) -> None:
        """Record the answer to a delivery, in the transaction that logged it. A concurrent delivery of
        the same message that got here first makes this fail (IntegrityError) and the whole turn roll back."""
        self.conn.execute(_ADD_DELIVERY, {"bridge": source, "message_id": message_id,
                                          "chat_id": self.chat_key(source, chat_id), "done": True,
                                          "reply": reply, "query_id": query_id, "created_at": utcnow()})

    def chat_config(self, channel: str, chat_id: str) -> ChatConfig:
        row = self.conn.execute(_CHAT_CONFIG, {"channel": channel, "chat_id": self.chat_key(channel, chat_id)}
                                ).first()
        return ChatConfig() if row is None else _chat_config(row)

    def _session(self, channel: str, chat_id: str, user_key: str, *, lock: bool = False):
        key = {"channel": channel, "chat_id": self.chat_key(channel, chat_id), "user_key": user_key}
        row = self.conn.execute(_SESSION_FOR_UPDATE if lock else _SESSION, key).first()
        if row is None and lock and self._pg:
            # FOR UPDATE locks no row that is not there: claim the key with an empty row (ours, and so
            # locked, until this transaction ends), or wait for the one another process is writing
            # and lock that. Else that process's session would be overwritten by one computed from none.
            if self.conn.execute(_CLAIM_SESSION_RETURNING_PG, {**key, "updated_at": utcnow()}).first() is not None:
                return None
            row = self.conn.execute(_SESSION_FOR_UPDATE, key).first()
        return row

    def load_session(self, channel: str, chat_id: str, user_key: str, *, expiry: timedelta | None = None) -> Session:
        """The session, its row locked until the transaction ends (PostgreSQL; SQLite transactions here
        are serial already): a second message of this conversation in another process waits, so
        two messages never both update one open form."""
        row = self._session(channel, chat_id, user_key, lock=True)
        return stored_session(session_key(channel, chat_id, user_key), row, expiry)

    def bridge_view(self, source: str, message_id: str, chat_id: str, user_key: str, *, expiry: timedelta,
                    rating_within: timedelta | None = None) -> BridgeView:
        """What a bridge message's turn decides on (the session row locked, as in `load_session`).
        `rating_within`: also look up the answer a "1"/"2" would rate."""
        seen = self.delivery(source, message_id)
        if seen is not None:
            return BridgeView(seen=seen)
        row = self._session(source, chat_id, user_key, lock=True)
        return BridgeView(
            config=self.chat_config(source, chat_id),
            session=stored_session(session_key(source, chat_id, user_key), row, expiry),
            awaiting=_awaiting(row, expiry),
            rateable=(None if rating_within is None
                      else self.last_rateable(source, chat_id, user_key, within=rating_within)))

    def deliver_unchanged(self, d: Delivered, version: str | None, user_key: str) -> int | None:
        """PostgreSQL: `deliver`, if the session is still at the `version` a turn without a
        transaction read (`PgTurns.view`; None: it had no row), its row locked until this transaction
        ends; else nothing, and None: the caller reads again. So an answer computed from that read
        is written in this transaction instead of being computed again."""
        key = {"channel": d.source, "chat_id": self.chat_key(d.source, d.chat_id), "user_key": user_key}
        current = self.conn.execute(_SESSION_VERSION_PG, key).scalar()
        if current is None and (version is not None or
                                self.conn.execute(_CLAIM_SESSION_RETURNING_PG, {**key, "updated_at": utcnow()}
                                                  ).first() is None):
            return None      # its row went, or another process made one meanwhile (a row claimed is ours)
        if current is not None and current != version:
            return None
        return self.deliver(d)

    def deliver(self, d: Delivered) -> int | None:
        """Write what one answered delivery writes; returns the question id (logged, or voted on)."""
        if d.question is not None:
            query_id = self.record(**d.question)
        else:
            query_id = d.vote.question_id
            if self.add_feedback(query_id, d.vote.user_key, d.vote.vote, notify=d.vote.notify) != "ok":
                raise Stale("the answer was rated meanwhile")
        self.add_delivery(d.source, d.message_id, d.chat_id, d.reply, query_id)
        if d.send_later is not None:
            self.add_outbox(d.source, d.chat_id, d.send_later[0], at_user=d.send_later[1])
        return query_id

    def last_rateable(self, channel: str, chat_id: str, user_key: str, *, within: timedelta) -> int | None:
        row = self.conn.execute(_LAST_QUESTION, {"channel": channel, "chat_id": self.chat_key(channel, chat_id),
                                                 "user_key": user_key}).first()
        if row is None or row.reply_kind not in ANSWER_KINDS or utcnow() - row.created_at > within:
            return None
        if self.conn.scalar(_FEEDBACK_OF, {"question_id": row.id}) is not None:
            return None
        return row.id

    def add_feedback(self, question_id: int, user_key: str, vote: int, *, notify: Notify | None = None) -> str:
        q, queue = Question.__table__, QueueItem.__table__
        region = self.conn.execute(select(q.c.region).where(q.c.id == question_id)).first()
        if region is None:
            return "missing"
        if self.conn.scalar(_FEEDBACK_OF, {"question_id": question_id}) is not None:
            return "duplicate"
        now = utcnow()
        self.conn.execute(insert(Feedback.__table__), {"question_id": question_id, "user_key": user_key,
                                                       "vote": 1 if vote > 0 else -1, "created_at": now})
        if vote < 0 and self.conn.scalar(select(queue.c.id).where(queue.c.question_id == question_id)) is None:
            self._queue(question_id, "thumbs_down", region.region, notify, now)
        return "ok"

    def add_outbox(self, channel: str, chat_id: str, text: str, *, at_user: str | None = None) -> None:
        self.conn.execute(_ADD_OUTBOX, {"channel": channel, "chat_id": chat_id, "text": text, "at_user": at_user,
                                        "reply_to": None, "queue_id": None, "status": "pending", "attempts": 0,
                                        "created_at": utcnow()})

    def _queue(self, question_id: int, reason: str, region: str | None, notify: Notify | None, now) -> None:
        self.conn.execute(_ADD_QUEUE, {"question_id": question_id, "reason": reason, "status": "open", "region": region,
                                       "created_at": now, "updated_at": now, **notify_params(notify)})

    def record(self, *, channel: str, chat_id: str, user_key: str, is_group: bool, text: str, reply: Reply,
               reply_text: str, latency_ms: float, session: Session | None = None,
               notify: Notify | None = None) -> int:
        """The session (when given), the log row, and a queue item when the bot could not answer —
        for a message of several questions, for each question it could not answer, logged on its
        own (before the message, whose row stays the one to rate)."""
        now = utcnow()
        key = self.chat_key(channel, chat_id)
        for part in reply.unanswered:
            pid = self.conn.execute(_ADD_QUESTION, {
                "channel": channel, "chat_id": key, "is_group": is_group, "user_key": user_key, "text": part.question,
                "region": part.region, "reply_kind": "unanswered", "reply_text": part.text, "sources": [],
                "confidence": part.confidence, "refusal": part.refusal, "latency_ms": round(latency_ms, 2),
                "created_at": now}).scalar_one()
            if part.to_staff:
                self._queue(pid, part.refusal or "unanswered", part.region, notify, now)
        if session is not None:
            self.conn.execute(_SAVE_SESSION_PG if self._pg else _SAVE_SESSION_SQLITE,
                              session_params(channel, key, user_key, session, reply, now))
        qid = self.conn.execute(_ADD_QUESTION, question_params(channel, key, user_key, is_group, text, reply,
                                                               reply_text, latency_ms, now)).scalar_one()
        reason = queue_reason(reply)
        if reason is not None:
            self._queue(qid, reason, reply.region, notify, now)
        return qid


def _awaiting(row, expiry: timedelta) -> bool:
    """Whether a session row's last reply asked back, recently enough to still count."""
    return bool(row and row.awaiting and utcnow() - row.updated_at <= expiry)


def stored_session(key: str, row, expiry: timedelta | None) -> Session:
    """A session from its row (region, state, updated_at), or a fresh one when there is none; an open
    form older than `expiry` is dropped (the region stays)."""
    if row is None:
        return Session(key=key)
    state = dict(row.state or {})
    if expiry is not None and utcnow() - row.updated_at > expiry:
        state = {}
    return Session(key=key, region=row.region, state=state, updated_at=row.updated_at.timestamp())


def session_params(channel: str, chat_key: str, user_key: str, session: Session, reply: Reply, now) -> dict:
    return {"channel": channel, "chat_id": chat_key, "user_key": user_key, "region": session.region,
            "state": dict(session.state),
            # a question back, or choices offered: the next message answers it (no trigger needed in a group)
            "awaiting": reply.kind == "clarify" and bool(reply.missing_slots or reply.suggestions),
            "updated_at": now}


def question_params(channel: str, chat_key: str, user_key: str, is_group: bool, text: str, reply: Reply,
                    reply_text: str, latency_ms: float, now) -> dict:
    return {"channel": channel, "chat_id": chat_key, "is_group": is_group, "user_key": user_key, "text": text,
            "region": reply.region, "reply_kind": reply.kind, "reply_text": reply_text,
            "sources": [s.model_dump(mode="json") for s in reply.sources], "confidence": reply.confidence,
            "refusal": reply.refusal, "latency_ms": round(latency_ms, 2), "created_at": now}


def queue_reason(reply: Reply) -> str | None:
    """Why staff should see this question, if at all: the bot could not answer it, or refused it (a
    refusal is queued under its own reason, so staff see it apart)."""
    if reply.kind == "unanswered" and reply.to_staff:
        return reply.refusal or "unanswered"
    return None


def notify_params(notify: Notify | None) -> dict:
    return {"notify_channel": notify and notify.channel, "notify_chat": notify and notify.chat_id,
            "notify_user": notify and notify.user_id, "notify_message": notify and notify.message_id}


def _save_session(dialect_insert):
    t = ConversationState.__table__
    stmt = dialect_insert(t)
    return stmt.on_conflict_do_update(index_elements=["channel", "chat_id", "user_key"], set_={
        c: stmt.excluded[c] for c in ("region", "state", "awaiting", "updated_at")})


# the statements of a turn, built once: each execution then skips building and most of compiling
_BM, _CS, _SS, _Q, _F = (BridgeMessage.__table__, ChatSettings.__table__, ConversationState.__table__,
                         Question.__table__, Feedback.__table__)
_DELIVERY = select(_BM.c.reply, _BM.c.query_id).where(
    _BM.c.bridge == bindparam("source"), _BM.c.message_id == bindparam("message_id"), _BM.c.done)
_ADD_DELIVERY = insert(_BM)
_CHAT_CONFIG = select(_CS.c.region, _CS.c.prefixes, _CS.c.enabled).where(
    _CS.c.channel == bindparam("channel"), _CS.c.chat_id == bindparam("chat_id"))
_SESSION = select(_SS.c.region, _SS.c.state, _SS.c.awaiting, _SS.c.updated_at).where(
    _SS.c.channel == bindparam("channel"), _SS.c.chat_id == bindparam("chat_id"),
    _SS.c.user_key == bindparam("user_key"))
_SESSION_FOR_UPDATE = _SESSION.with_for_update()
_SAVE_SESSION_SQLITE, _SAVE_SESSION_PG = _save_session(sqlite_insert), _save_session(pg_insert)
_CLAIM_SESSION_PG = pg_insert(_SS).values(
    channel=bindparam("channel"), chat_id=bindparam("chat_id"), user_key=bindparam("user_key"), region=None,
    state={}, awaiting=False, updated_at=bindparam("updated_at")).on_conflict_do_nothing(
    index_elements=["channel", "chat_id", "user_key"])
_SESSION_VERSION_PG = text(
    "SELECT xmin::text FROM sessions WHERE channel = :channel AND chat_id = :chat_id AND user_key = :user_key "
    "FOR UPDATE")
_CLAIM_SESSION_RETURNING_PG = _CLAIM_SESSION_PG.returning(_SS.c.id)   # its rowcount reads -1 through psycopg
_ADD_QUESTION = insert(_Q).returning(_Q.c.id)
_ADD_QUEUE = insert(QueueItem.__table__)
_ADD_OUTBOX = insert(OutboxMessage.__table__)
_LAST_QUESTION = select(_Q.c.id, _Q.c.reply_kind, _Q.c.created_at).where(
    _Q.c.channel == bindparam("channel"), _Q.c.chat_id == bindparam("chat_id"),
    _Q.c.user_key == bindparam("user_key")).order_by(_Q.c.id.desc()).limit(1)
_FEEDBACK_OF = select(_F.c.id).where(_F.c.question_id == bindparam("question_id"))
