"""Telegram updates, stored before they are acknowledged and handled from the store.

Telegram does not send an update again once the webhook answered 200, or once a getUpdates call
moved the offset past it. So the webhook stores the update (unique by update_id) before it
answers, polling stores what it fetched before it asks with the next offset, and a worker in each
process handles stored updates under a short lease: a process killed mid-update leaves it to be
handled again by the next one within seconds. The answer itself is recorded with the question
(`bot.service.handle(delivery=…)`), so handling an update again re-sends that answer instead of
asking the engine and logging twice.

A stored update's text is masked and its chat and user ids are kept only until it is handled."""
from __future__ import annotations

import asyncio
import logging
import os
import secrets

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from telegram import Update
from telegram.error import NetworkError, TimedOut
from telegram.ext import Application

from bot import texts
from bot.channels.bridge import error, read_json
from bot.channels.chunks import utf16_len
from bot.edge import json_safe
from bot.masking import mask
from bot.settings import Settings
from bot.storage import Store

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5            # an update whose handling keeps failing is given up after this many tries
IDLE_CHECK_S = 1.0          # how often an idle worker looks for updates left by other processes
ALLOWED_UPDATES = ["message", "callback_query"]
# entities the handlers read (a mention, a command): kept in place; any other entity (a phone
# number Telegram recognised, a URL) is text like the rest and is masked
_KEPT_ENTITIES = {"mention", "text_mention", "bot_command"}


def stored_form(data: dict) -> dict:
    """The update as it may be stored: valid JSON text, personal numbers masked."""
    data = json_safe(data)
    for key in ("message", "edited_message", "channel_post", "edited_channel_post"):
        msg = data.get(key)
        if isinstance(msg, dict):
            _mask_message(msg)
    return data


def _mask_message(msg: dict) -> None:
    if isinstance(msg.get("caption"), str):
        msg["caption"] = mask(msg["caption"])
        msg.pop("caption_entities", None)
    text = msg.get("text")
    if not isinstance(text, str):
        return
    kept = sorted((e for e in msg.get("entities") or [] if isinstance(e, dict) and e.get("type") in _KEPT_ENTITIES),
                  key=lambda e: e.get("offset", 0))
    # mask the text between kept entities, and move the entities to where their text now starts
    parts, entities, cursor = [], [], 0
    for entity in kept:
        start = _index(text, entity.get("offset", 0))
        end = _index(text, entity.get("offset", 0) + entity.get("length", 0))
        if start < cursor:
            continue
        parts.append(mask(text[cursor:start]))
        entities.append({**entity, "offset": utf16_len("".join(parts))})
        parts.append(text[start:end])
        cursor = end
    parts.append(mask(text[cursor:]))
    msg["text"] = "".join(parts)
    if entities:
        msg["entities"] = entities
    else:
        msg.pop("entities", None)


def _index(text: str, utf16_offset: int) -> int:
    """The Python index of a UTF-16 offset (Telegram counts entity offsets in UTF-16 units)."""
    units = 0
    for i, ch in enumerate(text):
        if units >= utf16_offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class UpdateInbox:
    """Stores updates, and handles stored ones through the PTB `Application`."""

    def __init__(self, app: Application, store: Store):
        self.app, self.store = app, store
        self.owner = f"{os.getpid()}-{secrets.token_hex(4)}"
        self._wake = asyncio.Event()

    async def accept(self, updates: list[dict]) -> int:
        """Store these updates (raises when the store cannot: then do not acknowledge them)."""
        rows = [(int(u["update_id"]), stored_form(u)) for u in updates]
        new = await asyncio.to_thread(self.store.add_updates, rows)
        self._wake.set()
        return new

    async def run(self) -> None:
        """Handle stored updates until cancelled."""
        while True:
            try:
                claimed = await asyncio.to_thread(self.store.claim_updates, self.owner)
            except Exception:
                log.exception("could not read stored updates")
                claimed = []
            if not claimed:
                self._wake.clear()
                try:
                    await asyncio.wait_for(self._wake.wait(), IDLE_CHECK_S)
                except asyncio.TimeoutError:
                    pass
                continue
            for update_id, payload in claimed:
                await self.handle(update_id, payload)

    async def handle(self, update_id: int, payload: dict) -> None:
        failed = self.app.bot_data.setdefault("failed_updates", set())   # filled by the handlers' on_error
        failed.discard(update_id)
        update = None
        try:
            update = Update.de_json(payload, self.app.bot)
            await self.app.process_update(update)
        except Exception:
            log.exception("update %s could not be handled", update_id)
            failed.add(update_id)
        try:
            if update_id in failed:   # try again shortly, a few times (the answer, once recorded, is reused)
                failed.discard(update_id)
                attempts = await asyncio.to_thread(self.store.release_update, update_id)
                if attempts >= MAX_ATTEMPTS:
                    log.error("update %s given up after %d attempts", update_id, attempts)
                    await asyncio.to_thread(self.store.finish_update, update_id, failed=True)
                    await _apologise(update)
            else:
                await asyncio.to_thread(self.store.finish_update, update_id)
        except Exception:   # the lease runs out and it is handled again (its answer is recorded: not twice)
            log.exception("could not mark update %s handled", update_id)

    async def poll(self, *, timeout: int = 30) -> None:
        """Long polling: each batch is stored before the next getUpdates call acknowledges it."""
        await self.app.bot.delete_webhook()
        offset = None
        pause = 1.0
        while True:
            try:
                updates = await self.app.bot.get_updates(offset=offset, timeout=timeout,
                                                         allowed_updates=ALLOWED_UPDATES)
                if updates:
                    await self.accept([u.to_dict() for u in updates])
                    offset = updates[-1].update_id + 1
                pause = 1.0
                await asyncio.sleep(0)   # a transport that answers at once must not starve the loop (or a cancel)
            except (NetworkError, TimedOut) as exc:
                log.warning("getUpdates failed: %s", exc)
                await asyncio.sleep(pause)
                pause = min(pause * 2, 30.0)
            except Exception:   # the store is down: keep the offset, so Telegram keeps the updates
                log.exception("could not store fetched updates")
                await asyncio.sleep(pause)
                pause = min(pause * 2, 30.0)


async def _apologise(update: Update | None) -> None:
    if update is not None and update.effective_message is not None:
        try:
            await update.effective_message.reply_text(texts.INTERNAL_ERROR)
        except Exception:   # the network may be what failed; nothing more to do
            log.warning("could not tell the user about the error")


def webhook_router(inbox: UpdateInbox, settings: Settings) -> APIRouter:
    """The webhook as a FastAPI router, so it can share one server with the bridge. 200 only once
    the update is stored; a database that is down makes it 503, and Telegram delivers again."""
    router = APIRouter()
    secret = settings.telegram_webhook_secret.get_secret_value() if settings.telegram_webhook_secret else None

    @router.post(settings.telegram_webhook_path, include_in_schema=False)
    async def telegram_webhook(request: Request):
        if secret is not None:
            given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
            if not secrets.compare_digest(given.encode(), secret.encode()):
                return JSONResponse({"error": "forbidden"}, status_code=403)
        data, problem = await read_json(request, settings)
        if problem is not None:
            return problem
        update_id = data.get("update_id") if isinstance(data, dict) else None
        if not isinstance(update_id, int) or isinstance(update_id, bool) or not 0 <= update_id < 2**63:
            return error(400, "malformed update: no update_id")
        await inbox.accept([data])
        return {"ok": True}

    return router
