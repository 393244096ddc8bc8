"""`yibao soak`: messages through the WeChat bridge, the Telegram webhook and Telegram long polling
while the bot is killed with kill -9 at random moments and started again; then counts what was
lost and what was done twice.

Everything is on loopback: a real `yibao bridge` serving both the bridge and the Telegram webhook,
a real `yibao telegram` polling, a stand-in Bot API server (`telegram_api_url`) that hands out
updates until an offset confirms them and records what the bot sends, and senders that behave like
the platforms: the bridge program and Telegram both deliver again until they get a 200. Bounded
in count (`--messages` per channel, `--kills`) and in time (`--seconds`).

Counted per message, from the database and from what reached the people:
- lost: never answered (bridge: no 200 with a reply; Telegram: nothing sent in reply);
- logged twice: more than one question row (the answer computed twice);
- sent again: Telegram only — the same stored answer sent a second time because the process died
  between Telegram accepting it and the update being marked done (a window no API without an
  idempotency key can close; the bot prefers sending again to losing)."""
from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

import httpx

from bot.measure.bench_bridge import _env, _free_port

BOT_TOKEN = "123456789:soak-test-token-for-a-loopback-bot-api"
BOT = {"id": 123456789, "is_bot": True, "first_name": "医保助手", "username": "yibao_soak_bot"}
QUESTIONS = ["巴中居民医保什么时候交费", "克拉玛依学生医保交多少钱", "住院一万块在二级医院能报多少", "断保两年再交等待期多久",
             "公积金怎么提取", "长治职工医保门诊报销比例", "慢病怎么申请", "你好"]
_MARK = re.compile(r"编号(\d+)")


POLLED = 100_000      # message ids (and log numbers) of the messages fetched by long polling start here


@dataclass
class Tally:
    sent_to_telegram: Counter = field(default_factory=Counter)    # message id → replies sent
    bridge_answered: set = field(default_factory=set)
    kills: int = 0
    waiting: list = field(default_factory=list)       # updates "Telegram" holds for getUpdates until confirmed
    polls: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def fake_bot_api(tally: Tally):
    """A Bot API server that answers like Telegram and counts each reply per replied-to message."""
    from starlette.applications import Starlette
    from starlette.requests import ClientDisconnect
    from starlette.responses import JSONResponse
    from starlette.routing import Route
    ids = iter(range(1, 10**9))

    async def api(request):
        method = request.path_params["method"]
        try:
            body = await request.body()
        except ClientDisconnect:     # the bot was killed mid-request
            return JSONResponse({"ok": False}, status_code=499)
        params = dict(parse_qsl(body.decode())) if body else {}
        if method == "getMe":
            result = {**BOT, "can_join_groups": True, "can_read_all_group_messages": False,
                      "supports_inline_queries": False}
        elif method == "getUpdates":
            # like Telegram: an offset confirms every update below it; the rest are sent again
            offset = int(params.get("offset") or 0)
            with tally.lock:
                tally.polls += 1
                tally.waiting[:] = [u for u in tally.waiting if u["update_id"] >= offset]
                result = tally.waiting[:100]
            if not result:
                await asyncio.sleep(0.3)
        elif method == "sendMessage":
            reply_to = json.loads(params.get("reply_parameters", "{}")).get("message_id")
            if reply_to is not None:
                tally.sent_to_telegram[int(reply_to)] += 1
            result = {"message_id": next(ids), "date": int(time.time()), "text": params.get("text", ""),
                      "chat": {"id": int(params["chat_id"]), "type": "private", "first_name": "x"}, "from": BOT}
        else:
            result = True
        return JSONResponse({"ok": True, "result": result})

    return Starlette(routes=[Route("/bot{token}/{method}", api, methods=["POST"])])


class Poller:
    """`yibao telegram` (long polling) on the same database, started and killed with the server."""

    def __init__(self, database_url: str, api_url: str, tally: Tally):
        self.env = _env(database_url, YIBAO_TELEGRAM_BOT_TOKEN=BOT_TOKEN, YIBAO_TELEGRAM_API_URL=api_url,
                        YIBAO_OUTBOX_INTERVAL_SECONDS="3600")
        self.tally = tally
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        polls = self.tally.polls
        self.proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "telegram"], env=self.env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 120
        while self.tally.polls == polls:      # up once it asks for updates
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError("the polling bot did not start")
            time.sleep(0.1)

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, sig)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
            self.proc = None


