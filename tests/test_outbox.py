"""The outbox under several senders: every server process runs an outbox loop (and a polling
`yibao telegram` one beside a webhook server), so a row is claimed before it is sent — a lease
column of at most 10 s, and on PostgreSQL `FOR UPDATE SKIP LOCKED` — and goes out once; a sender
killed holding a row lets go of it when the lease runs out. Once sent, a row keeps no platform id.
On SQLite and PostgreSQL, with threads and with real processes."""
import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.notify import deliver_pending
from bot.storage import Store
from bot.storage.models import OutboxMessage
from bot.storage.store import OUTBOX_LEASE

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(params=["sqlite", "postgres"])
def url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'outbox.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def stores(url):
    """Two processes' stores on one database."""
    first = Store(url)
    second = Store(url)
    yield first, second
    first.close()
    second.close()


def test_the_lease_is_short():
    assert OUTBOX_LEASE <= timedelta(seconds=10)


def test_a_claimed_row_is_not_claimed_again_until_its_lease_runs_out(stores):
    first, second = stores
    ids = [first.add_outbox("wechat", f"chat{i}", f"通知{i}") for i in range(3)]
    first.add_outbox("telegram", "42", "别的渠道")
    claimed = first.claim_outbox("wechat", limit=2)
    assert [o.id for o in claimed] == ids[:2] and claimed[0].text == "通知0"
    assert [o.id for o in second.claim_outbox("wechat")] == [ids[2]]     # only what nobody holds
    assert second.claim_outbox("wechat") == []
    first.mark_outbox(ids[0], sent=True)
    first.mark_outbox(ids[1], sent=False, error="wcfhttp unreachable")   # failed: tried again after a pause
    assert second.claim_outbox("wechat") == []
    # a sender that dies holding a row lets go of it when its lease runs out
    [held] = first.claim_outbox("telegram", lease=timedelta(0))
    assert [o.id for o in second.claim_outbox("telegram")] == [held.id]


def test_two_threads_sending_at_once_send_every_row_once(stores):
    first, second = stores
    for i in range(40):
        first.add_outbox("wechat", f"chat{i}", f"通知{i}")
    sent = Counter()

    async def send(item):
        await asyncio.sleep(0.002)      # a round trip to wcfhttp
        sent[item.id] += 1

    async def both():
        # each process's loop, rounds repeated as the outbox loop would; claims run in threads
        async def loop(store):
            while await deliver_pending(store, {"wechat": send}, limit=5):
                pass
        await asyncio.gather(loop(first), loop(second))

    asyncio.run(both())
    assert len(sent) == 40 and set(sent.values()) == {1}
    assert first.pending_outbox() == []


# A sender in a process of its own: sends every pending "wechat" row by appending "id pid" to a
# file, `pause` seconds each (forever when negative: a send that hangs until the process is killed).
SENDER = """
import asyncio, os, sys
from datetime import timedelta
from bot.notify import deliver_pending
from bot.storage import Store

url, out, pause, lease = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
store = Store(url)

async def send(item):
    with open(out, "a") as f:
        f.write(f"claimed {item.id} {os.getpid()}\\n")
    await asyncio.sleep(pause if pause >= 0 else 3600)
    with open(out, "a") as f:
        f.write(f"sent {item.id} {os.getpid()}\\n")

async def main():
    while await deliver_pending(store, {"wechat": send}, limit=3, lease=timedelta(seconds=lease)):
        pass

asyncio.run(main())
store.close()
"""


def _sender(url: str, out: Path, pause: float, lease: float = 10) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SENDER, url, str(out), str(pause), str(lease)], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, start_new_session=True)


def _lines(out: Path, kind: str) -> list[tuple[int, int]]:
    if not out.exists():
        return []
    return [(int(i), int(pid)) for k, i, pid in (line.split() for line in out.read_text().splitlines()) if k == kind]


def test_two_processes_sending_at_once_send_every_row_once(url, tmp_path):
    store = Store(url)
    try:
        ids = [store.add_outbox("wechat", f"chat{i}", f"通知{i}") for i in range(60)]
        out = tmp_path / "sent.txt"
        procs = [_sender(url, out, 0.005) for _ in range(2)]
        for p in procs:
            assert p.wait(timeout=120) == 0
        sent = _lines(out, "sent")
        assert sorted(i for i, _ in sent) == ids                    # every row once
        assert len({pid for _, pid in sent}) == 2                   # both processes took part
        assert store.pending_outbox() == []
    finally:
        store.close()


