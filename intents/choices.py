"""Choices offered with a question, and a bare number that picks one: the one place their
numbering (1. 2. 3. …, from one) is written — for the channels that show it (numbered text,
Telegram's buttons) and for the service and the forms that read a number back."""
from __future__ import annotations

import unicodedata
from typing import Sequence


def numbered(choices: Sequence[str]) -> list[tuple[int, str]]:
    """(number, choice) for each choice, as the asker sees them."""
    return list(enumerate(choices, 1))


def label(number: int, choice: str) -> str:
    """How a numbered choice is written in text: "2. 二级医院"."""
    return f"{number}. {choice}"


def picked(text: str, choices: Sequence[str]) -> str | None:
    """The choice a reply of just its number ("2", full-width "２") stands for; None otherwise."""
    number = unicodedata.normalize("NFKC", text or "").strip()
    if choices and number.isdigit() and 1 <= int(number) <= len(choices):
        return choices[int(number) - 1]
    return None
