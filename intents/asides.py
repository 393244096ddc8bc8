"""Asides around a question: an apology for voice typing, a plea not to be laughed at, an exclamation, not
understanding 医保 said. Such a clause asks nothing and tells nothing of the case; dropped before the message is
read, it is neither a question part, nor chat that refuses the message, nor a story whose words fill slots.
The phrases are data (intents/data/asides.yaml)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from corpus.yamlfile import read_yaml

ASIDES_FILE = Path(__file__).parent / "data" / "asides.yaml"

# clause stops, kept as written between the clauses that stay
_STOPS_RE = re.compile(r"([\s，,。.！!？?；;…~～、]+)")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    raw = read_yaml(ASIDES_FILE)
    phrases = "|".join(f"(?:{p})" for kind in raw["phrases"].values() for p in kind)
    # (a phrase is tried before a frame word: "别笑话" is the plea, not 别 then 笑话)
    token = re.compile(rf"(?P<aside>{phrases})|(?P<frame>{raw['frame']})")
    closing = re.compile(rf"(?<=[\u4e00-\u9fff])(?:{raw['closing']})[啊呀哈了!！~～]*$")
    return token, closing, re.compile(phrases)


def is_aside(clause: str) -> bool:
    """All of `clause` is aside phrases and frame words, at least one a phrase ("俺一句也没记住",
    "字打错了别笑话"); a clause with a question mark is never one."""
    t = clause.strip()
    if not t or "?" in t or "？" in t:
        return False
    token, _, _ = _compiled()
    at, aside = 0, False
    while at < len(t):
        m = token.match(t, at)
        if not m or m.end() == at:
            return False
        aside = aside or m.group("aside") is not None
        at = m.end()
    return aside


def without_asides(text: str) -> str:
    """`text` without its aside clauses, and without an exclamation closing a clause ("咋整啊救命"); the text
    as it was when nothing else would be left (an aside alone is answered as what it is)."""
    _, closing, _ = _compiled()
    pieces = _STOPS_RE.split(text)
    kept: list[str] = []
    for clause, stop in zip(pieces[::2], pieces[1::2] + [""]):
        if is_aside(clause):
            continue
        cut = closing.sub("", clause)
        kept.extend([cut if _CJK_RE.search(cut) else clause, stop])
    out = "".join(kept).strip(" ，,")
    if not _CJK_RE.search(out) or out == text.strip(" ，,"):
        return text
    return out
