"""`yibao bench-bridge`: answers per second, latency (p50, p99) and server CPU per answer through
the bridge's HTTP API, beside the batch path (`yibao ask --jsonl`) on the same questions and the
same database, measured in the same run and printed as ratios.

The server is a real `yibao bridge` (one or several processes) on 127.0.0.1, with a throw-away
SQLite file or a throw-away PostgreSQL server; every message comes from its own private chat, so
each takes the whole path: HTTP, token, de-duplication, session, engine, log, in one transaction.
The load comes from `clients` keep-alive connections speaking plain HTTP/1.1 over asyncio streams
(a full HTTP client library would spend more CPU than the server on this 2-core machine). Server
CPU is read from /proc for the server's whole process tree, counting only the measured requests.
Request counts are bounded (at most 5000) and everything stops by itself."""
from __future__ import annotations

import asyncio
import contextlib
import json
import os
import resource
import secrets
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

MAX_REQUESTS = 5000
WARM_UP = 20


@dataclass
class Figures:
    label: str
    answers_per_s: float
    cpu_ms: float              # server (or batch process) CPU per answer
    p50_ms: float | None = None
    p99_ms: float | None = None
    failed: int = 0


# -- the load ---------------------------------------------------------------------------------

def _bodies(questions: list[str], offset: int) -> list[bytes]:
    return [json.dumps({"bridge": "bench", "message_id": f"m{i + offset}", "chat_id": f"c{i + offset}",
                        "is_group": False, "sender_id": f"u{i + offset}", "text": q},
                       ensure_ascii=False).encode() for i, q in enumerate(questions)]


