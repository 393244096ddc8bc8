"""Where the bench's tail comes from: each measured question's CPU time, the slowest ones, and why.

`python -m bot.measure.tail [--runs N] [--show K]` answers the bench's questions (`yibao bench`'s
measured set, after its warm-up, in one process as the bench does) and prints, from the process's
CPU time (`time.process_time`, which the other work on a shared machine does not inflate as it does
wall-clock time: with the load at 8–12 on two cores, the bench's wall-clock p50 read 20–30 ms where
the CPU time read 3.4 ms), the p50 and p99 of the answers, and the slowest `K` questions, each with
the number of questions the message was answered as (a message of several runs the whole pipeline
per part) and the patterns compiled for the first time inside it. With `--runs N`, N fresh
processes, each question's median over them. Reads only: no reply or file changes."""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bot.measure.benchmark import p99, sample_questions, warm_up_questions
from bot.texts import MULTI_PART_JOIN

ROOT = Path(__file__).resolve().parents[2]


def measure(n_questions: int = 300, warm_up: list[str] | None = None, engine=None) -> list[dict]:
    """In this process: the bench's engine (or `engine`, as it is), its warm-up, then each measured
    question's CPU ms, how many questions its reply answers, and the first-use pattern compiles inside it."""
    from re import _compiler

    from bot.engine import Engine, freeze_startup_objects
    from bot.reply import Message
    from bot.session import Session
    from corpus.entries import load_entries
    if engine is None:
        engine = Engine(list(load_entries()))
        freeze_startup_objects(engine)      # as the bench and the bot's default_engine() do
    for text in warm_up_questions() if warm_up is None else warm_up:
        engine.answer(Message(text=text, channel="bench"), Session())
    compiles = [0]
    compile_pattern = _compiler.compile

    def counted(pattern, flags=0):
        compiles[0] += 1
        return compile_pattern(pattern, flags)

    out = []
    _compiler.compile = counted             # (re's own cache calls it only for a pattern not yet compiled)
    try:
        for text, region in sample_questions(n_questions):
            compiles[0] = 0
            start = time.process_time()
            reply = engine.answer(Message(text=text, channel="bench", region=region), Session())
            took = (time.process_time() - start) * 1000
            out.append({"q": text, "region": region, "cpu_ms": took, "compiles": compiles[0],
                        "parts": questions_answered(reply.text)})
    finally:
        _compiler.compile = compile_pattern
    return out


def questions_answered(text: str) -> int:
    """How many of a message's questions a reply answers, from its headings (bot.texts.MULTI_PART,
    one per answer, and MULTI_PART_ALL, one answer under several questions)."""
    numbered = _NUMBERED.findall(text)
    if numbered:
        return sum(q.count(MULTI_PART_JOIN) + 1 for q in numbered)
    whole = _ALL.match(text)
    return whole.group(1).count(MULTI_PART_JOIN) + 1 if whole else 1


_NUMBERED = re.compile(r"^【\d+】(.*)$", re.M)
_ALL = re.compile(r"(?:[^\n]*\n)?【([^】\n]*)】")


def _run(n_questions: int) -> list[dict]:
    """`measure` in a fresh process (the bench's: its own caches, PYTHONHASHSEED 0)."""
    done = subprocess.run([sys.executable, "-m", "bot.measure.tail", "--child", str(n_questions)], cwd=ROOT,
                          capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(done.stdout.strip().splitlines()[-1])


def summary(runs: list[list[dict]], show: int = 15) -> list[str]:
    """The lines printed: per run, the CPU p50 and p99; then the slowest questions by their median."""
    lines = []
    for n, rows in enumerate(runs, 1):
        ms = sorted(r["cpu_ms"] for r in rows)
        lines.append(f"run {n}: CPU per answer p50 {statistics.median(ms):.2f} ms, p99 {p99(ms):.2f} ms, "
                     f"{sum(r['compiles'] for r in rows)} first-use pattern compiles")
    at = {}
    for rows in runs:
        for k, r in enumerate(rows):
            at.setdefault(k, []).append(r)
    slowest = sorted(at.values(), key=lambda rs: -statistics.median(r["cpu_ms"] for r in rs))[:show]
    lines.append(f"the slowest {len(slowest)} (median CPU ms; questions answered; first-use compiles):")
    for rs in slowest:
        lines.append(f"{statistics.median(r['cpu_ms'] for r in rs):7.2f}  {rs[0]['parts']}  "
                     f"{max(r['compiles'] for r in rs)}  {rs[0]['q']}")
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bot.measure.tail", description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=1, help="fresh processes to measure in (default 1)")
    p.add_argument("--show", type=int, default=15, help="how many of the slowest questions to list")
    p.add_argument("--questions", type=int, default=300, help="measured questions (the bench's 300)")
    p.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child is not None:
        print(json.dumps(measure(args.child), ensure_ascii=False))
        return 0
    for line in summary([_run(args.questions) for _ in range(args.runs)], args.show):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
