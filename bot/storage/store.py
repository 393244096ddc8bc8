"""`Store`: everything the channels (and the review page) keep, behind small methods.

Each method is one short transaction. Callers mask text before handing it over
(`bot.service` does); the store hashes user ids itself (`user_key`)."""
from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import timedelta
from typing import Iterator

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DBSession, sessionmaker

from bot.reply import Reply
from bot.session import Session
from bot.storage.db import make_engine, migrate
from bot.storage.models import (BridgeMessage, ChatSettings, ConversationState, Feedback, Meta, OutboxMessage,
                                Question, QueueItem, utcnow)

MAX_SEND_ATTEMPTS = 5
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
class BridgeRecord:
    done: bool
    reply: list
    query_id: int | None
    age_s: float


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

    def user_key(self, channel: str, user_id: str) -> str:
        """A pseudonymous, stable id: HMAC of the channel's user id under the installation's key."""
        return hmac.new(self._hash_key, f"{channel}\x00{user_id}".encode(), hashlib.sha256).hexdigest()[:32]

    # -- conversation state ----------------------------------------------------------------

    def load_session(self, channel: str, chat_id: str, user_key: str, *, expiry: timedelta | None = None) -> Session:
        """The stored session, or a fresh one. An open form older than `expiry` is dropped (the region stays)."""
        key = session_key(channel, chat_id, user_key)
        with self.transaction() as db:
            row = _session_row(db, channel, chat_id, user_key)
            if row is None:
                return Session(key=key)
            state = dict(row.state or {})
            if expiry is not None and utcnow() - row.updated_at > expiry:
                state = {}
            return Session(key=key, region=row.region, state=state, updated_at=row.updated_at.timestamp())

    def awaiting(self, channel: str, chat_id: str, user_key: str, *, expiry: timedelta) -> bool:
        """Whether the bot's last reply to this user in this chat asked back, recently enough to still count."""
        with self.transaction() as db:
            row = _session_row(db, channel, chat_id, user_key)
            return bool(row and row.awaiting and utcnow() - row.updated_at <= expiry)

    def set_session_region(self, channel: str, chat_id: str, user_key: str, region: str | None) -> None:
        with self.transaction() as db:
            row = _session_row(db, channel, chat_id, user_key)
            if row is None:
                row = ConversationState(channel=channel, chat_id=chat_id, user_key=user_key, state={}, awaiting=False)
                db.add(row)
            row.region = region
            row.updated_at = utcnow()

    def _save_session(self, db: DBSession, channel: str, chat_id: str, user_key: str, session: Session,
                      awaiting: bool) -> None:
        row = _session_row(db, channel, chat_id, user_key)
        if row is None:
            row = ConversationState(channel=channel, chat_id=chat_id, user_key=user_key)
            db.add(row)
        row.region = session.region
        row.state = dict(session.state)
        row.awaiting = awaiting
        row.updated_at = utcnow()

    # -- the log ---------------------------------------------------------------------------

    def record_turn(self, *, channel: str, chat_id: str, user_key: str, is_group: bool, text: str, reply: Reply,
                    reply_text: str, latency_ms: float, session: Session | None = None,
                    notify: Notify | None = None) -> int:
        """One answered message, in one transaction: the session (when owned by the store), the log row,
        and a queue item when the bot could not answer. Returns the question id."""
        with self.transaction() as db:
            if session is not None:
                # a question back, or choices offered: the next message answers it (no trigger needed in a group)
                self._save_session(db, channel, chat_id, user_key, session,
                                   awaiting=reply.kind == "clarify" and bool(reply.missing_slots or reply.suggestions))
            q = Question(channel=channel, chat_id=chat_id, is_group=is_group, user_key=user_key, text=text,
                         region=reply.region, reply_kind=reply.kind, reply_text=reply_text,
                         sources=[s.model_dump(mode="json") for s in reply.sources],
                         confidence=reply.confidence, refusal=reply.refusal, latency_ms=round(latency_ms, 2))
            db.add(q)
            db.flush()
            if reply.kind == "unanswered" and reply.to_staff:
                # a refusal is queued under its own reason: staff see it apart from what the bot could not answer
                db.add(self._queue_item(q, reply.refusal or "unanswered", notify))
            return q.id

    @staticmethod
    def _queue_item(q: Question, reason: str, notify: Notify | None) -> QueueItem:
        item = QueueItem(question_id=q.id, reason=reason, status="open", region=q.region)
        if notify is not None:
            item.notify_channel, item.notify_chat = notify.channel, notify.chat_id
            item.notify_user, item.notify_message = notify.user_id, notify.message_id
        return item

    def question(self, question_id: int) -> Question | None:
        with self.transaction() as db:
            return db.get(Question, question_id)

    def last_rateable(self, channel: str, chat_id: str, user_key: str, *, within: timedelta) -> int | None:
        """The id of this user's latest answer in this chat, if recent and not yet rated."""
        with self.transaction() as db:
            q = db.scalar(select(Question).filter_by(channel=channel, chat_id=chat_id, user_key=user_key)
                          .order_by(Question.id.desc()).limit(1))
            if q is None or q.reply_kind not in ANSWER_KINDS or utcnow() - q.created_at > within:
                return None
            if db.scalar(select(Feedback.id).filter_by(question_id=q.id)) is not None:
                return None
            return q.id

    # -- feedback and the queue ---------------------------------------------------------------

    def add_feedback(self, question_id: int, user_key: str, vote: int, *, notify: Notify | None = None) -> str:
        """Record 👍 (+1) / 👎 (-1). 👎 puts the question in the staff queue.
        Returns "ok", "duplicate" (already rated) or "missing" (no such question)."""
        vote = 1 if vote > 0 else -1
        try:
            with self.transaction() as db:
                q = db.get(Question, question_id)
                if q is None:
                    return "missing"
                if db.scalar(select(Feedback.id).filter_by(question_id=question_id)) is not None:
                    return "duplicate"
                db.add(Feedback(question_id=question_id, user_key=user_key, vote=vote))
                if vote < 0 and db.scalar(select(QueueItem.id).filter_by(question_id=question_id)) is None:
                    db.add(self._queue_item(q, "thumbs_down", notify))
                return "ok"
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
        with self.transaction() as db:
            row = db.scalar(select(ChatSettings).filter_by(channel=channel, chat_id=chat_id))
            if row is None:
                return ChatConfig()
            return _chat_config(row)

    def set_chat_config(self, channel: str, chat_id: str, **changes) -> ChatConfig:
        """Change some of region / prefixes / enabled for one chat."""
        unknown = set(changes) - {"region", "prefixes", "enabled"}
        if unknown:
            raise TypeError(f"unknown chat settings: {sorted(unknown)}")
        with self.transaction() as db:
            row = db.scalar(select(ChatSettings).filter_by(channel=channel, chat_id=chat_id))
            if row is None:
                row = ChatSettings(channel=channel, chat_id=chat_id)
                db.add(row)
            for name, value in changes.items():
                setattr(row, name, value)
            row.updated_at = utcnow()
            return _chat_config(row)

    # -- bridge de-duplication -----------------------------------------------------------------

    def claim_bridge_message(self, bridge: str, message_id: str, chat_id: str) -> BridgeRecord | None:
        """None when this delivery is new (and now claimed); otherwise what the first delivery recorded."""
        try:
            with self.transaction() as db:
                row = db.get(BridgeMessage, (bridge, message_id))
                if row is None:
                    db.add(BridgeMessage(bridge=bridge, message_id=message_id, chat_id=chat_id, done=False, reply=[]))
                    return None
                return _bridge_record(row)
        except IntegrityError:   # claimed by a concurrent delivery a moment ago
            return BridgeRecord(done=False, reply=[], query_id=None, age_s=0.0)

    def bridge_record(self, bridge: str, message_id: str) -> BridgeRecord | None:
        with self.transaction() as db:
            row = db.get(BridgeMessage, (bridge, message_id))
            if row is None:
                return None
            return _bridge_record(row)

    def finish_bridge_message(self, bridge: str, message_id: str, reply: list, query_id: int | None) -> None:
        with self.transaction() as db:
            row = db.get(BridgeMessage, (bridge, message_id))
            if row is not None:
                row.done, row.reply, row.query_id = True, reply, query_id

    def release_bridge_message(self, bridge: str, message_id: str) -> None:
        """Forget a claim whose processing failed, so the bridge's retry is answered afresh."""
        with self.transaction() as db:
            row = db.get(BridgeMessage, (bridge, message_id))
            if row is not None and not row.done:
                db.delete(row)

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

    def pending_outbox(self, channel: str | None = None, limit: int = 50) -> list[Outgoing]:
        with self.transaction() as db:
            stmt = select(OutboxMessage).filter_by(status="pending").order_by(OutboxMessage.id).limit(limit)
            if channel:
                stmt = stmt.filter_by(channel=channel)
            return [Outgoing(id=m.id, channel=m.channel, chat_id=m.chat_id, text=m.text, at_user=m.at_user,
                             reply_to=m.reply_to, attempts=m.attempts) for m in db.scalars(stmt)]

    def mark_outbox(self, outbox_id: int, *, sent: bool, error: str | None = None) -> None:
        with self.transaction() as db:
            msg = db.get(OutboxMessage, outbox_id)
            if msg is None or msg.status != "pending":
                return
            msg.attempts += 1
            if sent:
                msg.status, msg.sent_at, msg.last_error = "sent", utcnow(), None
            else:
                msg.last_error = (error or "")[:500]
                if msg.attempts >= MAX_SEND_ATTEMPTS:
                    msg.status = "failed"


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


def _session_row(db: DBSession, channel: str, chat_id: str, user_key: str) -> ConversationState | None:
    return db.scalar(select(ConversationState).filter_by(channel=channel, chat_id=chat_id, user_key=user_key))


def _chat_config(row: ChatSettings) -> ChatConfig:
    return ChatConfig(region=row.region, prefixes=row.prefixes, enabled=row.enabled)


def _bridge_record(row: BridgeMessage) -> BridgeRecord:
    return BridgeRecord(done=row.done, reply=list(row.reply or []), query_id=row.query_id,
                        age_s=(utcnow() - row.created_at).total_seconds())
