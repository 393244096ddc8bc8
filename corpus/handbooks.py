"""The cleaned handbooks under corpus/handbooks/: their sections, by label.

A `## ` heading is a section; its label is the text before the first full-width colon
(see corpus/README.md). Curated entries cite these labels."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from corpus.entries import HANDBOOK_DIR, HANDBOOKS


def label_of(heading: str) -> str:
    return heading.split("：", 1)[0].strip()


@lru_cache(maxsize=None)
def sections(handbook: str, directory: Path = HANDBOOK_DIR) -> dict[str, str]:
    """label → the section's text (heading included), in handbook order."""
    if handbook not in HANDBOOKS:
        raise KeyError(handbook)
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in (directory / f"{handbook}.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            label = label_of(line[3:])
            if label in out:
                raise ValueError(f"{handbook}.md: section label {label!r} appears twice")
            current = out[label] = [line]
        elif line.startswith("# "):
            current = None
        elif current is not None:
            current.append(line)
    return {label: "\n".join(lines).strip() for label, lines in out.items()}
