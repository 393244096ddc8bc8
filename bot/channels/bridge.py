"""The WeChat bridge: `POST /bridge/v1/message` (and a pull endpoint for notifications).

A bridge program (WeChatFerry via `bot.channels.wcf`, or any other) posts each chat message here and
sends back what the response says. Idempotent on (bridge, message_id); messages the bot sent
itself are ignored; in groups the bot answers a mention, a configured prefix, the answer to its own
question, a follow-up to the sender's last calculation or answer, or "1"/"2" rating its last answer
(unless a form waits for a numbered choice)."""
from __future__ import annotations

import hmac
import logging
import re
from functools import partial
from dataclasses import dataclass, field
from typing import TypeVar

import anyio
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError, field_validator
from sqlalchemy.exc import IntegrityError

from bot import texts
from bot.channels.choices import numbered_text
from bot.channels.chunks import split_text, utf8_len
from bot.edge import loads, valid_text
from bot.service import Cooldown, answer_in, continues, conversation, sync_knowledge, takes_number
from bot.settings import Settings
from bot.storage import ChatConfig, Notify, Store
from bot.storage.store import ANSWER_KINDS, Turn

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


class Bridge:
    def __init__(self, store: Store, engine, settings: Settings):
        self.store, self.engine, self.settings = store, engine, settings
        self.cooldown = Cooldown(settings.cooldown_seconds)

    def process(self, m: BridgeIn, *, send_later: bool = False) -> BridgeOut:
        """Answer one bridge message (blocking: the server runs it on its event loop, or in worker
        threads when `workers` > 1). Routing, the answer, the log and the de-duplication record are
        one transaction: a crash leaves nothing behind, so the bridge's retry is answered afresh; a
        repeat of a message answered before gets that answer (a repeat arriving meanwhile, in this
        process, waits for it on the conversation's lock).
        `send_later`: the reply also goes into the outbox in the same transaction, for a bridge that
        acknowledges at once and is sent the reply afterwards (WeChatFerry)."""
        if m.is_self:
            return BridgeOut()
        sync_knowledge(self.store, self.engine)
        user_key = self.store.user_key(m.bridge, m.sender_id)
        with conversation(m.bridge, m.chat_id, user_key):
            try:
                return self._turn(m, user_key, send_later)
            except IntegrityError:
                # the same message answered meanwhile by another process (PostgreSQL: our record
                # waited for its transaction, then collided): its answer is the answer
                seen = self.store.delivery(m.bridge, m.message_id)
                if seen is None:
                    raise
                return BridgeOut(reply=seen.reply, query_id=seen.query_id, duplicate=True)

    def _turn(self, m: BridgeIn, user_key: str, send_later: bool) -> BridgeOut:
        with self.store.turn() as turn:
            # a repeat is answered from the record before routing: the rules may have changed since
            # (a form completed, an answer rated), and the repeat must still get the first reply
            seen = turn.delivery(m.bridge, m.message_id)
            if seen is not None:
                return BridgeOut(reply=seen.reply, query_id=seen.query_id, duplicate=True)
            action, text, config = self._route(turn, m, user_key)
            if action == "ignore":
                return BridgeOut()
            if action == "feedback":
                out = self._feedback(turn, m, text, user_key)
            else:
                out = self._question(turn, m, text, config, user_key)
            turn.add_delivery(m.bridge, m.message_id, m.chat_id, out.reply, out.query_id)
            if send_later and out.text:
                turn.add_outbox(m.bridge, m.chat_id, out.text, at_user=m.sender_id if m.is_group else None)
            return out

    def _route(self, turn: Turn, m: BridgeIn, user_key: str) -> tuple[str, str, ChatConfig]:
        """("question" | "feedback" | "ignore", the text to act on, the chat's settings)."""
        text = m.text.strip()
        config = turn.chat_config(m.bridge, m.chat_id)
        if not m.is_group:
            return ("feedback" if self._is_rating(turn, m, text, user_key) else "question"), text, config
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
        if self._is_rating(turn, m, text, user_key):
            return "feedback", text, config
        if addressed or continues(turn, channel=m.bridge, chat_id=m.chat_id, user_key=user_key, text=text,
                                  expiry=self.settings.form_expiry):
            return "question", text, config    # an answer or a follow-up in the conversation needs no trigger
        return "ignore", "", config

    def _is_rating(self, turn: Turn, m: BridgeIn, text: str, user_key: str) -> bool:
        return text in ("1", "2") and turn.last_rateable(
            m.bridge, m.chat_id, user_key, within=self.settings.feedback_window) is not None \
            and not self._takes_number(turn, m, user_key)

    def _takes_number(self, turn: Turn, m: BridgeIn, user_key: str) -> bool:
        """An open form's numbered question (or the last reply's choices) wins over a rating."""
        return takes_number(turn.load_session(m.bridge, m.chat_id, user_key, expiry=self.settings.form_expiry))

    # -- actions ---------------------------------------------------------------------------------

    def _question(self, turn: Turn, m: BridgeIn, text: str, config: ChatConfig, user_key: str) -> BridgeOut:
        reply, query_id = answer_in(turn, self.engine, channel=m.bridge, chat_id=m.chat_id, user_key=user_key,
                                    text=text, is_group=m.is_group, chat_region=config.region, notify=_notify(m),
                                    session=None, form_expiry=self.settings.form_expiry)
        body = numbered_text(reply)      # choices offered are numbered: "2" picks the second
        if reply.kind in ANSWER_KINDS and not self._takes_number(turn, m, user_key):
            body += "\n" + texts.FEEDBACK_HINT
        if self.cooldown.too_fast(f"{m.bridge}:{m.sender_id}"):
            body += "\n" + self.cooldown.notice()
        return BridgeOut(reply=self._render(m, body), query_id=query_id, text=body)

    def _feedback(self, turn: Turn, m: BridgeIn, text: str, user_key: str) -> BridgeOut:
        question_id = turn.last_rateable(m.bridge, m.chat_id, user_key, within=self.settings.feedback_window)
        vote = 1 if text == "1" else -1
        result = turn.add_feedback(question_id, user_key, vote, notify=_notify(m))
        words = (texts.FEEDBACK_THANKS if vote > 0 else texts.FEEDBACK_DOWN) if result == "ok" else texts.FEEDBACK_ALREADY
        return BridgeOut(reply=self._render(m, words), query_id=question_id, text=words)

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