async def _drive(port: int, token: str, bodies: list[bytes], clients: int) -> tuple[list[float], int, float]:
    """Send every body over `clients` keep-alive connections; (latencies ms, failures, wall seconds)."""
    todo = iter(bodies)
    latencies: list[float] = []
    failures = 0

    async def client() -> None:
        nonlocal failures
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            for body in todo:
                head = (f"POST /bridge/v1/message HTTP/1.1\r\nHost: bench\r\nX-Bridge-Token: {token}\r\n"
                        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()
                started = time.perf_counter()
                writer.write(head + body)
                status, payload = await _response(reader)
                latencies.append((time.perf_counter() - started) * 1000)
                if status != 200 or not json.loads(payload).get("reply"):
                    failures += 1
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return latencies, failures, time.perf_counter() - started


async def _response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = next(int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:"))
    return int(lines[0].split()[1]), await reader.readexactly(length)


def _warm_up(questions: list[str], n: int) -> list[str]:
    """What the server (or the batch run) answers before the clock starts: the questions measured,
    from the start, as many as asked."""
    return (questions * (n // len(questions) + 1))[:n]


# -- the processes ----------------------------------------------------------------------------------

def _tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by `pid` and every process below it."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        parents[int(entry)] = int(fields[1])
        times[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
    tree, frontier = {pid}, [pid]
    while frontier:
        p = frontier.pop()
        for child, parent in parents.items():
            if parent == p and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(times.get(p, 0.0) for p in tree)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(database_url: str, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("YIBAO_WCF_URL", "YIBAO_TELEGRAM_WEBHOOK_URL",
                                                             "YIBAO_CONFIG")}
    return {**env, "YIBAO_DATABASE_URL": database_url, "YIBAO_COOLDOWN_SECONDS": "0", "YIBAO_LOG_LEVEL": "WARNING",
            **extra}


@contextlib.contextmanager
def bridge_server(database_url: str, token: str, processes: int = 1):
    """`yibao bridge` in processes of its own; yields (port, the process)."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "bridge", "--host", "127.0.0.1", "--port", str(port),
                             "--processes", str(processes)],
                            env=_env(database_url, YIBAO_BRIDGE_TOKEN=token),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while True:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the bridge server did not start")
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        yield port, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.wait()


def measure_bridge(database_url: str, questions: list[str], clients: int, processes: int, label: str) -> Figures:
    token = secrets.token_hex(16)
    with bridge_server(database_url, token, processes) as (port, proc):
        # warm-up: every process answers a few before the clock starts (first-call set-up is not
        # counted); real questions, as "你好" alone leaves the engine's lazy imports and caches cold
        asyncio.run(_drive(port, token, _bodies(_warm_up(questions, WARM_UP * processes), MAX_REQUESTS * 10),
                           min(clients, WARM_UP)))
        time.sleep(0.5)
        cpu_before = _tree_cpu(proc.pid)
        latencies, failures, wall = asyncio.run(_drive(port, token, _bodies(questions, 0), clients))
        cpu = _tree_cpu(proc.pid) - cpu_before
    latencies.sort()
    n = len(questions)
    return Figures(label, round((n - failures) / wall, 1), round(cpu * 1000 / n, 2),
                   round(statistics.median(latencies), 1), round(latencies[min(n - 1, int(n * 0.99))], 1), failures)


def measure_batch(database_url: str, questions: list[str], label: str) -> Figures:
    """`yibao ask --jsonl` on the same questions, logging to the same kind of database. Its start-up
    (a run with the warm-up lines alone) is taken off, so what is left is the cost of answering."""
    warm = _warm_up(questions, WARM_UP)

    def run(lines: list[str]) -> tuple[float, float]:
        stdin = "".join(json.dumps({"id": str(i), "text": q}, ensure_ascii=False) + "\n" for i, q in enumerate(lines))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--jsonl"], input=stdin.encode(),
                             capture_output=True, env=_env(database_url), timeout=900)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if out.returncode != 0 or len(out.stdout.splitlines()) != len(lines):
            raise RuntimeError(f"yibao ask --jsonl failed: {out.stderr.decode()[-500:]}")
        return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)

    run(warm)      # the first start after a change builds the start-up cache: not what is measured
    base_wall, base_cpu = run(warm)
    wall, cpu = run(warm + questions)
    n = len(questions)
    return Figures(label, round(n / max(wall - base_wall, 1e-9), 1), round((cpu - base_cpu) * 1000 / n, 2))


# -- the command ------------------------------------------------------------------------------------

def run(requests: int, concurrency: int, processes: list[int] | None = None, databases: list[str] | None = None,
        output: str | None = None) -> int:
    from bot.measure.benchmark import sample_questions
    from bot.measure.pg import throwaway_database
    requests = max(1, min(requests, MAX_REQUESTS))
    questions = [q for q, _ in sample_questions(requests)]
    processes = processes or [1]
    rows: list[tuple[Figures, Figures]] = []
    for kind in databases or ["sqlite"]:
        for n in processes:
            with throwaway_database(kind) as url:
                batch = measure_batch(url, questions, f"batch (ask --jsonl), {kind}")
            with throwaway_database(kind) as url:
                bridge = measure_bridge(url, questions, concurrency, n,
                                        f"bridge, {n} process{'es' if n > 1 else ''}, {kind}")
            rows.append((batch, bridge))
    lines = [f"{requests} questions, {concurrency} clients, {os.cpu_count()} cores; each bridge row beside "
             f"the batch path measured just before it on the same database", "",
             "| path | answers/s | × batch | CPU ms/answer | × batch | p50 ms | p99 ms | failed |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    ratio = lambda a, b: f"{a / b:.2f}" if b > 0 else "n/a"   # noqa: E731 (a tiny run can measure ~0)
    for batch, bridge in rows:
        lines.append(f"| {batch.label} | {batch.answers_per_s} | 1.00 | {batch.cpu_ms} | 1.00 | | | |")
        lines.append(f"| {bridge.label} | {bridge.answers_per_s} | {ratio(bridge.answers_per_s, batch.answers_per_s)} | "
                     f"{bridge.cpu_ms} | {ratio(bridge.cpu_ms, batch.cpu_ms)} | {bridge.p50_ms} | {bridge.p99_ms} | "
                     f"{bridge.failed} |")
    print("\n".join(lines))
    if output:
        with open(output, "a", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    return 1 if any(bridge.failed for _, bridge in rows) else 0
