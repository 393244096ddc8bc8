"""What several test modules ask the bot the same way: a calculation form on one message, the
figures of a reply, a conversation through the engine, and the one check that a reply computed the
figures asked for. One copy, so the tests cannot drift apart."""
import re

from bot.reply import Message
from bot.session import Session
from intents.forms import handle

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def ask(text, region=None):
    """One message to the calculation forms, with no form open."""
    return handle(text, {}, region=region, now=0)


def nums(said) -> set[float]:
    """The figures in a reply (or in its text)."""
    return {float(x.replace(",", "")) for x in _NUMBER.findall(getattr(said, "text", said))}


def talk(engine, turns, region=None):
    """The engine's replies to `turns`, one conversation."""
    session = Session()
    return [engine.answer(Message(text=t, region=region), session) for t in turns]


def answer(engine, text, region=None, session=None):
    """The engine's reply to one message, in `session` or a conversation of its own."""
    return engine.answer(Message(text=text, region=region), session if session is not None else Session())


def ids(reply) -> list[str]:
    """The entries a reply cites, in order."""
    return [s.entry_id for s in reply.sources]


def computed(r, *figures, name=None):
    """Assert that reply `r` is a calculation (by the form `name`, when given) whose text states every
    one of `figures`; the reply's text is the message. Returns `r`."""
    assert r.kind == "calculation", r.text
    if name is not None:
        assert r.calculation.name == name, r.text
    said = nums(r.text)
    for figure in figures:
        assert figure in said, (figure, r.text)
    return r
