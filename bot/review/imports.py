"""Knowledge from a file (CSV or XLSX, as `bot.review.export` writes them, or typed in Excel):
read, validated row by row, turned into a plan of changes that staff see before anything is
written (the dry run), then applied in one transaction with one audit line.

Two tables are understood, told apart by their header:

* entries (编号, 类型, 地区, 标准问题, 其他问法, 答案; 来源 is ignored): a row whose 编号 is a staff entry,
  or whose region and question are those of one, updates it; a row of a handbook entry may only
  add phrasings (the handbook's own text comes from its data files); any other row is a new staff
  entry. Phrasings are one per line in their cell.
* phrasings (条目编号, 问法): each is attached to that entry unless it already has it.

An import adds and changes; it never deletes (the entries page does). A file with any invalid row
is not applied at all."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import secrets
import zipfile
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import delete, select

from bot import knowledge, texts
from bot.review.actions import (MAX_QUESTION_CHARS, MAX_VARIANTS, ReviewError, clean_answer, clean_question,
                                clean_region, clean_variants, next_staff_id, record_audit)
from bot.review.export import ENTRY_COLUMNS, ENTRY_KIND_LABELS, VARIANT_COLUMNS
from bot.storage import Store
from bot.storage.models import StaffEntry, StaffVariant, StagedImport, utcnow

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000
STAGED_FOR = timedelta(days=1)
KIND_BY_LABEL = {label: kind for kind, label in ENTRY_KIND_LABELS.items()}
FORMULA_QUOTE = ("'=", "'+", "'-", "'@")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")     # control characters, but not tab or newline


class FileRefused(ReviewError):
    """The file as a whole cannot be read (not a table, an unknown header, too big)."""


@dataclass
class Change:
    row: int                              # the row in the file (the header is row 1)
    action: str                           # "new_entry" / "update_entry" / "new_variant"
    target: str                           # the entry id (a new entry: "新条目")
    question: str
    fields: dict[str, tuple[str, str]] = field(default_factory=dict)   # label -> (before, after)
    data: dict = field(default_factory=dict)                           # what apply writes

    @property
    def label(self) -> str:
        return {"new_entry": "新建条目", "update_entry": "修改条目", "new_variant": "增加问法"}[self.action]


@dataclass
class Plan:
    filename: str
    table: str                            # "entries" / "variants"
    changes: list[Change] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    unchanged: int = 0
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.changes)

    def counts(self) -> dict[str, int]:
        return {"new_entries": sum(c.action == "new_entry" for c in self.changes),
                "updated_entries": sum(c.action == "update_entry" for c in self.changes),
                "new_variants": sum(len(c.data["variants"]) for c in self.changes if c.action == "new_variant")}

    @property
    def fingerprint(self) -> str:
        """Names exactly these changes: applying checks the file still means what staff saw."""
        canon = [(c.action, c.target, c.data) for c in self.changes]
        return hashlib.sha256(json.dumps(canon, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:32]


# -- reading the file ------------------------------------------------------------------------------

def read_table(filename: str, content: bytes) -> list[list[str]]:
    """The file's rows as text cells, header first."""
    if len(content) > MAX_BYTES:
        raise FileRefused(f"文件太大（{len(content) // 1024} KB），请控制在 {MAX_BYTES // 1024 // 1024} MB 以内。")
    if not content.strip():
        raise FileRefused("文件是空的。")
    if content[:4] == b"PK\x03\x04" or filename.lower().endswith(".xlsx"):
        rows = _xlsx_rows(content)
    else:
        rows = _csv_rows(content)
    rows = [[_cell(v) for v in row] for row in rows]
    rows = [r for r in rows if any(r)]
    if len(rows) > MAX_ROWS + 1:
        raise FileRefused(f"行数太多（{len(rows) - 1}），一次最多导入 {MAX_ROWS} 行。")
    if not rows:
        raise FileRefused("文件里没有内容。")
    return rows


def _csv_rows(content: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "gb18030"):     # Excel on a Chinese Windows saves CSV as GBK
        try:
            text = content.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise FileRefused("无法识别文件的编码，请另存为“CSV UTF-8”或 Excel 工作簿（.xlsx）。")
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise FileRefused(f"CSV 格式有误：{exc}") from None


