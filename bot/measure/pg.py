"""Throw-away databases for the soak test, the bridge benchmark and the tests: a SQLite file in a
temporary folder, or a PostgreSQL server of its own — a data folder in a temporary directory,
reachable only through a Unix socket there (no TCP), stopped and removed on exit; it needs
PostgreSQL's server binaries (Debian's `postgresql` package)."""
from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Iterator


REQUIRED = "YIBAO_REQUIRE_POSTGRES"     # set to 1 where PostgreSQL is installed: its tests fail, never skip


class Unavailable(RuntimeError):
    """PostgreSQL cannot be started here (not installed, or root without a postgres account)."""


def binary(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


@contextlib.contextmanager
def throwaway_postgres(*, durable: bool = True) -> Iterator[str]:
    """Yields a SQLAlchemy URL. `durable=False` turns fsync off (tests: faster, nothing to keep)."""
    initdb, pg_ctl = binary("initdb"), binary("pg_ctl")
    if not initdb or not pg_ctl:
        raise Unavailable("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    prefix = []
    if os.geteuid() == 0:    # PostgreSQL refuses to run as root; use its own account then
        if shutil.which("runuser") is None or subprocess.run(["id", "postgres"], capture_output=True).returncode:
            raise Unavailable("running as root without a postgres account")
        prefix = ["runuser", "-u", "postgres", "--"]
    # not under a per-user temporary folder: the server may run as another user
    with tempfile.TemporaryDirectory(prefix="yibao-pg-") as tmp:
        root = Path(tmp)
        os.chmod(root, 0o777)
        data = root / "data"
        subprocess.run(prefix + [initdb, "-D", str(data), "-A", "trust", "-U", "yibao", "--no-sync", "-E", "UTF8"],
                       check=True, capture_output=True)
        options = f"-c listen_addresses='' -c unix_socket_directories={root} -c max_connections=200"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off"
        subprocess.run(prefix + [pg_ctl, "-D", str(data), "-l", str(root / "log"), "-w", "-o", options, "start"],
                       check=True, capture_output=True)
        try:
            yield f"postgresql+psycopg://yibao@/postgres?host={root}"
        finally:
            subprocess.run(prefix + [pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True)


@contextlib.contextmanager
def throwaway_database(kind: str, *, durable: bool = True) -> Iterator[str]:
    """A SQLAlchemy URL of a new, empty database of `kind` ("sqlite" or "postgres"), removed on exit."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory(prefix="yibao-sqlite-") as tmp:
            yield f"sqlite:///{Path(tmp) / 'yibao.sqlite3'}"
    elif kind == "postgres":
        with throwaway_postgres(durable=durable) as url:
            yield url
    else:
        raise ValueError(f"no such kind of database: {kind}")