async def run_bridge(bridge: Bridge, m: BridgeIn, limiter: anyio.CapacityLimiter | None, *,
                     send_later: bool = False) -> BridgeOut:
    """`bridge.process`; its errors propagate (the server maps them to a status). With no limiter it
    runs right here on the event loop: the work is CPU-bound and one at a time anyway, and handing
    it to a thread costs more CPU (the thread switch, and the two threads taking turns at the GIL)
    than the answer's own database work. With a limiter, in worker threads, that many at once."""
    if limiter is None:
        return bridge.process(m, send_later=send_later)
    return await anyio.to_thread.run_sync(partial(bridge.process, m, send_later=send_later), limiter=limiter)


def router(bridge: Bridge, settings: Settings, limiter: anyio.CapacityLimiter) -> APIRouter:
    r = APIRouter()

    @r.post("/bridge/v1/message")
    async def message(request: Request):
        if not token_ok(request.headers.get("X-Bridge-Token"), settings):
            return error(401, "missing or wrong X-Bridge-Token")
        m, problem = await read_message(request, settings, BridgeIn)
        if problem is not None:
            return problem
        return (await run_bridge(bridge, m, limiter)).json()

    @r.get("/bridge/v1/outbox")
    async def outbox(request: Request, bridge_name: str = Query("wechat", alias="bridge"), limit: int = 50):
        """Notifications for bridges that cannot be pushed to: fetch, send, then acknowledge."""
        if not token_ok(request.headers.get("X-Bridge-Token"), settings):
            return error(401, "missing or wrong X-Bridge-Token")
        rows = await anyio.to_thread.run_sync(bridge.store.pending_outbox, bridge_name, max(1, min(limit, 200)))
        return {"messages": [{"id": o.id, "chat_id": o.chat_id, "parts": render_parts(o.text, at=o.at_user)}
                             for o in rows]}

    @r.post("/bridge/v1/outbox/{outbox_id}/ack")
    async def ack(request: Request, outbox_id: int = Path(ge=1, le=2**31 - 1)):
        if not token_ok(request.headers.get("X-Bridge-Token"), settings):
            return error(401, "missing or wrong X-Bridge-Token")
        await anyio.to_thread.run_sync(lambda: bridge.store.mark_outbox(outbox_id, sent=True))
        return {"ok": True}

    return r
