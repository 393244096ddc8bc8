"""The one function every channel calls with a person's message: `handle()`.

It masks personal numbers, loads the (channel, chat, user) session, asks the engine, saves the
session, logs the question and queues it for staff when unanswered — then returns the reply.
Channels only translate their own input and output around it."""
from __future__ import annotations

import logging
import math
import threading
import time
import unicodedata
import weakref
from dataclasses import dataclass
from datetime import timedelta

from bot import knowledge, texts
from bot.masking import mask
from bot.reply import Message, Reply
from bot.session import Session
from bot.storage import Notify, Store
from bot.storage.store import session_key

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Handled:
    reply: Reply
    query_id: int | None     # the question log id (None when the log could not be written)


# One lock per conversation: two messages from the same person must not both read the form
# state and then overwrite each other's answer. Across processes the database serialises writes.
_locks: "weakref.WeakValueDictionary[str, threading.Lock]" = weakref.WeakValueDictionary()
_locks_guard = threading.Lock()


def _lock_for(key: str) -> threading.Lock:
    with _locks_guard:
        lock = _locks.get(key)
        if lock is None:
            lock = threading.Lock()
            _locks[key] = lock
        return lock


def handle(store: Store, engine, *, channel: str, chat_id: str, user_id: str, text: str,
           is_group: bool = False, chat_region: str | None = None, notify: Notify | None = None,
           session: Session | None = None, form_expiry: timedelta = timedelta(minutes=10)) -> Handled:
    """Answer one message and record it. Pass `session` to keep the conversation yourself (the batch
    command does, so evaluation runs never resume each other's forms); otherwise the store keeps it."""
    try:
        knowledge.sync(store, engine)     # what staff taught since the last look (cheap when nothing changed)
    except Exception:
        log.exception("could not load staff entries; answering with what the engine has")
    clean = mask(text)
    user_key = store.user_key(channel, user_id)
    owned = session is None
    key = session_key(channel, chat_id, user_key)
    lock = _lock_for(key)
    with lock:
        if owned:
            try:
                session = store.load_session(channel, chat_id, user_key, expiry=form_expiry)
            except Exception:
                log.exception("could not load the session; answering without it")
                session = Session(key=key)
        clean = resolve_choice(clean, session)    # logged as the choice it stands for
        message = Message(text=clean, channel=channel, chat_id=chat_id, user_id=user_key, is_group=is_group,
                          region=chat_region)
        started = time.perf_counter()
        broken = False
        try:
            reply = engine.answer(message, session)     # which keeps any choices it offers in session.state
        except Exception:
            log.exception("the engine failed on a %s message", channel)
            reply, broken = Reply(kind="unanswered", text=texts.INTERNAL_ERROR, region=chat_region), True
        latency_ms = (time.perf_counter() - started) * 1000
        try:
            query_id = store.record_turn(channel=channel, chat_id=chat_id, user_key=user_key, is_group=is_group,
                                         text=clean, reply=reply, reply_text=mask(reply.text),
                                         latency_ms=latency_ms,
                                         session=session if owned and not broken else None, notify=notify)
        except Exception:
            log.exception("could not log the question")
            query_id = None
    return Handled(reply=reply, query_id=query_id)


def resolve_choice(text: str, session: Session) -> str:
    """A bare number after a reply that offered choices stands for that choice: "2" becomes the
    second choice's text before the engine sees it. The engine keeps the last reply's choices in
    `session.state["choices"]`; every channel's typed number, and a Telegram button press without
    its label, take this one path."""
    choices = session.state.get("choices")
    number = unicodedata.normalize("NFKC", text).strip()
    if choices and number.isdigit() and 1 <= int(number) <= len(choices):
        return choices[int(number) - 1]
    return text


def converse(engine, message: Message, session: Session) -> Reply:
    """The engine's answer with a chosen number resolved, for callers without a store."""
    return engine.answer(message.model_copy(update={"text": resolve_choice(message.text, session)}), session)


class Cooldown:
    """Per-user minimum interval between questions (in one process), against floods from one person."""

    def __init__(self, seconds: float, clock=time.monotonic):
        self.seconds = seconds
        self._clock = clock
        self._last: dict[str, float] = {}
        self._guard = threading.Lock()

    def allow(self, key: str) -> bool:
        if self.seconds <= 0:
            return True
        now = self._clock()
        with self._guard:
            if len(self._last) > 10_000:   # forget the idle, so the map stays small
                self._last = {k: t for k, t in self._last.items() if now - t < self.seconds}
            last = self._last.get(key)
            if last is not None and now - last < self.seconds:
                return False
            self._last[key] = now
            return True

    def notice(self) -> str:
        """What to tell someone who asked again too soon."""
        return texts.COOLDOWN.format(seconds=math.ceil(self.seconds))
