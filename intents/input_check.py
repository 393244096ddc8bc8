"""What a message is before it is a question: empty, too long, HTML, or not Chinese at all."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

MAX_CHARS = 2000
_BLOCK_OPEN_RE = re.compile(r"<(script|style)\b", re.I)
_BLOCK_CLOSE_RE = {tag: re.compile(rf"</{tag}\s*>", re.I) for tag in ("script", "style")}
_TAG_RE = re.compile(r"<[^>]{0,200}>")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\ufeff]")


@dataclass(frozen=True)
class Checked:
    text: str                 # what to answer: tags stripped, control characters removed, cut to MAX_CHARS
    problem: str | None       # "empty" | "not_chinese" | None
    truncated: bool = False


def _drop_blocks(text: str) -> str:
    r"""Each <script>/<style> block, up to its first closing tag, becomes a space: what
    re.sub(r"<(script|style)\b.*?</\1\s*>", " ", text, flags=re.I | re.S) does, but that
    pattern rescans to the end for every unclosed opener (90 s on 200 kB of "<script")."""
    out, kept, at, unclosed = [], 0, 0, set()
    while (m := _BLOCK_OPEN_RE.search(text, at)) is not None:
        tag = m.group(1).lower()
        close = None if tag in unclosed else _BLOCK_CLOSE_RE[tag].search(text, m.end())
        if close is None:
            unclosed.add(tag)           # no closer after here, so none after any later opener
            at = m.start() + 1
            continue
        out += [text[kept:m.start()], " "]
        kept = at = close.end()
    return "".join(out) + text[kept:]


def check(raw: str | None) -> Checked:
    raw = _CONTROL_RE.sub("", raw or "").strip()
    if not raw:
        return Checked("", "empty")
    text = html.unescape(_TAG_RE.sub(" ", _drop_blocks(raw))).strip()
    if not text:                      # markup and nothing else
        return Checked("", "not_chinese")
    truncated = len(text) > MAX_CHARS
    if truncated:
        text = text[:MAX_CHARS]
    if not _CJK_RE.search(text) and not text.startswith("/"):
        return Checked(text, "not_chinese", truncated)
    return Checked(text, None, truncated)
