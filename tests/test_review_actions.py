"""The review queue and what staff do with it, on a real temporary SQLite file and the real engine:
grouping, answer / attach / out of scope / dismiss, edits with an audit trail, the staff version
that keeps other processes in step, and the CSV export."""
from __future__ import annotations

import csv
import io

import pytest

from bot import knowledge
from bot.reply import Message
from bot.review import actions, export, queue
from bot.service import handle
from bot.session import Session
from bot.storage import Notify, Store
from bot.storage.models import QueueItem

DEPOSIT = ["住院押金要交多少", "住院押金要交多少？", "住院押金需要交多少钱啊"]
ANSWER = "住院押金由医院按病情预估收取，出院结算时多退少补，具体金额请问就诊医院。"


def ask(store, engine, text, who="u1", channel="telegram", **kw):
    return handle(store, engine, channel=channel, chat_id=f"chat-{who}", user_id=who, text=text,
                  notify=Notify(channel, f"chat-{who}", who, "42") if channel != "batch" else None, **kw).reply


@pytest.fixture
def queued(store, staff_engine):
    for n, text in enumerate(DEPOSIT):
        assert ask(store, staff_engine, text, who=f"u{n}").kind == "unanswered"
    assert ask(store, staff_engine, "公积金怎么提取", who="u9").kind == "unanswered"
    return store


def deposit_group(store, engine):
    return next(g for g in queue.groups(store, engine) if "押金" in g.text)


# -- grouping ---------------------------------------------------------------------------------------

def test_the_same_question_asked_three_ways_is_one_group(queued, staff_engine):
    assert len(queue.groups(queued, staff_engine, tab=None)) == 2
    assert [g.text for g in queue.groups(queued, staff_engine, tab="refused")] == ["公积金怎么提取"]
    g = deposit_group(queued, staff_engine)
    assert g.count == 3 and g.text == "住院押金要交多少" and set(g.texts) == set(DEPOSIT)
    assert g.channels == ["telegram"] and g.first_asked <= g.last_asked
    assert g.candidates and all(0 <= c.confidence <= 1 for c in g.candidates)
    assert g.as_json() == {"id": g.id, "text": g.text, "count": 3, "region": g.region, "status": "open"}


@pytest.mark.parametrize("a, b, same", [
    ("住院押金要交多少", "住院押金要交多少？？", True),
    ("住院押金要交多少", "住院押金要交多少呢", True),
    ("住院押金要交多少", "公积金怎么提取", False),
    ("ＡＢＣ医保", "abc医保", True),
])
def test_text_key(a, b, same):
    assert (queue.text_key(a) == queue.text_key(b)) is same


def test_batch_runs_are_hidden_unless_asked_for(store, staff_engine):
    ask(store, staff_engine, "公积金怎么提取", channel="batch")
    assert queue.groups(store, staff_engine, tab=None) == []
    assert len(queue.groups(store, staff_engine, include_batch=True, tab=None)) == 1


def test_order_by_count(queued, staff_engine):
    first = queue.groups(queued, staff_engine, order="count")[0]
    assert first.count == 3


# -- answer: the bot knows it at once, askers are told once -------------------------------------------

def test_answer_teaches_the_bot_and_tells_every_asker_once(queued, staff_engine):
    g = deposit_group(queued, staff_engine)
    done = actions.answer(queued, staff_engine, g.id, ANSWER, actor="王芳")
    assert done.resolved == 3 and done.notified == 3
    reply = ask(queued, staff_engine, "住院的时候押金需要交多少钱", who="u5")
    assert reply.kind == "faq" and ANSWER in reply.text
    assert reply.sources[0].entry_id == done.entry_id
    # no asker named a region, so the answer holds everywhere, signed by the generic office
    assert reply.sources[0].handbook.startswith(f"工作人员答复（{knowledge.DEFAULT_OFFICE}")
    out = queued.pending_outbox()
    assert len(out) == 3 and {o.chat_id for o in out} == {"chat-u0", "chat-u1", "chat-u2"}
    assert all(ANSWER in o.text and "工作人员答复" in o.text for o in out)
    # answered: off the open queue; a second action on it is refused
    assert all("押金" not in g.text for g in queue.groups(queued, staff_engine))
    with pytest.raises(actions.ReviewError):
        actions.answer(queued, staff_engine, g.id, ANSWER, actor="王芳")
    assert len(queued.pending_outbox()) == 3


