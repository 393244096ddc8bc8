"""What the command line needs to know about a SQLite database before it answers, read with the
standard library alone: SQLAlchemy (a third of a second to import) is loaded only afterwards, to
log the question."""
from __future__ import annotations

import sqlite3
from pathlib import Path

_SQLITE_FILE = ("sqlite:///", "sqlite+pysqlite:///")


def sqlite_file(url: str) -> Path | None:
    """The file of a plain SQLite URL; None for anything else (another backend, in memory, options,
    escapes), which the caller leaves to SQLAlchemy."""
    for prefix in _SQLITE_FILE:
        if url.startswith(prefix):
            name = url[len(prefix):]
            if name and name != ":memory:" and not any(c in name for c in "?%#"):
                return Path(name).expanduser()
    return None


def holds_staff_knowledge(url: str) -> bool | None:
    """Whether the database holds entries or phrasings staff wrote (which the engine must load
    before answering); False for a database not yet created; None when it cannot tell (not a
    SQLite file, an older schema, unreadable)."""
    path = sqlite_file(url)
    if path is None:
        return None
    if not path.exists():
        return False
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except (sqlite3.Error, ValueError):
        return None
    try:
        row = con.execute("SELECT EXISTS (SELECT 1 FROM staff_entries) OR EXISTS (SELECT 1 FROM staff_variants)"
                          ).fetchone()
        return bool(row[0])
    except sqlite3.Error:
        return None
    finally:
        con.close()
