"""The bridge over a real uvicorn on 127.0.0.1 (a free port), driven with httpx."""
import asyncio
import itertools
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from bot import texts
from bot.channels.bridge import MAX_REPLY_BYTES, render_parts
from bot.channels.loopback import ServerThread
from bot.channels.server import create_app
from bot.settings import Settings
from bot.storage import Store
from bot.storage.models import BridgeMessage, Question

TOKEN = "bridge-test-token"
_ids = itertools.count(1)


class Bridge:
    def __init__(self, server: ServerThread, store: Store):
        self.server, self.store = server, store
        self.url = server.url

    def post(self, body=None, *, token=TOKEN, **kw) -> httpx.Response:
        headers = {"X-Bridge-Token": token} if token is not None else {}
        return httpx.post(self.url + "/bridge/v1/message", json=body, headers=headers, timeout=30, **kw)

    def say(self, text, **fields) -> dict:
        rsp = self.post(msg(text, **fields))
        assert rsp.status_code == 200, rsp.text
        return rsp.json()


def msg(text, **fields):
    body = {"bridge": "wechat", "message_id": f"m{next(_ids)}", "chat_id": "wxid_alice", "chat_name": None,
            "is_group": False, "sender_id": "wxid_alice", "sender_name": "阿丽", "text": text, "mentioned": False,
            "is_self": False, "ts": int(time.time())}
    body.update(fields)
    return body


