"""A disk cache of the corpus's segmented texts (and of the tables `corpus.search.Index` builds
from the phrasings), so that building an index does not run jieba over every phrasing again.
Keyed by a fingerprint of everything that decides segmentation (`segmentation_inputs`, jieba's
version): change any and it rebuilds (regions.diskcache)."""
from __future__ import annotations

from pathlib import Path

import corpus
import regions
from calculators.policy import POLICY_DIR
from corpus.segment import jieba
from regions import diskcache

_CORPUS = Path(corpus.__file__).parent
_REGIONS = Path(regions.__file__).parent


def segmentation_inputs() -> list[Path]:
    """What decides how a text is segmented and what the index builds from it: the data files
    (dictionaries, lexicon, synonyms, schemes, the ranker, the region registry and the gazetteer:
    place names are segmenter words) and the code that reads them (corpus/, regions/)."""
    return [*sorted((_CORPUS / "data").glob("*")), *sorted(_CORPUS.glob("*.py")),
            *sorted(regions.DATA_DIR.glob("*")), *sorted(_REGIONS.glob("*.py")),
            # (the policies' disease names are names the segmenter does not cut across)
            *sorted(POLICY_DIR.glob("*.yaml"))]


class TokenCache(dict):
    """text → terms, loaded from and saved to one pickle file per fingerprint."""

    def __init__(self):
        super().__init__()
        self.path = diskcache.path("tokens", diskcache.fingerprint(segmentation_inputs(), jieba.__version__))
        kept = diskcache.read(self.path)
        self.update(kept if isinstance(kept, dict) else {})
        self._loaded = len(self)

    def save(self) -> None:
        if len(self) != self._loaded and diskcache.write(self.path, dict(self)):
            self._loaded = len(self)
