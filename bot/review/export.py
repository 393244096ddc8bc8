"""CSV exports of the queue and of the question log: UTF-8 with a byte-order mark, so Excel opens
the Chinese text correctly; times in China time. A file export goes only inside its folder."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy import select

from bot.knowledge import CHINA_TIME
from bot.storage import Store
from bot.storage.models import Feedback, Question, QueueItem

KINDS = ("queue", "questions")
BOM = "\ufeff"
QUEUE_COLUMNS = ["编号", "状态", "原因", "地区", "渠道", "提问时间", "问题", "机器人答复类型", "答复条目", "处理人", "处理时间"]
QUESTION_COLUMNS = ["编号", "提问时间", "渠道", "地区", "答复类型", "问题", "机器人答复", "置信度", "评价"]


class ExportPathError(ValueError):
    pass


def _t(value) -> str:
    return value.astimezone(CHINA_TIME).strftime("%Y-%m-%d %H:%M:%S") if value else ""


def _cell(value) -> str:
    """Text as a cell; one starting like a formula is quoted, so Excel does not run it."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def queue_rows(store: Store) -> list[list[str]]:
    with store.transaction() as db:
        stmt = select(QueueItem, Question).join(Question, QueueItem.question_id == Question.id).order_by(QueueItem.id)
        return [[qi.id, qi.status, qi.reason, qi.region, q.channel, _t(q.created_at), q.text, q.reply_kind,
                 qi.answer_entry_id, qi.resolved_by, _t(qi.resolved_at)] for qi, q in db.execute(stmt)]


def question_rows(store: Store) -> list[list[str]]:
    with store.transaction() as db:
        stmt = (select(Question, Feedback.vote).outerjoin(Feedback, Feedback.question_id == Question.id)
                .order_by(Question.id))
        return [[q.id, _t(q.created_at), q.channel, q.region, q.reply_kind, q.text, q.reply_text,
                 "" if q.confidence is None else f"{q.confidence:.3f}",
                 {1: "👍", -1: "👎"}.get(vote, "")] for q, vote in db.execute(stmt)]


def to_csv(store: Store, kind: str) -> str:
    """The whole export as text, BOM first."""
    if kind not in KINDS:
        raise ValueError(f"unknown export {kind!r}; one of {KINDS}")
    header, rows = (QUEUE_COLUMNS, queue_rows(store)) if kind == "queue" else (QUESTION_COLUMNS, question_rows(store))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow([_cell(v) for v in row])
    return BOM + out.getvalue()


def safe_path(folder: Path, name: str | Path) -> Path:
    """`name` inside `folder` (links followed); anything that would land outside is refused."""
    base = Path(folder).resolve()
    target = (base / name).resolve()
    if target == base or not target.is_relative_to(base):
        raise ExportPathError(f"{name}: the export must stay inside {base}")
    if target.suffix.lower() != ".csv":
        raise ExportPathError(f"{name}: give the file a .csv name")
    return target


def write(store: Store, kind: str, folder: Path, name: str | Path) -> Path:
    path = safe_path(folder, name)
    if not path.parent.is_dir():
        raise ExportPathError(f"{name}: no such folder {path.parent}")
    path.write_bytes(to_csv(store, kind).encode("utf-8"))
    return path
