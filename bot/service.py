"""The one function every channel calls with a person's message: `handle()`.

It masks personal numbers, loads the (channel, chat, user) session, asks the engine, saves the
session, logs the question and queues it for staff when unanswered — all in one database
transaction — then returns the reply. Channels only translate their own input and output around
it; the bridge, which reads and routes before it answers, calls the inner step `answer_message`."""
from __future__ import annotations

import logging
import math
import threading
import time
import weakref
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Callable, Iterator

from bot import texts
from bot.edge import valid_text
from bot.masking import mask
from bot.reply import Message, Reply
from bot.session import Session
from corpus.normalize import as_read
from intents import acts, forms
from intents.choices import picked

if TYPE_CHECKING:      # the storage modules import SQLAlchemy: `answer_first` answers before that
    from bot.storage import Notify, Store
    from bot.storage.store import Turn

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Handled:
    reply: Reply
    query_id: int | None     # the question log id (None when the log could not be written)
    duplicate: bool = False  # the message was answered before: this is that answer


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


@contextmanager
def conversation(channel: str, chat_id: str, user_key: str) -> Iterator[None]:
    """Hold this conversation in this process (across processes, the turn locks its session row)."""
    from bot.storage.store import session_key
    with _lock_for(session_key(channel, chat_id, user_key)):
        yield


def sync_knowledge(store: Store, engine) -> None:
    from bot import knowledge
    try:
        knowledge.sync(store, engine)     # what staff taught since the last look (cheap when nothing changed)
    except Exception:
        log.exception("could not load staff entries; answering with what the engine has")


def handle(store: Store, engine, *, channel: str, chat_id: str, user_id: str, text: str,
           is_group: bool = False, chat_region: str | None = None, notify: Notify | None = None,
           session: Session | None = None, form_expiry: timedelta = timedelta(minutes=10),
           delivery: tuple[str, str] | None = None, log_failure_ok: bool = False) -> Handled:
    """Answer one message and record it, in one transaction. Pass `session` to keep the conversation
    yourself (the batch command does, so evaluation runs never resume each other's forms); otherwise
    the store keeps it. `delivery` = (source, message id): a message answered before gets its first
    answer again, logged once. When the record cannot be written the error propagates (the channel
    must not acknowledge), unless `log_failure_ok` (the command line: the printed answer is the delivery)."""
    sync_knowledge(store, engine)
    user_key = store.user_key(channel, user_id)
    reply = None
    with conversation(channel, chat_id, user_key):
        try:
            with store.turn() as turn:
                if delivery is not None and (seen := turn.delivery(*delivery)) is not None:
                    return Handled(reply=Reply.model_validate(seen.reply[0]), query_id=seen.query_id, duplicate=True)
                reply, log_it = think(turn, engine, channel=channel, chat_id=chat_id, user_key=user_key, text=text,
                                      is_group=is_group, chat_region=chat_region, notify=notify, session=session,
                                      form_expiry=form_expiry)
                query_id = log_it()
                if delivery is not None:
                    turn.add_delivery(*delivery, chat_id, [reply.model_dump(mode="json")], query_id)
        except Exception as exc:
            if reply is None or not log_failure_ok:
                raise
            log.error("could not log the question: %s", exc)
            query_id = None
    return Handled(reply=reply, query_id=query_id)


@dataclass(frozen=True)
class Thought:
    """A message answered and not yet recorded: what `Turn.record` writes (or the bridge's one
    statement on PostgreSQL)."""
    reply: Reply
    text: str                  # the masked text, as logged
    latency_ms: float
    session: Session | None    # the conversation to save; None when the engine failed (keep the stored one)


def answer_message(engine, session: Session, *, channel: str, chat_id: str, user_key: str, text: str,
                   is_group: bool, chat_region: str | None, form_expiry: timedelta | None) -> Thought:
    """Mask, resolve a chosen number, ask the engine: no I/O, so a caller may hold no transaction
    meanwhile. The engine updates `session` in place."""
    session.expiry = form_expiry.total_seconds() if form_expiry else None
    clean = resolve_choice(mask(valid_text(text)), session)    # logged as the choice it stands for
    message = Message(text=clean, channel=channel, chat_id=chat_id, user_id=user_key, is_group=is_group,
                      region=chat_region)
    started = time.perf_counter()
    broken = False
    try:
        reply = engine.answer(message, session)     # which keeps any choices it offers in session.state
    except Exception:
        log.exception("the engine failed on a %s message", channel)
        reply, broken = Reply(kind="unanswered", text=texts.INTERNAL_ERROR, region=chat_region), True
    # never repeat a number the text still had
    reply = reply.model_copy(update={"text": mask(reply.text), "unanswered": [
        u.model_copy(update={"text": mask(u.text)}) for u in reply.unanswered]})
    return Thought(reply=reply, text=clean, latency_ms=(time.perf_counter() - started) * 1000,
                   session=None if broken else session)


def think(turn: Turn, engine, *, channel: str, chat_id: str, user_key: str, text: str, is_group: bool,
          chat_region: str | None, notify: Notify | None, session: Session | None,
          form_expiry: timedelta) -> tuple[Reply, Callable[[], int]]:
    """Inside the caller's turn (the caller holds `conversation(...)`): load the session (unless
    given), answer; returns the reply, and what writes the log in the same turn."""
    owned = session is None
    if owned:
        session = turn.load_session(channel, chat_id, user_key, expiry=form_expiry)
    t = answer_message(engine, session, channel=channel, chat_id=chat_id, user_key=user_key, text=text,
                       is_group=is_group, chat_region=chat_region, form_expiry=form_expiry)
    return t.reply, partial(turn.record, channel=channel, chat_id=chat_id, user_key=user_key, is_group=is_group,
                            text=t.text, reply=t.reply, reply_text=t.reply.text, latency_ms=t.latency_ms,
                            session=t.session if owned else None, notify=notify)


