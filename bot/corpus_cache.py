"""The shipped corpus, parsed and indexed, kept on disk: a start loads the entries and the built
index (postings, character bigrams, phrasing tables, jieba's prefix dictionary with our words, the
ranker) in a few tens of milliseconds instead of parsing the entries' YAML into models and building
the index (most of a second).

Kept (regions.diskcache) under a fingerprint of every input: the entry files, the data files and
the code of `corpus/` and `regions/` (`bot.token_cache.segmentation_inputs`), this module, rank-bm25,
and the versions of Python and of the libraries that read them or whose objects it holds. Any
change gives another fingerprint, so a stale index is never read."""
from __future__ import annotations

from pathlib import Path

import numpy
import pydantic
import pydantic_core
import rank_bm25

from bot.token_cache import TokenCache, segmentation_inputs
from corpus.entries import FAQ_DIR, Entry, load_entries
from corpus.search import Index
from corpus.segment import jieba
from regions import diskcache


def shipped() -> tuple[list[Entry], Index]:
    """The shipped entries and their index: loaded when kept, else built (reusing the token cache's
    segmentation) and kept."""
    inputs = [*sorted(FAQ_DIR.glob("*.yaml")), *segmentation_inputs(), Path(__file__), Path(rank_bm25.__file__)]
    # (where the checkout is, too: the index keeps the path of a data file it reads later, and a
    # copy of the repository elsewhere, or one moved, must not read the other's)
    return diskcache.kept("corpus", inputs, _build, str(FAQ_DIR.resolve()), jieba.__version__, numpy.__version__, pydantic.VERSION,
                          pydantic_core.__version__, diskcache.installed("yaml", "pyyaml"),
                          diskcache.installed("opencc", "opencc"))


def _build() -> tuple[list[Entry], Index]:
    entries = list(load_entries())
    tokens = TokenCache()
    index = Index(entries, token_cache=tokens)
    tokens.save()
    return entries, index
