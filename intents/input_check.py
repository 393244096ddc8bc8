"""What a message is before it is a question: empty, too long, HTML, or not Chinese at all."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

MAX_CHARS = 2000
_BLOCK_RE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_TAG_RE = re.compile(r"<[^>]{0,200}>")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\ufeff]")


@dataclass(frozen=True)
class Checked:
    text: str                 # what to answer: tags stripped, control characters removed, cut to MAX_CHARS
    problem: str | None       # "empty" | "not_chinese" | None
    truncated: bool = False


def check(raw: str | None) -> Checked:
    raw = _CONTROL_RE.sub("", raw or "").strip()
    if not raw:
        return Checked("", "empty")
    text = html.unescape(_TAG_RE.sub(" ", _BLOCK_RE.sub(" ", raw))).strip()
    if not text:                      # markup and nothing else
        return Checked("", "not_chinese")
    truncated = len(text) > MAX_CHARS
    if truncated:
        text = text[:MAX_CHARS]
    if not _CJK_RE.search(text) and not text.startswith("/"):
        return Checked(text, "not_chinese", truncated)
    return Checked(text, None, truncated)
