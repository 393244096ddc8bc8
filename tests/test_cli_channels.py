"""`yibao ask` and `yibao chat` log through the service; `ask --jsonl` keeps its stdout contract."""
import io
import json

import pytest

from bot import cli
from bot.storage import Store
from bot.storage.models import ConversationState, Question

KEYS = ["id", "kind", "text", "region", "sources", "calculation", "missing_slots", "suggestions"]


@pytest.fixture
def db(monkeypatch, tmp_path, engine):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("YIBAO_DATABASE_URL", url)
    monkeypatch.setattr(cli, "_engine", lambda: engine)
    return url


def rows(url):
    s = Store(url)
    try:
        with s.transaction() as db:
            return ([(q.channel, q.chat_id, q.text, q.reply_kind) for q in db.query(Question).order_by(Question.id)],
                    db.query(ConversationState).count())
    finally:
        s.close()


def test_ask_jsonl_writes_only_json_lines_and_logs_every_question(db, monkeypatch, capsys):
    lines = [
        {"id": "a", "text": "住院一万块能报多少", "session": "s1", "region": None},
        {"id": "b", "text": "巴中居民医保什么时候交费？", "session": None, "region": None},
        {"id": "c", "text": "克拉玛依 二级医院", "session": "s1", "region": None},
        {"id": "d", "text": "公积金怎么提取", "session": None, "region": "巴中"},
    ]
    stdin = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\nnot json\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert cli.main(["ask", "--jsonl"]) == 0
    out = capsys.readouterr().out.splitlines()
    replies = [json.loads(line) for line in out]
    assert len(replies) == 5
    assert all(list(r) == KEYS for r in replies)
    assert [r["id"] for r in replies] == ["a", "b", "c", "d", None]
    assert [r["kind"] for r in replies[:4]] == ["clarify", "faq", "calculation", "unanswered"]
    logged, sessions = rows(db)
    assert [(c, k) for c, _, _, k in logged] == [("batch", "clarify"), ("batch", "faq"), ("batch", "calculation"),
                                                 ("batch", "unanswered")]
    assert sessions == 0          # a batch keeps its sessions in memory: a new run never resumes a form


def test_ask_json_and_plain_are_logged(db, capsys):
    assert cli.main(["ask", "--json", "巴中居民医保什么时候交费？"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "faq"
    assert cli.main(["ask", "克拉玛依学生医保交多少钱"]) == 0
    logged, _ = rows(db)
    assert [c for c, *_ in logged] == ["cli", "cli"]


def test_chat_keeps_its_conversation_across_runs(db, monkeypatch, capsys):
    monkeypatch.setattr("builtins.input", _inputs(["住院一万块能报多少", "/quit"]))
    cli.main(["chat"])
    monkeypatch.setattr("builtins.input", _inputs(["克拉玛依 二级医院", "/region 巴中", "/quit"]))
    cli.main(["chat"])
    out = capsys.readouterr().out
    assert "7,350" in out and "默认地区已设为：巴中" in out
    logged, sessions = rows(db)
    assert [k for *_, k in logged] == ["clarify", "calculation"] and sessions == 1


def test_ask_still_answers_when_the_database_cannot_be_opened(monkeypatch, tmp_path, engine, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("YIBAO_DATABASE_URL", f"sqlite:///{blocker / 'sub' / 'x.sqlite3'}")
    monkeypatch.setattr(cli, "_engine", lambda: engine)
    assert cli.main(["ask", "--json", "巴中居民医保什么时候交费？"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["kind"] == "faq"
    assert "not logging" in captured.err


def _inputs(items):
    it = iter(items)
    return lambda prompt="": next(it)


def test_telegram_needs_a_token(db, capsys):
    assert cli.main(["telegram"]) == 2
    assert cli.main(["telegram", "--webhook"]) == 2
    assert "TELEGRAM_BOT_TOKEN" in capsys.readouterr().err


@pytest.fixture(autouse=True)
def _drop_our_log_handlers():
    import logging
    yield
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_yibao", False):
            root.removeHandler(h)
