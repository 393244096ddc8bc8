"""Sending what the bot says unprompted — chiefly "your question was answered" (issue 5's review
page queues those with `Store.notify_asker`). Each pending outbox row goes out once, on the
channel it was asked on, through the sender that channel provides (Telegram through the Bot API,
WeChat through wcfhttp); rows for a bridge with no push route wait for that bridge to fetch them
(`GET /bridge/v1/outbox`). This module knows no channel: channels hand it their senders."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta
from functools import partial
from typing import Awaitable, Callable

from bot.storage import Outgoing, Store
from bot.storage.store import OUTBOX_LEASE

log = logging.getLogger(__name__)

Sender = Callable[[Outgoing], Awaitable[None]]
SEND_SHARE = 0.8      # of the lease a send may take; the rest covers marking it sent


async def deliver_pending(store: Store, senders: dict[str, Sender], *, limit: int = 20,
                          lease: timedelta = OUTBOX_LEASE) -> int:
    """Send up to `limit` pending outbox rows for each channel in `senders`; returns how many went
    out. Each row is claimed just before it is sent (`Store.claim_outbox`), so senders in several
    processes never hold one at once, and its send is cut off before the claim's `lease` runs out:
    a send still under way when another sender could take the row over would be the one way to
    send it twice while both are alive."""
    sent = 0
    timeout = lease.total_seconds() * SEND_SHARE
    for channel, send in senders.items():
        for _ in range(limit):
            claimed = await asyncio.to_thread(partial(store.claim_outbox, channel, limit=1, lease=lease))
            if not claimed:
                break
            [item] = claimed
            try:
                await asyncio.wait_for(send(item), timeout)
            except Exception as exc:   # one bad address must not hold up the rest; retried next round
                log.warning("outbox %s on %s not sent: %s", item.id, channel, repr(exc))
                await asyncio.to_thread(partial(store.mark_outbox, item.id, sent=False, error=repr(exc)))
                continue
            await asyncio.to_thread(partial(store.mark_outbox, item.id, sent=True))
            sent += 1
    return sent


async def outbox_loop(store: Store, senders: dict[str, Sender], interval: float,
                      wake: asyncio.Event | None = None) -> None:
    """`deliver_pending` every `interval` seconds, and at once when `wake` is set, until cancelled.
    Every server process runs one; their claims keep them off each other's rows."""
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
