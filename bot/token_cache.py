"""A disk cache of the corpus's segmented texts, so start-up does not run jieba over every
phrasing again. Keyed by a fingerprint of everything that decides segmentation (dictionary,
synonyms, place names, the segmenter's code, jieba's version): change any and it rebuilds."""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path

import jieba

import corpus
import regions

log = logging.getLogger(__name__)
_CORPUS = Path(corpus.__file__).parent
# the place names of the region registry are segmenter words too
_INPUTS = [*sorted((_CORPUS / "data").glob("*")), *sorted(regions.DATA_DIR.glob("*")), _CORPUS / "segment.py",
           _CORPUS / "normalize.py", _CORPUS / "search.py"]


def default_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "yibao"


def fingerprint() -> str:
    h = hashlib.sha256(jieba.__version__.encode())
    for path in _INPUTS:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


class TokenCache(dict):
    """text → terms, loaded from and saved to one pickle file per fingerprint."""

    def __init__(self, directory: Path | None = None):
        super().__init__()
        self.path = (directory or default_dir()) / f"tokens-{fingerprint()}.pickle"
        self._loaded = 0
        try:
            with open(self.path, "rb") as f:
                self.update(pickle.load(f))
            self._loaded = len(self)
        except FileNotFoundError:
            pass
        except Exception as exc:          # a damaged cache only costs time
            log.warning("ignoring token cache %s: %s", self.path, exc)

    def save(self) -> None:
        if len(self) == self._loaded:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                pickle.dump(dict(self), f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path)
            self._loaded = len(self)
        except OSError as exc:            # read-only home: run without the cache
            log.info("token cache not saved: %s", exc)
