"""`yibao review …`: the review page's actions from a terminal (same functions, same audit log)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.review import actions, export, queue

REGIONS = actions.REGIONS


def add_parser(sub, func) -> None:
    rv = sub.add_parser("review", help="the staff review queue: serve the page, list, answer, export")
    rv.add_argument("--as", dest="actor", metavar="NAME", help="who is acting, for the audit log (default: cli:<login>)")
    rsub = rv.add_subparsers(dest="review_command", required=True)

    serve = rsub.add_parser("serve", help="serve the review page (password: YIBAO_REVIEW_PASSWORD)")
    serve.add_argument("--host", help="address to listen on (default: review_host, 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default: review_port, 8766)")

    ls = rsub.add_parser("list", help="the queue, grouped: one line per group")
    ls.add_argument("--json", action="store_true", help="one JSON object per line: id, text, count, region, status")
    ls.add_argument("--status", choices=queue.QUEUE_STATUSES, default="open")
    ls.add_argument("--region", choices=REGIONS)
    ls.add_argument("--order", choices=queue.ORDERS, default="newest")
    ls.add_argument("--batch", action="store_true", help="include evaluation runs (channel batch)")

    ans = rsub.add_parser("answer", help="answer a group: a new staff entry, askers told")
    ans.add_argument("id", type=int, help="the group's id (from `yibao review list`)")
    ans.add_argument("answer", help="the answer text")
    ans.add_argument("--region", choices=REGIONS, help="the region it holds for (default: the group's, else 全国)")
    ans.add_argument("--question", help="the question as it should read (default: the most-asked phrasing)")

    at = rsub.add_parser("attach", help="attach a group to an existing entry as new phrasings")
    at.add_argument("id", type=int)
    at.add_argument("entry_id", help="e.g. bz-3-07 or staff-2")

    oos = rsub.add_parser("out-of-scope", help="mark a group out of scope: refused politely, not queued again")
    oos.add_argument("id", type=int)
    oos.add_argument("--region", choices=REGIONS)

    dis = rsub.add_parser("dismiss", help="take a group off the queue")
    dis.add_argument("id", type=int)

    ex = rsub.add_parser("export", help="write a CSV (UTF-8 with BOM) of the queue or the question log")
    ex.add_argument("file", help="a .csv file inside --dir")
    ex.add_argument("--what", choices=export.KINDS, default="queue")
    ex.add_argument("--dir", default=".", help="the folder the file must stay inside (default: the current one)")
    rv.set_defaults(func=func)


def run(args: argparse.Namespace, *, settings, engine, actor: str) -> int:
    """`engine` is a callable: only the commands that need the corpus load it."""
    cmd = args.review_command
    if cmd == "serve":
        from bot.logs import configure_logging
        from bot.review.app import serve
        configure_logging(settings)
        return serve(settings, host=args.host or settings.review_host, port=args.port or settings.review_port)
    from bot.storage import Store
    store = Store.from_settings(settings)
    try:
        if cmd == "export":
            try:
                path = export.write(store, args.what, Path(args.dir), args.file)
            except export.ExportPathError as exc:
                print(f"yibao review export: {exc}", file=sys.stderr)
                return 2
            print(f"wrote {path}")
            return 0
        eng = engine()
        from bot import knowledge
        knowledge.sync(store, eng, force=True)
        if cmd == "list":
            return _list(store, eng, args)
        try:
            if cmd == "answer":
                done = actions.answer(store, eng, args.id, args.answer, actor=actor, region=args.region,
                                      question=args.question)
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
        except actions.ReviewError as exc:
            print(f"yibao review {cmd}: {exc}", file=sys.stderr)
            return 1
        return 0
    finally:
        store.close()


def _list(store, engine, args) -> int:
    groups = queue.groups(store, engine, status=args.status, region=args.region, include_batch=args.batch,
                          order=args.order, with_candidates=not args.json)
    for g in groups:
        if args.json:
            sys.stdout.write(json.dumps(g.as_json(), ensure_ascii=False) + "\n")
        else:
            best = f"  ≈ {g.candidates[0].entry_id} {g.candidates[0].confidence:.2f}" if g.candidates else ""
            print(f"#{g.id}  ×{g.count}  {g.region or '-'}  {g.status}  {g.text}{best}")
    return 0
