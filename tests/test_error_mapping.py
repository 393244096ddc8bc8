"""What each kind of failure answers, on a real uvicorn: the client's mistakes 4xx, our bugs 500 with
an incident id in the log, 503 with Retry-After only when the database is unavailable — and the
keep-alive connection carries on after each."""
import json
import logging
import socket

import pytest
from sqlalchemy.exc import OperationalError

from bot.channels.loopback import ServerThread
from bot.channels.server import create_app
from bot.settings import Settings
from bot.storage import Store
from tests.test_bridge import TOKEN, msg


class Connection:
    """One keep-alive HTTP/1.1 connection, read by hand so that a closed connection shows."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.buf = b""

    def request(self, method, path, body=b"", headers=None):
        head = [f"{method} {path} HTTP/1.1", "Host: test", f"Content-Length: {len(body)}",
                "Content-Type: application/json", *(f"{k}: {v}" for k, v in (headers or {}).items())]
        self.sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        while b"\r\n\r\n" not in self.buf:
            self._read()
        raw, self.buf = self.buf.split(b"\r\n\r\n", 1)
        lines = raw.decode().split("\r\n")
        status = int(lines[0].split()[1])
        hdrs = {k.lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
        length = int(hdrs.get("content-length", 0))
        while len(self.buf) < length:
            self._read()
        payload, self.buf = self.buf[:length], self.buf[length:]
        return status, hdrs, json.loads(payload) if payload else None

    def _read(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        self.buf += chunk

    def close(self):
        self.sock.close()


@pytest.fixture
def server(tmp_path, engine):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'e.sqlite3'}", bridge_token=TOKEN, cooldown_seconds=0,
                        max_body_bytes=4096)
    store = Store.from_settings(settings)
    app = create_app(settings, store, engine)

    @app.get("/boom")
    async def boom():
        raise RuntimeError("a bug")

    with ServerThread(app) as srv:
        srv.store = store
        yield srv
    store.close()


AUTH = {"X-Bridge-Token": TOKEN}


def test_each_failure_gets_its_status_and_the_connection_stays_open(server, caplog):
    c = Connection(server.port)
    try:
        post = lambda body, headers=AUTH: c.request("POST", "/bridge/v1/message", body, headers)
        assert post(b"{not json")[0] == 400
        assert post(b"[" * 2000 + b"]" * 2000)[0] == 400                # nested deeper than any parser goes
        assert post(json.dumps({"bridge": "wechat"}).encode())[0] == 400    # fields missing
        assert post(b"x" * 5000)[0] == 413
        assert post(json.dumps(msg("你好")).encode(), headers={})[0] == 401
        assert c.request("POST", "/bridge/v1/outbox/99999999999999999999/ack", headers=AUTH)[0] == 422
        assert c.request("GET", "/nowhere")[0] == 404
        with caplog.at_level(logging.ERROR):
            status, _, body = c.request("GET", "/boom")
        assert status == 500 and body["incident"] and "retry" not in body["error"]
        assert f"incident {body['incident']}" in caplog.text and "a bug" in caplog.text
        status, _, body = post(json.dumps(msg("巴中居民医保什么时候交费？")).encode())
        assert status == 200 and body["reply"]                             # the same connection, still fine
    finally:
        c.close()


def test_a_database_that_is_down_is_503_with_retry_after(server):
    store = server.store
    real = store.turn

    def down():
        raise OperationalError("BEGIN IMMEDIATE", {}, Exception("database is locked"))

    c = Connection(server.port)
    try:
        store.turn = down
        status, headers, body = c.request("POST", "/bridge/v1/message", json.dumps(msg("你好")).encode(), AUTH)
        assert status == 503 and headers["retry-after"] == "2" and "retry" in body["error"]
        store.turn = real
        body = msg("克拉玛依学生医保交多少钱")
        status, _, first = c.request("POST", "/bridge/v1/message", json.dumps(body).encode(), AUTH)
        assert status == 200 and first["reply"]
    finally:
        store.turn = real
        c.close()


def test_what_counts_as_the_database_being_unavailable():
    """psycopg's own errors (the bridge's asynchronous turns on PostgreSQL) and a conversation that
    kept changing under its turns are worth a retry (503); anything else is our bug (500)."""
    import psycopg
    import psycopg_pool

    from bot.channels.errors import unavailable
    from bot.storage.store import Stale
    assert unavailable(OperationalError("SELECT 1", {}, Exception("server closed the connection")))
    assert unavailable(psycopg.OperationalError("connection refused"))
    assert unavailable(psycopg_pool.PoolTimeout("couldn't get a connection after 10 sec"))
    assert unavailable(Stale("its conversation kept changing"))
    assert not unavailable(psycopg.errors.UndefinedColumn("column x does not exist"))
    assert not unavailable(ValueError("a bug"))
