"""Sending what the bot says unprompted — chiefly "your question was answered" (issue 5's review
page queues those with `Store.notify_asker`). Each pending outbox row goes out once, on the
channel it was asked on, through the sender that channel provides (Telegram through the Bot API,
WeChat through wcfhttp); rows for a bridge with no push route wait for that bridge to fetch them
(`GET /bridge/v1/outbox`). This module knows no channel: channels hand it their senders."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from functools import partial
from typing import Awaitable, Callable

from bot.storage import Outgoing, Store

log = logging.getLogger(__name__)

Sender = Callable[[Outgoing], Awaitable[None]]


async def deliver_pending(store: Store, senders: dict[str, Sender], *, limit: int = 50) -> int:
    """Send pending outbox rows for the channels in `senders`; returns how many went out."""
    sent = 0
    for channel, send in senders.items():
        for item in await asyncio.to_thread(store.pending_outbox, channel, limit):
            try:
                await send(item)
            except Exception as exc:   # one bad address must not hold up the rest; retried next round
                log.warning("outbox %s on %s not sent: %s", item.id, channel, exc)
                await asyncio.to_thread(partial(store.mark_outbox, item.id, sent=False, error=str(exc)))
                continue
            await asyncio.to_thread(partial(store.mark_outbox, item.id, sent=True))
            sent += 1
    return sent


async def outbox_loop(store: Store, senders: dict[str, Sender], interval: float,
                      wake: asyncio.Event | None = None) -> None:
    """`deliver_pending` every `interval` seconds, and at once when `wake` is set, until cancelled.
    One loop per process sends, so a row is never picked up by two senders in it at once."""
    while True:
        if wake is not None:
            wake.clear()
        try:
            await deliver_pending(store, senders)
        except Exception:
            log.exception("outbox delivery failed")
        if wake is None:
            await asyncio.sleep(interval)
        else:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(wake.wait(), interval)
