"""Choices a reply offers (`Reply.suggestions`: a region to pick, "您是想问…" candidates, a form's
options, the other questions an unsure answer may have meant), shown as numbered text. Telegram
also shows them as buttons; whichever way the person picks, `bot.service.resolve_choice` turns
the number into the choice."""
from __future__ import annotations

from bot import texts
from bot.reply import Reply
from intents.choices import label, numbered

_BULLETS = "·•-*・ \t"


def offered(reply: Reply) -> list[str]:
    """The choices to number and to show as buttons: a clarifying reply's, and the other questions an
    unsure answer lists under texts.IF_NOT (an unanswered reply's suggestions are only examples)."""
    return list(reply.suggestions) if reply.kind in ("clarify", "faq") else []


def numbered_text(reply: Reply, hint: str = texts.CHOICE_HINT) -> str:
    """The reply's text with its choices numbered: a line that lists a choice ("· 住院怎么报销")
    gets the choice's number in place of its bullet; choices the text does not list are added."""
    choices = offered(reply)
    if not choices:
        return reply.text
    lines = reply.text.split("\n")
    used: set[int] = set()
    missing: list[str] = []
    for n, choice in numbered(choices):
        at = next((i for i, line in enumerate(lines)
                   if i not in used and line.strip(_BULLETS) == choice.strip()), None)
        if at is None:
            missing.append(label(n, choice))
        else:
            lines[at] = label(n, choice)
            used.add(at)
    return "\n".join([*lines, *missing, hint])