def answer_first(engine, *, channel: str, chat_id: str, text: str, chat_region: str | None,
                 session: Session, form_expiry: timedelta | None) -> tuple[Reply, Callable[[Store, str], int | None]]:
    """`handle` for a caller that keeps the conversation itself and delivers by printing (the
    command line), when the database holds nothing staff taught (so the engine needs nothing from
    it): the reply at once, and what logs it afterwards, `log(store, user_id)` — the database need
    not be opened before the answer is out. A log that cannot be written is said on stderr (an
    error logged, as `handle(..., log_failure_ok=True)` does) and gives None."""
    t = answer_message(engine, session, channel=channel, chat_id=chat_id, user_key="", text=text, is_group=False,
                       chat_region=chat_region, form_expiry=form_expiry)

    def log_it(store: Store, user_id: str) -> int | None:
        user_key = store.user_key(channel, user_id)
        with conversation(channel, chat_id, user_key):
            try:
                with store.turn() as turn:
                    return turn.record(channel=channel, chat_id=chat_id, user_key=user_key, is_group=False,
                                       text=t.text, reply=t.reply, reply_text=t.reply.text, latency_ms=t.latency_ms)
            except Exception as exc:
                log.error("could not log the question: %s", exc)
                return None
    return t.reply, log_it


def resolve_choice(text: str, session: Session) -> str:
    """A bare number after a reply that offered choices stands for that choice: "2" becomes the
    second choice's text before the engine sees it. The engine keeps the last reply's choices in
    `session.state["choices"]`; every channel's typed number, and a Telegram button press without
    its label, take this one path."""
    return picked(text, session.state.get("choices") or ()) or text


def takes_number(session: Session) -> bool:
    """Whether a bare number now picks a choice: one the last reply offered, or one of the question
    an open form asked (a rating by "1" / "2" gives way to it)."""
    return bool(session.state.get("choices") or forms.open_choices(session.state, now=time.time(),
                                                                    ttl=session.expiry))


def follows_up(text: str, session: Session) -> bool:
    """Whether a message goes on with this conversation: a fact for the open form or the last
    calculation ("花了8000", "不对，是1万2", "那二级医院呢"), or "低保户呢" after an answer."""
    text = as_read(valid_text(text)).strip()
    now, ttl = time.time(), session.expiry or forms.FORM_TTL
    last = session.state.get("last_question")
    calc = (session.state.get("form") or {}).get("last")
    return forms.follows_up(text, session.state, now=now, ttl=ttl) or \
        bool(last and now - last.get("at", 0) <= ttl and acts.elliptical(text)) or \
        bool(acts.topic_follow_up(text) and any(q and now - q.get("at", 0) <= ttl for q in (last, calc)))


def continues(store: Store, *, channel: str, chat_id: str, user_key: str, text: str, expiry: timedelta,
              delivery: tuple[str, str] | None = None) -> bool:
    """Whether a group message not addressed to the bot (no mention, no reply, no prefix) is for it
    all the same: it was answered before (this delivery handled again after a lost send: the
    session has moved on since, so only the record can say), the bot's own question awaits its
    answer, or it follows up this person's last calculation or answer within the form expiry."""
    if delivery is not None and store.delivery(*delivery) is not None:
        return True
    session, awaiting = store.peek_session(channel, chat_id, user_key, expiry=expiry)
    return goes_on(text, session, awaiting=awaiting, expiry=expiry)


def goes_on(text: str, session: Session | None, *, awaiting: bool, expiry: timedelta) -> bool:
    """Whether a group message not addressed to the bot is for it, from the conversation as read: the
    bot's own question awaits its answer, or it follows up this person's last calculation or answer
    within the form expiry (`continues`; the bridge reads the session in its turn and asks this)."""
    if awaiting:
        return True
    if session is None:
        return False
    if picked(text, session.state.get("choices") or ()) is not None:
        return True     # "2" for the second of the other questions an unsure answer listed
    session.expiry = expiry.total_seconds()
    return follows_up(text, session)


def converse(engine, message: Message, session: Session, form_expiry: timedelta | None = None) -> Reply:
    """The engine's answer with a chosen number resolved, for callers without a store."""
    session.expiry = form_expiry.total_seconds() if form_expiry else None
    return engine.answer(message.model_copy(update={"text": resolve_choice(message.text, session)}), session)


class Cooldown:
    """Per-user pace (in one process). Nothing is refused: every message is answered and logged in
    turn; someone who sends again within `seconds` is told once per burst to slow down."""

    def __init__(self, seconds: float, clock=time.monotonic):
        self.seconds = seconds
        self._clock = clock
        self._last: dict[str, tuple[float, bool]] = {}    # key → (last message, told in this burst)
        self._guard = threading.Lock()

    def too_fast(self, key: str) -> bool:
        """Whether to add the notice to this reply: the first quick message of a burst, and no other."""
        if self.seconds <= 0:
            return False
        now = self._clock()
        with self._guard:
            if len(self._last) > 10_000:   # forget the idle, so the map stays small
                self._last = {k: v for k, v in self._last.items() if now - v[0] < self.seconds}
            last, told = self._last.get(key, (None, False))
            quick = last is not None and now - last < self.seconds
            self._last[key] = (now, quick)
            return quick and not told

    def notice(self) -> str:
        """What to tell someone who sends faster than the pace."""
        return texts.COOLDOWN.format(seconds=math.ceil(self.seconds))
