"""The tables. Every change to them ships as an Alembic revision in `bot/storage/migrations/versions/`.

Times are UTC. Text that a person typed is masked (bot.masking) before it reaches any column;
users and chats appear only as keyed hashes (`user_key`, `chat_id`), except in a delivery address
kept until it is used: a queued question's until its asker has been told the answer
(`QueueItem.notify_*`, then `OutboxMessage` until sent), a Telegram update's until it is handled."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (JSON, BigInteger, Boolean, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text,
                        TypeDecorator, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

QUEUE_STATUSES = ("open", "answered", "out_of_scope", "dismissed")
# why a question is queued: the bot could not answer, its answer got 👎 — or it refused (a topic
# outside 医保, a place the handbooks do not cover), which staff see in a tab of their own
REFUSAL_REASONS = ("out_of_scope", "uncovered_place")
QUEUE_REASONS = ("unanswered", "thumbs_down", *REFUSAL_REASONS)
OUTBOX_STATUSES = ("pending", "sent", "failed")
STAFF_KINDS = ("answer", "out_of_scope")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes on every backend (SQLite keeps no zone; PostgreSQL gets timestamptz)."""
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None:
            if value.tzinfo is None:
                raise ValueError("naive datetime: pass UTC-aware values")
            value = value.astimezone(timezone.utc)
            if dialect.name == "sqlite":
                value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Small key/value facts about the installation (e.g. the generated pseudonym key)."""
    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ConversationState(Base):
    """A `bot.session.Session` per (channel, chat, user): the region and any open form."""
    __tablename__ = "sessions"
    __table_args__ = (UniqueConstraint("channel", "chat_id", "user_key", name="uq_sessions_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    chat_id: Mapped[str] = mapped_column(String(128))
    user_key: Mapped[str] = mapped_column(String(64))
    region: Mapped[str | None] = mapped_column(String(32))
    state: Mapped[dict] = mapped_column(JSON, default=dict)
    awaiting: Mapped[bool] = mapped_column(Boolean, default=False)   # the last reply asked back (a form is open)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ChatSettings(Base):
    """Per-chat settings: the default region, and trigger rules that override the global ones."""
    __tablename__ = "chat_settings"
    __table_args__ = (UniqueConstraint("channel", "chat_id", name="uq_chat_settings_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    chat_id: Mapped[str] = mapped_column(String(128))
    region: Mapped[str | None] = mapped_column(String(32))
    prefixes: Mapped[list | None] = mapped_column(JSON)      # None: the global group_prefixes
    enabled: Mapped[bool | None] = mapped_column(Boolean)    # None: the global allow-list decides
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Question(Base):
    """The log: one row per question the bot answered (or tried to)."""
    __tablename__ = "questions"
    __table_args__ = (Index("ix_questions_created", "created_at"),
                      Index("ix_questions_asker", "channel", "chat_id", "user_key", "created_at"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    chat_id: Mapped[str] = mapped_column(String(128))
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)
    user_key: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)                          # masked
    region: Mapped[str | None] = mapped_column(String(32))           # the reply's region
    reply_kind: Mapped[str] = mapped_column(String(16))              # faq / calculation / clarify / unanswered
    reply_text: Mapped[str] = mapped_column(Text)                    # masked
    sources: Mapped[list] = mapped_column(JSON, default=list)        # Source dicts
    confidence: Mapped[float | None] = mapped_column(Float)
    refusal: Mapped[str | None] = mapped_column(String(16))          # out_of_scope / uncovered_place (Reply.refusal)
    latency_ms: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    feedback: Mapped["Feedback | None"] = relationship(back_populates="question", uselist=False)
    queue_item: Mapped["QueueItem | None"] = relationship(back_populates="question", uselist=False)


class Feedback(Base):
    """👍 (+1) or 👎 (-1) on one logged answer; one vote per answer."""
    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), unique=True)
    user_key: Mapped[str] = mapped_column(String(64))
    vote: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    question: Mapped[Question] = relationship(back_populates="feedback")


class QueueItem(Base):
    """A question for staff: the bot could not answer it, or its answer got 👎.

    `notify_*` is where to tell the asker once staff have answered (a Telegram chat and the
    message to reply to, or a bridge chat and the sender to @); it is cleared once used."""
    __tablename__ = "queue"
    __table_args__ = (Index("ix_queue_status", "status", "created_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), unique=True)
    reason: Mapped[str] = mapped_column(String(16))                  # one of QUEUE_REASONS
    status: Mapped[str] = mapped_column(String(16), default="open")  # one of QUEUE_STATUSES
    region: Mapped[str | None] = mapped_column(String(32))
    answer_entry_id: Mapped[str | None] = mapped_column(String(64))  # the staff entry that answered it
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notify_channel: Mapped[str | None] = mapped_column(String(32))
    notify_chat: Mapped[str | None] = mapped_column(String(128))
    notify_user: Mapped[str | None] = mapped_column(String(128))
    notify_message: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    question: Mapped[Question] = relationship(back_populates="queue_item")


class BridgeMessage(Base):
    """A message answered before: (source, message id) → the reply it got, for de-duplication. Written
    in the transaction that logs the question, so it exists exactly when the answer does. The
    source is a bridge's name, or "telegram" with the update id."""
    __tablename__ = "bridge_messages"
    bridge: Mapped[str] = mapped_column(String(32), primary_key=True)
    message_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    chat_id: Mapped[str] = mapped_column(String(128))                # keyed hash
    done: Mapped[bool] = mapped_column(Boolean, default=True)        # always True since 0003 (no claims)
    reply: Mapped[list] = mapped_column(JSON, default=list)          # [{"text", "at"}]
    query_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TelegramUpdate(Base):
    """A Telegram update acknowledged (webhook 200, or polling offset moved past it) and not yet
    handled; kept until handled, so a restart finishes it. The payload (its text masked) goes once
    handled; the id stays, so a repeated delivery is not handled twice."""
    __tablename__ = "telegram_updates"
    __table_args__ = (Index("ix_telegram_updates_pending", "status", "update_id"),)
    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    payload: Mapped[dict | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="pending")   # pending / done / failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    owner: Mapped[str | None] = mapped_column(String(64))                # the process holding the lease
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OutboxMessage(Base):
    """A message the bot sends on its own initiative (e.g. "your question was answered"), sent once."""
    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "status", "channel"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    chat_id: Mapped[str] = mapped_column(String(128))
    at_user: Mapped[str | None] = mapped_column(String(128))        # bridge: the sender to @ in a group
    reply_to: Mapped[str | None] = mapped_column(String(128))       # telegram: the message to reply to
    text: Mapped[str] = mapped_column(Text)
    queue_id: Mapped[int | None] = mapped_column(ForeignKey("queue.id", ondelete="SET NULL"), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="pending")   # one of OUTBOX_STATUSES
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)  # claimed by a sender until then
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class StaffEntry(Base):
    """An answer written by office staff on the review page (or a rule that a question is out of
    scope). Loaded into the engine beside the handbook entries (`bot.knowledge`)."""
    __tablename__ = "staff_entries"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)    # "staff-12"
    kind: Mapped[str] = mapped_column(String(16), default="answer")  # one of STAFF_KINDS
    region: Mapped[str] = mapped_column(String(32))                  # 巴中 / 克拉玛依 / 长治 / 全国
    question: Mapped[str] = mapped_column(Text)
    variants: Mapped[list] = mapped_column(JSON, default=list)
    answer: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class StaffVariant(Base):
    """A phrasing staff attached to an existing entry (handbook or staff): merged into its variants at load."""
    __tablename__ = "staff_variants"
    __table_args__ = (UniqueConstraint("entry_id", "text", name="uq_staff_variants"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[str] = mapped_column(String(64), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEvent(Base):
    """Who changed what, when, on the review page or the `yibao review` command."""
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))     # answer / attach / out_of_scope / dismiss / edit / delete
    target: Mapped[str] = mapped_column(String(64))     # an entry id, or "queue:<id>"
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class ReviewSession(Base):
    """A signed-in staff member on the review page. The cookie holds a random token; only its
    SHA-256 is kept, so a copy of the database opens no session. Deleted on sign-out; a session
    made under another password (`password_tag`) is void, so changing the password signs everyone out."""
    __tablename__ = "review_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    csrf: Mapped[str] = mapped_column(String(64))
    password_tag: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class LoginFailure(Base):
    """One failed review-page sign-in, under each key it counts against ("name:…", "ip:…"): the
    limit holds across processes and restarts."""
    __tablename__ = "login_failures"
    __table_args__ = (Index("ix_login_failures_key", "key", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(160))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class StagedImport(Base):
    """An uploaded knowledge file between its dry run and "apply": the review page shows the
    differences first, then applies exactly that file (any review process may get the second request)."""
    __tablename__ = "staged_imports"
    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    actor: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(200))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
