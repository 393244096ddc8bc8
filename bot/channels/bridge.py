"""The WeChat bridge: `POST /bridge/v1/message` (and a pull endpoint for notifications).

A bridge program (WeChatFerry via `bot.channels.wcf`, or any other) posts each chat message here and
sends back what the response says. Idempotent on (bridge, message_id); messages the bot sent
itself are ignored; in groups the bot answers a mention, a configured prefix, a follow-up to
its own question, or "1"/"2" rating its last answer."""
from __future__ import annotations

import hmac
import json
import logging
import re
import time
from dataclasses import dataclass, field
from typing import TypeVar

import anyio
from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError, field_validator

from bot import texts
from bot.channels.choices import numbered_text
from bot.channels.chunks import split_text, utf8_len
from bot.service import Cooldown, handle
from bot.settings import Settings
from bot.storage import ChatConfig, Notify, Store
from bot.storage.store import ANSWER_KINDS

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)

MAX_REPLY_BYTES = 2000
DUPLICATE_WAIT_S = 20.0      # a retry that arrives while the first delivery is still being answered waits this long
STALE_CLAIM_S = 120.0        # a claim this old and unfinished belonged to a process that died
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


@dataclass
class BridgeOut:
    reply: list[dict] = field(default_factory=list)    # [{"text": str, "at": str | None}]
    query_id: int | None = None
    duplicate: bool = False

    def json(self) -> dict:
        return {"reply": self.reply, "query_id": self.query_id, "duplicate": self.duplicate}


class Pending:
    """The same message is still being answered by another request."""


PENDING = Pending()


class Bridge:
    def __init__(self, store: Store, engine, settings: Settings):
        self.store, self.engine, self.settings = store, engine, settings
        self.cooldown = Cooldown(settings.cooldown_seconds)

    # -- routing -------------------------------------------------------------------------------

    def process(self, m: BridgeIn) -> "BridgeOut | Pending":
        """Answer one bridge message (blocking: run it in a worker thread). `PENDING` when the same
        message is being answered right now by another request: the caller waits for that answer
        (asynchronously, not holding a worker)."""
        if m.is_self:
            return BridgeOut()
        # a repeat is answered from the record before routing: the rules may have changed since
        # (a form completed, an answer rated), and the repeat must still get the first reply
        seen = self.store.bridge_record(m.bridge, m.message_id)
        if seen is not None and seen.done:
            return BridgeOut(reply=seen.reply, query_id=seen.query_id, duplicate=True)
        action, text, config = self._route(m)
        if action == "ignore":
            return BridgeOut()
        record = self.store.claim_bridge_message(m.bridge, m.message_id, m.chat_id)
        if record is not None:
            if record.done:
                return BridgeOut(reply=record.reply, query_id=record.query_id, duplicate=True)
            if record.age_s > STALE_CLAIM_S:
                self.store.release_bridge_message(m.bridge, m.message_id)
                return self.process(m)
            return PENDING
        try:
            out = self._feedback(m, text) if action == "feedback" else self._question(m, text, config)
        except BaseException:
            self.store.release_bridge_message(m.bridge, m.message_id)
            raise
        self.store.finish_bridge_message(m.bridge, m.message_id, out.reply, out.query_id)
        return out

    def _route(self, m: BridgeIn) -> tuple[str, str, ChatConfig]:
        """("question" | "feedback" | "ignore", the text to act on, the chat's settings)."""
        text = m.text.strip()
        user_key = self.store.user_key(m.bridge, m.sender_id)
        config = self.store.chat_config(m.bridge, m.chat_id)
        if not m.is_group:
            return ("feedback" if self._is_rating(m, text, user_key) else "question"), text, config
        allowed = config.enabled if config.enabled is not None else (
            not self.settings.group_allowlist
            or m.chat_id in self.settings.group_allowlist or (m.chat_name or "") in self.settings.group_allowlist)
        if not allowed:
            return "ignore", "", config
        addressed = False
        if m.mentioned:
            text, addressed = _LEADING_MENTIONS.sub("", text).strip(), True
        for prefix in (config.prefixes if config.prefixes is not None else self.settings.group_prefixes):
            if prefix and text.startswith(prefix):
                text, addressed = text[len(prefix):].lstrip(" \u2005：:，,"), True
                break
        if self._is_rating(m, text, user_key):
            return "feedback", text, config
        if addressed:
            return "question", text, config
        if self.store.awaiting(m.bridge, m.chat_id, user_key, expiry=self.settings.form_expiry):
            return "question", text, config    # the answer to the bot's own question needs no trigger
        return "ignore", "", config

    def _is_rating(self, m: BridgeIn, text: str, user_key: str) -> bool:
        return text in ("1", "2") and self.store.last_rateable(
            m.bridge, m.chat_id, user_key, within=self.settings.feedback_window) is not None

    # -- actions ---------------------------------------------------------------------------------

    def _question(self, m: BridgeIn, text: str, config: ChatConfig) -> BridgeOut:
        if not self.cooldown.allow(f"{m.bridge}:{m.sender_id}"):
            return BridgeOut() if m.is_group else BridgeOut(reply=self._render(m, self.cooldown.notice()))
        handled = handle(self.store, self.engine, channel=m.bridge, chat_id=m.chat_id, user_id=m.sender_id, text=text,
                         is_group=m.is_group, chat_region=config.region, notify=_notify(m),
                         form_expiry=self.settings.form_expiry)
        body = numbered_text(handled.reply)      # choices offered are numbered: "2" picks the second
        if handled.reply.kind in ANSWER_KINDS and handled.query_id is not None:
            body += "\n" + texts.FEEDBACK_HINT
        return BridgeOut(reply=self._render(m, body), query_id=handled.query_id)

    def _feedback(self, m: BridgeIn, text: str) -> BridgeOut:
        user_key = self.store.user_key(m.bridge, m.sender_id)
        question_id = self.store.last_rateable(m.bridge, m.chat_id, user_key, within=self.settings.feedback_window)
        if question_id is None:   # rated meanwhile by a concurrent "1"/"2"
            return BridgeOut(reply=self._render(m, texts.FEEDBACK_ALREADY))
        vote = 1 if text == "1" else -1
        result = self.store.add_feedback(question_id, user_key, vote, notify=_notify(m))
        words = (texts.FEEDBACK_THANKS if vote > 0 else texts.FEEDBACK_DOWN) if result == "ok" else texts.FEEDBACK_ALREADY
        return BridgeOut(reply=self._render(m, words), query_id=question_id)

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
        return json.loads(body), None
    except (ValueError, UnicodeDecodeError) as exc:
        return None, error(400, f"malformed JSON: {exc}")


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