def test_staff_entries_survive_a_restart(queued, staff_engine, db_url):
    g = deposit_group(queued, staff_engine)
    actions.answer(queued, staff_engine, g.id, ANSWER, actor="王芳")
    from bot.engine import Engine
    fresh = Engine()                       # a new process: nothing from staff yet
    other = Store(db_url)
    try:
        assert ask(other, fresh, "住院押金需要交多少", who="u7").text.startswith(ANSWER)
    finally:
        other.close()


def test_answer_validates(queued, staff_engine):
    g = deposit_group(queued, staff_engine)
    with pytest.raises(actions.ReviewError):
        actions.answer(queued, staff_engine, g.id, "   ", actor="王芳")
    with pytest.raises(actions.ReviewError):
        actions.answer(queued, staff_engine, g.id, "长" * 601, actor="王芳")
    with pytest.raises(actions.ReviewError):
        actions.answer(queued, staff_engine, g.id, ANSWER, actor="王芳", region="北京")
    with pytest.raises(actions.ReviewError):
        actions.answer(queued, staff_engine, 9999, ANSWER, actor="王芳")


# -- attach ------------------------------------------------------------------------------------------

def test_attach_adds_the_phrasings_to_an_existing_entry(queued, staff_engine):
    g = deposit_group(queued, staff_engine)
    target = staff_engine.index.entry("cz-zg-07")
    done = actions.attach(queued, staff_engine, g.id, "cz-zg-07", actor="王芳")
    assert done.entry_id == "cz-zg-07" and done.notified == 3
    merged = staff_engine.index.entry("cz-zg-07")
    assert set(DEPOSIT) <= set(merged.variants) and merged.answer == target.answer
    assert [v.text for v in actions.attached_variants(queued, "cz-zg-07")] == DEPOSIT
    assert all(target.answer in o.text for o in queued.pending_outbox())
    with pytest.raises(actions.ReviewError):
        actions.attach(queued, staff_engine, g.id, "cz-zg-07", actor="王芳")     # already answered


def test_attach_to_an_unknown_entry_is_refused(queued, staff_engine):
    with pytest.raises(actions.ReviewError):
        actions.attach(queued, staff_engine, deposit_group(queued, staff_engine).id, "nope", actor="王芳")


# -- out of scope --------------------------------------------------------------------------------------

def test_out_of_scope_refuses_politely_and_stops_queueing(queued, staff_engine):
    g = next(g for g in queue.groups(queued, staff_engine, tab="refused") if "公积金" in g.text)
    actions.out_of_scope(queued, staff_engine, g.id, actor="王芳", region="巴中")
    reply = ask(queued, staff_engine, "公积金怎么提取呢", who="u8")
    assert reply.kind == "unanswered" and "不在医保政策问答的范围内" in reply.text
    assert "0827-5775700" in reply.text                      # the office's phone
    assert [g.text for g in queue.groups(queued, staff_engine, tab=None)] == [deposit_group(queued, staff_engine).text]
    with queued.transaction() as db:
        assert db.query(QueueItem).filter_by(status="out_of_scope").count() == 1


def test_an_out_of_scope_rule_does_not_catch_other_questions(queued, staff_engine):
    g = next(g for g in queue.groups(queued, staff_engine, tab="refused") if "公积金" in g.text)
    actions.out_of_scope(queued, staff_engine, g.id, actor="王芳")
    reply = staff_engine.answer(Message(text="巴中居民医保什么时候交费"), Session())
    assert reply.kind == "faq"


def test_dismiss(queued, staff_engine):
    g = deposit_group(queued, staff_engine)
    assert actions.dismiss(queued, staff_engine, g.id, actor="王芳").resolved == 3
    assert queued.pending_outbox() == []
    assert len(queue.groups(queued, staff_engine, status="dismissed")) == 1


