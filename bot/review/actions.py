"""What staff do with a queued group, and with staff entries afterwards. The review page and the
`yibao review` command both call these; routes and commands hold no logic of their own.

Every change is one transaction that also bumps the staff version (`bot.knowledge`) and writes an
audit event; then this process's engine is reloaded at once, and askers are told (once each)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select

import regions
from bot import knowledge, texts
from bot.reply import Source
from bot.review import queue as queue_mod
from bot.storage import Store
from bot.storage.models import AuditEvent, QueueItem, StaffEntry, StaffVariant, utcnow
from bot.storage.store import meta_counter
from corpus.entries import MAX_ANSWER_CHARS

REGIONS = (*regions.covered(), regions.national())
MAX_QUESTION_CHARS = 200
MAX_VARIANTS = 50
SEQ_KEY = "staff_seq"


class ReviewError(ValueError):
    """A refused action, with a message staff can read (Chinese)."""


@dataclass(frozen=True)
class Done:
    entry_id: str | None
    resolved: int          # queue items closed
    notified: int          # askers queued a message


# -- validation --------------------------------------------------------------------------------

def clean_answer(answer: str) -> str:
    answer = (answer or "").strip().replace("\r\n", "\n")
    if not answer:
        raise ReviewError("答案不能为空。")
    if len(answer) > MAX_ANSWER_CHARS:
        raise ReviewError(f"答案有 {len(answer)} 个字，请控制在 {MAX_ANSWER_CHARS} 字以内。")
    return answer


def clean_question(text: str) -> str:
    text = " ".join((text or "").split())
    if not text:
        raise ReviewError("问题不能为空。")
    if len(text) > MAX_QUESTION_CHARS:
        raise ReviewError(f"问题请控制在 {MAX_QUESTION_CHARS} 字以内。")
    return text


def clean_region(region: str | None) -> str:
    region = region or regions.national()
    if region not in REGIONS:
        raise ReviewError(f"地区只能是：{'、'.join(REGIONS)}。")
    return region


def clean_variants(variants: list[str], question: str) -> list[str]:
    out: dict[str, None] = {}
    for v in variants:
        v = " ".join((v or "").split())
        if v and v != question and len(v) <= MAX_QUESTION_CHARS:
            out.setdefault(v, None)
    return list(out)[:MAX_VARIANTS]


def _open_group(store: Store, engine, queue_id: int) -> queue_mod.Group:
    group = queue_mod.find_group(store, engine, queue_id)
    if group is None:
        raise ReviewError(f"没有编号为 {queue_id} 的问题。")
    if group.status != "open":
        raise ReviewError(f"问题 {queue_id} 已处理过（{group.status}）。")
    return group


def next_staff_id(db) -> str:
    return f"staff-{meta_counter(db, SEQ_KEY)}"


def record_audit(db, actor: str, action: str, target: str, **detail) -> None:
    db.add(AuditEvent(actor=actor, action=action, target=target, detail=detail))


def _resolve(db, ids: list[int], status: str, actor: str, entry_id: str | None) -> int:
    n = 0
    for item in db.scalars(select(QueueItem).where(QueueItem.id.in_(ids), QueueItem.status == "open")):
        item.status, item.resolved_by, item.resolved_at = status, actor, utcnow()
        item.answer_entry_id = entry_id
        n += 1
    return n


def _tell_askers(store: Store, group: queue_mod.Group, answer: str, source_line: str) -> int:
    told = 0
    for item in group.items:
        text = texts.ANSWERED_NOTICE.format(question=item.text, answer=answer) + "\n" + source_line
        if store.notify_asker(item.id, text) is not None:
            told += 1
    return told


def _source_line(engine, entry_id: str) -> str:
    entry = engine.index.entry(entry_id)
    return Source(handbook=entry.source.title, section=entry.source.section).line() if entry is not None else ""


def _entry_snapshot(row: StaffEntry) -> dict:
    return {"kind": row.kind, "region": row.region, "question": row.question, "variants": list(row.variants or []),
            "answer": row.answer}


# -- actions on a queued group --------------------------------------------------------------------

def answer(store: Store, engine, queue_id: int, answer_text: str, *, actor: str, region: str | None = None,
           question: str | None = None) -> Done:
    """A new staff entry from the group: its question (or `question`), the other phrasings as variants."""
    group = _open_group(store, engine, queue_id)
    answer_text = clean_answer(answer_text)
    q = clean_question(question or group.text)
    region = clean_region(region or group.region)
    variants = clean_variants(group.texts, q)
    with store.transaction() as db:
        entry_id = next_staff_id(db)
        db.add(StaffEntry(id=entry_id, kind="answer", region=region, question=q, variants=variants,
                          answer=answer_text, created_by=actor, updated_by=actor))
        resolved = _resolve(db, group.ids, "answered", actor, entry_id)
        knowledge.bump(db)
        record_audit(db, actor, "answer", entry_id, queue_ids=group.ids, region=region, question=q, variants=variants,
               answer=answer_text)
    knowledge.sync(store, engine, force=True)
    told = _tell_askers(store, group, answer_text, _source_line(engine, entry_id))
    return Done(entry_id, resolved, told)


def attach(store: Store, engine, queue_id: int, entry_id: str, *, actor: str) -> Done:
    """The group's phrasings become variants of an existing entry; askers get that entry's answer."""
    group = _open_group(store, engine, queue_id)
    entry = engine.index.entry(entry_id.strip())
    if entry is None or entry.out_of_scope:
        raise ReviewError(f"没有编号为 {entry_id} 的条目。")
    known = {entry.question, *entry.variants}
    added = [t for t in clean_variants(group.texts, entry.question) if t not in known]
    with store.transaction() as db:
        for text in added:
            db.add(StaffVariant(entry_id=entry.id, text=text, created_by=actor))
        resolved = _resolve(db, group.ids, "answered", actor, entry.id)
        knowledge.bump(db)
        record_audit(db, actor, "attach", entry.id, queue_ids=group.ids, variants=added)
    knowledge.sync(store, engine, force=True)
    told = _tell_askers(store, group, entry.answer, _source_line(engine, entry.id))
    return Done(entry.id, resolved, told)


def out_of_scope(store: Store, engine, queue_id: int, *, actor: str, region: str | None = None) -> Done:
    """A rule: questions like these get a polite refusal with the office's phone and are not queued again."""
    group = _open_group(store, engine, queue_id)
    q = clean_question(group.text)
    region = clean_region(region or group.region)
    variants = clean_variants(group.texts, q)
    with store.transaction() as db:
        entry_id = next_staff_id(db)
        db.add(StaffEntry(id=entry_id, kind="out_of_scope", region=region, question=q, variants=variants,
                          answer=texts.STAFF_OUT_OF_SCOPE, created_by=actor, updated_by=actor))
        resolved = _resolve(db, group.ids, "out_of_scope", actor, entry_id)
        knowledge.bump(db)
        record_audit(db, actor, "out_of_scope", entry_id, queue_ids=group.ids, region=region, question=q,
               variants=variants)
    knowledge.sync(store, engine, force=True)
    return Done(entry_id, resolved, 0)


