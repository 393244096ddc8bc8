"""The WeChat bridge: `POST /bridge/v1/message` (and a pull endpoint for notifications).

A bridge program (WeChatFerry via `bot.channels.wcf`, or any other) posts each chat message here and
sends back what the response says. Idempotent on (bridge, message_id); messages the bot sent
itself are ignored; in groups the bot answers a mention, a configured prefix, the answer to its own
question, a follow-up to the sender's last calculation or answer, or "1"/"2" rating its last answer
(unless a form waits for a numbered choice)."""
from __future__ import annotations

import asyncio
import hmac
import logging
import re
import weakref
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Callable, TypeVar

import anyio
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError, field_validator
from sqlalchemy.exc import IntegrityError

from bot import knowledge, texts
from bot.channels.choices import numbered_text
from bot.channels.chunks import split_text, utf8_len
from bot.edge import loads, valid_text
from bot.service import Cooldown, answer_message, conversation, goes_on, sync_knowledge, takes_number
from bot.session import Session
from bot.settings import Settings
from bot.storage import Notify, Store
from bot.storage.store import ANSWER_KINDS, OUTBOX_LEASE, BridgeView, Delivered, Stale, Vote, session_key

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)

MAX_REPLY_BYTES = 2000
_LEADING_MENTIONS = re.compile(r"^(?:\s*@[^\s\u2005]+[\s\u2005]*)+")


class BridgeIn(BaseModel):
    bridge: str = Field(min_length=1, max_length=32)
    message_id: str = Field(min_length=1, max_length=128)
    chat_id: str = Field(min_length=1, max_length=128)
    chat_name: str | None = None
    is_group: bool = False
    sender_id: str = Field(min_length=1, max_length=128)
    sender_name: str | None = None
    text: str = ""
    mentioned: bool = False
    is_self: bool = False
    ts: float | None = None

    @field_validator("message_id", "chat_id", "sender_id", mode="before")
    @classmethod
    def _ids_as_text(cls, value):
        # bridges send numeric ids as numbers as often as strings
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    @field_validator("bridge", "message_id", "chat_id", "chat_name", "sender_id", "sender_name", "text",
                     mode="before")
    @classmethod
    def _valid(cls, value):
        # before pydantic's own check, which refuses a lone surrogate outright
        return valid_text(value) if isinstance(value, str) else value


@dataclass
class BridgeOut:
    reply: list[dict] = field(default_factory=list)    # [{"text": str, "at": str | None}]
    query_id: int | None = None
    duplicate: bool = False
    text: str = ""                                     # the reply before it was split and @-ed

    def json(self) -> dict:
        return {"reply": self.reply, "query_id": self.query_id, "duplicate": self.duplicate}


ATTEMPTS = 5     # turns done again when what a turn read changed before it wrote (see `Stale`)