# -- edits, removal, audit ------------------------------------------------------------------------------

def test_edit_and_remove_are_audited_and_reach_the_bot(queued, staff_engine):
    g = deposit_group(queued, staff_engine)
    entry_id = actions.answer(queued, staff_engine, g.id, ANSWER, actor="王芳").entry_id
    actions.edit(queued, staff_engine, entry_id, actor="李强", question="住院押金要交多少",
                 answer_text="改过的答案：押金以医院规定为准。", region="长治", variants=["住院预交金多少"])
    # now 长治's answer: given in a 长治 chat (with no region known the bot would ask which)
    assert ask(queued, staff_engine, "住院押金要交多少", who="u6", chat_region="长治").text.startswith("改过的答案")
    actions.remove(queued, staff_engine, entry_id, actor="李强")
    assert staff_engine.index.entry(entry_id) is None
    assert ask(queued, staff_engine, "住院押金要交多少", who="u6", chat_region="长治").kind == "unanswered"
    events = actions.audit_log(queued)
    assert [(e.actor, e.action) for e in events] == [("李强", "delete"), ("李强", "edit"), ("王芳", "answer")]
    assert events[1].detail["changes"]["answer"]["before"] == ANSWER
    assert events[0].detail["before"]["answer"].startswith("改过的答案")
    with pytest.raises(actions.ReviewError):
        actions.remove(queued, staff_engine, entry_id, actor="李强")


# -- keeping other processes in step ----------------------------------------------------------------------

def test_other_processes_see_changes_within_the_check_interval(queued, staff_engine, db_url):
    """Two processes on one database: the review page's (staff_engine) and a channel's (`engine`)."""
    clock = [1000.0]
    other_store = Store(db_url)
    from bot.engine import Engine
    channel_engine = Engine()
    try:
        assert knowledge.sync(other_store, channel_engine, clock=lambda: clock[0]) is False   # nothing yet
        actions.answer(queued, staff_engine, deposit_group(queued, staff_engine).id, ANSWER, actor="王芳")
        clock[0] += 1       # within the interval: not even looked at
        assert knowledge.sync(other_store, channel_engine, clock=lambda: clock[0]) is False
        clock[0] += knowledge.CHECK_EVERY
        assert knowledge.sync(other_store, channel_engine, clock=lambda: clock[0]) is True
        clock[0] += knowledge.CHECK_EVERY
        assert knowledge.sync(other_store, channel_engine, clock=lambda: clock[0]) is False   # unchanged
        assert channel_engine.index.entry("staff-1").answer == ANSWER
    finally:
        other_store.close()


def test_the_shared_engine_is_untouched(engine):
    assert not engine.has_staff


# -- export ----------------------------------------------------------------------------------------------

def test_export_is_utf8_with_bom_and_excel_safe(queued, staff_engine, tmp_path):
    ask(queued, staff_engine, "=HYPERLINK(\"http://x\")医保怎么报", who="u3")
    path = export.write(queued, staff_engine, "queue", tmp_path, "queue.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == export.QUEUE_COLUMNS and len(rows) >= 5
    assert any(r[6] == "住院押金要交多少" for r in rows[1:])
    assert all(not r[6].startswith("=") for r in rows[1:])
    log = export.render(queued, staff_engine, "questions", "csv").decode("utf-8")
    assert log.startswith("\ufeff编号") and "公积金怎么提取" in log


@pytest.mark.parametrize("name", ["../out.csv", "/etc/passwd.csv", "a/../../out.xlsx", "out.txt", "."])
def test_export_paths_cannot_escape_their_folder(tmp_path, name):
    with pytest.raises(export.ExportPathError):
        export.safe_path(tmp_path / "exports", name)


def test_export_refuses_a_link_out_of_its_folder(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "link.csv").symlink_to(tmp_path / "outside.csv")
    with pytest.raises(export.ExportPathError):
        export.safe_path(folder, "link.csv")
    assert export.safe_path(folder, "sub/../ok.csv") == (folder / "ok.csv").resolve()
