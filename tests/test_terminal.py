"""`yibao chat` in a terminal: prompt_toolkit reads real key sequences (arrow keys, history) from a
pipe standing in for the keyboard; piped stdin still works line by line."""
from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from contextlib import contextmanager

import pytest
from prompt_toolkit.history import FileHistory
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from bot import cli, texts
from bot.channels.terminal import editing_reader, run

UP, LEFT = "\x1b[A", "\x1b[D"
READY = b"\x1b[?2004h"          # prompt_toolkit turns on bracketed paste once its prompt reads keys


def chat(engine, read, store=None):
    return run(engine, store, region=None, user="tester", form_expiry=None, answer=cli._answer, read=read)


@contextmanager
def typing(history, lines):
    """A prompt_toolkit reader fed one line of keys per prompt, as a person types them."""
    with create_pipe_input() as keys:
        read = editing_reader(history, input=keys, output=DummyOutput())
        pending = iter(lines)

        def next_line(prompt):
            keys.send_text(next(pending))
            return read(prompt)
        yield next_line


def test_arrow_keys_edit_the_line_and_recall_earlier_questions(engine, tmp_path, capsys):
    history = tmp_path / "history"
    # typed with a word missing, the cursor moved back to insert it; then ↑ asks it again
    with typing(history, ["巴中居民医保交费" + LEFT * 2 + "什么时候\r", UP + "\r",
                          "我的身份证号510102199003071234丢了\r", "/quit\r"]) as read:
        assert chat(engine, read) == 0
    out = capsys.readouterr().out
    assert out.count("2026年城乡居民医保集中征缴期") == 2
    saved = history.read_text(encoding="utf-8")
    assert "巴中居民医保什么时候交费" in saved
    assert "510102199003071234" not in saved and "[身份证号]" in saved     # history is masked


def test_the_history_is_kept_for_the_next_run(engine, tmp_path, capsys):
    history = tmp_path / "yibao" / "chat_history"          # its folder is made when missing
    with typing(history, ["克拉玛依学生医保交多少钱\r", "/quit\r"]) as read:
        chat(engine, read)
    assert "克拉玛依学生医保交多少钱" in list(FileHistory(str(history)).load_history_strings())


def test_an_unwritable_history_file_still_gives_a_prompt(engine, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with typing(blocker / "sub" / "history", ["克拉玛依学生医保交多少钱\r", UP + "\r", "/quit\r"]) as read:
        chat(engine, read)
    assert capsys.readouterr().out.count("来源：") == 2      # history in memory instead


def test_help_lists_the_commands_and_unknown_commands_say_so(engine, capsys):
    lines = iter(["/帮助", "/foo", "/quit"])
    chat(engine, lambda prompt: next(lines))
    out = capsys.readouterr().out
    assert texts.TERMINAL_COMMANDS in out
    for word in ("/region", "/cancel", "取消", "更多", "/quit", "数字"):
        assert word in texts.TERMINAL_COMMANDS
    assert texts.TERMINAL_UNKNOWN in out


def test_cancel_ends_a_form_and_a_number_picks_a_choice(engine, capsys):
    lines = iter(["住院一万块能报多少", "/cancel", "居民大病保险起付线是多少", "2", "/quit"])
    seen = []
    real = cli._answer

    def answer(*args, **kw):
        seen.append(kw["text"])
        return real(*args, **kw)
    run(engine, None, region=None, user="tester", form_expiry=None, answer=answer, read=lambda prompt: next(lines))
    out = capsys.readouterr().out
    assert "不算了" in out
    assert "1. " in out and texts.CHOICE_HINT in out
    second = next(line[3:] for line in out.splitlines() if line.startswith("2. "))
    assert seen == ["住院一万块能报多少", "取消", "居民大病保险起付线是多少", "2"]
    # the answer for that choice (an unsure one numbers its own other questions after it)
    assert second and "来源：" in out.split(texts.CHOICE_HINT, 1)[1]


@pytest.mark.parametrize("pressed", [EOFError, KeyboardInterrupt])
def test_ctrl_d_ends_the_chat(engine, pressed, capsys):
    def read(prompt):
        raise pressed
    assert chat(engine, read) == 0


def test_yibao_chat_at_a_real_terminal(tmp_path):
    """The command itself on a pseudo-terminal: keys edit the line and ↑ recalls the last question
    (before, the arrow keys printed ^[[A into the question); Ctrl-D leaves."""
    master, slave = os.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "PYTHONIOENCODING": "utf-8",
           "YIBAO_DATABASE_URL": f"sqlite:///{tmp_path / 'chat.sqlite3'}", "XDG_DATA_HOME": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "chat"], stdin=slave, stdout=slave, stderr=slave,
                            env=env, start_new_session=True)
    os.close(slave)
    screen = bytearray()

    def wait_for(done, limit=120.0):
        """Read the terminal until `done()`; `limit` only keeps a broken run from hanging the suite."""
        end = time.monotonic() + limit
        while not done() and time.monotonic() < end:
            if select.select([master], [], [], 0.1)[0]:
                try:
                    screen.extend(os.read(master, 65536))
                except OSError:        # the other end closed: the command is exiting
                    time.sleep(0.05)
        assert done(), screen.decode("utf-8", "replace")[-2000:]

    prompts = lambda n: lambda: screen.count(READY) >= n     # noqa: E731  a prompt is up, in raw mode
    try:
        wait_for(prompts(1))
        os.write(master, ("巴中居民医保交费" + LEFT * 2 + "什么时候\r").encode())
        wait_for(prompts(2))
        os.write(master, (UP + "\r").encode())
        wait_for(prompts(3))
        os.write(master, b"\x04")
        wait_for(lambda: proc.poll() is not None)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    text = screen.decode("utf-8", "replace")
    assert proc.returncode == 0
    assert text.count("2026年城乡居民医保集中征缴期") == 2 and "^[[" not in text
    assert "巴中居民医保什么时候交费" in (tmp_path / "yibao" / "chat_history").read_text(encoding="utf-8")