def _xlsx_rows(content: bytes) -> list[list]:
    from openpyxl import load_workbook
    try:
        wb = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise FileRefused(f"不是有效的 Excel 工作簿（.xlsx）：{type(exc).__name__}") from None
    try:
        return [list(row) for row in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _CONTROL.sub("", str(value).replace("\r\n", "\n")).strip()
    return text[1:] if text.startswith(FORMULA_QUOTE) else text     # the export's guard against formulas


# -- planning ----------------------------------------------------------------------------------------

def plan(store: Store, engine, filename: str, content: bytes) -> Plan:
    """What importing the file would change, and every row that is wrong. Writes nothing."""
    rows = read_table(filename, content)
    header = rows[0]
    knowledge.sync(store, engine)
    if "标准问题" in header:
        return _plan_entries(store, engine, filename, header, rows[1:])
    if "条目编号" in header and "问法" in header:
        return _plan_variants(engine, filename, header, rows[1:])
    raise FileRefused("不认识这个表格：第一行应是导出时的表头（" + "、".join(ENTRY_COLUMNS) + "），或“条目编号、问法”。")


def _columns(header: list[str], known: list[str]) -> tuple[dict[str, int], list[str]]:
    at, ignored = {}, []
    for i, name in enumerate(header):
        name = name.strip()
        if name in known and name not in at:
            at[name] = i
        elif name:
            ignored.append(name)
    return at, ignored


def _get(row: list[str], at: dict[str, int], name: str) -> str:
    i = at.get(name)
    return row[i] if i is not None and i < len(row) else ""


def _plan_entries(store: Store, engine, filename: str, header: list[str], rows: list[list[str]]) -> Plan:
    at, ignored = _columns(header, ENTRY_COLUMNS)
    p = Plan(filename, "entries", ignored_columns=[c for c in ignored])
    with store.transaction() as db:
        staff = {e.id: e for e in db.scalars(select(StaffEntry))}
    by_question = {(e.region, e.question): e for e in staff.values()}
    seen: set[str] = set()
    for n, row in enumerate(rows, 2):
        try:
            change = _entry_change(engine, staff, by_question, row, at)
        except ReviewError as exc:
            p.errors.append((n, str(exc)))
            continue
        if change is None:
            p.unchanged += 1
            continue
        key = change.target if change.action != "new_entry" else f"{change.data['region']}|{change.question}"
        if key in seen:
            p.errors.append((n, f"与前面的行重复（{change.target if change.action != 'new_entry' else change.question}）。"))
            continue
        seen.add(key)
        change.row = n
        p.changes.append(change)
    return p


def _entry_change(engine, staff: dict[str, StaffEntry], by_question: dict, row: list[str],
                  at: dict[str, int]) -> Change | None:
    entry_id = _get(row, at, "编号")
    kind_label = _get(row, at, "类型")
    if kind_label and kind_label not in KIND_BY_LABEL:
        raise ReviewError(f"类型“{kind_label}”不认识，只能是：{'、'.join(KIND_BY_LABEL)}。")
    handbook = engine.index.entry(entry_id) if entry_id and entry_id not in staff else None
    if handbook is not None and handbook.origin != "staff":
        return _handbook_change(handbook, row, at, kind_label)

    question = clean_question(_get(row, at, "标准问题"))
    region = clean_region(_get(row, at, "地区") or None)
    variants = clean_variants(_get(row, at, "其他问法").split("\n"), question)
    existing = staff.get(entry_id) or by_question.get((region, question))
    kind = KIND_BY_LABEL.get(kind_label) or (existing.kind if existing else "answer")
    if kind == "handbook":
        raise ReviewError(f"找不到手册条目 {entry_id or '（未填编号）'}；新条目的类型请填“工作人员答复”或“不在范围”。")
    answer = clean_answer(_get(row, at, "答案")) if kind == "answer" else ""
    if existing is None:
        return Change(0, "new_entry", "新条目", question,
                      fields={"类型": ("", ENTRY_KIND_LABELS[kind]), "地区": ("", region), "标准问题": ("", question),
                              "其他问法": ("", "\n".join(variants)), "答案": ("", answer)},
                      data={"kind": kind, "region": region, "question": question, "variants": variants,
                            "answer": answer or texts.STAFF_OUT_OF_SCOPE})
    if kind != existing.kind:
        raise ReviewError(f"条目 {existing.id} 的类型不能改（{ENTRY_KIND_LABELS[existing.kind]}）。")
    before = {"地区": existing.region, "标准问题": existing.question, "其他问法": "\n".join(existing.variants or []),
              "答案": existing.answer if kind == "answer" else ""}
    after = {"地区": region, "标准问题": question, "其他问法": "\n".join(variants), "答案": answer}
    fields = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
    if not fields:
        return None
    return Change(0, "update_entry", existing.id, question, fields=fields,
                  data={"region": region, "question": question, "variants": variants,
                        "answer": answer if kind == "answer" else existing.answer})


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _handbook_change(entry, row: list[str], at: dict[str, int], kind_label: str) -> Change | None:
    """A handbook entry's row may only bring new phrasings: its text comes from the handbook."""
    given = {name: _get(row, at, name) for name in ("地区", "标准问题", "答案")}
    changed = [name for name, ok in (("类型", kind_label in ("", ENTRY_KIND_LABELS["handbook"])),
                                     ("地区", given["地区"] in ("", entry.region)),
                                     ("标准问题", not given["标准问题"] or _same(given["标准问题"], entry.question)),
                                     ("答案", not given["答案"] or _same(given["答案"], entry.answer))) if not ok]
    if changed:
        raise ReviewError(f"{entry.id} 是手册条目，它的{'、'.join(changed)}来自政策手册，不能在这里修改；"
                          "只能增加“其他问法”（要给出不同的答案，请不填编号，新建一条工作人员答复）。")
    new = [v for v in clean_variants(_get(row, at, "其他问法").split("\n"), entry.question)
           if v not in entry.variants]
    if not new:
        return None
    return Change(0, "new_variant", entry.id, entry.question, fields={"其他问法": ("", "\n".join(new))},
                  data={"variants": new})


def _plan_variants(engine, filename: str, header: list[str], rows: list[list[str]]) -> Plan:
    at, ignored = _columns(header, VARIANT_COLUMNS)
    p = Plan(filename, "variants", ignored_columns=[c for c in ignored])
    adding: dict[str, Change] = {}
    for n, row in enumerate(rows, 2):
        entry_id, text = _get(row, at, "条目编号"), " ".join(_get(row, at, "问法").split())
        entry = engine.index.entry(entry_id) if entry_id else None
        if entry is None or entry.out_of_scope:
            p.errors.append((n, f"没有编号为 {entry_id or '（空）'} 的条目。"))
            continue
        if not text or len(text) > MAX_QUESTION_CHARS:
            p.errors.append((n, f"问法不能为空，且在 {MAX_QUESTION_CHARS} 字以内。"))
            continue
        change = adding.get(entry.id)
        if text in entry.variants or text == entry.question or (change and text in change.data["variants"]):
            p.unchanged += 1
            continue
        if change is None:
            change = adding[entry.id] = Change(n, "new_variant", entry.id, entry.question, data={"variants": []})
            p.changes.append(change)
        if len(change.data["variants"]) >= MAX_VARIANTS:
            p.errors.append((n, f"条目 {entry.id} 一次最多增加 {MAX_VARIANTS} 个问法。"))
            continue
        change.data["variants"].append(text)
        change.fields["其他问法"] = ("", "\n".join(change.data["variants"]))
    return p


# -- applying --------------------------------------------------------------------------------------

def apply(store: Store, engine, filename: str, content: bytes, *, actor: str, fingerprint: str | None = None) -> Plan:
    """Plan again and write it all in one transaction, with one audit line, then reload the engine.
    With `fingerprint` (from the dry run), refuse if the changes are no longer the ones staff saw."""
    p = plan(store, engine, filename, content)
    if p.errors:
        raise ReviewError(f"文件有 {len(p.errors)} 处错误，没有导入任何内容；请改正后重新预览。")
    if not p.changes:
        raise ReviewError("文件里没有需要修改的内容。")
    if fingerprint is not None and fingerprint != p.fingerprint:
        raise ReviewError("预览之后知识库有了变化，请重新预览再导入。")
    with store.transaction() as db:
        for c in p.changes:
            if c.action == "new_entry":
                d = c.data
                c.target = next_staff_id(db)
                db.add(StaffEntry(id=c.target, kind=d["kind"], region=d["region"], question=d["question"],
                                  variants=d["variants"], answer=d["answer"], created_by=actor, updated_by=actor))
            elif c.action == "update_entry":
                row = db.get(StaffEntry, c.target)
                row.region, row.question, row.variants = c.data["region"], c.data["question"], c.data["variants"]
                row.answer, row.updated_by, row.updated_at = c.data["answer"], actor, utcnow()
            else:
                for text in c.data["variants"]:
                    db.add(StaffVariant(entry_id=c.target, text=text, created_by=actor))
        knowledge.bump(db)
        record_audit(db, actor, "import", f"file:{filename}"[:64], counts=p.counts(),
               entries=sorted({c.target for c in p.changes}))
    knowledge.sync(store, engine, force=True)
    return p


# -- between the dry run and applying: the file kept in the database --------------------------------

def stage(store: Store, actor: str, filename: str, content: bytes) -> str:
    """Keep an uploaded file for its "apply" (which any review process may receive); returns its token.
    Files staged over a day ago and never applied are dropped."""
    token = secrets.token_urlsafe(24)
    with store.transaction() as db:
        db.execute(delete(StagedImport).where(StagedImport.created_at < utcnow() - STAGED_FOR))
        db.add(StagedImport(token=token, actor=actor, filename=filename[:200], content=content))
    return token


def take(store: Store, token: str) -> tuple[str, bytes] | None:
    """(filename, content) of a staged file, removed in the same transaction, so it is applied once;
    None when it was applied, discarded or dropped."""
    with store.transaction() as db:
        row = db.get(StagedImport, token)
        if row is None:
            return None
        db.delete(row)
        return row.filename, row.content
