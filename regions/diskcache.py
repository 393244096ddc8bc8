"""Objects built from the shipped data files, kept on disk so that a start loads them instead of
parsing and building them again: the region registry and the gazetteer, the YAML data files
(`corpus.yamlfile`), the segmented corpus and the built index (`bot.token_cache`,
`bot.corpus_cache`). Here, at the bottom layer, so that every layer's loaders can use it.

Each file, under ~/.cache/yibao (or $XDG_CACHE_HOME/yibao), is named by a fingerprint of every
input: the files it is built from, the code that builds it, and the versions of Python and of the
libraries whose objects it holds. Change any and the name changes, so a stale file is never read.
A file is written to a temporary file and renamed, so a concurrent reader sees the old file or the
new one, never half of one; a folder that cannot be read or written, or a damaged file, costs only
the build. Nothing is downloaded: everything is built from what ships."""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

# Files of one kind kept, the most recently used first: other checkouts or versions of the bot may
# share the folder, and must not delete each other's files on every start.
KEEP = 3


def directory() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "yibao"


def fingerprint(paths: Iterable[Path], *versions: str) -> str:
    """A hash of the files' names and contents, of `versions`, and of Python's version."""
    h = hashlib.sha256("\x00".join((sys.version, *versions)).encode())
    for path in paths:
        h.update(path.name.encode() + b"\x00")
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def read(path: Path):
    """The object kept in `path`; None when there is none or it cannot be read."""
    try:
        with open(path, "rb") as f:
            obj = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception as exc:
        log.warning("ignoring cache file %s: %s", path, exc)
        return None
    try:
        os.utime(path)                # used: the last of its kind to be removed
    except OSError:
        pass
    return obj


def path(kind: str, key: str) -> Path:
    """The file of `kind` (letters, digits, dots, dashes) with fingerprint `key`."""
    return directory() / f"{kind}-{key}.pickle"


def write(path: Path, obj: object) -> bool:
    """Keep `obj` in `path` (named by `path()`), atomically, and of the other files of its kind
    only the most recently used. False when the folder is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:            # a read-only home: run without the cache
        log.info("cache file %s not written: %s", path, exc)
        return False
    kind = path.name.rsplit("-", 1)[0] + "-" + "?" * 16 + ".pickle"     # its other fingerprints only
    try:
        for old in sorted(path.parent.glob(kind), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]:
            old.unlink()
    except OSError:                   # removed by another process meanwhile
        pass
    return True


def kept(kind: str, inputs: Iterable[Path], build: Callable[[], T], *versions: str) -> T:
    """What `build()` returns, from the cache folder when it was kept for these `inputs` (files)
    and `versions` (strings), else built and kept."""
    key = fingerprint(inputs, *versions)
    where = path(kind, key)
    found = read(where)
    if isinstance(found, tuple) and len(found) == 2 and found[0] == key:
        return found[1]
    obj = build()
    write(where, (key, obj))
    return obj


def installed(module: str, distribution: str) -> str:
    """Which version of `distribution` provides `module`, found without importing it (which may
    cost more than the file it spares): the names of its metadata folders, which carry the version."""
    import importlib.util
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.origin:
        return f"{distribution}: not installed"
    site = Path(spec.origin).parents[1 if spec.submodule_search_locations else 0]
    return ",".join(sorted(p.name for p in site.glob("*.dist-info") if p.name.lower().startswith(distribution + "-")))