async def run_bridge(bridge: Bridge, m: BridgeIn, limiter: anyio.CapacityLimiter) -> BridgeOut | JSONResponse:
    try:
        out = await anyio.to_thread.run_sync(bridge.process, m, limiter=limiter)
        deadline = time.monotonic() + DUPLICATE_WAIT_S
        while out is PENDING:     # a repeated delivery: the first one's answer is the answer
            if time.monotonic() > deadline:
                return JSONResponse({"error": "this message is still being answered; retry"}, status_code=503,
                                    headers={"Retry-After": "2"})
            await anyio.sleep(0.05)
            record = await anyio.to_thread.run_sync(bridge.store.bridge_record, m.bridge, m.message_id)
            if record is None:    # the first attempt failed and let go: answer it here
                out = await anyio.to_thread.run_sync(bridge.process, m, limiter=limiter)
            elif record.done:
                out = BridgeOut(reply=record.reply, query_id=record.query_id, duplicate=True)
        return out
    except Exception:
        log.exception("bridge message %s/%s failed", m.bridge, m.message_id)
        return error(503, "temporarily unavailable; retry")


def router(bridge: Bridge, settings: Settings, limiter: anyio.CapacityLimiter) -> APIRouter:
    r = APIRouter()

    @r.post("/bridge/v1/message")
    async def message(request: Request):
        if not token_ok(request.headers.get("X-Bridge-Token"), settings):
            return error(401, "missing or wrong X-Bridge-Token")
        m, problem = await read_message(request, settings, BridgeIn)
        if problem is not None:
            return problem
        out = await run_bridge(bridge, m, limiter)
        return out if isinstance(out, JSONResponse) else out.json()

    @r.get("/bridge/v1/outbox")
    async def outbox(request: Request, bridge_name: str = Query("wechat", alias="bridge"), limit: int = 50):
        """Notifications for bridges that cannot be pushed to: fetch, send, then acknowledge."""
        if not token_ok(request.headers.get("X-Bridge-Token"), settings):
            return error(401, "missing or wrong X-Bridge-Token")
        rows = await anyio.to_thread.run_sync(bridge.store.pending_outbox, bridge_name, max(1, min(limit, 200)))
        return {"messages": [{"id": o.id, "chat_id": o.chat_id, "parts": render_parts(o.text, at=o.at_user)}
                             for o in rows]}

    @r.post("/bridge/v1/outbox/{outbox_id}/ack")
    async def ack(outbox_id: int, request: Request):
        if not token_ok(request.headers.get("X-Bridge-Token"), settings):
            return error(401, "missing or wrong X-Bridge-Token")
        await anyio.to_thread.run_sync(lambda: bridge.store.mark_outbox(outbox_id, sent=True))
        return {"ok": True}

    return r