def test_a_row_held_by_a_killed_sender_is_sent_once_its_lease_runs_out(url, tmp_path):
    store = Store(url)
    try:
        oid = store.add_outbox("wechat", "wxid_alice", "工作人员答复：……")
        out = tmp_path / "sent.txt"
        hung = _sender(url, out, -1, lease=2)           # claims the row, then hangs in the send
        deadline = time.monotonic() + 60
        while not _lines(out, "claimed") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _lines(out, "claimed") == [(oid, hung.pid)]
        os.killpg(hung.pid, signal.SIGKILL)
        hung.wait()
        claimed_at = time.monotonic()
        taken = []

        async def send(item):
            taken.append((item.id, time.monotonic() - claimed_at))

        async def rounds():
            while not taken and time.monotonic() < claimed_at + 30:
                await deliver_pending(store, {"wechat": send})
                await asyncio.sleep(0.1)

        asyncio.run(rounds())
        [(sent_id, _)] = taken                          # once, by the survivor, after the lease ran out
        assert sent_id == oid
        assert store.pending_outbox() == []
    finally:
        store.close()


def test_a_send_is_cut_off_before_its_lease_runs_out(url):
    store = Store(url)
    try:
        oid = store.add_outbox("wechat", "wxid_alice", "通知")

        async def slow(item):
            await asyncio.sleep(30)

        assert asyncio.run(deliver_pending(store, {"wechat": slow}, lease=timedelta(seconds=0.5))) == 0
        [pending] = store.pending_outbox()              # tried again at the next round
        assert pending.id == oid and pending.attempts == 1
        with store.transaction() as db:
            assert "TimeoutError" in db.get(OutboxMessage, oid).last_error
    finally:
        store.close()


def test_a_row_sent_or_given_up_on_keeps_no_platform_id(url):
    store = Store(url)
    try:
        sent = store.add_outbox("wechat", "123@chatroom", "通知", at_user="wxid_alice", reply_to="m7")
        failed = store.add_outbox("telegram", "987654321", "通知", reply_to="55")
        waiting = store.add_outbox("wechat", "wxid_bob", "通知")

        async def send(item):
            if item.channel == "telegram":
                raise RuntimeError("Forbidden: bot was blocked by the user")

        asyncio.run(deliver_pending(store, {"wechat": send, "telegram": send}, limit=1))
        for _ in range(4):                              # the later rounds' tries
            store.mark_outbox(failed, sent=False, error="Forbidden: bot was blocked by the user")
        store.add_outbox("wechat", "wxid_bob", "待发")
        with store.transaction() as db:
            rows = {m.id: m for m in db.scalars(select(OutboxMessage))}
        assert rows[sent].status == "sent" and rows[failed].status == "failed"
        assert (rows[sent].chat_id, rows[sent].at_user, rows[sent].reply_to) == (
            store.chat_key("wechat", "123@chatroom"), store.user_key("wechat", "wxid_alice"), None)
        assert (rows[failed].chat_id, rows[failed].reply_to) == (store.chat_key("telegram", "987654321"), None)
        # as the log keys them, so staff can still match a notification to its question
        finished = " ".join(f"{m.chat_id} {m.at_user} {m.reply_to}" for m in (rows[sent], rows[failed]))
        assert not any(raw in finished for raw in ("123@chatroom", "wxid_alice", "m7", "987654321"))
        assert rows[waiting].chat_id == "wxid_bob"      # a row still to send keeps its address
    finally:
        store.close()


def test_rows_finished_before_the_upgrade_lose_their_ids_at_the_next_start(url):
    from sqlalchemy import delete, update

    from bot.storage.models import Meta
    store = Store(url)
    oid = store.add_outbox("wechat", "123@chatroom", "通知", at_user="wxid_alice")
    t = OutboxMessage.__table__
    with store.turn() as turn:       # as revision 0004 left a sent row: its address in plain text
        turn.conn.execute(update(t).where(t.c.id == oid).values(status="sent"))
        turn.conn.execute(delete(Meta.__table__).where(Meta.__table__.c.key == "outbox_ids_hashed"))
    store.close()
    again = Store(url)
    try:
        with again.transaction() as db:
            row = db.get(OutboxMessage, oid)
            assert (row.chat_id, row.at_user) == (again.chat_key("wechat", "123@chatroom"),
                                                  again.user_key("wechat", "wxid_alice"))
    finally:
        again.close()
