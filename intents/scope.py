"""Questions the handbooks cannot answer whatever the wording: other social insurances,
公积金, medical advice, chit-chat. Decided by topic words from intents/data/out_of_scope.yaml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.normalize import normalize
from corpus.yamlfile import read_yaml

TOPICS_FILE = Path(__file__).parent / "data" / "out_of_scope.yaml"


@dataclass(frozen=True)
class Topic:
    topic: str
    patterns: tuple[str, ...]
    unless: tuple[str, ...]
    regex: tuple[re.Pattern, ...] = ()

    def matches(self, text: str) -> bool:
        return any(p in text for p in self.patterns) or any(r.search(text) for r in self.regex)


@lru_cache(maxsize=1)
def topics() -> tuple[Topic, ...]:
    raw = read_yaml(TOPICS_FILE)
    # the words are read as the question is (normalised): "百万医疗" is matched as "100万医疗"
    words = lambda ws: tuple(normalize(str(w)) for w in ws or ())
    return tuple(Topic(t["topic"], words(t.get("patterns")), words(t.get("unless")),
                       tuple(re.compile(r) for r in t.get("regex") or ()))
                 for t in raw)


def out_of_scope_topic(text: str) -> str | None:
    text = normalize(text)
    for t in topics():
        if t.matches(text) and not any(u in text for u in t.unless):
            return t.topic
    return None