def dismiss(store: Store, engine, queue_id: int, *, actor: str) -> Done:
    """Nothing to teach (spam, a test, a question already answered elsewhere): off the queue."""
    group = _open_group(store, engine, queue_id)
    with store.transaction() as db:
        resolved = _resolve(db, group.ids, "dismissed", actor, None)
        record_audit(db, actor, "dismiss", f"queue:{group.id}", queue_ids=group.ids, text=group.text)
    return Done(None, resolved, 0)


# -- staff entries afterwards ----------------------------------------------------------------------

def staff_entries(store: Store) -> list[StaffEntry]:
    with store.transaction() as db:
        return list(db.scalars(select(StaffEntry).order_by(StaffEntry.created_at.desc(), StaffEntry.id.desc())))


def staff_entry(store: Store, entry_id: str) -> StaffEntry | None:
    with store.transaction() as db:
        return db.get(StaffEntry, entry_id)


def attached_variants(store: Store, entry_id: str | None = None) -> list[StaffVariant]:
    with store.transaction() as db:
        stmt = select(StaffVariant).order_by(StaffVariant.id)
        if entry_id:
            stmt = stmt.where(StaffVariant.entry_id == entry_id)
        return list(db.scalars(stmt))


def edit(store: Store, engine, entry_id: str, *, actor: str, question: str, answer_text: str, region: str,
         variants: list[str]) -> None:
    q = clean_question(question)
    region = clean_region(region)
    variants = clean_variants(variants, q)
    with store.transaction() as db:
        row = db.get(StaffEntry, entry_id)
        if row is None:
            raise ReviewError(f"没有编号为 {entry_id} 的工作人员条目。")
        answer_text = clean_answer(answer_text) if row.kind == "answer" else row.answer
        before = _entry_snapshot(row)
        row.question, row.answer, row.region, row.variants = q, answer_text, region, variants
        row.updated_by, row.updated_at = actor, utcnow()
        after = _entry_snapshot(row)
        if before == after:
            return
        knowledge.bump(db)
        record_audit(db, actor, "edit", entry_id,
               changes={k: {"before": before[k], "after": after[k]} for k in before if before[k] != after[k]})
    knowledge.sync(store, engine, force=True)


def remove(store: Store, engine, entry_id: str, *, actor: str) -> None:
    """Delete a staff entry and the phrasings attached to it; the audit log keeps what it said."""
    with store.transaction() as db:
        row = db.get(StaffEntry, entry_id)
        if row is None:
            raise ReviewError(f"没有编号为 {entry_id} 的工作人员条目。")
        before = _entry_snapshot(row)
        db.delete(row)
        db.execute(delete(StaffVariant).where(StaffVariant.entry_id == entry_id))
        knowledge.bump(db)
        record_audit(db, actor, "delete", entry_id, before=before)
    knowledge.sync(store, engine, force=True)


def remove_variant(store: Store, engine, variant_id: int, *, actor: str) -> None:
    with store.transaction() as db:
        row = db.get(StaffVariant, variant_id)
        if row is None:
            raise ReviewError("没有这条附加问法。")
        db.delete(row)
        knowledge.bump(db)
        record_audit(db, actor, "remove_variant", row.entry_id, text=row.text)
    knowledge.sync(store, engine, force=True)


def audit_log(store: Store, limit: int = 200) -> list[AuditEvent]:
    with store.transaction() as db:
        return list(db.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)))
