"""`yibao review …`: the review page's actions from a terminal (same functions, same audit log).
Its parser is built only when `yibao review` runs (`bot.cli` hands it the rest of the line)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.review import actions, export, imports, queue

REGIONS = actions.REGIONS


class ReviewUsageError(Exception):
    """A refused action or a bad file: one line on stderr, exit status 2 (`bot.cli` prints it)."""


def build_parser(prog: str = "yibao review") -> argparse.ArgumentParser:
    rv = argparse.ArgumentParser(prog=prog, description="the staff review queue: serve the page, list, answer, "
                                                        "import and export knowledge")
    rv.add_argument("--as", dest="actor", metavar="NAME", help="who is acting, for the audit log (default: cli:<login>)")
    rsub = rv.add_subparsers(dest="review_command", required=True, metavar="ACTION")

    serve = rsub.add_parser("serve", help="serve the review page (password: YIBAO_REVIEW_PASSWORD)")
    serve.add_argument("--host", help="address to listen on (default: review_host, 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default: review_port, 8766)")

    ls = rsub.add_parser("list", help="the queue, grouped: one line per group")
    ls.add_argument("--json", action="store_true", help="one JSON object per line: id, text, count, region, status")
    ls.add_argument("--status", choices=queue.QUEUE_STATUSES, default="open", help="which groups (default: open)")
    ls.add_argument("--region", choices=REGIONS, help="only this region's")
    ls.add_argument("--order", choices=queue.ORDERS, default="newest", help="newest first, or most asked first")
    ls.add_argument("--refused", action="store_true",
                    help="the refusals of the last 30 days instead (topics outside 医保, places not covered)")
    ls.add_argument("--batch", action="store_true", help="include evaluation runs (channel batch)")

    ans = rsub.add_parser("answer", help="answer a group: a new staff entry, askers told")
    ans.add_argument("id", type=int, help="the group's id (from `yibao review list`)")
    ans.add_argument("answer", help="the answer text")
    ans.add_argument("--region", choices=REGIONS, help="the region it holds for (default: the group's, else 全国)")
    ans.add_argument("--question", help="the question as it should read (default: the most-asked phrasing)")

    at = rsub.add_parser("attach", help="attach a group to an existing entry as new phrasings")
    at.add_argument("id", type=int, help="the group's id")
    at.add_argument("entry_id", help="e.g. bz-3-07 or staff-2")

    oos = rsub.add_parser("out-of-scope", help="mark a group out of scope: refused politely, not queued again")
    oos.add_argument("id", type=int, help="the group's id")
    oos.add_argument("--region", choices=REGIONS, help="the region the rule holds for (default: the group's)")

    dis = rsub.add_parser("dismiss", help="take a group off the queue")
    dis.add_argument("id", type=int, help="the group's id")

    ex = rsub.add_parser("export", help="write a table Excel opens (.csv UTF-8 with BOM, or .xlsx)")
    ex.add_argument("file", help="a .csv or .xlsx file inside --dir")
    ex.add_argument("--what", choices=tuple(export.KINDS), default="queue",
                    help="queue, questions (the log), entries (all knowledge), staff (staff entries), "
                         "variants (attached phrasings); default: queue")
    ex.add_argument("--dir", default=".", help="the folder the file must stay inside (default: the current one)")

    im = rsub.add_parser("import", help="knowledge from a .csv or .xlsx file: shows the changes; --apply writes them")
    im.add_argument("file", help="an entries or variants table, as `export --what entries|staff|variants` writes")
    im.add_argument("--apply", action="store_true", help="write the changes (default: a dry run that writes nothing)")
    return rv


def run(args: argparse.Namespace, *, settings, engine, actor: str) -> int:
    """`engine` is a callable: only the commands that need the corpus load it."""
    cmd = args.review_command
    if cmd == "serve":
        from bot.logs import configure_logging
        from bot.review.app import serve
        configure_logging(settings)
        return serve(settings, host=args.host or settings.review_host, port=args.port or settings.review_port)
    if cmd == "import" and not Path(args.file).is_file():
        raise ReviewUsageError(f"review import: {args.file}: no such file")
    from bot import knowledge
    from bot.storage import Store
    store = Store.from_settings(settings)
    try:
        if cmd == "export" and args.what in ("queue", "questions", "variants"):
            return _export(store, None, args)
        eng = engine()
        knowledge.sync(store, eng, force=True)
        if cmd == "export":
            return _export(store, eng, args)
        if cmd == "list":
            return _list(store, eng, args)
        if cmd == "import":
            return _import(store, eng, args, actor)
        return _act(store, eng, args, actor)
    except actions.ReviewError as exc:
        raise ReviewUsageError(f"review {cmd}: {exc}") from None
    finally:
        store.close()


def _act(store, eng, args, actor: str) -> int:
    cmd = args.review_command
    if cmd == "answer":
        done = actions.answer(store, eng, args.id, args.answer, actor=actor, region=args.region, question=args.question)
        print(f"answered {args.id}: entry {done.entry_id}, {done.resolved} questions, {done.notified} askers told")
    elif cmd == "attach":
        done = actions.attach(store, eng, args.id, args.entry_id, actor=actor)
        print(f"attached {args.id} to {done.entry_id}: {done.resolved} questions, {done.notified} askers told")
    elif cmd == "out-of-scope":
        done = actions.out_of_scope(store, eng, args.id, actor=actor, region=args.region)
        print(f"out of scope {args.id}: rule {done.entry_id}, {done.resolved} questions")
    elif cmd == "dismiss":
        done = actions.dismiss(store, eng, args.id, actor=actor)
        print(f"dismissed {args.id}: {done.resolved} questions")
    return 0


def _export(store, eng, args) -> int:
    try:
        path = export.write(store, eng, args.what, Path(args.dir), args.file)
    except export.ExportPathError as exc:
        raise ReviewUsageError(f"review export: {exc}") from None
    print(f"wrote {path}")
    return 0


def _list(store, engine, args) -> int:
    if args.refused:
        groups = queue.refused(store, engine, region=args.region, include_batch=args.batch, order=args.order)
    else:
        groups = queue.groups(store, engine, status=args.status, region=args.region, include_batch=args.batch,
                              order=args.order, with_candidates=not args.json)
    for g in groups:
        if args.json:
            sys.stdout.write(json.dumps(g.as_json(), ensure_ascii=False) + "\n")
        else:
            best = f"  ≈ {g.candidates[0].entry_id} {g.candidates[0].confidence:.2f}" if g.candidates else ""
            ref = g.as_json()["id"]
            print(f"#{ref if ref is not None else '-'}  ×{g.count}  {g.region or '-'}  {g.status}  {g.text}{best}")
    return 0


def _import(store, engine, args, actor: str) -> int:
    path = Path(args.file)
    content = path.read_bytes()
    plan = imports.plan(store, engine, path.name, content)
    for row, message in plan.errors:
        print(f"row {row}: {message}")
    for c in plan.changes:
        fields = "; ".join(f"{label}: {before or '-'} → {after or '-'}".replace("\n", " / ")
                           for label, (before, after) in c.fields.items())
        print(f"row {c.row}: {c.label} {c.target} {c.question} | {fields}")
    counts = plan.counts()
    print(f"{len(plan.changes)} changes (new entries {counts['new_entries']}, updated {counts['updated_entries']}, "
          f"new phrasings {counts['new_variants']}), {plan.unchanged} rows unchanged, {len(plan.errors)} errors")
    if plan.errors:
        raise ReviewUsageError(f"review import: {path.name}: {len(plan.errors)} rows are wrong; nothing was imported")
    if not args.apply:
        print("dry run: nothing written; add --apply to import")
        return 0
    if plan.changes:
        imports.apply(store, engine, path.name, content, actor=actor, fingerprint=plan.fingerprint)
        print("imported")
    return 0
