"""`yibao review …` as staff run it: real subprocesses on a temporary SQLite file."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from bot.service import handle
from bot.storage import Notify, Store

ANSWER = "住院押金由医院按病情预估收取，出院结算时多退少补。"


def yibao(*args, db_url, cwd=None):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "YIBAO_DATABASE_URL": db_url}
    env.pop("YIBAO_REVIEW_PASSWORD", None)
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True, timeout=180,
                          env=env, cwd=cwd)


@pytest.fixture
def seeded(db_url, staff_engine):
    store = Store(db_url)
    for n, text in enumerate(["住院押金要交多少", "住院押金要交多少？", "公积金怎么提取", "养老金什么时候发"]):
        handle(store, staff_engine, channel="telegram", chat_id=f"c{n}", user_id=f"u{n}", text=text,
               notify=Notify("telegram", f"c{n}", f"u{n}", "1"))
    handle(store, staff_engine, channel="batch", chat_id="batch", user_id="batch", text="我家狗狗打疫苗医保报吗")
    yield store
    store.close()


def listed(db_url, *extra) -> list[dict]:
    out = yibao("review", "list", "--json", *extra, db_url=db_url)
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_list_answer_and_the_bot_knows_it(seeded, db_url):
    rows = listed(db_url)
    assert all(set(r) == {"id", "text", "count", "region", "status"} for r in rows)
    deposit = next(r for r in rows if "押金" in r["text"])
    assert deposit["count"] == 2 and deposit["status"] == "open"
    assert not any("狗" in r["text"] for r in rows)                # evaluation runs are hidden …
    assert any("狗" in r["text"] for r in listed(db_url, "--batch"))   # … unless asked for

    out = yibao("review", "--as", "王芳", "answer", str(deposit["id"]), ANSWER, "--region", "长治", db_url=db_url)
    assert out.returncode == 0, out.stderr
    assert "staff-1" in out.stdout and "2 askers told" in out.stdout
    asked = yibao("ask", "--json", "--region", "长治", "住院的时候押金需要交多少钱", db_url=db_url)
    reply = json.loads(asked.stdout)
    assert reply["kind"] == "faq" and reply["text"].startswith(ANSWER)
    assert reply["sources"][0]["entry_id"] == "staff-1"
    assert len(seeded.pending_outbox()) == 2
    assert not any("押金" in r["text"] for r in listed(db_url))
    assert any("押金" in r["text"] for r in listed(db_url, "--status", "answered"))
    # answering it twice is refused, with a message and a non-zero status
    again = yibao("review", "answer", str(deposit["id"]), ANSWER, db_url=db_url)
    assert again.returncode == 1 and "已处理" in again.stderr


def test_out_of_scope_attach_and_dismiss(seeded, db_url):
    rows = {r["text"]: r["id"] for r in listed(db_url)}
    assert yibao("review", "out-of-scope", str(rows["公积金怎么提取"]), "--region", "巴中", db_url=db_url).returncode == 0
    assert yibao("review", "attach", str(rows["住院押金要交多少"]), "cz-zg-07", db_url=db_url).returncode == 0
    assert yibao("review", "dismiss", str(rows["养老金什么时候发"]), db_url=db_url).returncode == 0
    assert listed(db_url) == []
    reply = json.loads(yibao("ask", "--json", "公积金怎么提取呀", db_url=db_url).stdout)
    assert reply["kind"] == "unanswered" and "0827-5775700" in reply["text"]
    assert listed(db_url) == []                                     # and it was not queued again
    assert yibao("review", "attach", "999", "cz-zg-07", db_url=db_url).returncode == 1


def test_export_writes_a_bom_csv_inside_its_folder(seeded, db_url, tmp_path):
    out = yibao("review", "export", "queue.csv", db_url=db_url, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    data = (tmp_path / "queue.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "住院押金要交多少" in data.decode("utf-8-sig")
    out = yibao("review", "export", "log.csv", "--what", "questions", "--dir", str(tmp_path), db_url=db_url)
    assert out.returncode == 0 and (tmp_path / "log.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    bad = yibao("review", "export", "../escape.csv", db_url=db_url, cwd=tmp_path)
    assert bad.returncode == 2 and not (tmp_path.parent / "escape.csv").exists()


def test_serve_refuses_to_start_without_a_password(db_url):
    out = yibao("review", "serve", "--port", "1", db_url=db_url)
    assert out.returncode == 2 and "YIBAO_REVIEW_PASSWORD" in out.stderr
