"""`yibao chat`: a conversation in the terminal. With a store, the conversation (an open form,
the region) survives leaving and coming back; without one it lives for this run.

At a real terminal, lines are read with prompt_toolkit: arrow keys edit the line and recall
earlier questions, kept (masked) in a history file. When stdin is a pipe, plain lines are read,
so scripts and tests can feed `yibao chat`."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

from bot import texts
from bot.channels.choices import numbered_text
from bot.edge import valid_text
from bot.session import Session
from intents import acts
import regions

CHAT_ID = "terminal"
PROMPT = "> "
HELP_COMMANDS = ("/帮助", "/help", "/?")
QUIT_COMMANDS = ("/quit", "/exit", "/q", "/退出")
# commands that stand for words the engine already understands: /cancel or /取消 …
AS_WORDS = {f"/{name}": word for name, word in acts.COMMANDS.items()} | {f"/{w}": w for w in acts.COMMANDS.values()}
REGION_COMMANDS = ("/region", "/地区")

Reader = Callable[[str], str]     # shows the prompt, returns a line; EOFError at the end


def plain_reader(prompt: str) -> str:
    return input(prompt)


def editing_reader(history_file: Path | None, *, input=None, output=None) -> Reader:
    """A prompt_toolkit prompt with line editing and history (in `history_file`, questions masked;
    in memory only when the file cannot be written). Ctrl-C clears the line, Ctrl-D ends."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    from bot.masking import mask

    class MaskedHistory(FileHistory):
        def store_string(self, string: str) -> None:
            super().store_string(mask(string))

    history = InMemoryHistory()
    if history_file is not None:
        try:
            history_file.parent.mkdir(parents=True, exist_ok=True)
            history_file.touch(mode=0o600, exist_ok=True)
            history = MaskedHistory(str(history_file))
        except OSError:
            pass
    session = PromptSession(history=history, input=input, output=output)

    def read(prompt: str) -> str:
        while True:
            try:
                return session.prompt(prompt)
            except KeyboardInterrupt:
                continue
    return read


def default_reader() -> Reader:
    if sys.stdin.isatty() and sys.stdout.isatty():
        from bot.settings import data_dir
        return editing_reader(data_dir() / "chat_history")
    return plain_reader


def run(engine, store, *, region: str | None, user: str, form_expiry, answer, read: Reader | None = None) -> int:
    """`answer` is the command line's own way to answer (logged through the service when there is
    a store), so that `ask` and `chat` answer alike."""
    read = read or default_reader()
    session = None if store is not None else Session(key=CHAT_ID)
    if region is None and store is not None:
        region = store.chat_config("cli", CHAT_ID).region
    print(texts.HELP)
    print(texts.TERMINAL_WELCOME)
    while True:
        try:
            line = valid_text(read(PROMPT)).strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not line:
            continue
        command = line.split(maxsplit=1)[0].lower()
        if command in QUIT_COMMANDS:
            return 0
        if command in HELP_COMMANDS:
            print(texts.HELP + "\n" + texts.TERMINAL_COMMANDS)
            continue
        if command in REGION_COMMANDS:
            region = _set_region(line[len(command):].strip(), region, store, session, user)
            continue
        if command.startswith("/") and command not in AS_WORDS:
            print(texts.TERMINAL_UNKNOWN)
            continue
        reply = answer(store, engine, channel="cli", chat_id=CHAT_ID, text=AS_WORDS.get(command, line),
                       region=region, session=session, user_id=user, form_expiry=form_expiry)
        print(numbered_text(reply))


def _set_region(given: str, region: str | None, store, session: Session | None, user: str) -> str | None:
    value = regions.resolve(given)      # 恩阳区, 长治市, 石大 …: the region they are in
    if value is None:
        print("可选地区：" + " / ".join(regions.covered()) + "，例如 /region 巴中")
        return region
    if store is not None:
        store.set_chat_config("cli", CHAT_ID, region=value)
        store.set_session_region("cli", CHAT_ID, store.user_key("cli", user), value)
    else:
        session.region = value
    print(texts.REGION_SET.format(region=value))
    return value
