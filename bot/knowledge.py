"""What staff taught the bot, kept in the database, turned into engine entries — and kept in step
across processes.

Staff entries (answers and out-of-scope rules) and the phrasings staff attached to existing entries
live in `staff_entries` / `staff_variants`. Every change bumps one number, `meta.staff_version`, in
the same transaction. The process that made a change reloads its engine at once (`sync(...,
force=True)`); every other process (Telegram, the bridge, the CLI) loads on its first question and
then reads that one number at most every `CHECK_EVERY` seconds from `bot.service.handle`, rebuilding
its index (about 0.1 s) only when the number moved."""
from __future__ import annotations

import logging
import threading
import time
import weakref
from dataclasses import dataclass, field
from datetime import timedelta, timezone

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session as DBSession

from bot.storage import Store
from bot.storage.models import Meta, StaffEntry, StaffVariant
from bot.storage.store import meta_counter
from corpus.entries import STAFF, Entry, EntrySource
from regions import office_name

log = logging.getLogger(__name__)

VERSION_KEY = "staff_version"
CHECK_EVERY = 3.0                      # seconds between version checks in a process that did not change anything
DEFAULT_OFFICE = "医保经办机构"          # who signs a national (全国) staff answer
CHINA_TIME = timezone(timedelta(hours=8))


# -- the version number ---------------------------------------------------------------------

def version(store: Store) -> int:
    with store.transaction() as db:
        return _read_version(db)


def _read_version(db: DBSession) -> int:
    row = db.get(Meta, VERSION_KEY)
    return int(row.value) if row is not None else 0


def bump(db: DBSession) -> int:
    """Call inside the transaction that changes staff knowledge."""
    return meta_counter(db, VERSION_KEY)


# -- loading --------------------------------------------------------------------------------

@dataclass
class Snapshot:
    version: int
    entries: list[Entry] = field(default_factory=list)
    variants: dict[str, list[str]] = field(default_factory=dict)   # entry id → attached phrasings

    @property
    def empty(self) -> bool:
        return not self.entries and not self.variants


def to_entry(row: StaffEntry) -> Entry:
    day = row.updated_at.astimezone(CHINA_TIME).date().isoformat()
    return Entry(id=row.id, region=row.region, question=row.question, variants=list(row.variants or []),
                 answer=row.answer, origin="staff", out_of_scope=row.kind == "out_of_scope",
                 source=EntrySource(handbook=STAFF, section="", office=office_name(row.region) or DEFAULT_OFFICE,
                                    date=day))


def load(store: Store) -> Snapshot:
    with store.transaction() as db:
        snap = Snapshot(version=_read_version(db))
        for row in db.scalars(select(StaffEntry).order_by(StaffEntry.created_at, StaffEntry.id)):
            try:
                snap.entries.append(to_entry(row))
            except ValidationError as exc:   # written by hand into the database, say: skip, keep serving
                log.error("staff entry %s is invalid and not loaded: %s", row.id, exc)
        for v in db.scalars(select(StaffVariant).order_by(StaffVariant.id)):
            snap.variants.setdefault(v.entry_id, []).append(v.text)
        return snap


# -- keeping an engine in step ----------------------------------------------------------------

class _State:
    def __init__(self):
        self.lock = threading.Lock()
        self.store_ref = None            # weakref to the store last loaded from
        self.version: int | None = None
        self.checked_at = float("-inf")


_states: "weakref.WeakKeyDictionary[object, _State]" = weakref.WeakKeyDictionary()
_states_guard = threading.Lock()


def _state(engine) -> _State:
    with _states_guard:
        st = _states.get(engine)
        if st is None:
            st = _states[engine] = _State()
        return st


def due(store: Store, engine, *, clock=time.monotonic) -> bool:
    """Whether `sync` would read the database now (so a caller on an event loop runs it in a thread
    only then, and otherwise skips it at no cost)."""
    if not hasattr(engine, "set_extra_entries"):
        return False
    st = _state(engine)
    same_store = st.store_ref is not None and st.store_ref() is store
    return not same_store or clock() - st.checked_at >= CHECK_EVERY


def sync(store: Store, engine, *, force: bool = False, clock=time.monotonic) -> bool:
    """Bring `engine`'s staff entries up to the database's. Cheap when nothing changed: at most one
    small read every CHECK_EVERY seconds. Returns True when the engine was rebuilt."""
    if not hasattr(engine, "set_extra_entries"):
        return False                     # a stand-in engine in a test
    st = _state(engine)
    now = clock()
    same_store = st.store_ref is not None and st.store_ref() is store
    if same_store and not force and now - st.checked_at < CHECK_EVERY:
        return False
    if not st.lock.acquire(blocking=force):
        return False                     # another thread is syncing this engine right now
    try:
        st.checked_at = now
        if same_store and not force and version(store) == st.version:
            return False
        snap = load(store)
        # an empty database and an engine with nothing from staff: nothing to rebuild
        rebuilt = not (snap.empty and not getattr(engine, "has_staff", False))
        if rebuilt:
            engine.set_extra_entries(snap.entries, snap.variants)
        st.store_ref, st.version = weakref.ref(store), snap.version
        return rebuilt
    finally:
        st.lock.release()


def forget(engine) -> None:
    """Drop what this module remembers about `engine` and clear its staff entries (tests)."""
    with _states_guard:
        _states.pop(engine, None)
    if hasattr(engine, "set_extra_entries"):
        engine.set_extra_entries([], {})
