"""Cutting a long reply into messages a chat accepts, at line or sentence ends where possible.

Each channel measures differently: Telegram counts UTF-16 code units (4096), the WeChat bridge
UTF-8 bytes (2000)."""
from __future__ import annotations

import re
from typing import Callable

_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


def _hard_cut(piece: str, limit: int, size: Callable[[str], int]) -> list[str]:
    out, cur = [], ""
    for ch in piece:
        if cur and size(cur + ch) > limit:
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out


def _pieces(text: str, limit: int, size: Callable[[str], int]) -> list[str]:
    """Lines (with their newline), lines too long cut at sentence ends, sentences too long cut anywhere."""
    out = []
    for line in text.splitlines(keepends=True):
        if size(line) <= limit:
            out.append(line)
            continue
        for sentence in _SENTENCE_END.split(line):
            if not sentence:
                continue
            out.extend([sentence] if size(sentence) <= limit else _hard_cut(sentence, limit, size))
    return out


def split_text(text: str, limit: int, size: Callable[[str], int] = len) -> list[str]:
    """Consecutive parts of `text`, each with size(part) <= limit; no text is lost except the line
    breaks where it was cut."""
    if limit < 4:
        raise ValueError("limit too small")
    if size(text) <= limit:
        return [text]
    chunks, cur = [], ""
    for piece in _pieces(text, limit, size):
        if cur and size(cur + piece) > limit:
            chunks.append(cur.rstrip("\n"))
            cur = ""
        cur += piece
    if cur.strip("\n"):
        chunks.append(cur.rstrip("\n"))
    return [c for c in chunks if c]