class Bridge:
    def __init__(self, store: Store, engine, settings: Settings, *, pg_pool_size: int = 4):
        self.store, self.engine, self.settings = store, engine, settings
        self.cooldown = Cooldown(settings.cooldown_seconds)
        # PostgreSQL: the turn in two statements, asynchronously (bot.storage.pg_turns); SQLite: one
        # transaction, on the event loop (its writes are serial anyway, and it has no round trips)
        self.pg = None
        if store.engine.dialect.name == "postgresql":
            from bot.storage.pg_turns import PgTurns
            self.pg = PgTurns(store, pool_size=pg_pool_size)
        self._turning: "weakref.WeakValueDictionary[str, asyncio.Lock]" = weakref.WeakValueDictionary()

    async def start(self) -> None:
        if self.pg is not None:
            await self.pg.open()

    async def stop(self) -> None:
        if self.pg is not None:
            await self.pg.close()

    def process(self, m: BridgeIn, *, send_later: bool = False,
                too_fast: Callable[[], bool] | None = None) -> BridgeOut:
        """Answer one bridge message, blocking, in one transaction: the reads, the answer, the log,
        the de-duplication record (and with `send_later` the reply in the outbox). A crash leaves
        nothing behind, so the bridge's retry is answered afresh; a repeat of a message answered
        before gets that answer (a repeat arriving meanwhile, in this process, waits for it on the
        conversation's lock; in another, its record collides and the turn, done again, finds it).
        `send_later`: for a bridge that acknowledges at once and is sent the reply afterwards (WeChatFerry)."""
        if m.is_self:
            return BridgeOut()
        sync_knowledge(self.store, self.engine)
        user_key = self.store.user_key(m.bridge, m.sender_id)
        too_fast = too_fast or self._pace(m)
        with conversation(m.bridge, m.chat_id, user_key):
            for attempt in range(ATTEMPTS):
                try:
                    with self.store.turn() as turn:
                        view = turn.bridge_view(m.bridge, m.message_id, m.chat_id, user_key, **self._reads(m))
                        out, writes = self._decide(m, user_key, view, send_later, too_fast)
                        if writes is not None:
                            out.query_id = turn.deliver(writes)
                        return out
                except (IntegrityError, Stale):
                    if attempt == ATTEMPTS - 1:
                        raise

    async def aprocess(self, m: BridgeIn, limiter: anyio.CapacityLimiter | None = None, *,
                       send_later: bool = False) -> BridgeOut:
        """`process` for the server. On PostgreSQL: the turn's read and its writes are one statement
        each, awaited, and the answer is computed between them on the event loop with no connection
        held, so one process answers while others' statements are under way; when what it read
        changed before it wrote, nothing was written and the turn is done again. Nothing here blocks
        the event loop on the database: the statements are psycopg's asynchronous ones, and the
        staff-knowledge check (a read every few seconds) runs in a thread. On SQLite: `process`
        right here on the event loop (handing CPU-bound work to a thread costs more than it saves:
        the switch, and two threads taking turns at the GIL), or in worker threads with a limiter."""
        if self.pg is None:
            if limiter is None:
                return self.process(m, send_later=send_later)
            return await anyio.to_thread.run_sync(partial(self.process, m, send_later=send_later), limiter=limiter)
        if m.is_self:
            return BridgeOut()
        if knowledge.due(self.store, self.engine):     # a read (and maybe a rebuild): off the event loop
            await anyio.to_thread.run_sync(sync_knowledge, self.store, self.engine)
        user_key = self.store.user_key(m.bridge, m.sender_id)
        too_fast = self._pace(m)
        key = session_key(m.bridge, m.chat_id, user_key)
        lock = self._turning.get(key)
        if lock is None:
            lock = self._turning[key] = asyncio.Lock()
        async with lock:     # this process does one turn of a conversation at a time
            for _ in range(ATTEMPTS):
                view = await self.pg.view(m.bridge, m.message_id, m.chat_id, user_key, **self._reads(m))
                out, writes = self._decide(m, user_key, view, send_later, too_fast)
                if writes is None:
                    return out
                if writes.question is not None and writes.question["reply"].unanswered:
                    # the parts the bot could not answer are logged and queued each on their own: rare
                    # enough to take the ordinary transaction (in a thread) rather than a longer statement,
                    # which writes the answer computed here if the session is still as read
                    out.query_id = await anyio.to_thread.run_sync(self._deliver_unchanged, writes, view.version,
                                                                  user_key)
                else:
                    out.query_id = await self.pg.deliver(writes, view.version)
                if out.query_id is not None:
                    return out
            # the conversation kept changing under us (several processes answering one busy chat):
            # take the turn that locks the session row (or its key, when there is none yet), which cannot
            # lose this race
            return await anyio.to_thread.run_sync(partial(self.process, m, send_later=send_later, too_fast=too_fast))

    def _deliver_unchanged(self, writes: Delivered, version: str | None, user_key: str) -> int | None:
        """`Turn.deliver_unchanged` in a transaction of its own; None when what the turn read changed
        (its delivery recorded meanwhile included): read again."""
        try:
            with self.store.turn() as turn:
                return turn.deliver_unchanged(writes, version, user_key)
        except (IntegrityError, Stale):
            return None

    def _reads(self, m: BridgeIn) -> dict:
        # the answer a "1"/"2" would rate is looked up only when the text may be one (it ends the text
        # whatever mention or prefix comes before it)
        return {"expiry": self.settings.form_expiry,
                "rating_within": self.settings.feedback_window if m.text.strip()[-1:] in ("1", "2") else None}

    def _pace(self, m: BridgeIn) -> Callable[[], bool]:
        """Whether to tell the sender to slow down, asked at most once per message (a turn done
        again must not count it twice)."""
        return cache(partial(self.cooldown.too_fast, f"{m.bridge}:{m.sender_id}"))

    def _decide(self, m: BridgeIn, user_key: str, view: BridgeView, send_later: bool,
                too_fast: Callable[[], bool]) -> tuple[BridgeOut, Delivered | None]:
        """From what the turn read: the answer, and what to write (None: nothing)."""
        if view.seen is not None:
            # a repeat is answered from the record before routing: the rules may have changed since
            # (a form completed, an answer rated), and the repeat must still get the first reply
            return BridgeOut(reply=view.seen.reply, query_id=view.seen.query_id, duplicate=True), None
        action, text = self._route(view, m)
        if action == "ignore":
            return BridgeOut(), None
        if action == "feedback":
            vote = 1 if text == "1" else -1
            words = texts.FEEDBACK_THANKS if vote > 0 else texts.FEEDBACK_DOWN
            out = BridgeOut(reply=self._render(m, words), query_id=view.rateable, text=words)
            writes = {"vote": Vote(view.rateable, user_key, vote, _notify(m))}
        else:
            out, writes = self._question(m, text, view, user_key, too_fast)
        later = (out.text, m.sender_id if m.is_group else None) if send_later and out.text else None
        return out, Delivered(source=m.bridge, message_id=m.message_id, chat_id=m.chat_id, reply=out.reply,
                              send_later=later, **writes)

    def _route(self, view: BridgeView, m: BridgeIn) -> tuple[str, str]:
        """("question" | "feedback" | "ignore", the text to act on)."""
        text = m.text.strip()
        config = view.config
        if not m.is_group:
            return ("feedback" if self._is_rating(view, text) else "question"), text
        allowed = config.enabled if config.enabled is not None else (
            not self.settings.group_allowlist
            or m.chat_id in self.settings.group_allowlist or (m.chat_name or "") in self.settings.group_allowlist)
        if not allowed:
            return "ignore", ""
        addressed = False
        if m.mentioned:
            text, addressed = _LEADING_MENTIONS.sub("", text).strip(), True
        for prefix in (config.prefixes if config.prefixes is not None else self.settings.group_prefixes):
            if prefix and text.startswith(prefix):
                text, addressed = text[len(prefix):].lstrip(" \u2005：:，,"), True
                break
        if self._is_rating(view, text):
            return "feedback", text
        if addressed or goes_on(text, view.session, awaiting=view.awaiting, expiry=self.settings.form_expiry):
            return "question", text    # an answer or a follow-up in the conversation needs no trigger
        return "ignore", ""

    def _is_rating(self, view: BridgeView, text: str) -> bool:
        # an open form's numbered question (or the last reply's choices) wins over a rating; an answer
        # the bot was unsure of, listing other questions, asked for no rating
        return text in ("1", "2") and view.rateable is not None and not self._takes_number(view.session) \
            and not (view.session is not None and view.session.state.get("unsure"))

    def _takes_number(self, session: Session | None) -> bool:
        return session is not None and takes_number(session)

    def _question(self, m: BridgeIn, text: str, view: BridgeView, user_key: str,
                  too_fast: Callable[[], bool]) -> tuple[BridgeOut, dict]:
        t = answer_message(self.engine, view.session, channel=m.bridge, chat_id=m.chat_id, user_key=user_key,
                           text=text, is_group=m.is_group, chat_region=view.config.region,
                           form_expiry=self.settings.form_expiry)
        body = numbered_text(t.reply)      # choices offered are numbered: "2" picks the second
        if t.reply.kind in ANSWER_KINDS and not self._takes_number(view.session) and texts.IF_NOT not in t.reply.text:
            body += "\n" + texts.FEEDBACK_HINT
        if too_fast():
            body += "\n" + self.cooldown.notice()
        log_row = {"channel": m.bridge, "chat_id": m.chat_id, "user_key": user_key, "is_group": m.is_group,
                   "text": t.text, "reply": t.reply, "reply_text": t.reply.text, "latency_ms": t.latency_ms,
                   "session": t.session, "notify": _notify(m)}
        return BridgeOut(reply=self._render(m, body), text=body), {"question": log_row}

    def _render(self, m: BridgeIn, text: str) -> list[dict]:
        """Plain-text parts of at most 2000 UTF-8 bytes; in a group the first @-s the sender."""
        return render_parts(text, at=m.sender_id if m.is_group else None, at_name=m.sender_name or m.sender_id)