class Server:
    """`yibao bridge` (bridge and Telegram webhook in one), started and killed by the soak."""

    def __init__(self, database_url: str, api_url: str, processes: int):
        self.port = _free_port()
        self.token = secrets.token_hex(8)
        self.env = _env(database_url, YIBAO_BRIDGE_TOKEN=self.token, YIBAO_TELEGRAM_BOT_TOKEN=BOT_TOKEN,
                        YIBAO_TELEGRAM_WEBHOOK_URL="https://bot.example.invalid/telegram/webhook",
                        YIBAO_TELEGRAM_WEBHOOK_SECRET="soak-secret", YIBAO_TELEGRAM_API_URL=api_url,
                        YIBAO_OUTBOX_INTERVAL_SECONDS="3600")
        self.processes = processes
        self.log = tempfile.TemporaryFile()      # the server's stderr, shown when it does not start
        self.proc: subprocess.Popen | None = None
        self.lock = threading.Lock()

    def start(self) -> None:
        with self.lock:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "bridge", "--host", "127.0.0.1", "--port", str(self.port),
                 "--processes", str(self.processes)], env=self.env, stdout=subprocess.DEVNULL,
                stderr=self.log, start_new_session=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"http://127.0.0.1:{self.port}/healthz", timeout=1).status_code == 200:
                    return
            time.sleep(0.1)
        self.log.seek(0)
        raise RuntimeError("the server did not start:\n" + self.log.read().decode(errors="replace")[-3000:])

    def kill(self) -> None:
        """kill -9, the whole process group (every worker process too)."""
        with self.lock:
            if self.proc is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
                self.proc = None

    def stop(self) -> None:
        with self.lock:
            if self.proc is not None:
                os.killpg(self.proc.pid, signal.SIGTERM)
                try:
                    self.proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                    self.proc.wait()
                self.proc = None


async def _deliver(client: httpx.AsyncClient, url: str, body: dict, headers: dict, deadline: float):
    """Post until a 200 (as a platform does: a refused or broken delivery is tried again)."""
    while time.monotonic() < deadline:
        try:
            rsp = await client.post(url, json=body, headers=headers)
            if rsp.status_code == 200:
                return rsp.json()
            if 400 <= rsp.status_code < 500:
                raise RuntimeError(f"{url} refused a delivery: {rsp.status_code} {rsp.text[:200]}")
        except httpx.HTTPError:
            pass
        await asyncio.sleep(0.2)
    return None


async def _senders(server: Server, n: int, tally: Tally, deadline: float, rate: float, clients: int = 6) -> None:
    """Every channel's messages, interleaved, at about `rate` new deliveries a second (so the kills
    land all through the run, not after it): the bridge, the Telegram webhook, and updates left
    with "Telegram" for long polling."""
    base = f"http://127.0.0.1:{server.port}"
    rnd = random.Random(7)
    jobs = []
    for i in range(n):
        text = f"{rnd.choice(QUESTIONS)} 编号{i}"
        jobs.append(("bridge", i, {"bridge": "soak", "message_id": f"s{i}", "chat_id": f"wxid_{i}",
                                   "is_group": False, "sender_id": f"wxid_{i}", "text": text}))
        jobs.append(("telegram", i, {"update_id": 1000 + i, "message": {
            "message_id": i, "date": int(time.time()), "text": text,
            "from": {"id": 7000 + i, "is_bot": False, "first_name": "x"},
            "chat": {"id": 7000 + i, "type": "private", "first_name": "x"}}}))
        k = POLLED + i
        jobs.append(("polling", i, {"update_id": k, "message": {
            "message_id": k, "date": int(time.time()), "text": f"{rnd.choice(QUESTIONS)} 编号{k}",
            "from": {"id": k, "is_bot": False, "first_name": "x"},
            "chat": {"id": k, "type": "private", "first_name": "x"}}}))
    todo = iter(jobs)
    start = time.monotonic()

    async def worker():
        async with httpx.AsyncClient(timeout=30) as client:
            for kind, i, body in todo:
                step = 3 * i + ("bridge", "telegram", "polling").index(kind)
                await asyncio.sleep(max(0.0, start + step / rate - time.monotonic()))
                if kind == "polling":
                    with tally.lock:
                        tally.waiting.append(body)
                elif kind == "bridge":
                    out = await _deliver(client, base + "/bridge/v1/message", body,
                                         {"X-Bridge-Token": server.token}, deadline)
                    if out and out.get("reply"):
                        tally.bridge_answered.add(i)
                else:
                    await _deliver(client, base + "/telegram/webhook", body,
                                   {"X-Telegram-Bot-Api-Secret-Token": "soak-secret"}, deadline)

    await asyncio.gather(*(worker() for _ in range(clients)))


