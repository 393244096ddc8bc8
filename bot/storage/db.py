"""Opening the database: an SQLAlchemy engine tuned per backend, and the schema brought to the
newest Alembic revision shipped in the package (checked on every start: one small read, and
Alembic is imported only when the database is not at the newest revision)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import NoSuchModuleError
from sqlalchemy.pool import StaticPool

from bot.errors import SetupError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION_RE = re.compile(r"^(revision|down_revision)\b[^=\n]*=\s*['\"]?(\w+)", re.M)
_PG_MIGRATION_LOCK = 0x79696261   # "yiba": one process migrates at a time on a shared server


class MissingDriver(SetupError):
    """The database URL names a driver that is not installed."""


INSTALL_HINT = ".venv/bin/pip install -e .   (the base install brings psycopg, the PostgreSQL driver)"


def make_engine(url: str) -> Engine:
    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        try:
            # no pre-ping (a round trip before every transaction): a connection the server dropped
            # fails its statement, is discarded, and the request gets 503 and is retried
            return create_engine(url, pool_size=8, max_overflow=16, pool_recycle=3600)
        except (ImportError, NoSuchModuleError) as exc:   # said once at start-up, never a silent fallback
            raise MissingDriver(f"the database driver for {u.drivername} is not installed ({exc}); "
                                f"install it with: {INSTALL_HINT}") from exc
    in_memory = u.database in (None, "", ":memory:")
    if in_memory:
        # one shared connection, or each connection would see its own empty database
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False},
                               pool_size=8, max_overflow=16)

    @event.listens_for(engine, "connect")
    def _sqlite_connect(dbapi_conn, _record):
        # let SQLAlchemy's "begin" below decide how transactions start
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        if not in_memory:
            cur.execute("PRAGMA journal_mode=WAL")      # readers do not block the writer
            cur.execute("PRAGMA synchronous=NORMAL")    # safe with WAL, far fewer fsyncs
        cur.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(conn):
        # take the write lock up front: a deferred transaction that later writes can fail with
        # SQLITE_BUSY without waiting, when another process or thread wrote in between
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _alembic_config(connection=None):
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to the newest revision."""
    if shipped_head() is not None and _stored_revision(engine) == shipped_head():
        return           # the usual start: importing Alembic and reading its scripts costs 0.1–0.3 s
    from alembic import command
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
        command.upgrade(_alembic_config(conn), "head")


def _stored_revision(engine: Engine) -> str | None:
    """The revision the database is at, read without Alembic; None for a new database (or when
    it cannot be read: Alembic then decides)."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except Exception:
        return None
    return rows[0] if len(rows) == 1 else None


@lru_cache(maxsize=1)
def shipped_head() -> str | None:
    """The newest revision among the shipped migration scripts, read from their `revision` and
    `down_revision` lines; None unless there is exactly one (Alembic then decides)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_REVISION_RE.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            return None
        revisions.add(found["revision"])
        parents.add(found.get("down_revision"))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()