def _notify(m: BridgeIn) -> Notify:
    """Where to tell this sender later: the chat, and in a group the sender to @."""
    return Notify(m.bridge, m.chat_id, m.sender_id if m.is_group else None)


def render_parts(text: str, *, at: str | None = None, at_name: str | None = None) -> list[dict]:
    prefix = f"@{at_name or at}\u2005" if at else ""
    parts = split_text(text, MAX_REPLY_BYTES - utf8_len(prefix), utf8_len)
    return [{"text": (prefix + p) if i == 0 else p, "at": at if i == 0 else None} for i, p in enumerate(parts)]


# -- HTTP ------------------------------------------------------------------------------------------

def token_ok(given: str | None, settings: Settings) -> bool:
    expected = settings.bridge_token.get_secret_value() if settings.bridge_token else ""
    # compare_digest on bytes: constant time, and no TypeError on non-ASCII input
    return bool(expected) and hmac.compare_digest((given or "").encode(), expected.encode())


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def read_body(request: Request, limit: int) -> bytes | None:
    """The body, or None when it is over `limit` bytes (checked before and while reading)."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                return None
        except ValueError:
            pass
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


async def read_json(request: Request, settings: Settings) -> tuple[object, JSONResponse | None]:
    body = await read_body(request, settings.max_body_bytes)
    if body is None:
        return None, error(413, f"body over {settings.max_body_bytes} bytes")
    try:
        return loads(body), None
    except (ValueError, RecursionError) as exc:   # RecursionError: nested deeper than the parser goes
        return None, error(400, f"malformed JSON: {str(exc) or 'nested too deeply'}")


def validation_message(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in exc.errors()[:5])


async def read_message(request: Request, settings: Settings, model: type[M]) -> tuple[M | None, JSONResponse | None]:
    """The body as `model`, or the 413 / 400 response that says why not."""
    data, problem = await read_json(request, settings)
    if problem is not None:
        return None, problem
    try:
        return model.model_validate(data), None
    except ValidationError as exc:
        return None, error(400, f"invalid message: {validation_message(exc)}")


def router(bridge: Bridge, settings: Settings, limiter: anyio.CapacityLimiter) -> APIRouter:
    r = APIRouter()

    @r.post("/bridge/v1/message")
    async def message(request: Request):
        if not token_ok(request.headers.get("X-Bridge-Token"), settings):
            return error(401, "missing or wrong X-Bridge-Token")
        m, problem = await read_message(request, settings, BridgeIn)
        if problem is not None:
            return problem
        # a JSONResponse of our own: FastAPI's encoder would walk the finished dict again
        return JSONResponse((await bridge.aprocess(m, limiter)).json())

    @r.get("/bridge/v1/outbox")
    async def outbox(request: Request, bridge_name: str = Query("wechat", alias="bridge"), limit: int = 50):
        """Notifications for bridges that cannot be pushed to: fetch, send each, acknowledge each once
        sent. What a fetch returns is leased to it (`Store.claim_outbox`) for `lease_seconds`: a fetch
        meanwhile, by this bridge or another, does not return it again. Each acknowledgement renews
        the lease of the rest of its batch (`Store.ack_outbox`), so a batch is the fetcher's for as
        long as it keeps sending; a message not acknowledged within `lease_seconds` of the fetch or of
        the batch's last acknowledgement is returned again by a later fetch. A message is sent twice
        only when it was sent and its acknowledgement never arrived."""
        if not token_ok(request.headers.get("X-Bridge-Token"), settings):
            return error(401, "missing or wrong X-Bridge-Token")
        rows = await anyio.to_thread.run_sync(partial(bridge.store.claim_outbox, bridge_name,
                                                      limit=max(1, min(limit, 200))))
        return {"messages": [{"id": o.id, "chat_id": o.chat_id, "parts": render_parts(o.text, at=o.at_user)}
                             for o in rows], "lease_seconds": int(OUTBOX_LEASE.total_seconds())}

    @r.post("/bridge/v1/outbox/{outbox_id}/ack")
    async def ack(request: Request, outbox_id: int = Path(ge=1, le=2**31 - 1)):
        if not token_ok(request.headers.get("X-Bridge-Token"), settings):
            return error(401, "missing or wrong X-Bridge-Token")
        await anyio.to_thread.run_sync(bridge.store.ack_outbox, outbox_id)
        return {"ok": True}

    return r