def _killer(server: Server, poller: Poller, kills: int, stop: threading.Event, tally: Tally,
            rnd: random.Random) -> None:
    while tally.kills < kills and not stop.wait(rnd.uniform(0.5, 2.5)):
        server.kill()
        poller.kill()
        tally.kills += 1
        server.start()
        poller.start()


def _logged(database_url: str, channel: str) -> Counter:
    """How many question rows each numbered message has in the log."""
    from sqlalchemy import create_engine, text
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT text FROM questions WHERE channel = :c"), {"c": channel}).scalars()
            return Counter(int(m.group(1)) for t in rows if (m := _MARK.search(t)))
    finally:
        engine.dispose()


def soak(kind: str, *, messages: int, kills: int, seconds: float, processes: int = 1, rate: float = 20.0,
         seed: int = 1) -> dict:
    from bot.channels.loopback import ServerThread
    from bot.measure.pg import throwaway_database
    tally = Tally()
    rnd = random.Random(seed)
    with throwaway_database(kind) as url, ServerThread(fake_bot_api(tally)) as api:
        server = Server(url, f"{api.url}/bot", processes)
        poller = Poller(url, f"{api.url}/bot", tally)
        server.start()
        poller.start()
        stop = threading.Event()
        killer = threading.Thread(target=_killer, args=(server, poller, kills, stop, tally, rnd), daemon=True)
        started = time.monotonic()
        deadline = started + seconds
        killer.start()
        try:
            asyncio.run(_senders(server, messages, tally, deadline, rate))
            # every kill happens, within the time bound: the later ones land while stored updates are handled
            killer.join(timeout=max(0.0, deadline - time.monotonic()))
            stop.set()
            killer.join()
            # what was acknowledged is finished after the last restart: wait for it, within the bound
            while time.monotonic() < deadline and len(tally.sent_to_telegram) < 2 * messages:
                time.sleep(0.2)
        finally:
            stop.set()
            killer.join()
            server.stop()
            poller.kill(signal.SIGTERM)
        bridge_log, telegram_log = _logged(url, "soak"), _logged(url, "telegram")
    every = range(messages)
    return {
        "database": kind, "processes": processes, "messages": messages, "kills": tally.kills,
        "seconds": round(time.monotonic() - started, 1),
        "bridge_lost": sum(1 for i in every if i not in tally.bridge_answered or not bridge_log[i]),
        "bridge_logged_twice": sum(1 for i in every if bridge_log[i] > 1),
        "telegram_lost": sum(1 for i in every if not tally.sent_to_telegram[i]),
        "telegram_logged_twice": sum(1 for i in every if telegram_log[i] > 1),
        "telegram_sent_again": sum(1 for i in every if tally.sent_to_telegram[i] > 1),
        "polling_lost": sum(1 for i in every if not tally.sent_to_telegram[POLLED + i]),
        "polling_logged_twice": sum(1 for i in every if telegram_log[POLLED + i] > 1),
        "polling_sent_again": sum(1 for i in every if tally.sent_to_telegram[POLLED + i] > 1),
    }


def run(databases: list[str], *, messages: int, kills: int, seconds: float, processes: int = 1,
        rate: float = 20.0) -> int:
    messages, kills, seconds = min(messages, 2000), min(kills, 50), min(seconds, 1800)
    print("| database | processes | messages per channel | kill -9 | seconds | bridge lost | bridge logged twice | "
          "webhook lost | webhook logged twice | webhook sent again | polling lost | polling logged twice | "
          "polling sent again |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    bad = 0
    for kind in databases:
        r = soak(kind, messages=messages, kills=kills, seconds=seconds, processes=processes, rate=min(rate, 500))
        print(f"| {r['database']} | {r['processes']} | {r['messages']} | {r['kills']} | {r['seconds']} | "
              f"{r['bridge_lost']} | {r['bridge_logged_twice']} | {r['telegram_lost']} | "
              f"{r['telegram_logged_twice']} | {r['telegram_sent_again']} | {r['polling_lost']} | "
              f"{r['polling_logged_twice']} | {r['polling_sent_again']} |", flush=True)
        bad += (r["bridge_lost"] + r["bridge_logged_twice"] + r["telegram_lost"] + r["telegram_logged_twice"]
                + r["polling_lost"] + r["polling_logged_twice"])
    return 1 if bad else 0
