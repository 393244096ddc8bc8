"""Exports as tables Excel opens: the queue, the question log, and the knowledge — every entry
with its phrasings, the staff entries alone, or the phrasings staff attached to entries (the last
three are also what `bot.review.imports` reads back).

CSV is UTF-8 with a byte-order mark (without it Excel reads the Chinese as the system code page)
and cells that start like a formula are prefixed with `'`, so Excel does not run them; XLSX cells
are written as text (openpyxl), never as formulas. Times are China time. A file written by the
command line goes only inside its folder."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy import select

from bot.knowledge import CHINA_TIME
from bot.storage import Store
from bot.storage.models import Feedback, Question, QueueItem, StaffVariant

FORMATS = ("csv", "xlsx")
BOM = "\ufeff"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

QUEUE_COLUMNS = ["编号", "状态", "原因", "地区", "渠道", "提问时间", "问题", "机器人答复类型", "答复条目", "处理人", "处理时间"]
QUESTION_COLUMNS = ["编号", "提问时间", "渠道", "地区", "答复类型", "问题", "机器人答复", "置信度", "评价"]
# the knowledge tables: `bot.review.imports` reads these headers back
ENTRY_COLUMNS = ["编号", "类型", "地区", "标准问题", "其他问法", "答案", "来源"]
VARIANT_COLUMNS = ["条目编号", "问法", "添加人", "添加时间"]
ENTRY_KIND_LABELS = {"handbook": "手册", "answer": "工作人员答复", "out_of_scope": "不在范围"}
VOTE_LABELS = {1: "有用", -1: "没用"}


KINDS = {           # what each export is called: the sheet's name, and on the page
    "queue": "待答队列",
    "questions": "提问记录",
    "entries": "全部知识条目",
    "staff": "工作人员条目",
    "variants": "附加问法",
}


class ExportPathError(ValueError):
    pass


def _t(value) -> str:
    return value.astimezone(CHINA_TIME).strftime("%Y-%m-%d %H:%M:%S") if value else ""


def _text(value) -> str:
    return "" if value is None else str(value)


# -- the tables ---------------------------------------------------------------------------------

def queue_rows(store: Store) -> list[list]:
    with store.transaction() as db:
        stmt = select(QueueItem, Question).join(Question, QueueItem.question_id == Question.id).order_by(QueueItem.id)
        return [[qi.id, qi.status, qi.reason, qi.region, q.channel, _t(q.created_at), q.text, q.reply_kind,
                 qi.answer_entry_id, qi.resolved_by, _t(qi.resolved_at)] for qi, q in db.execute(stmt)]


def question_rows(store: Store) -> list[list]:
    with store.transaction() as db:
        stmt = (select(Question, Feedback.vote).outerjoin(Feedback, Feedback.question_id == Question.id)
                .order_by(Question.id))
        return [[q.id, _t(q.created_at), q.channel, q.region, q.reply_kind, q.text, q.reply_text,
                 "" if q.confidence is None else f"{q.confidence:.3f}", VOTE_LABELS.get(vote, "")]
                for q, vote in db.execute(stmt)]


def entry_rows(engine, *, staff_only: bool = False) -> list[list]:
    """Every entry the bot searches (handbook entries with the phrasings staff attached, then the
    staff entries), one row each; phrasings one per line in their cell."""
    rows = []
    for e in engine.index.entries:
        if staff_only and e.origin != "staff":
            continue
        kind = "handbook" if e.origin != "staff" else ("out_of_scope" if e.out_of_scope else "answer")
        rows.append([e.id, ENTRY_KIND_LABELS[kind], e.region, e.question, "\n".join(e.variants),
                     "" if e.out_of_scope else e.answer, f"{e.source.title}{e.source.section}"])
    return rows


def variant_rows(store: Store) -> list[list]:
    with store.transaction() as db:
        return [[v.entry_id, v.text, v.created_by, _t(v.created_at)]
                for v in db.scalars(select(StaffVariant).order_by(StaffVariant.entry_id, StaffVariant.id))]


def table(store: Store, engine, kind: str) -> tuple[list[str], list[list]]:
    if kind not in KINDS:
        raise ValueError(f"unknown export {kind!r}; one of {tuple(KINDS)}")
    if kind == "queue":
        return QUEUE_COLUMNS, queue_rows(store)
    if kind == "questions":
        return QUESTION_COLUMNS, question_rows(store)
    if kind == "variants":
        return VARIANT_COLUMNS, variant_rows(store)
    from bot import knowledge
    knowledge.sync(store, engine)           # staff knowledge as the database has it now
    return ENTRY_COLUMNS, entry_rows(engine, staff_only=kind == "staff")


# -- as files -----------------------------------------------------------------------------------

def _cell(value) -> str:
    """Text as a CSV cell; one starting like a formula is quoted, so Excel does not run it."""
    text = _text(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def to_csv(header: list[str], rows: list[list]) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow([_cell(v) for v in row])
    return (BOM + out.getvalue()).encode("utf-8")


def to_xlsx(header: list[str], rows: list[list], title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append(header)
    for row in rows:
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", _text(v)) for v in row])
    for row in ws.iter_rows():
        for cell in row:
            cell.data_type = "s"         # text, even "=…": never a formula
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for n, name in enumerate(header):
        longest = max([len(name)] + [min(len(_text(r[n])), 60) for r in rows[:500]])
        ws.column_dimensions[get_column_letter(n + 1)].width = min(60, max(8, longest * 2))
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def render(store: Store, engine, kind: str, fmt: str) -> bytes:
    """The export `kind` as a file in `fmt` ("csv" or "xlsx")."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {FORMATS}")
    header, rows = table(store, engine, kind)
    return to_csv(header, rows) if fmt == "csv" else to_xlsx(header, rows, KINDS[kind])


def safe_path(folder: Path, name: str | Path) -> Path:
    """`name` inside `folder` (links followed), ending .csv or .xlsx; anything else is refused."""
    base = Path(folder).resolve()
    target = (base / name).resolve()
    if target == base or not target.is_relative_to(base):
        raise ExportPathError(f"{name}: the export must stay inside {base}")
    if target.suffix.lower().lstrip(".") not in FORMATS:
        raise ExportPathError(f"{name}: give the file a .csv or .xlsx name")
    return target


def write(store: Store, engine, kind: str, folder: Path, name: str | Path) -> Path:
    path = safe_path(folder, name)
    if not path.parent.is_dir():
        raise ExportPathError(f"{name}: no such folder {path.parent}")
    path.write_bytes(render(store, engine, kind, path.suffix.lower().lstrip(".")))
    return path