def group(text, sender="wxid_alice", name="阿丽", chat_id="123@chatroom", **fields):
    return msg(text, chat_id=chat_id, chat_name="医保交流群", is_group=True, sender_id=sender,
               sender_name=name, **fields)


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request, tmp_path):
    """Every bridge test on SQLite (one transaction per message) and on PostgreSQL (two statements)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bridge.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def bridge_factory(database_url, engine):
    running = []

    def start(**overrides):
        settings = Settings(database_url=database_url, bridge_token=TOKEN,
                            cooldown_seconds=overrides.pop("cooldown_seconds", 0), **overrides)
        store = Store.from_settings(settings)
        server = ServerThread(create_app(settings, store, engine)).start()
        running.append((server, store))
        return Bridge(server, store)

    yield start
    for server, store in running:
        server.stop()
        store.close()


@pytest.fixture
def bridge(bridge_factory):
    return bridge_factory()


def questions(store):
    with store.transaction() as db:
        return db.query(Question).order_by(Question.id).all()


def test_health(bridge):
    rsp = httpx.get(bridge.url + "/healthz")
    assert rsp.status_code == 200 and rsp.json() == {"ok": True}


def test_a_private_question(bridge):
    out = bridge.say("巴中居民医保什么时候交费？")
    assert set(out) == {"reply", "query_id", "duplicate"}
    [part] = out["reply"]
    assert "2026" in part["text"] and part["at"] is None and texts.FEEDBACK_HINT in part["text"]
    assert out["duplicate"] is False and out["query_id"] == questions(bridge.store)[0].id


@pytest.mark.parametrize("token", [None, "", "wrong-token", "bridge-test-token-but-longer", "医保"])
def test_auth_failure(bridge, token):
    if token == "医保":   # not even ASCII: still a clean 401
        rsp = httpx.post(bridge.url + "/bridge/v1/message", json=msg("你好"),
                         headers={"X-Bridge-Token": token.encode()})
    else:
        rsp = bridge.post(msg("你好"), token=token)
    assert rsp.status_code == 401 and "X-Bridge-Token" in rsp.json()["error"]
    assert questions(bridge.store) == []


def test_duplicate_delivery_returns_the_stored_reply_and_logs_once(bridge):
    body = msg("巴中居民医保什么时候交费？")
    first = bridge.post(body).json()
    second = bridge.post(body).json()
    assert second["duplicate"] is True and first["duplicate"] is False
    assert second["reply"] == first["reply"] and second["query_id"] == first["query_id"]
    assert len(questions(bridge.store)) == 1


def test_concurrent_duplicates_are_answered_once(bridge):
    body = msg("克拉玛依学生医保交多少钱")

    async def deliver():
        async with httpx.AsyncClient(base_url=bridge.url, timeout=30) as client:
            return await asyncio.gather(*(client.post("/bridge/v1/message", json=body,
                                                      headers={"X-Bridge-Token": TOKEN}) for _ in range(5)))
    outs = [r.json() for r in asyncio.run(deliver())]
    assert sorted(o["duplicate"] for o in outs) == [False, True, True, True, True]
    assert len({json.dumps(o["reply"], ensure_ascii=False) for o in outs}) == 1
    assert len(questions(bridge.store)) == 1


@pytest.mark.parametrize("body,needle", [
    (b"{not json", "malformed JSON"),
    (b"", "malformed JSON"),
    ("{\"text\": \"\xff\"}".encode("latin-1"), "malformed JSON"),
    (b"[1, 2]", "invalid message"),
    (b'{"bridge": "wechat"}', "message_id"),
    (b'{"bridge": "wechat", "message_id": "x", "chat_id": "c", "sender_id": "s", "is_group": "perhaps"}',
     "is_group"),
])
def test_malformed_bodies_get_400_with_a_message(bridge, body, needle):
    rsp = httpx.post(bridge.url + "/bridge/v1/message", content=body,
                     headers={"X-Bridge-Token": TOKEN, "Content-Type": "application/json"})
    assert rsp.status_code == 400
    assert needle in rsp.json()["error"]


def test_oversize_bodies_get_413(bridge_factory):
    bridge = bridge_factory(max_body_bytes=4096)
    big = json.dumps(msg("医保" * 5000), ensure_ascii=False).encode()
    assert bridge.post(content=big).status_code == 413
    # without a Content-Length (chunked), the limit holds while reading
    rsp = httpx.post(bridge.url + "/bridge/v1/message", content=iter([big[i:i + 1000] for i in range(0, len(big), 1000)]),
                     headers={"X-Bridge-Token": TOKEN})
    assert rsp.status_code == 413 and "4096" in rsp.json()["error"]
    assert questions(bridge.store) == []


def test_own_messages_are_ignored(bridge):
    out = bridge.say("巴中居民医保什么时候交费？", is_self=True)
    assert out == {"reply": [], "query_id": None, "duplicate": False}
    assert questions(bridge.store) == []


def test_group_triggers(bridge):
    assert bridge.say(**group("今天中午吃什么"))["reply"] == []
    assert bridge.say(**group("巴中居民医保什么时候交费？"))["reply"] == []        # not addressed to the bot
    out = bridge.say(**group("@医保助手\u2005巴中居民医保什么时候交费？", mentioned=True))
    [part] = out["reply"]
    assert part["at"] == "wxid_alice" and part["text"].startswith("@阿丽\u2005") and "2026" in part["text"]
    out = bridge.say(**group("#医保 克拉玛依学生医保交多少钱", sender="wxid_bob", name="小博"))
    assert out["reply"][0]["at"] == "wxid_bob"
    assert [q.text for q in questions(bridge.store)] == ["巴中居民医保什么时候交费？", "克拉玛依学生医保交多少钱"]


def test_allow_list(bridge_factory):
    bridge = bridge_factory(group_allowlist=["456@chatroom"])
    assert bridge.say(**group("@医保助手 巴中居民医保什么时候交费？", mentioned=True))["reply"] == []
    assert bridge.say(**group("@医保助手 巴中居民医保什么时候交费？", mentioned=True,
                              chat_id="456@chatroom"))["reply"] != []
    assert bridge.say("巴中居民医保什么时候交费？")["reply"] != []          # private chats are not filtered
    bridge.store.set_chat_config("wechat", "123@chatroom", enabled=True)   # a per-chat override
    assert bridge.say(**group("@医保助手 巴中居民医保什么时候交费？", mentioned=True))["reply"] != []


def test_a_group_form_follow_up_needs_no_trigger_and_others_are_not_captured(bridge):
    ask = bridge.say(**group("#医保 住院一万块能报多少"))
    assert ask["reply"] and "地区" in ask["reply"][0]["text"]
    assert bridge.say(**group("克拉玛依 二级医院", sender="wxid_bob"))["reply"] == []   # Bob has no open form
    calc = bridge.say(**group("克拉玛依 二级医院"))
    assert "7,350" in calc["reply"][0]["text"]


def test_feedback_by_1_and_2(bridge):
    first = bridge.say("巴中居民医保什么时候交费？")
    out = bridge.say("2")
    assert out["reply"][0]["text"] == texts.FEEDBACK_DOWN and out["query_id"] == first["query_id"]
    [item] = bridge.store.queue()
    assert (item.question_id, item.reason, item.notify_chat) == (first["query_id"], "thumbs_down", "wxid_alice")
    # a second "2" has nothing left to rate, so it is just a (not Chinese) message
    assert bridge.say("2")["reply"][0]["text"] != texts.FEEDBACK_DOWN
    second = bridge.say(**group("#医保 克拉玛依学生医保交多少钱"))
    assert bridge.say(**group("1"))["reply"][0]["text"].endswith(texts.FEEDBACK_THANKS)
    assert bridge.say(**group("1", sender="wxid_bob"))["reply"] == []     # Bob has nothing to rate
    assert len(bridge.store.queue()) == 1 and second["query_id"]


def test_long_replies_are_split_at_2000_utf8_bytes():
    parts = render_parts("医保政策说明。" * 400, at="wxid_alice", at_name="阿丽")
    assert len(parts) > 1
    assert all(len(p["text"].encode()) <= MAX_REPLY_BYTES for p in parts)
    assert parts[0]["at"] == "wxid_alice" and all(p["at"] is None for p in parts[1:])


def test_fifty_concurrent_clients_are_all_answered(bridge):
    qs = ["巴中居民医保什么时候交费？", "克拉玛依学生医保交多少钱", "公积金怎么提取", "住院一万块能报多少", "你好"]

    async def one(client, i):
        body = msg(qs[i % len(qs)], message_id=f"load-{i}", chat_id=f"wxid_{i}", sender_id=f"wxid_{i}")
        return await client.post("/bridge/v1/message", json=body, headers={"X-Bridge-Token": TOKEN})

    async def load():
        async with httpx.AsyncClient(base_url=bridge.url, timeout=60,
                                     limits=httpx.Limits(max_connections=50)) as client:
            return await asyncio.gather(*(one(client, i) for i in range(50)))

    responses = asyncio.run(load())
    assert [r.status_code for r in responses] == [200] * 50
    assert all(r.json()["reply"] and r.json()["query_id"] for r in responses)
    assert len({r.json()["query_id"] for r in responses}) == 50
    assert len(questions(bridge.store)) == 50
    with bridge.store.transaction() as db:
        assert db.query(BridgeMessage).filter_by(done=True).count() == 50


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_bridge_process(env, port):
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "bridge", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            cwd=Path(__file__).resolve().parent.parent)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(proc.stderr.read().decode())
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("yibao bridge did not start")


def _stop(proc) -> str:
    proc.terminate()
    try:
        _, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    return err.decode()


def test_a_restart_keeps_a_half_filled_form(tmp_path):
    """`yibao bridge` as a real process, stopped and started again on the same SQLite file."""
    env = {**os.environ, "YIBAO_DATABASE_URL": f"sqlite:///{tmp_path / 'restart.sqlite3'}",
           "YIBAO_BRIDGE_TOKEN": TOKEN, "YIBAO_COOLDOWN_SECONDS": "0"}
    port = _free_port()
    url = f"http://127.0.0.1:{port}/bridge/v1/message"
    proc = _start_bridge_process(env, port)
    try:
        first = httpx.post(url, json=group("#医保 住院一万块能报多少"), headers={"X-Bridge-Token": TOKEN}, timeout=30)
        assert first.status_code == 200 and first.json()["reply"]
    finally:
        log1 = _stop(proc)
    proc = _start_bridge_process(env, port)
    try:
        second = httpx.post(url, json=group("克拉玛依 二级医院"), headers={"X-Bridge-Token": TOKEN}, timeout=30)
        assert second.status_code == 200
        assert "7,350" in second.json()["reply"][0]["text"]
    finally:
        log2 = _stop(proc)
    assert TOKEN not in log1 + log2


def test_the_bridge_refuses_to_start_without_a_token(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "YIBAO_BRIDGE_TOKEN"}
    env["YIBAO_DATABASE_URL"] = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    out = subprocess.run([sys.executable, "-m", "bot.cli", "bridge", "--port", "1"], env=env, capture_output=True,
                         text=True, timeout=60, cwd=Path(__file__).resolve().parent.parent)
    assert out.returncode == 2 and "YIBAO_BRIDGE_TOKEN" in out.stderr


def test_bridges_without_a_push_route_fetch_notifications(bridge):
    out = bridge.say(**group("#医保 公积金怎么提取"))
    [item] = bridge.store.queue()
    assert item.question_id == out["query_id"]
    oid = bridge.store.notify_asker(item.id, "工作人员答复：请咨询公积金中心。")
    headers = {"X-Bridge-Token": TOKEN}
    assert httpx.get(bridge.url + "/bridge/v1/outbox").status_code == 401
    [pending] = httpx.get(bridge.url + "/bridge/v1/outbox", params={"bridge": "wechat"}, headers=headers).json()["messages"]
    assert pending["id"] == oid and pending["chat_id"] == "123@chatroom"
    assert pending["parts"] == [{"text": "@wxid_alice\u2005工作人员答复：请咨询公积金中心。", "at": "wxid_alice"}]
    assert httpx.post(f"{bridge.url}/bridge/v1/outbox/{oid}/ack", headers=headers).status_code == 200
    assert httpx.get(bridge.url + "/bridge/v1/outbox", headers=headers).json()["messages"] == []


def test_a_repeated_follow_up_still_gets_its_answer(bridge):
    bridge.say(**group("#医保 住院一万块能报多少"))
    follow_up = group("克拉玛依 二级医院")                 # needs no trigger only while the form is open
    first = bridge.post(follow_up).json()
    again = bridge.post(follow_up).json()
    assert "7,350" in first["reply"][0]["text"]
    assert again["duplicate"] is True and again["reply"] == first["reply"]


def test_the_load_benchmark_runs(tmp_path, capsys):
    from bot.measure.bench_bridge import run
    out = tmp_path / "bench.md"
    assert run(requests=30, concurrency=5, output=str(out)) == 0     # 0: every request answered
    printed = capsys.readouterr().out
    assert printed.strip() == out.read_text().strip()
    rows = [line.split("|")[1:-1] for line in printed.splitlines() if line.startswith("| b")]
    assert [r[0].strip() for r in rows] == ["batch (ask --jsonl), sqlite", "bridge, 1 process, sqlite"]
    assert all(float(r[1]) > 0 for r in rows)                        # answers/s of both paths


def test_quick_messages_are_all_answered_and_logged_and_the_sender_told_once(bridge_factory):
    bridge = bridge_factory(cooldown_seconds=60)
    notice = texts.COOLDOWN.format(seconds=60)
    private = [bridge.say(q) for q in ("巴中居民医保什么时候交费？", "克拉玛依学生医保交多少钱", "断保两年再交等待期多久")]
    texts_ = [r["reply"][-1]["text"] for r in private]
    assert [notice in t for t in texts_] == [False, True, False]          # told once, at the first quick one
    in_group = []
    for q in ("#医保 巴中居民医保什么时候交费？", "#医保 克拉玛依学生医保交多少钱"):
        rsp = bridge.post(group(q, sender="wxid_bob", name="小博"))
        assert rsp.status_code == 200
        in_group.append(rsp.json())
    assert all(r["reply"] for r in in_group)                               # nothing dropped in a group either
    assert notice in in_group[1]["reply"][-1]["text"]
    assert len(questions(bridge.store)) == 5


# -- choices ------------------------------------------------------------------------------------

def test_choices_are_numbered_and_a_number_picks_one(bridge):
    offered = bridge.say("居民大病保险起付线是多少")["reply"][0]["text"]
    assert "1. " in offered and "2. " in offered and texts.CHOICE_HINT in offered
    second = next(line[3:] for line in offered.splitlines() if line.startswith("2. "))
    answer = bridge.say("2")["reply"][0]["text"]
    assert "来源：" in answer
    assert questions(bridge.store)[-1].text == second           # logged as the choice it stood for
    if texts.IF_NOT in answer:
        # an answer the bot is unsure of, listing other questions, asks for no rating
        assert texts.FEEDBACK_HINT not in answer and bridge.say("2")["reply"][0]["text"] != texts.FEEDBACK_DOWN
    else:
        # "2" rates that answer, as the hint under it says
        assert texts.FEEDBACK_HINT in answer and bridge.say("2")["reply"][0]["text"] == texts.FEEDBACK_DOWN


@pytest.mark.parametrize("question,unsure", [("居民大病保险起付线是多少", False),   # a question back with choices
                                             ("学生看病咋报", True)])   # an unsure answer listing other questions
def test_in_a_group_the_asker_picks_without_mentioning_the_bot(bridge, question, unsure):
    def say(body):
        rsp = bridge.post(body)
        assert rsp.status_code == 200, rsp.text
        return rsp.json()["reply"]
    offered = say(group("@医保助手 " + question, mentioned=True))[0]["text"]
    assert (texts.IF_NOT in offered) == unsure
    first = next(line[3:] for line in offered.splitlines() if line.startswith("1. "))
    assert say(group("1", sender="wxid_bob", name="小博")) == []          # not Bob's choices: chatter
    answer = say(group("1"))[0]
    assert answer["at"] == "wxid_alice" and "来源：" in answer["text"]
    assert questions(bridge.store)[-1].text == first


def test_an_unsure_answer_listing_other_questions_asks_no_rating(bridge):
    """An answer led by "按我的理解…" with other questions listed gets no 1/2 hint: the other
    questions are numbered choices, and a bare "1" after it picks the first, never a vote for a
    match the bot was unsure of."""
    out = bridge.say("学生看病咋报")
    text = out["reply"][0]["text"]
    assert texts.IF_NOT in text and texts.FEEDBACK_HINT not in text
    lines = text.rstrip().split("\n")
    assert lines[-1] == texts.CHOICE_HINT and lines[-2][0].isdigit()   # the other questions come last
    first = next(line[3:] for line in lines[lines.index(texts.IF_NOT):] if line.startswith("1. "))
    after = bridge.say("1")["reply"][0]["text"]
    assert texts.FEEDBACK_THANKS not in after and "来源：" in after
    assert questions(bridge.store)[-1].text == first
    from bot.storage.models import Feedback
    with bridge.store.transaction() as db:
        assert db.query(Feedback).count() == 0
