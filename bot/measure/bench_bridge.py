"""`yibao bench-bridge`: answers per second and latency (p50, p99) through the bridge's HTTP API,
on a real uvicorn bound to 127.0.0.1 with a throw-away SQLite file. The request count is bounded
(at most 5000) and every message comes from its own private chat, so it measures the full path:
HTTP, auth, de-duplication claim, session load, engine, log write. The server is a separate
`yibao bridge` process, as in production, so the load generator does not compete for its GIL."""
from __future__ import annotations

import asyncio
import os
import platform
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

MAX_REQUESTS = 5000


async def _drive(url: str, token: str, questions: list[str], concurrency: int,
                 offset: int = 0) -> tuple[list[float], int, float]:
    latencies: list[float] = []
    failures = 0
    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        async def one(i: int, text: str) -> None:
            nonlocal failures
            i += offset
            body = {"bridge": "bench", "message_id": f"m{i}", "chat_id": f"c{i}", "is_group": False,
                    "sender_id": f"u{i}", "text": text, "mentioned": False, "is_self": False, "ts": time.time()}
            async with gate:
                t = time.perf_counter()
                rsp = await client.post("/bridge/v1/message", json=body, headers={"X-Bridge-Token": token})
                latencies.append((time.perf_counter() - t) * 1000)
            if rsp.status_code != 200 or not rsp.json()["reply"]:
                failures += 1
        start = time.perf_counter()
        await asyncio.gather(*(one(i, q) for i, q in enumerate(questions)))
        wall = time.perf_counter() - start
    return latencies, failures, wall


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server(tmp: str, token: str, port: int) -> subprocess.Popen:
    """`yibao bridge` in its own process, so the load generator does not share its interpreter."""
    env = {**os.environ, "YIBAO_DATABASE_URL": f"sqlite:///{Path(tmp) / 'bench.sqlite3'}",
           "YIBAO_BRIDGE_TOKEN": token, "YIBAO_COOLDOWN_SECONDS": "0", "YIBAO_LOG_LEVEL": "WARNING"}
    env.pop("YIBAO_WCF_URL", None)
    env.pop("YIBAO_TELEGRAM_WEBHOOK_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "bridge", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)     # not answering yet, or not healthy yet (503): ask again shortly
    proc.kill()
    raise RuntimeError("the bridge server did not start")


def measure(requests: int, concurrency: int) -> dict:
    from bot.measure.benchmark import p99, sample_questions
    requests = max(1, min(requests, MAX_REQUESTS))
    token = secrets.token_hex(16)
    port = _free_port()
    with tempfile.TemporaryDirectory() as tmp:
        proc = _start_server(tmp, token, port)
        try:
            url = f"http://127.0.0.1:{port}"
            # a few warm-up requests, so first-call set-up is not counted
            asyncio.run(_drive(url, token, ["你好"] * 5, 1, offset=MAX_REQUESTS))
            questions = [q for q, _ in sample_questions(requests)]
            latencies, failures, wall = asyncio.run(_drive(url, token, questions, concurrency))
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
    latencies.sort()
    return {"requests": requests, "concurrency": concurrency, "failures": failures,
            "answers_per_s": round((requests - failures) / wall, 1),
            "p50_ms": round(statistics.median(latencies), 1),
            "p99_ms": round(p99(latencies), 1)}


def run(requests: int, concurrency: int, output: str | None = None) -> int:
    r = measure(requests, concurrency)
    print(f"{'requests':>9} {'clients':>8} {'answers/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'failed':>7}")
    print(f"{r['requests']:>9} {r['concurrency']:>8} {r['answers_per_s']:>10} {r['p50_ms']:>8} {r['p99_ms']:>8} "
          f"{r['failures']:>7}")
    if output:
        with open(output, "a", encoding="utf-8") as f:
            f.write(
                f"| {r['requests']} | {r['concurrency']} | {r['answers_per_s']} | {r['p50_ms']} | {r['p99_ms']} | "
                f"{r['failures']} | Python {platform.python_version()}, {os.cpu_count()} cores |\n")
    return 1 if r["failures"] else 0
